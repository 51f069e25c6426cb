package sgdmarkov;

import java.util.SplittableRandom;
import lib.Parallel;
import lib.Streams;
import org.apache.commons.math3.special.Erf;

/**
 * The Gaussian-noise chain of 003 eqs (3)-(4) on the quadratic f(x) = lambda x^2 / 2, where everything is exact.
 * <p><b>Derivation of the stationary variance.</b> A step is X' = (1 - alpha lambda) X + xi with xi ~ N(0, q), where
 * q = 2 alpha / beta for eq (4) (sqrt(2/beta) zeta, zeta ~ N(0, alpha)) and q = alpha^2 / l for eq (3)
 * (sqrt(alpha/l) zeta). The chain is linear and Gaussian, so its stationary law is N(0, V) with
 * V = (1 - alpha lambda)^2 V + q, i.e.
 * <pre>
 *   V = q / (alpha lambda (2 - alpha lambda))  =  1 / (beta lambda (1 - alpha lambda / 2))    (eq 4),
 * </pre>
 * finite iff 0 < alpha lambda < 2. The Gibbs law e^{-beta f}/Z is N(0, 1/(beta lambda)): the chain's variance exceeds it
 * by the factor 1/(1 - alpha lambda/2), which tends to 1 only as alpha -> 0. For eq (3), V = alpha / (l lambda
 * (2 - alpha lambda)) -> alpha / (2 l lambda): the Gibbs variance 1/(beta lambda) at 1/beta = alpha / (2 l), not
 * alpha / l.
 */
public final class GaussianChain {
    private GaussianChain() {}

    /** Exact stationary variance for step alpha, curvature lambda and per-step noise variance q. */
    public static double stationaryVariance(double alpha, double lambda, double q) {
        return q / (alpha * lambda * (2 - alpha * lambda));
    }

    /** Total variation distance between N(0, v1) and N(0, v2). */
    public static double totalVariation(double v1, double v2) {
        if (v1 == v2) return 0;
        double hi = Math.max(v1, v2), lo = Math.min(v1, v2);
        double x2 = hi * lo * Math.log(hi / lo) / (hi - lo);   // the densities cross at +-sqrt(x2)
        double x = Math.sqrt(x2);
        return Erf.erf(x / Math.sqrt(2 * lo)) - Erf.erf(x / Math.sqrt(2 * hi));
    }

    /** Per-chain time averages of X^2 after burn-in, and a pooled histogram of X on {@code bins} bins over [-w, w]. */
    public record Run(double alpha, double lambda, double q, int chains, long steps, double[] secondMoment,
                      long[] histogram, double halfWidth) {
        public double[] variance() { return Stats.meanSe(secondMoment); }

        public double exact() { return stationaryVariance(alpha, lambda, q); }
    }

    /**
     * {@code chains} chains from X = 0, each burnt in for the time its second moment needs to come within 1e-12 of
     * stationarity, then {@code steps} recorded steps.
     */
    public static Run simulate(double alpha, double lambda, double q, int chains, long steps, int bins, double halfWidth,
                               long seed, String label, int threads) {
        double rho = 1 - alpha * lambda, sd = Math.sqrt(q);
        long burn = (long) Math.ceil(Math.log(1e-12) / Math.log(rho * rho)) + 1;
        double[] m2 = new double[chains];
        long[][] hist = new long[chains][bins];
        Parallel.run(chains, threads, c -> {
            SplittableRandom rng = Streams.of(seed, label, c);
            double x = 0;
            for (long t = 0; t < burn; t++) x = rho * x + sd * rng.nextGaussian();
            double s = 0;
            long[] h = hist[c];
            for (long t = 0; t < steps; t++) {
                x = rho * x + sd * rng.nextGaussian();
                s += x * x;
                int b = (int) Math.floor((x + halfWidth) / (2 * halfWidth) * bins);
                if (b >= 0 && b < bins) h[b]++;
            }
            m2[c] = s / steps;
        });
        long[] pooled = new long[bins];
        for (long[] h : hist) for (int b = 0; b < bins; b++) pooled[b] += h[b];
        return new Run(alpha, lambda, q, chains, steps, m2, pooled, halfWidth);
    }
}
