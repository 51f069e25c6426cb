package sgdmarkov;

import java.util.SplittableRandom;
import lib.Parallel;
import lib.Streams;

/**
 * 003 §3.2: the conditional mean and covariance of one mini-batch SGD step X+ = X - alpha g_B at a fixed point X of a
 * finite sum, by drawing many batches, against the exact finite-sum values. With g_i the n item gradients at X, their
 * mean grad f and population covariance Sigma = (1/n) sum (g_i - grad f)(g_i - grad f)^T:
 * <pre>
 *   E[X+ | X] = X - alpha grad f,
 *   Cov[X+ | X] = alpha^2 Sigma / l                       (l items drawn with replacement, Assumption 13),
 *   Cov[X+ | X] = alpha^2 Sigma / l * (n - l) / (n - 1)   (l distinct items, without replacement).
 * </pre>
 * The second is the variance of a sample mean under simple random sampling (the finite-population correction, e.g.
 * Cochran 1977, ch. 2); the notes' 1/l derivation assumes independent draws. alpha cancels from every ratio below, so
 * the draws use g_B itself. The bias the unbiasedness check could detect is that of drawing items with probability
 * proportional to their loss without reweighting ("tricks with the sampling distribution", as the notes put it),
 * measured along its own direction u.
 */
public final class StepMoments {
    private StepMoments() {}

    /** Per group of draws: sums of u.(g_B - grad f), its square, |g_B - grad f|^2 and its square. */
    public record Draws(boolean replacement, int batch, int draws, double meanAlongU, double meanAlongUSe,
                        double meanSquare, double meanSquareSe) {}

    /** The exact quantities of the finite sum at the point. */
    public record Exact(int n, int d, double[] mean, double trace, double[] biasDirection, double bias, double sigmaU) {}

    /** Exact mean, tr Sigma, the loss-proportional sampler's bias b (|b| and u = b/|b|) and u^T Sigma u. */
    public static Exact exact(double[] g, int n, int d, double[] itemLoss) {
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) mean[j] += g[i * d + j] / n;
        double tr = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) tr += (g[i * d + j] - mean[j]) * (g[i * d + j] - mean[j]) / n;
        double z = 0;
        for (double l : itemLoss) z += l;
        double[] b = new double[d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) b[j] += itemLoss[i] / z * g[i * d + j];
        double norm = 0;
        for (int j = 0; j < d; j++) {
            b[j] -= mean[j];
            norm += b[j] * b[j];
        }
        norm = Math.sqrt(norm);
        double[] u = new double[d];
        for (int j = 0; j < d; j++) u[j] = b[j] / norm;
        double su = 0;
        for (int i = 0; i < n; i++) {
            double p = 0;
            for (int j = 0; j < d; j++) p += u[j] * (g[i * d + j] - mean[j]);
            su += p * p / n;
        }
        return new Exact(n, d, mean, tr, u, norm, su);
    }

    /** {@code draws} batches of size l (in {@code groups} independent streams), with or without replacement. */
    public static Draws draw(double[] g, Exact ex, int batch, boolean replacement, int draws, int groups, long seed,
                             String label, int threads) {
        int n = ex.n(), d = ex.d();
        double[][] acc = new double[groups][4];
        int per = draws / groups;
        Parallel.run(groups, threads, k -> {
            SplittableRandom rng = Streams.of(seed, label, k);
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) perm[i] = i;
            double[] gb = new double[d];
            for (int r = 0; r < per; r++) {
                java.util.Arrays.fill(gb, 0);
                for (int b = 0; b < batch; b++) {
                    int i;
                    if (replacement) {
                        i = rng.nextInt(n);
                    } else {   // partial Fisher-Yates: the first l entries of a uniform random permutation
                        int j = b + rng.nextInt(n - b);
                        i = perm[j];
                        perm[j] = perm[b];
                        perm[b] = i;
                    }
                    for (int j = 0; j < d; j++) gb[j] += g[i * d + j];
                }
                double along = 0, sq = 0;
                for (int j = 0; j < d; j++) {
                    double e = gb[j] / batch - ex.mean()[j];
                    along += ex.biasDirection()[j] * e;
                    sq += e * e;
                }
                acc[k][0] += along;
                acc[k][1] += along * along;
                acc[k][2] += sq;
                acc[k][3] += sq * sq;
            }
        });
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (double[] a : acc) {
            s0 += a[0];
            s1 += a[1];
            s2 += a[2];
            s3 += a[3];
        }
        int total = per * groups;
        double mu = s0 / total, ms = s2 / total;
        double varU = (s1 / total - mu * mu) * total / (total - 1.0), varS = (s3 / total - ms * ms) * total / (total - 1.0);
        return new Draws(replacement, batch, total, mu, Math.sqrt(varU / total), ms, Math.sqrt(varS / total));
    }
}
