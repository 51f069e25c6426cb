package sgdmarkov;

import java.util.SplittableRandom;
import lib.Blas;
import lib.Parallel;
import lib.Streams;

/**
 * Real mini-batch SGD on the MNIST finite sum ({@link RidgeLogistic}) against the Gaussian-noise model of 003 eq (3).
 * <p><b>The model's stationary spread.</b> Linearised at w*, eq (3) with the true noise, e' = (I - alpha H) e + noise of
 * covariance (alpha^2 / l) Sigma (Sigma = Cov_w grad f_w(w*) = (1/n) sum g_i g_i^T, the g_i summing to 0), has the
 * stationary covariance C = (I - alpha H) C (I - alpha H) + (alpha^2 / l) Sigma, whose diagonal in H's eigenbasis is
 * <pre>
 *   C_kk = (alpha / l) Sigma_kk / (h_k (2 - alpha h_k)),   E f - f* ~ (1/2) sum_k h_k C_kk.
 * </pre>
 * Assumption 14 puts Sigma = I (C_kk = (alpha/l) / (h_k (2 - alpha h_k))); its Gibbs law at 1/beta = alpha/(2 l) has
 * C_kk = alpha / (2 l h_k), E f - f* = d alpha / (4 l).
 */
public final class RealSgd {
    private RealSgd() {}

    /** H's eigenvalues h_k (ascending) and eigenvectors (columns), the diagonal of Sigma in that basis, tr Sigma and lambda_max(Sigma). */
    public record Spectrum(int d, double[] h, double[] vectors, double[] sigmaDiag, double traceSigma, double topSigma) {}

    public static Spectrum spectrum(RidgeLogistic p, double[] wStar) {
        int n = p.n(), d = p.d();
        Eigen e = Eigen.of(p.hessian(wStar), d);
        double[] g = p.itemGradients(wStar);
        double[] gu = new double[n * d];
        Blas.dgemm(false, false, n, d, d, 1.0, g, d, e.vectors(), d, 0.0, gu, d);
        double[] diag = new double[d];
        for (int i = 0; i < n; i++) for (int k = 0; k < d; k++) diag[k] += gu[i * d + k] * gu[i * d + k] / n;
        double[] sigma = new double[d * d];
        Blas.dgemm(true, false, d, d, n, 1.0 / n, g, d, g, d, 0.0, sigma, d);
        double[] ev = Eigen.values(sigma, d);
        double tr = 0;
        for (double v : diag) tr += v;
        return new Spectrum(d, e.values(), e.vectors(), diag, tr, ev[d - 1]);
    }

    /** The model's stationary variances C_kk along H's eigenvectors; {@code identity}: Assumption 14's Sigma = I. */
    public static double[] modelVariances(Spectrum s, double alpha, int batch, boolean identity) {
        double[] c = new double[s.d()];
        for (int k = 0; k < c.length; k++) {
            double sig = identity ? 1 : s.sigmaDiag()[k];
            c[k] = alpha / batch * sig / (s.h()[k] * (2 - alpha * s.h()[k]));
        }
        return c;
    }

    /** (1/2) sum_k h_k C_kk: the quadratic model's E f - f*. */
    public static double excess(Spectrum s, double[] variances) {
        double e = 0;
        for (int k = 0; k < variances.length; k++) e += s.h()[k] * variances[k] / 2;
        return e;
    }

    /** Per chain: time averages of f - f* and of the quadratic part; per-direction variances of U^T (w - w*). */
    public record Chains(double alpha, int batch, int chains, long burn, long steps, double[] excess, double[] quadratic,
                         double[][] directionVariance) {
        public double[] meanExcess() { return Stats.meanSe(excess); }

        public double[] meanQuadratic() { return Stats.meanSe(quadratic); }

        /** Mean over chains of the variance along direction k. */
        public double[] directionVariances() {
            double[] v = new double[directionVariance[0].length];
            for (double[] c : directionVariance) for (int k = 0; k < v.length; k++) v[k] += c[k] / chains;
            return v;
        }
    }

    /**
     * {@code chains} independent runs of mini-batch SGD (batches drawn with replacement) from w*, burn-in, then
     * {@code steps} steps: f - f* every {@code lossEvery} steps, the projections on H's eigenvectors every
     * {@code projectEvery} steps.
     */
    public static Chains run(RidgeLogistic p, double[] wStar, double fStar, Spectrum s, double alpha, int batch, int chains,
                             long burn, long steps, int lossEvery, int projectEvery, long seed, String label, int threads) {
        int d = p.d(), n = p.n();
        double[] excess = new double[chains], quad = new double[chains];
        double[][] dirVar = new double[chains][d];
        Parallel.run(chains, threads, c -> {
            SplittableRandom rng = Streams.of(seed, label, c);
            double[] w = wStar.clone(), g = new double[d], z = new double[d];
            double lossSum = 0, quadSum = 0;
            long losses = 0, projections = 0;
            double[] var = dirVar[c];
            for (long t = 0; t < burn + steps; t++) {
                java.util.Arrays.fill(g, 0);
                for (int b = 0; b < batch; b++) {
                    int i = rng.nextInt(n);
                    p.addInput(i, (RidgeLogistic.sigmoid(p.score(w, i)) - p.label(i)) / batch, g);
                }
                for (int j = 0; j < d; j++) w[j] -= alpha * (g[j] + p.lambda() * w[j]);
                long u = t - burn + 1;
                if (u <= 0) continue;
                if (u % lossEvery == 0) {
                    lossSum += p.value(w) - fStar;
                    losses++;
                }
                if (u % projectEvery == 0) {
                    project(s, w, wStar, z);
                    double q = 0;
                    for (int k = 0; k < d; k++) {
                        var[k] += z[k] * z[k];
                        q += s.h()[k] * z[k] * z[k] / 2;
                    }
                    quadSum += q;
                    projections++;
                }
            }
            for (int k = 0; k < d; k++) var[k] /= projections;
            excess[c] = lossSum / losses;
            quad[c] = quadSum / projections;
        });
        return new Chains(alpha, batch, chains, burn, steps, excess, quad, dirVar);
    }

    /** z = U^T (w - w*). */
    static void project(Spectrum s, double[] w, double[] wStar, double[] z) {
        int d = s.d();
        java.util.Arrays.fill(z, 0);
        double[] u = s.vectors();
        for (int j = 0; j < d; j++) {
            double e = w[j] - wStar[j];
            int o = j * d;
            for (int k = 0; k < d; k++) z[k] += u[o + k] * e;
        }
    }
}
