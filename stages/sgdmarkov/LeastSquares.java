package sgdmarkov;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A least-squares finite sum, 003 Example 2 and its multi-dimensional version:
 * <pre>
 *   f(x) = 1/(2n) sum_i (a_i.x - b_i)^2,   grad l_i(x) = a_i (a_i.x - b_i) = a_i a_i^T e + a_i r_i,
 * </pre>
 * with e = x - x*, residuals r_i = a_i.x* - b_i (sum_i a_i r_i = 0 at the optimum). Everything Theorem 7 needs is exact:
 * H = (1/n) sum a a^T (m, L its extreme eigenvalues), f(x) - f* = e^T H e / 2, and the second moment of a stochastic
 * gradient as a quadratic in e,
 * <pre>
 *   E_w |grad f_w|^2 = e^T A e + 2 c^T e + s0,   A = (1/n) sum |a|^2 a a^T,  c = (1/n) sum |a|^2 r a,  s0 = (1/n) sum |a|^2 r^2.
 * </pre>
 * <b>The constants of the assumption E|grad f_w|^2 <= sigma0 + sigma |grad f|^2</b> (|grad f|^2 = e^T H^2 e): it holds for
 * all e iff sigma H^2 - A is positive semidefinite and sigma0 >= s0 + c^T (sigma H^2 - A)^{-1} c (the maximum over e of
 * the difference, attained at e = (sigma H^2 - A)^{-1} c). So sigma >= sigma_min = lambda_max(H^{-1} A H^{-1}), and for
 * each sigma > sigma_min the smallest sigma0 is sigma0(sigma) = s0 + c^T (sigma H^2 - A)^{-1} c. For a mini-batch of l
 * drawn with replacement, E|g_B|^2 = |grad f|^2 + (E|grad f_w|^2 - |grad f|^2)/l: A, c, s0 become
 * (1 - k) H^2 + k A, k c, k s0 with k = 1/l (k = (n - l)/((n - 1) l) without replacement).
 */
public final class LeastSquares {
    private final int n, d;
    private final double[] a, b;           // a row-major n x d
    private final double[] xStar, r;
    private final RealMatrix h, aMat;
    private final RealVector c;
    private final double s0, m, bigL;

    private LeastSquares(int n, int d, double[] a, double[] b) {
        this.n = n;
        this.d = d;
        this.a = a;
        this.b = b;
        RealMatrix hh = new Array2DRowRealMatrix(d, d);
        RealVector ab = new ArrayRealVector(d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                ab.addToEntry(j, a[i * d + j] * b[i] / n);
                for (int k = 0; k < d; k++) hh.addToEntry(j, k, a[i * d + j] * a[i * d + k] / n);
            }
        }
        this.h = hh;
        this.xStar = new LUDecomposition(hh).getSolver().solve(ab).toArray();
        this.r = new double[n];
        RealMatrix am = new Array2DRowRealMatrix(d, d);
        RealVector cv = new ArrayRealVector(d);
        double s = 0;
        for (int i = 0; i < n; i++) {
            double dot = -b[i], sq = 0;
            for (int j = 0; j < d; j++) {
                dot += a[i * d + j] * xStar[j];
                sq += a[i * d + j] * a[i * d + j];
            }
            r[i] = dot;
            s += sq * dot * dot / n;
            for (int j = 0; j < d; j++) {
                cv.addToEntry(j, sq * dot * a[i * d + j] / n);
                for (int k = 0; k < d; k++) am.addToEntry(j, k, sq * a[i * d + j] * a[i * d + k] / n);
            }
        }
        this.aMat = am;
        this.c = cv;
        this.s0 = s;
        double[] ev = new EigenDecomposition(hh).getRealEigenvalues();
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (double v : ev) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        this.m = lo;
        this.bigL = hi;
    }

    /** A problem from given data (a row-major n x d). */
    public static LeastSquares of(int n, int d, double[] a, double[] b) {
        return new LeastSquares(n, d, a.clone(), b.clone());
    }

    /**
     * Rows a_i = diag(scales) z_i with z_i ~ N(mean, I) coordinatewise shifted by {@code shift}, targets
     * b_i = a_i.x_true + N(0, noise^2), x_true = (1, ..., 1).
     */
    public static LeastSquares generate(int n, double[] scales, double shift, double noise, SplittableRandom rng) {
        int d = scales.length;
        double[] a = new double[n * d], b = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 0;
            for (int j = 0; j < d; j++) {
                a[i * d + j] = scales[j] * (shift + rng.nextGaussian());
                t += a[i * d + j];
            }
            b[i] = t + noise * rng.nextGaussian();
        }
        return new LeastSquares(n, d, a, b);
    }

    public int n() { return n; }

    public int d() { return d; }

    /** Row i of the data (shared, do not modify). */
    public double a(int i, int j) { return a[i * d + j]; }

    public double residual(int i) { return r[i]; }

    public double[] xStar() { return xStar.clone(); }

    public RealMatrix hessian() { return h.copy(); }

    /** A = (1/n) sum |a|^2 a a^T. */
    public RealMatrix fourth() { return aMat.copy(); }

    public RealVector cross() { return c.copy(); }

    public double s0() { return s0; }

    /** Strong convexity m = lambda_min(H). */
    public double m() { return m; }

    /** Smoothness L = lambda_max(H). */
    public double bigL() { return bigL; }

    public double value(double[] x) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double t = -b[i];
            for (int j = 0; j < d; j++) t += a[i * d + j] * x[j];
            s += t * t;
        }
        return s / (2 * n);
    }

    /** f(x*) computed from the residuals. */
    public double fStar() {
        double s = 0;
        for (double v : r) s += v * v;
        return s / (2 * n);
    }

    /** Noise factor k of a mini-batch of l: 1/l with replacement, (n - l)/((n - 1) l) without. */
    public double batchFactor(int l, boolean replacement) {
        return replacement ? 1.0 / l : (double) (n - l) / ((n - 1.0) * l);
    }

    /** sigma_min(k) = lambda_max(H^-1 A_k H^-1) with A_k = (1 - k) H^2 + k A; equals 1 + k (sigma_min(1) - 1). */
    public double sigmaMin(double k) {
        RealMatrix hInv = new LUDecomposition(h).getSolver().getInverse();
        RealMatrix ak = h.multiply(h).scalarMultiply(1 - k).add(aMat.scalarMultiply(k));
        RealMatrix s = hInv.multiply(ak).multiply(hInv);
        s = s.add(s.transpose()).scalarMultiply(0.5);
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : new EigenDecomposition(s).getRealEigenvalues()) hi = Math.max(hi, v);
        return hi;
    }

    /** The smallest sigma0 for a given sigma > sigma_min(k): k s0 + k^2 c^T (sigma H^2 - A_k)^{-1} c. */
    public double sigma0(double sigma, double k) {
        RealMatrix ak = h.multiply(h).scalarMultiply(1 - k).add(aMat.scalarMultiply(k));
        RealMatrix mm = h.multiply(h).scalarMultiply(sigma).subtract(ak);
        RealVector y = new LUDecomposition(mm).getSolver().solve(c);
        return k * s0 + k * k * c.dotProduct(y);
    }

    /** E_w |grad f_w(x)|^2 by the finite sum (an oracle for the quadratic form). */
    public double gradientSecondMoment(double[] x) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double t = -b[i], sq = 0;
            for (int j = 0; j < d; j++) {
                t += a[i * d + j] * x[j];
                sq += a[i * d + j] * a[i * d + j];
            }
            s += sq * t * t;
        }
        return s / n;
    }

    /** |grad f(x)|^2 by the finite sum. */
    public double gradientNorm2(double[] x) {
        double[] g = new double[d];
        for (int i = 0; i < n; i++) {
            double t = -b[i];
            for (int j = 0; j < d; j++) t += a[i * d + j] * x[j];
            for (int j = 0; j < d; j++) g[j] += a[i * d + j] * t / n;
        }
        double s = 0;
        for (double v : g) s += v * v;
        return s;
    }
}
