package blackbox;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Kernels with the JDK Vector API (incubator module jdk.incubator.vector: the stage runs with
 * --add-modules jdk.incubator.vector) on 512-bit vectors: 16 float lanes, so nt's 16 lane sums are one
 * vector; the same bits as Kernels.Scalar (same operations in the same order, fused multiply-adds both ways).
 * Register blocks of 3 x 3 outputs: a block's remainder rows and columns repeat the last one (computed twice,
 * stored once), so every element is computed the same way wherever it falls.
 */
final class VectorKernels extends Kernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_512;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_512;

    @Override boolean usable() {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 512 && F.length() == LANES;
    }

    @Override String name() { return "vector512"; }

    @Override void nt(int rows, int n, int kLen, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                      float[] c, int cOff, int ldc) {
        if (kLen % LANES != 0) throw new IllegalArgumentException("kLen " + kLen + " not a multiple of " + LANES);
        if (rows == 0 || n == 0) return;
        float[] t = new float[9 * LANES];
        for (int i = 0; i < rows; i += 3) {
            int i1 = Math.min(i + 1, rows - 1);
            int i2 = Math.min(i + 2, rows - 1);
            for (int k = 0; k < n; k += 3) {
                int k1 = Math.min(k + 1, n - 1);
                int k2 = Math.min(k + 2, n - 1);
                nt3x3(kLen, a, aOff + i * lda, aOff + i1 * lda, aOff + i2 * lda,
                        b, bOff + k * ldb, bOff + k1 * ldb, bOff + k2 * ldb, t);
                int rowsHere = Math.min(3, rows - i);
                int colsHere = Math.min(3, n - k);
                for (int r = 0; r < rowsHere; r++) {
                    for (int q = 0; q < colsHere; q++) c[cOff + (i + r) * ldc + k + q] = lanes(t, (3 * r + q) * LANES);
                }
            }
        }
    }

    private static float lanes(float[] t, int off) {
        float s = 0f;
        for (int l = 0; l < LANES; l++) s += t[off + l];
        return s;
    }

    /** The 16-lane partial sums of a 3 x 3 block into t (row r, column q at (3r + q) * 16). */
    private static void nt3x3(int kLen, float[] a, int a0, int a1, int a2, float[] b, int b0, int b1, int b2, float[] t) {
        FloatVector c00 = FloatVector.zero(F), c01 = c00, c02 = c00, c10 = c00, c11 = c00, c12 = c00,
                c20 = c00, c21 = c00, c22 = c00;
        for (int j = 0; j < kLen; j += LANES) {
            FloatVector x0 = FloatVector.fromArray(F, a, a0 + j);
            FloatVector x1 = FloatVector.fromArray(F, a, a1 + j);
            FloatVector x2 = FloatVector.fromArray(F, a, a2 + j);
            FloatVector y = FloatVector.fromArray(F, b, b0 + j);
            c00 = x0.fma(y, c00);
            c10 = x1.fma(y, c10);
            c20 = x2.fma(y, c20);
            y = FloatVector.fromArray(F, b, b1 + j);
            c01 = x0.fma(y, c01);
            c11 = x1.fma(y, c11);
            c21 = x2.fma(y, c21);
            y = FloatVector.fromArray(F, b, b2 + j);
            c02 = x0.fma(y, c02);
            c12 = x1.fma(y, c12);
            c22 = x2.fma(y, c22);
        }
        c00.intoArray(t, 0);
        c01.intoArray(t, LANES);
        c02.intoArray(t, 2 * LANES);
        c10.intoArray(t, 3 * LANES);
        c11.intoArray(t, 4 * LANES);
        c12.intoArray(t, 5 * LANES);
        c20.intoArray(t, 6 * LANES);
        c21.intoArray(t, 7 * LANES);
        c22.intoArray(t, 8 * LANES);
    }

    /** Rows of a per pass of tn (256 measured best among 16, 64, 256, 4096 for the Z_beta^T w shape). */
    static final int ROW_BLOCK = 256;

    @Override void tn(int rows, int p, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                      float[] c, int cOff, int ldc) {
        if (p % LANES != 0) throw new IllegalArgumentException("p " + p + " not a multiple of " + LANES);
        if (n == 0 || p == 0) return;
        for (int k = 0; k < n; k++) java.util.Arrays.fill(c, cOff + k * ldc, cOff + k * ldc + p, 0f);
        // blocks of rows outside (each row of a read once from memory, in order), strips of 48 columns, then blocks
        // of 3 outputs: the partial sums go through c between row blocks, which keeps the order i = 0, 1, ...
        int wide = p - p % (3 * LANES);
        for (int i0 = 0; i0 < rows; i0 += ROW_BLOCK) {
            int i1 = Math.min(rows, i0 + ROW_BLOCK);
            for (int j = 0; j < p; j += j < wide ? 3 * LANES : LANES) {
                for (int k = 0; k < n; k += 3) {
                    int k1 = Math.min(k + 1, n - 1);
                    int k2 = Math.min(k + 2, n - 1);
                    if (j < wide) {
                        tn3x3(i0, i1, a, aOff + j, lda, b, bOff + k, bOff + k1, bOff + k2, ldb,
                                c, cOff + k * ldc + j, cOff + k1 * ldc + j, cOff + k2 * ldc + j);
                    } else {
                        tn1x3(i0, i1, a, aOff + j, lda, b, bOff + k, bOff + k1, bOff + k2, ldb,
                                c, cOff + k * ldc + j, cOff + k1 * ldc + j, cOff + k2 * ldc + j);
                    }
                }
            }
        }
    }

    /**
     * Columns j .. j+47 of output rows k0, k1, k2 (k1, k2 may repeat k0: the same values, stored again), rows
     * i0 .. i1-1 of the sums added to what c holds.
     */
    private static void tn3x3(int i0, int i1, float[] a, int a0, int lda, float[] b, int b0, int b1, int b2, int ldb,
                              float[] c, int o0, int o1, int o2) {
        FloatVector c00 = FloatVector.fromArray(F, c, o0), c10 = FloatVector.fromArray(F, c, o0 + LANES),
                c20 = FloatVector.fromArray(F, c, o0 + 2 * LANES);
        FloatVector c01 = FloatVector.fromArray(F, c, o1), c11 = FloatVector.fromArray(F, c, o1 + LANES),
                c21 = FloatVector.fromArray(F, c, o1 + 2 * LANES);
        FloatVector c02 = FloatVector.fromArray(F, c, o2), c12 = FloatVector.fromArray(F, c, o2 + LANES),
                c22 = FloatVector.fromArray(F, c, o2 + 2 * LANES);
        for (int i = i0; i < i1; i++) {
            int ao = a0 + i * lda;
            int bo = i * ldb;
            FloatVector x0 = FloatVector.fromArray(F, a, ao);
            FloatVector x1 = FloatVector.fromArray(F, a, ao + LANES);
            FloatVector x2 = FloatVector.fromArray(F, a, ao + 2 * LANES);
            FloatVector y = FloatVector.broadcast(F, b[b0 + bo]);
            c00 = x0.fma(y, c00);
            c10 = x1.fma(y, c10);
            c20 = x2.fma(y, c20);
            y = FloatVector.broadcast(F, b[b1 + bo]);
            c01 = x0.fma(y, c01);
            c11 = x1.fma(y, c11);
            c21 = x2.fma(y, c21);
            y = FloatVector.broadcast(F, b[b2 + bo]);
            c02 = x0.fma(y, c02);
            c12 = x1.fma(y, c12);
            c22 = x2.fma(y, c22);
        }
        c00.intoArray(c, o0);
        c10.intoArray(c, o0 + LANES);
        c20.intoArray(c, o0 + 2 * LANES);
        c01.intoArray(c, o1);
        c11.intoArray(c, o1 + LANES);
        c21.intoArray(c, o1 + 2 * LANES);
        c02.intoArray(c, o2);
        c12.intoArray(c, o2 + LANES);
        c22.intoArray(c, o2 + 2 * LANES);
    }

    private static void tn1x3(int i0, int i1, float[] a, int a0, int lda, float[] b, int b0, int b1, int b2, int ldb,
                              float[] c, int o0, int o1, int o2) {
        FloatVector c0 = FloatVector.fromArray(F, c, o0), c1 = FloatVector.fromArray(F, c, o1), c2 = FloatVector.fromArray(F, c, o2);
        for (int i = i0; i < i1; i++) {
            int bo = i * ldb;
            FloatVector x = FloatVector.fromArray(F, a, a0 + i * lda);
            c0 = x.fma(FloatVector.broadcast(F, b[b0 + bo]), c0);
            c1 = x.fma(FloatVector.broadcast(F, b[b1 + bo]), c1);
            c2 = x.fma(FloatVector.broadcast(F, b[b2 + bo]), c2);
        }
        c0.intoArray(c, o0);
        c1.intoArray(c, o1);
        c2.intoArray(c, o2);
    }

    /** Scratch of sinCos per thread: the arguments and results in double. */
    private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[3][0]);

    /**
     * Only DoubleVector operations that JDK 17 compiles to vector instructions (mul, add, sub, abs, compare, blend):
     * the float/double conversions are plain loops, and no other vector shape is used here, so the float kernels'
     * call sites stay monomorphic (a second FloatVector shape in the process made them fall back to boxed vectors).
     */
    @Override void sinCos(float[] x, int xOff, int len, float[] sin, int sOff, float[] cos, int cOff) {
        double[][] sc = SCRATCH.get();
        if (sc[0].length < len) {
            sc[0] = new double[len];
            sc[1] = new double[len];
            sc[2] = new double[len];
        }
        double[] xd = sc[0], sd = sc[1], cd = sc[2];
        for (int i = 0; i < len; i++) xd[i] = x[xOff + i];
        int step = D.length();
        int i = 0;
        for (; i + step <= len; i += step) {
            DoubleVector v = DoubleVector.fromArray(D, xd, i);
            DoubleVector t = v.mul(TWO_OVER_PI).add(MAGIC);
            DoubleVector k = t.sub(MAGIC);
            if (!k.abs().compare(VectorOperators.LT, LIMIT).allTrue()) {
                scalar(xd, i, step, sd, cd);
                continue;
            }
            // the quadrant k mod 4 as qd = k - 4 round(k/4) in {-2, -1, 0, 1, 2} (k/4 is exact)
            DoubleVector qd = k.sub(k.mul(0.25).add(MAGIC).sub(MAGIC).mul(4));
            VectorMask<Double> odd = qd.abs().compare(VectorOperators.EQ, 1);
            VectorMask<Double> two = qd.abs().compare(VectorOperators.EQ, 2);
            VectorMask<Double> sinNeg = two.or(qd.compare(VectorOperators.EQ, -1));   // k mod 4 in {2, 3}
            VectorMask<Double> cosNeg = two.or(qd.compare(VectorOperators.EQ, 1));    // k mod 4 in {1, 2}
            DoubleVector r = v.sub(k.mul(P1)).sub(k.mul(P2)).sub(k.mul(P3));
            DoubleVector z = r.mul(r);
            DoubleVector ps = z.mul(S6).add(S5).mul(z).add(S4).mul(z).add(S3).mul(z).add(S2).mul(z).add(S1);
            DoubleVector s = r.add(r.mul(z).mul(ps));
            DoubleVector pc = z.mul(C6).add(C5).mul(z).add(C4).mul(z).add(C3).mul(z).add(C2).mul(z).add(C1);
            DoubleVector c = DoubleVector.broadcast(D, 1).sub(z.mul(0.5)).add(z.mul(z).mul(pc));
            DoubleVector sv = s.blend(c, odd);
            DoubleVector cv = c.blend(s, odd);
            sv.blend(sv.neg(), sinNeg).intoArray(sd, i);
            cv.blend(cv.neg(), cosNeg).intoArray(cd, i);
        }
        scalar(xd, i, len - i, sd, cd);
        for (int j = 0; j < len; j++) {
            sin[sOff + j] = (float) sd[j];
            cos[cOff + j] = (float) cd[j];
        }
    }

    private static void scalar(double[] x, int off, int len, double[] sin, double[] cos) {
        double[] out = new double[2];
        for (int i = off; i < off + len; i++) {
            sinCos1(x[i], out);
            sin[i] = out[0];
            cos[i] = out[1];
        }
    }
}
