package sgdmarkov;

import blackbox.Dataset;
import lib.Blas;
import org.bytedeco.openblas.global.openblas;

/**
 * A real finite sum: L2-regularised logistic regression on MNIST even/odd (the project's baseline model of 000 §4.2,
 * on the same normalised inputs, with a bias input 1),
 * <pre>
 *   f(w) = (1/n) sum_i [log(1 + e^{s_i}) - y_i s_i] + (lambda/2) |w|^2,   s_i = w.x_i,
 *   grad f_i(w) = (sigmoid(s_i) - y_i) x_i + lambda w,   H(w) = (1/n) sum sigmoid'(s_i) x_i x_i^T + lambda I.
 * </pre>
 * The ridge makes f strongly convex (m >= lambda), as Theorem 7 and the existence of the Gibbs law need: without it
 * the pixels that are zero in every image leave flat directions. The minimiser comes from Newton's method
 * (Cholesky solves, LAPACK dposv), to |grad f| below 1e-12.
 */
public final class RidgeLogistic {
    private final int n, d;
    private final double[] x;       // n x d, row-major, last column 1
    private final int[] y;
    private final double lambda;

    private RidgeLogistic(int n, int d, double[] x, int[] y, double lambda) {
        this.n = n;
        this.d = d;
        this.x = x;
        this.y = y;
        this.lambda = lambda;
    }

    /** The first {@code count} items of a normalised data set, with a bias input appended. */
    public static RidgeLogistic of(Dataset data, int count, double lambda) {
        int n = Math.min(count, data.n()), p = data.d(), d = p + 1;
        double[] x = new double[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) x[i * d + j] = data.x()[i * p + j];
            x[i * d + p] = 1;
            y[i] = data.label()[i];
        }
        return new RidgeLogistic(n, d, x, y, lambda);
    }

    /** A problem from explicit inputs (rows of length d, bias included) and 0/1 labels: for tests. */
    public static RidgeLogistic of(int n, int d, double[] x, int[] y, double lambda) {
        return new RidgeLogistic(n, d, x.clone(), y.clone(), lambda);
    }

    public int n() { return n; }

    public int d() { return d; }

    public double lambda() { return lambda; }

    public int label(int i) { return y[i]; }

    /** w.x_i */
    public double score(double[] w, int i) {
        double s = 0;
        int o = i * d;
        for (int j = 0; j < d; j++) s += w[j] * x[o + j];
        return s;
    }

    public static double sigmoid(double s) {
        return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
    }

    /** log(1 + e^s) without overflow. */
    static double softplus(double s) {
        return s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s));
    }

    /** The loss of item i without the ridge. */
    public double itemLoss(double[] w, int i) {
        double s = score(w, i);
        return softplus(s) - y[i] * s;
    }

    public double value(double[] w) {
        double s = 0;
        for (int i = 0; i < n; i++) s += itemLoss(w, i);
        double r = 0;
        for (double v : w) r += v * v;
        return s / n + lambda / 2 * r;
    }

    /** grad f_i(w) into g (overwritten). */
    public void itemGradient(double[] w, int i, double[] g) {
        double c = sigmoid(score(w, i)) - y[i];
        int o = i * d;
        for (int j = 0; j < d; j++) g[j] = c * x[o + j] + lambda * w[j];
    }

    /** Adds c * x_i to g. */
    public void addInput(int i, double c, double[] g) {
        int o = i * d;
        for (int j = 0; j < d; j++) g[j] += c * x[o + j];
    }

    /** The full gradient. */
    public double[] gradient(double[] w) {
        double[] g = new double[d];
        for (int i = 0; i < n; i++) addInput(i, (sigmoid(score(w, i)) - y[i]) / n, g);
        for (int j = 0; j < d; j++) g[j] += lambda * w[j];
        return g;
    }

    /** The per-item gradients (n x d, row-major) at w. */
    public double[] itemGradients(double[] w) {
        double[] g = new double[n * d];
        for (int i = 0; i < n; i++) {
            double c = sigmoid(score(w, i)) - y[i];
            int o = i * d;
            for (int j = 0; j < d; j++) g[o + j] = c * x[o + j] + lambda * w[j];
        }
        return g;
    }

    /** The Hessian (d x d, row-major) at w: X^T D X / n + lambda I by one GEMM. */
    public double[] hessian(double[] w) {
        double[] xs = new double[n * d];
        for (int i = 0; i < n; i++) {
            double p = sigmoid(score(w, i));
            double s = Math.sqrt(p * (1 - p) / n);
            int o = i * d;
            for (int j = 0; j < d; j++) xs[o + j] = s * x[o + j];
        }
        double[] h = new double[d * d];
        Blas.dgemm(true, false, d, d, n, 1.0, xs, d, xs, d, 0.0, h, d);
        for (int j = 0; j < d; j++) h[j * d + j] += lambda;
        return h;
    }

    /** Newton's method from w = 0 until |grad f| < tol (at most 50 iterations); returns the minimiser. */
    public double[] minimise(double tol) {
        Blas.init();
        double[] w = new double[d];
        for (int it = 0; it < 50; it++) {
            double[] g = gradient(w);
            double norm = 0;
            for (double v : g) norm += v * v;
            if (Math.sqrt(norm) < tol) return w;
            double[] h = hessian(w);
            int info = openblas.LAPACKE_dposv(openblas.LAPACK_ROW_MAJOR, (byte) 'U', d, 1, h, d, g, 1);
            if (info != 0) throw new IllegalStateException("LAPACKE_dposv failed, info = " + info);
            for (int j = 0; j < d; j++) w[j] -= g[j];
        }
        throw new IllegalStateException("Newton's method did not reach |grad f| < " + tol + " in 50 iterations");
    }
}
