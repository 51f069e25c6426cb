package blackbox;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Kernels with the JDK Vector API (incubator module jdk.incubator.vector: the stage runs with
 * --add-modules jdk.incubator.vector) on 512-bit vectors: 16 float lanes, so nt's 16 lane sums are one
 * vector; the same bits as Kernels.Scalar (same operations in the same order, fused multiply-adds both ways).
 * Register blocks of 3 x 7 outputs (21 accumulators in 32 registers; the sweep's 21 runs are three blocks of 7): a
 * block's remainder rows and columns repeat the last one (computed twice, stored once), so every element is
 * computed the same way wherever it falls.
 */
final class VectorKernels extends Kernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_512;

    @Override boolean usable() {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 512 && F.length() == LANES;
    }

    @Override String name() { return "vector512"; }

    /** Output columns per register block of nt and tn: 3 x 7 = 21 accumulators, the 21 runs of the sweep exactly. */
    static final int COLS = 7;

    @Override void nt(int rows, int n, int kLen, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                      float[] c, int cOff, int ldc) {
        if (kLen % LANES != 0) throw new IllegalArgumentException("kLen " + kLen + " not a multiple of " + LANES);
        if (rows == 0 || n == 0) return;
        float[] t = new float[3 * COLS * LANES];
        int[] bo = new int[COLS];
        for (int i = 0; i < rows; i += 3) {
            int i1 = Math.min(i + 1, rows - 1);
            int i2 = Math.min(i + 2, rows - 1);
            for (int k = 0; k < n; k += COLS) {
                for (int q = 0; q < COLS; q++) bo[q] = bOff + Math.min(k + q, n - 1) * ldb;
                nt3x7(kLen, a, aOff + i * lda, aOff + i1 * lda, aOff + i2 * lda, b, bo, t);
                int rowsHere = Math.min(3, rows - i);
                int colsHere = Math.min(COLS, n - k);
                for (int r = 0; r < rowsHere; r++) {
                    for (int q = 0; q < colsHere; q++) c[cOff + (i + r) * ldc + k + q] = lanes(t, (COLS * r + q) * LANES);
                }
            }
        }
    }

    private static float lanes(float[] t, int off) {
        float s = 0f;
        for (int l = 0; l < LANES; l++) s += t[off + l];
        return s;
    }

    /**
     * The 16-lane partial sums of a 3 x 7 block into t (row r, column q at (7r + q) * 16): 21 accumulators, 3 rows
     * of a and one column of b in registers (25 of AVX-512's 32).
     */
    private static void nt3x7(int kLen, float[] a, int a0, int a1, int a2, float[] b, int[] bo, float[] t) {
        int b0 = bo[0], b1 = bo[1], b2 = bo[2], b3 = bo[3], b4 = bo[4], b5 = bo[5], b6 = bo[6];
        FloatVector c00 = FloatVector.zero(F), c01 = c00, c02 = c00, c03 = c00, c04 = c00, c05 = c00, c06 = c00,
                c10 = c00, c11 = c00, c12 = c00, c13 = c00, c14 = c00, c15 = c00, c16 = c00,
                c20 = c00, c21 = c00, c22 = c00, c23 = c00, c24 = c00, c25 = c00, c26 = c00;
        for (int j = 0; j < kLen; j += LANES) {
            FloatVector x0 = FloatVector.fromArray(F, a, a0 + j);
            FloatVector x1 = FloatVector.fromArray(F, a, a1 + j);
            FloatVector x2 = FloatVector.fromArray(F, a, a2 + j);
            FloatVector y = FloatVector.fromArray(F, b, b0 + j);
            c00 = x0.fma(y, c00); c10 = x1.fma(y, c10); c20 = x2.fma(y, c20);
            y = FloatVector.fromArray(F, b, b1 + j);
            c01 = x0.fma(y, c01); c11 = x1.fma(y, c11); c21 = x2.fma(y, c21);
            y = FloatVector.fromArray(F, b, b2 + j);
            c02 = x0.fma(y, c02); c12 = x1.fma(y, c12); c22 = x2.fma(y, c22);
            y = FloatVector.fromArray(F, b, b3 + j);
            c03 = x0.fma(y, c03); c13 = x1.fma(y, c13); c23 = x2.fma(y, c23);
            y = FloatVector.fromArray(F, b, b4 + j);
            c04 = x0.fma(y, c04); c14 = x1.fma(y, c14); c24 = x2.fma(y, c24);
            y = FloatVector.fromArray(F, b, b5 + j);
            c05 = x0.fma(y, c05); c15 = x1.fma(y, c15); c25 = x2.fma(y, c25);
            y = FloatVector.fromArray(F, b, b6 + j);
            c06 = x0.fma(y, c06); c16 = x1.fma(y, c16); c26 = x2.fma(y, c26);
        }
        c00.intoArray(t, 0 * LANES); c01.intoArray(t, 1 * LANES); c02.intoArray(t, 2 * LANES); c03.intoArray(t, 3 * LANES);
        c04.intoArray(t, 4 * LANES); c05.intoArray(t, 5 * LANES); c06.intoArray(t, 6 * LANES); c10.intoArray(t, 7 * LANES);
        c11.intoArray(t, 8 * LANES); c12.intoArray(t, 9 * LANES); c13.intoArray(t, 10 * LANES); c14.intoArray(t, 11 * LANES);
        c15.intoArray(t, 12 * LANES); c16.intoArray(t, 13 * LANES); c20.intoArray(t, 14 * LANES); c21.intoArray(t, 15 * LANES);
        c22.intoArray(t, 16 * LANES); c23.intoArray(t, 17 * LANES); c24.intoArray(t, 18 * LANES); c25.intoArray(t, 19 * LANES);
        c26.intoArray(t, 20 * LANES);
    }

    /** Rows of a per pass of tn (512 measured best among 128, 256, 512, 1024, 2048 for the Z_beta^T w shape with 3 x 7 blocks). */
    static final int ROW_BLOCK = 512;

    @Override void tn(int rows, int p, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                      float[] c, int cOff, int ldc) {
        if (p % LANES != 0) throw new IllegalArgumentException("p " + p + " not a multiple of " + LANES);
        if (n == 0 || p == 0) return;
        for (int k = 0; k < n; k++) java.util.Arrays.fill(c, cOff + k * ldc, cOff + k * ldc + p, 0f);
        // blocks of rows outside (each row of a read once from memory, in order), strips of 48 columns, then blocks
        // of 7 outputs: the partial sums go through c between row blocks, which keeps the order i = 0, 1, ...
        int wide = p - p % (3 * LANES);
        int[] bo = new int[COLS];
        int[] o = new int[COLS];
        for (int i0 = 0; i0 < rows; i0 += ROW_BLOCK) {
            int i1 = Math.min(rows, i0 + ROW_BLOCK);
            for (int j = 0; j < p; j += j < wide ? 3 * LANES : LANES) {
                for (int k = 0; k < n; k += COLS) {
                    for (int q = 0; q < COLS; q++) {
                        int kq = Math.min(k + q, n - 1);
                        bo[q] = bOff + kq;
                        o[q] = cOff + kq * ldc + j;
                    }
                    if (j < wide) tn3x7(i0, i1, a, aOff + j, lda, b, bo, ldb, c, o);
                    else tn1x7(i0, i1, a, aOff + j, lda, b, bo, ldb, c, o);
                }
            }
        }
    }

    /**
     * Columns j .. j+47 (tn1x7: j .. j+15) of output rows bo's 7 (the last may repeat: the same values, stored
     * again), rows i0 .. i1-1 of the sums added to what c holds; 21 accumulators, 3 of a, one broadcast of b.
     */
    private static void tn3x7(int i0, int i1, float[] a, int a0, int lda, float[] b, int[] bo, int ldb, float[] c, int[] o) {
        int b0 = bo[0], b1 = bo[1], b2 = bo[2], b3 = bo[3], b4 = bo[4], b5 = bo[5], b6 = bo[6];
        int o0 = o[0], o1 = o[1], o2 = o[2], o3 = o[3], o4 = o[4], o5 = o[5], o6 = o[6];
        FloatVector c00 = FloatVector.fromArray(F, c, o0), c10 = FloatVector.fromArray(F, c, o0 + 1 * LANES), c20 = FloatVector.fromArray(F, c, o0 + 2 * LANES);
        FloatVector c01 = FloatVector.fromArray(F, c, o1), c11 = FloatVector.fromArray(F, c, o1 + 1 * LANES), c21 = FloatVector.fromArray(F, c, o1 + 2 * LANES);
        FloatVector c02 = FloatVector.fromArray(F, c, o2), c12 = FloatVector.fromArray(F, c, o2 + 1 * LANES), c22 = FloatVector.fromArray(F, c, o2 + 2 * LANES);
        FloatVector c03 = FloatVector.fromArray(F, c, o3), c13 = FloatVector.fromArray(F, c, o3 + 1 * LANES), c23 = FloatVector.fromArray(F, c, o3 + 2 * LANES);
        FloatVector c04 = FloatVector.fromArray(F, c, o4), c14 = FloatVector.fromArray(F, c, o4 + 1 * LANES), c24 = FloatVector.fromArray(F, c, o4 + 2 * LANES);
        FloatVector c05 = FloatVector.fromArray(F, c, o5), c15 = FloatVector.fromArray(F, c, o5 + 1 * LANES), c25 = FloatVector.fromArray(F, c, o5 + 2 * LANES);
        FloatVector c06 = FloatVector.fromArray(F, c, o6), c16 = FloatVector.fromArray(F, c, o6 + 1 * LANES), c26 = FloatVector.fromArray(F, c, o6 + 2 * LANES);
        for (int i = i0; i < i1; i++) {
            int ao = a0 + i * lda;
            int bi = i * ldb;
            FloatVector x0 = FloatVector.fromArray(F, a, ao);
            FloatVector x1 = FloatVector.fromArray(F, a, ao + 1 * LANES);
            FloatVector x2 = FloatVector.fromArray(F, a, ao + 2 * LANES);
            FloatVector y = FloatVector.broadcast(F, b[b0 + bi]);
            c00 = x0.fma(y, c00); c10 = x1.fma(y, c10); c20 = x2.fma(y, c20);
            y = FloatVector.broadcast(F, b[b1 + bi]);
            c01 = x0.fma(y, c01); c11 = x1.fma(y, c11); c21 = x2.fma(y, c21);
            y = FloatVector.broadcast(F, b[b2 + bi]);
            c02 = x0.fma(y, c02); c12 = x1.fma(y, c12); c22 = x2.fma(y, c22);
            y = FloatVector.broadcast(F, b[b3 + bi]);
            c03 = x0.fma(y, c03); c13 = x1.fma(y, c13); c23 = x2.fma(y, c23);
            y = FloatVector.broadcast(F, b[b4 + bi]);
            c04 = x0.fma(y, c04); c14 = x1.fma(y, c14); c24 = x2.fma(y, c24);
            y = FloatVector.broadcast(F, b[b5 + bi]);
            c05 = x0.fma(y, c05); c15 = x1.fma(y, c15); c25 = x2.fma(y, c25);
            y = FloatVector.broadcast(F, b[b6 + bi]);
            c06 = x0.fma(y, c06); c16 = x1.fma(y, c16); c26 = x2.fma(y, c26);
        }
        c00.intoArray(c, o0); c10.intoArray(c, o0 + 1 * LANES); c20.intoArray(c, o0 + 2 * LANES);
        c01.intoArray(c, o1); c11.intoArray(c, o1 + 1 * LANES); c21.intoArray(c, o1 + 2 * LANES);
        c02.intoArray(c, o2); c12.intoArray(c, o2 + 1 * LANES); c22.intoArray(c, o2 + 2 * LANES);
        c03.intoArray(c, o3); c13.intoArray(c, o3 + 1 * LANES); c23.intoArray(c, o3 + 2 * LANES);
        c04.intoArray(c, o4); c14.intoArray(c, o4 + 1 * LANES); c24.intoArray(c, o4 + 2 * LANES);
        c05.intoArray(c, o5); c15.intoArray(c, o5 + 1 * LANES); c25.intoArray(c, o5 + 2 * LANES);
        c06.intoArray(c, o6); c16.intoArray(c, o6 + 1 * LANES); c26.intoArray(c, o6 + 2 * LANES);
    }

    private static void tn1x7(int i0, int i1, float[] a, int a0, int lda, float[] b, int[] bo, int ldb, float[] c, int[] o) {
        int b0 = bo[0], b1 = bo[1], b2 = bo[2], b3 = bo[3], b4 = bo[4], b5 = bo[5], b6 = bo[6];
        int o0 = o[0], o1 = o[1], o2 = o[2], o3 = o[3], o4 = o[4], o5 = o[5], o6 = o[6];
        FloatVector c00 = FloatVector.fromArray(F, c, o0);
        FloatVector c01 = FloatVector.fromArray(F, c, o1);
        FloatVector c02 = FloatVector.fromArray(F, c, o2);
        FloatVector c03 = FloatVector.fromArray(F, c, o3);
        FloatVector c04 = FloatVector.fromArray(F, c, o4);
        FloatVector c05 = FloatVector.fromArray(F, c, o5);
        FloatVector c06 = FloatVector.fromArray(F, c, o6);
        for (int i = i0; i < i1; i++) {
            int ao = a0 + i * lda;
            int bi = i * ldb;
            FloatVector x0 = FloatVector.fromArray(F, a, ao);
            FloatVector y = FloatVector.broadcast(F, b[b0 + bi]);
            c00 = x0.fma(y, c00);
            y = FloatVector.broadcast(F, b[b1 + bi]);
            c01 = x0.fma(y, c01);
            y = FloatVector.broadcast(F, b[b2 + bi]);
            c02 = x0.fma(y, c02);
            y = FloatVector.broadcast(F, b[b3 + bi]);
            c03 = x0.fma(y, c03);
            y = FloatVector.broadcast(F, b[b4 + bi]);
            c04 = x0.fma(y, c04);
            y = FloatVector.broadcast(F, b[b5 + bi]);
            c05 = x0.fma(y, c05);
            y = FloatVector.broadcast(F, b[b6 + bi]);
            c06 = x0.fma(y, c06);
        }
        c00.intoArray(c, o0);
        c01.intoArray(c, o1);
        c02.intoArray(c, o2);
        c03.intoArray(c, o3);
        c04.intoArray(c, o4);
        c05.intoArray(c, o5);
        c06.intoArray(c, o6);
    }

    /** sinCosLanes on 16 lanes; the tail through the scalar definition. */
    @Override void sinCos(float[] x, int xOff, int len, float[] sin, int sOff, float[] cos, int cOff) {
        int i = 0;
        for (int upper = F.loopBound(len); i < upper; i += LANES) {
            FloatVector v = FloatVector.fromArray(F, x, xOff + i);
            float[] wide = v.abs().compare(VectorOperators.LT, LIMIT_F).allTrue() ? null : v.toArray();   // x may be sin
            sinCosLanes(v, sin, sOff + i, cos, cOff + i);
            if (wide != null) wideLanes(wide, sin, sOff + i, cos, cOff + i);
        }
        Kernels.Scalar.INSTANCE.sinCos(x, xOff + i, len - i, sin, sOff + i, cos, cOff + i);
    }

    /**
     * Kernels.sinCos1f on the lanes of one float vector, here and in VectorKernels256 (v loaded with the caller's
     * constant species): the same float operations in the same order, the quadrant's swap and signs as blends
     * (qd = k - 4 rint(k/4) in {-2, ..., 2} is k mod 4). Lanes past the float range (diverged runs, NaN) the caller
     * computes again through {@link #wideLanes}, so each element is its definition whatever its neighbours. Kept
     * under HotSpot's 325-byte limit for inlining a hot method (-XX:FreqInlineSize): not inlined, it ran 2-6x slower.
     */
    static void sinCosLanes(FloatVector v, float[] sin, int sOff, float[] cos, int cOff) {
        FloatVector t = v.fma(TWO_OVER_PI_F, MAGIC_F);
        FloatVector k = t.sub(MAGIC_F);
        FloatVector nk = k.neg();
        FloatVector r = nk.fma(v.broadcast(P3F), nk.fma(v.broadcast(P2F), nk.fma(v.broadcast(P1F), v)));
        FloatVector z = r.mul(r);
        FloatVector s = r.mul(z).fma(z.fma(S3F, S2F).fma(z, v.broadcast(S1F)), r);
        FloatVector c = z.mul(z).fma(z.fma(C3F, C2F).fma(z, v.broadcast(C1F)), z.fma(-0.5f, 1f));
        FloatVector qd = k.sub(k.mul(0.25f).add(MAGIC_F).sub(MAGIC_F).mul(4f));
        VectorMask<Float> odd = qd.abs().compare(VectorOperators.EQ, 1f);
        VectorMask<Float> two = qd.abs().compare(VectorOperators.EQ, 2f);
        VectorMask<Float> sinNeg = two.or(qd.compare(VectorOperators.EQ, -1f));   // k mod 4 in {2, 3}
        VectorMask<Float> cosNeg = two.or(qd.compare(VectorOperators.EQ, 1f));    // k mod 4 in {1, 2}
        FloatVector sv = s.blend(c, odd);
        FloatVector cv = c.blend(s, odd);
        sv.blend(sv.neg(), sinNeg).intoArray(sin, sOff);
        cv.blend(cv.neg(), cosNeg).intoArray(cos, cOff);
    }

    /** The lanes of x (a vector's arguments) past the float range, through sinCos1f. */
    static void wideLanes(float[] x, float[] sin, int sOff, float[] cos, int cOff) {
        float[] out = new float[2];
        for (int l = 0; l < x.length; l++) {
            if (Math.abs(x[l]) < LIMIT_F) continue;
            Kernels.sinCos1f(x[l], out);
            sin[sOff + l] = out[0];
            cos[cOff + l] = out[1];
        }
    }
}
