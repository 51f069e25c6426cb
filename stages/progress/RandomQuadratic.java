package progress;

import java.util.SplittableRandom;
import lib.Parallel;
import lib.Streams;

/**
 * Gradient descent on a random quadratic, a member of 001's class (isotropic Gaussian random functions, non-stationary
 * through the mean): f(x) = x^T H x / 2 + b^T x with H = lambda I + W, W from the GOE scaled to the semicircle on
 * [-2s, 2s] (off-diagonal variance s^2/N, diagonal 2 s^2/N), b ~ N(0, I_N), start x_0 ~ N(0, rho^2 I_N), all independent.
 * Its covariance, Cov(f(x), f(y)) = (s^2/(2N)) (x.y)^2 + x.y, depends on x.y alone, and its mean lambda|x|^2/2 on |x|
 * alone: with u = x/√N it is N kappa(u.v) and N mu(|u|^2), a scaled isotropic function.
 *
 * <p>Exact sampler at any N in O(N) per step: W is orthogonally similar to the tridiagonal matrix with diagonal
 * N(0, 2s^2/N) and off-diagonals s chi_{N-k}/√N, k = 1..N-1 (Householder tridiagonalisation; Dumitriu and Edelman 2002,
 * beta = 1), W = Q T Q^T with Q depending on W alone. GD commutes with the rotation (Q^T x_t is GD on the rotated
 * function from Q^T x_0), and b, x_0 are rotation invariant and independent of W, so the costs f(x_t) of GD on
 * (T, b, x_0) have exactly the law of those on (W, b, x_0). The dense GOE is kept as the check of that claim.
 */
public final class RandomQuadratic {
    private RandomQuadratic() {}

    /** lambda (spectrum centre), s (semicircle half-width / 2), GD step eta, start scale rho, steps n. */
    public record Model(double lambda, double s, double eta, double rho, int steps) {}

    /** Scaled costs f(x_k)/N of every run (row-major runs x (steps + 1)). */
    public record Runs(long dims, int runs, int steps, double[] values) {
        public double value(int run, int k) { return values[run * (steps + 1) + k]; }
    }

    public static Runs tridiagonal(Model m, long dims, int runs, long seed, String label, int threads) {
        return run(m, dims, runs, seed, label, threads, false);
    }

    public static Runs dense(Model m, int dims, int runs, long seed, String label, int threads) {
        return run(m, dims, runs, seed, label, threads, true);
    }

    private static Runs run(Model m, long dims, int runs, long seed, String label, int threads, boolean dense) {
        int n = Math.toIntExact(dims), steps = m.steps();
        double[] out = new double[runs * (steps + 1)];
        Parallel.run(runs, threads, r -> {
            SplittableRandom rng = Streams.of(seed, label, r);
            Operator h = dense ? Operator.dense(m, n, rng) : Operator.tridiagonal(m, n, rng);
            double[] b = new double[n], x = new double[n], hx = new double[n];
            for (int i = 0; i < n; i++) b[i] = rng.nextGaussian();
            for (int i = 0; i < n; i++) x[i] = m.rho() * rng.nextGaussian();
            for (int k = 0; ; k++) {
                h.apply(x, hx);
                double f = 0;
                for (int i = 0; i < n; i++) f += x[i] * (hx[i] / 2 + b[i]);
                out[r * (steps + 1) + k] = f / n;
                if (k == steps) break;
                for (int i = 0; i < n; i++) x[i] -= m.eta() * (hx[i] + b[i]);
            }
        });
        return new Runs(dims, runs, steps, out);
    }

    /** y = H x for H = lambda I + W. */
    interface Operator {
        void apply(double[] x, double[] y);

        static Operator tridiagonal(Model m, int n, SplittableRandom rng) {
            double[] diag = new double[n], off = new double[Math.max(0, n - 1)];
            double sd = m.s() * Math.sqrt(2.0 / n);
            for (int i = 0; i < n; i++) diag[i] = m.lambda() + sd * rng.nextGaussian();
            for (int k = 1; k < n; k++) off[k - 1] = m.s() * Math.sqrt(2 * Gamma.sample((n - k) / 2.0, rng) / n);
            return (x, y) -> {
                for (int i = 0; i < n; i++) {
                    double v = diag[i] * x[i];
                    if (i > 0) v += off[i - 1] * x[i - 1];
                    if (i < n - 1) v += off[i] * x[i + 1];
                    y[i] = v;
                }
            };
        }

        static Operator dense(Model m, int n, SplittableRandom rng) {
            double[] w = new double[n * n];
            double off = m.s() / Math.sqrt(n), diag = m.s() * Math.sqrt(2.0 / n);
            for (int i = 0; i < n; i++) {
                w[i * n + i] = m.lambda() + diag * rng.nextGaussian();
                for (int j = i + 1; j < n; j++) {
                    double v = off * rng.nextGaussian();
                    w[i * n + j] = v;
                    w[j * n + i] = v;
                }
            }
            return (x, y) -> {
                for (int i = 0; i < n; i++) {
                    double v = 0;
                    for (int j = 0; j < n; j++) v += w[i * n + j] * x[j];
                    y[i] = v;
                }
            };
        }
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang (2000); shape < 1 through Gamma(shape + 1) U^{1/shape}. */
    static final class Gamma {
        private Gamma() {}

        static double sample(double shape, SplittableRandom rng) {
            if (shape < 1) {
                double u = rng.nextDouble();
                return sample(shape + 1, rng) * Math.pow(u == 0 ? Double.MIN_VALUE : u, 1 / shape);
            }
            double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
            while (true) {
                double z, v;
                do {
                    z = rng.nextGaussian();
                    v = 1 + c * z;
                } while (v <= 0);
                v = v * v * v;
                double u = rng.nextDouble();
                if (u < 1 - 0.0331 * z * z * z * z) return d * v;
                if (Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) return d * v;
            }
        }
    }

    // ---- the N -> infinity limit, from the semicircle law ------------------------------------------------------------

    /**
     * Per eigen-direction of H with eigenvalue h, the step-k cost term Y = h x^2/2 + b x with x = q x0 - c b,
     * q = (1 - eta h)^k, c = (1 - q)/h, is Y = a x0'^2 + p x0' b + g b^2 in standard normals x0' = x0/rho, b:
     * a = rho^2 h q^2/2, p = rho q^2, g = -(1 - q^2)/(2h). Its mean is a + g, its variance 2a^2 + p^2 + 2g^2.
     * Given H the N terms are independent, so f(x_k)/N has mean (1/N) sum phi(h_i) -> ∫ phi dmu_sc (the linear
     * statistic fluctuates only O(1/N)) and N Var -> ∫ v dmu_sc.
     */
    public static double[] term(Model m, double h, int k) {
        double q = Math.pow(1 - m.eta() * h, k), q2 = q * q;
        double a = m.rho() * m.rho() * h * q2 / 2, p = m.rho() * q2, g = -(1 - q2) / (2 * h);
        return new double[] {a + g, 2 * a * a + p * p + 2 * g * g};
    }

    /**
     * ∫ term dmu over the semicircle on [lambda - 2s, lambda + 2s]: h = lambda + 2s cos t, dmu = (2/pi) sin^2 t dt on
     * [0, pi]; the integrand is a smooth even periodic function of t, so the midpoint rule converges geometrically.
     */
    public static double[] limit(Model m, int k, int points) {
        double mean = 0, var = 0;
        for (int j = 0; j < points; j++) {
            double t = Math.PI * (j + 0.5) / points, w = 2 / Math.PI * Math.sin(t) * Math.sin(t) * Math.PI / points;
            double[] y = term(m, m.lambda() + 2 * m.s() * Math.cos(t), k);
            mean += w * y[0];
            var += w * y[1];
        }
        return new double[] {mean, var};
    }

    /** The same with the spectrum collapsed to its mean (h = lambda for every direction): the alternative that ignores W. */
    public static double[] collapsed(Model m, int k) {
        return term(m, m.lambda(), k);
    }
}
