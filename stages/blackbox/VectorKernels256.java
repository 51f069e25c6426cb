package blackbox;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * VectorKernels for 256-bit vectors (AVX2): nt's 16 lane sums are two 8-float vectors (lanes 0-7 and 8-15),
 * in 2 x 2 blocks (16 registers); tn and sinCos as in VectorKernels with 8 lanes. The same bits
 * as Kernels.Scalar and VectorKernels.
 */
final class VectorKernels256 extends Kernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
    private static final int W = 8;

    @Override boolean usable() {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 256 && 2 * F.length() == LANES;
    }

    @Override String name() { return "vector256"; }

    @Override void nt(int rows, int n, int kLen, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                      float[] c, int cOff, int ldc) {
        if (kLen % LANES != 0) throw new IllegalArgumentException("kLen " + kLen + " not a multiple of " + LANES);
        if (rows == 0 || n == 0) return;
        float[] t = new float[4 * LANES];
        for (int i = 0; i < rows; i += 2) {
            int i1 = Math.min(i + 1, rows - 1);
            for (int k = 0; k < n; k += 2) {
                int k1 = Math.min(k + 1, n - 1);
                nt2x2(kLen, a, aOff + i * lda, aOff + i1 * lda, b, bOff + k * ldb, bOff + k1 * ldb, t);
                int rowsHere = Math.min(2, rows - i);
                int colsHere = Math.min(2, n - k);
                for (int r = 0; r < rowsHere; r++) {
                    for (int q = 0; q < colsHere; q++) c[cOff + (i + r) * ldc + k + q] = lanes(t, (2 * r + q) * LANES);
                }
            }
        }
    }

    private static float lanes(float[] t, int off) {
        float s = 0f;
        for (int l = 0; l < LANES; l++) s += t[off + l];
        return s;
    }

    /** The 16-lane partial sums of a 2 x 2 block into t (row r, column q at (2r + q) * 16), as lo/hi halves. */
    private static void nt2x2(int kLen, float[] a, int a0, int a1, float[] b, int b0, int b1, float[] t) {
        FloatVector l00 = FloatVector.zero(F), h00 = l00, l01 = l00, h01 = l00, l10 = l00, h10 = l00, l11 = l00, h11 = l00;
        for (int j = 0; j < kLen; j += LANES) {
            FloatVector x0 = FloatVector.fromArray(F, a, a0 + j), x0h = FloatVector.fromArray(F, a, a0 + j + W);
            FloatVector x1 = FloatVector.fromArray(F, a, a1 + j), x1h = FloatVector.fromArray(F, a, a1 + j + W);
            FloatVector y = FloatVector.fromArray(F, b, b0 + j), yh = FloatVector.fromArray(F, b, b0 + j + W);
            l00 = x0.fma(y, l00);
            h00 = x0h.fma(yh, h00);
            l10 = x1.fma(y, l10);
            h10 = x1h.fma(yh, h10);
            y = FloatVector.fromArray(F, b, b1 + j);
            yh = FloatVector.fromArray(F, b, b1 + j + W);
            l01 = x0.fma(y, l01);
            h01 = x0h.fma(yh, h01);
            l11 = x1.fma(y, l11);
            h11 = x1h.fma(yh, h11);
        }
        l00.intoArray(t, 0);
        h00.intoArray(t, W);
        l01.intoArray(t, LANES);
        h01.intoArray(t, LANES + W);
        l10.intoArray(t, 2 * LANES);
        h10.intoArray(t, 2 * LANES + W);
        l11.intoArray(t, 3 * LANES);
        h11.intoArray(t, 3 * LANES + W);
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
        int wide = p - p % (3 * W);
        for (int i0 = 0; i0 < rows; i0 += ROW_BLOCK) {
            int i1 = Math.min(rows, i0 + ROW_BLOCK);
            for (int j = 0; j < p; j += j < wide ? 3 * W : W) {
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
        FloatVector c00 = FloatVector.fromArray(F, c, o0), c10 = FloatVector.fromArray(F, c, o0 + W),
                c20 = FloatVector.fromArray(F, c, o0 + 2 * W);
        FloatVector c01 = FloatVector.fromArray(F, c, o1), c11 = FloatVector.fromArray(F, c, o1 + W),
                c21 = FloatVector.fromArray(F, c, o1 + 2 * W);
        FloatVector c02 = FloatVector.fromArray(F, c, o2), c12 = FloatVector.fromArray(F, c, o2 + W),
                c22 = FloatVector.fromArray(F, c, o2 + 2 * W);
        for (int i = i0; i < i1; i++) {
            int ao = a0 + i * lda;
            int bo = i * ldb;
            FloatVector x0 = FloatVector.fromArray(F, a, ao);
            FloatVector x1 = FloatVector.fromArray(F, a, ao + W);
            FloatVector x2 = FloatVector.fromArray(F, a, ao + 2 * W);
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
        c10.intoArray(c, o0 + W);
        c20.intoArray(c, o0 + 2 * W);
        c01.intoArray(c, o1);
        c11.intoArray(c, o1 + W);
        c21.intoArray(c, o1 + 2 * W);
        c02.intoArray(c, o2);
        c12.intoArray(c, o2 + W);
        c22.intoArray(c, o2 + 2 * W);
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

    /** VectorKernels.sinCosLanes on 8 lanes; the tail through the scalar definition. */
    @Override void sinCos(float[] x, int xOff, int len, float[] sin, int sOff, float[] cos, int cOff) {
        int i = 0;
        for (int upper = F.loopBound(len); i < upper; i += W) {
            FloatVector v = FloatVector.fromArray(F, x, xOff + i);
            float[] wide = v.abs().compare(VectorOperators.LT, LIMIT_F).allTrue() ? null : v.toArray();   // x may be sin
            VectorKernels.sinCosLanes(v, sin, sOff + i, cos, cOff + i);
            if (wide != null) VectorKernels.wideLanes(wide, sin, sOff + i, cos, cOff + i);
        }
        Kernels.Scalar.INSTANCE.sinCos(x, xOff + i, len - i, sin, sOff + i, cos, cOff + i);
    }
}
