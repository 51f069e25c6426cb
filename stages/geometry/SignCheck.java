package geometry;

import java.util.SplittableRandom;
import lib.GaussianField;
import lib.Parallel;
import lib.Streams;

/**
 * The sign of Cov(Φ1, Ξ0) in 000 eq (6), two ways: by finite differences of the kernel, and on the simulated field
 * (eqs 29-31). Both report the coefficient c in Cov(φ(x0 + Δx), ∇φ(x0)·Δx) = c |Δx|² k(|Δx|): +1 for the field,
 * −1 as eq (6) is printed.
 */
final class SignCheck {
    private SignCheck() {}

    /** The coefficient by central differences at random points and steps: {mean, largest |c − mean|} over draws. */
    static double[] byDifferences(int[] dims, int perDim, long seed) {
        double sum = 0, worst = 0;
        double[] cs = new double[dims.length * perDim];
        int d = 0;
        for (int n : dims) {
            for (int i = 0; i < perDim; i++, d++) {
                SplittableRandom rng = Streams.of(seed, "sign-differences", d);
                double[] x0 = new double[n], dx = new double[n], x1 = new double[n];
                double len = 0.2 + 1.8 * rng.nextDouble();
                double norm = 0;
                for (int j = 0; j < n; j++) {
                    x0[j] = 3 * rng.nextGaussian();
                    dx[j] = rng.nextGaussian();
                    norm += dx[j] * dx[j];
                }
                double r2 = 0;
                for (int j = 0; j < n; j++) {
                    dx[j] *= len / Math.sqrt(norm);
                    x1[j] = x0[j] + dx[j];
                    r2 += dx[j] * dx[j];
                }
                double[] cov = Kernel.valueGradientCovarianceByDifferences(x1, x0, 1e-5);
                double proj = 0;
                for (int j = 0; j < n; j++) proj += cov[j] * dx[j];
                cs[d] = proj / (r2 * Kernel.k(r2));
                sum += cs[d];
            }
        }
        double mean = sum / cs.length;
        for (double c : cs) worst = Math.max(worst, Math.abs(c - mean));
        return new double[] {mean, worst};
    }

    /** The coefficient estimated on simulated fields. */
    record FieldEstimate(double mean, double se, int n, int m, int realisations, int points, double step) {}

    /**
     * On each of {@code realisations} fields (dimension n, m spectral samples) take {@code points} starting points x0
     * uniform in [−box, box]^n and a step of length {@code step} in a uniform random direction e; average
     * φ(x0 + step·e) ∇φ(x0)·e / (step k(step)). The standard error comes from the spread of the per-field means.
     */
    static FieldEstimate onField(int n, int m, int realisations, int points, double step, double box, long seed, int threads) {
        double[] means = new double[realisations];
        Parallel.run(realisations, threads, r -> {
            GaussianField f = GaussianField.sample(n, m, Streams.of(seed, "sign-field", r).nextLong());
            SplittableRandom rng = Streams.of(seed, "sign-points", r);
            double[] x0 = new double[points * n], x1 = new double[points * n], e = new double[points * n];
            for (int p = 0; p < points; p++) {
                double norm = 0;
                for (int j = 0; j < n; j++) {
                    x0[p * n + j] = box * (2 * rng.nextDouble() - 1);
                    e[p * n + j] = rng.nextGaussian();
                    norm += e[p * n + j] * e[p * n + j];
                }
                for (int j = 0; j < n; j++) {
                    e[p * n + j] /= Math.sqrt(norm);
                    x1[p * n + j] = x0[p * n + j] + step * e[p * n + j];
                }
            }
            double[] v0 = new double[points], g0 = new double[points * n];
            f.valuesAndGradients(x0, points, v0, g0, 1);
            double[] v1 = f.values(x1, points, 1);
            double s = 0;
            for (int p = 0; p < points; p++) {
                double ge = 0;
                for (int j = 0; j < n; j++) ge += g0[p * n + j] * e[p * n + j];
                s += v1[p] * ge;
            }
            means[r] = s / points / (step * Kernel.k(step * step));
        });
        double mu = 0;
        for (double v : means) mu += v;
        mu /= realisations;
        double ss = 0;
        for (double v : means) ss += (v - mu) * (v - mu);
        return new FieldEstimate(mu, Math.sqrt(ss / (realisations - 1) / realisations), n, m, realisations, points, step);
    }
}
