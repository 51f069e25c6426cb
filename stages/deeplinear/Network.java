package deeplinear;

import java.util.SplittableRandom;

/**
 * 004's deep linear model: f(W_1, ..., W_d) = ||W_d ... W_1 X − Y||²_F on fixed data X (d_0 x n), Y (d_d x n), with
 * W_i of size d_i x d_{i−1} (004 writes an expectation; with n samples the empirical one is f/n, the same landscape).
 * The parameters θ are the entries of W_1, ..., W_d, each row-major, one after the other. Matrices are row-major
 * double arrays: the descent evaluates f and its gradient millions of times at these sizes.
 *
 * <p>With R = W_d...W_1 X − Y, A_i = W_d...W_{i+1} (identity for i = d) and B_i = W_{i−1}...W_1 X (X for i = 1):
 * ∂f/∂W_i = 2 A_iᵀ R B_iᵀ, and the Hessian is the bilinear form 2⟨dR, dR'⟩ + 2⟨R, d²R⟩ ({@link #hessian}).
 */
public final class Network {
    public final int[] dims;   // d_0 (input), d_1, ..., d_d (output)
    public final int samples;
    final double[] x, y;
    private final int[] offset;   // start of W_i in θ, i = 1..d; offset[d + 1] = number of parameters

    public Network(int[] dims, double[] x, double[] y, int samples) {
        this.dims = dims.clone();
        this.samples = samples;
        this.x = x.clone();
        this.y = y.clone();
        offset = new int[dims.length + 1];
        for (int i = 1; i < dims.length; i++) offset[i + 1] = offset[i] + dims[i] * dims[i - 1];
    }

    /** Data with iid N(0, 1) entries. */
    public static Network random(int[] dims, int samples, SplittableRandom rng) {
        double[] x = gaussian(dims[0] * samples, rng), y = gaussian(dims[dims.length - 1] * samples, rng);
        return new Network(dims, x, y, samples);
    }

    public int depth() { return dims.length - 1; }

    public int parameters() { return offset[dims.length]; }

    /** The narrowest layer: the rank bound of the product W_d ... W_1. */
    public int bottleneck() {
        int r = Integer.MAX_VALUE;
        for (int d : dims) r = Math.min(r, d);
        return r;
    }

    /** W_i (1-based) out of θ. */
    double[] layer(double[] theta, int i) {
        return java.util.Arrays.copyOfRange(theta, offset[i], offset[i + 1]);
    }

    public double loss(double[] theta) {
        double[] r = residual(theta);
        double s = 0;
        for (double v : r) s += v * v;
        return s;
    }

    /** R = W_d ... W_1 X − Y, d_d x n. */
    double[] residual(double[] theta) {
        double[] b = x;
        for (int i = 1; i <= depth(); i++) b = Mat.mul(layer(theta, i), b, dims[i], dims[i - 1], samples);
        double[] r = b.clone();
        for (int k = 0; k < r.length; k++) r[k] -= y[k];
        return r;
    }

    /** B_i = W_{i−1} ... W_1 X for i = 1..d+1 (d_{i−1} x n). */
    double[][] lefts(double[] theta) {
        double[][] b = new double[depth() + 2][];
        b[1] = x;
        for (int i = 1; i <= depth(); i++) b[i + 1] = Mat.mul(layer(theta, i), b[i], dims[i], dims[i - 1], samples);
        return b;
    }

    /** A_i = W_d ... W_{i+1} for i = 0..d (d_d x d_i), A_d the identity. */
    double[][] rights(double[] theta) {
        int d = depth();
        double[][] a = new double[d + 1][];
        a[d] = Mat.identity(dims[d]);
        for (int i = d - 1; i >= 0; i--) a[i] = Mat.mul(a[i + 1], layer(theta, i + 1), dims[d], dims[i + 1], dims[i]);
        return a;
    }

    /** ∂f/∂θ: 2 A_iᵀ R B_iᵀ per layer. */
    public double[] gradient(double[] theta) {
        double[][] b = lefts(theta), a = rights(theta);
        int d = depth();
        double[] r = b[d + 1].clone();
        for (int k = 0; k < r.length; k++) r[k] -= y[k];
        double[] g = new double[parameters()];
        for (int i = 1; i <= d; i++) {
            double[] atr = Mat.mulTransA(a[i], r, dims[d], dims[i], samples);           // d_i x n
            double[] gi = Mat.mulTransB(atr, b[i], dims[i], samples, dims[i - 1]);     // d_i x d_{i−1}
            for (int k = 0; k < gi.length; k++) g[offset[i] + k] = 2 * gi[k];
        }
        return g;
    }

    /**
     * The exact Hessian, P x P. For θ_a = (W_i)_{pq} and θ_b = (W_j)_{st}: dR_a = A_i e_p (B_i)_{q,:}, so
     * ⟨dR_a, dR_b⟩ = (A_iᵀA_j)_{ps} (B_i B_jᵀ)_{qt}; for i < j, d²R_ab = A_j e_s (W_{j−1}...W_{i+1})_{tp} (B_i)_{q,:},
     * so ⟨R, d²R_ab⟩ = (W_{j−1}...W_{i+1})_{tp} (A_jᵀ R B_iᵀ)_{sq}; the same layer has d²R = 0 (f is quadratic in W_i).
     */
    public double[][] hessian(double[] theta) {
        double[][] b = lefts(theta), a = rights(theta);
        int d = depth(), n = parameters();
        double[] r = b[d + 1].clone();
        for (int k = 0; k < r.length; k++) r[k] -= y[k];
        double[][] h = new double[n][n];
        for (int i = 1; i <= d; i++) {
            for (int j = i; j <= d; j++) {
                double[] aa = Mat.mulTransA(a[i], a[j], dims[d], dims[i], dims[j]);                // d_i x d_j
                double[] bb = Mat.mulTransB(b[i], b[j], dims[i - 1], samples, dims[j - 1]);        // d_{i−1} x d_{j−1}
                double[] inner = null, arb = null;
                if (j > i) {
                    inner = Mat.identity(dims[i]);                                                  // W_{j−1}...W_{i+1}: d_{j−1} x d_i
                    for (int k = i + 1; k <= j - 1; k++) inner = Mat.mul(layer(theta, k), inner, dims[k], dims[k - 1], dims[i]);
                    arb = Mat.mulTransB(Mat.mulTransA(a[j], r, dims[d], dims[j], samples), b[i], dims[j], samples, dims[i - 1]);
                }
                for (int p = 0; p < dims[i]; p++) for (int q = 0; q < dims[i - 1]; q++) {
                    int ia = offset[i] + p * dims[i - 1] + q;
                    for (int s = 0; s < dims[j]; s++) for (int t = 0; t < dims[j - 1]; t++) {
                        int ib = offset[j] + s * dims[j - 1] + t;
                        double v = 2 * aa[p * dims[j] + s] * bb[q * dims[j - 1] + t];
                        if (j > i) v += 2 * inner[t * dims[i] + p] * arb[s * dims[i - 1] + q];
                        h[ia][ib] = v;
                        h[ib][ia] = v;
                    }
                }
            }
        }
        return h;
    }

    /** The diagonal block of layer i (1-based) of a Hessian. */
    public double[][] block(double[][] h, int i) {
        int m = offset[i + 1] - offset[i];
        double[][] out = new double[m][m];
        for (int a = 0; a < m; a++) for (int c = 0; c < m; c++) out[a][c] = h[offset[i] + a][offset[i] + c];
        return out;
    }

    public int layerStart(int i) { return offset[i]; }

    public int layerEnd(int i) { return offset[i + 1]; }

    static double[] gaussian(int m, SplittableRandom rng) {
        double[] v = new double[m];
        for (int k = 0; k < m; k++) v[k] = rng.nextGaussian();
        return v;
    }
}
