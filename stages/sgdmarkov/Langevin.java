package sgdmarkov;

import java.util.SplittableRandom;
import lib.Parallel;
import lib.Streams;

/**
 * The Gaussian-noise model of SGD, 003 eq (3): X' = X - alpha grad f(X) + sqrt(alpha/l) zeta, zeta ~ N(0, alpha I),
 * i.e. a step noise of variance alpha^2/l per coordinate, on a {@link Landscape}. This is eq (4) with
 * 2 alpha / beta = alpha^2 / l. Chains are independent tasks (one stream each), so results do not depend on threads.
 */
public final class Langevin {
    private Langevin() {}

    /** Time averages of independent chains after burn-in: per-chain mean energy, per-chain bin counts, end points. */
    public record Run(double alpha, double batch, int chains, long burn, long steps, double[] energy, long[][] counts,
                      double[][] ends) {
        public double temperature() { return alpha / (2 * batch); }

        /** Mean over chains of the time-averaged energy, and its standard error over chains. */
        public double[] meanEnergy() { return Stats.meanSe(energy); }

        /** Pooled bin frequencies of the chains {@code from, from + stride, ...}. */
        public double[] frequencies(int from, int stride) {
            double[] p = new double[counts[0].length];
            long total = 0;
            for (int c = from; c < chains; c += stride) {
                for (int k = 0; k < p.length; k++) {
                    p[k] += counts[c][k];
                    total += counts[c][k];
                }
            }
            for (int k = 0; k < p.length; k++) p[k] /= total;
            return p;
        }
    }

    /** One step of eq (3) in place; returns f at the old point. */
    static double step(Landscape land, double[] x, double[] g, double alpha, double noise, SplittableRandom rng) {
        double e = land.valueGrad(x[0], x[1], g);
        x[0] += -alpha * g[0] + noise * rng.nextGaussian();
        x[1] += -alpha * g[1] + noise * rng.nextGaussian();
        return e;
    }

    /**
     * {@code chains} chains of eq (3) at (alpha, l), each started from the Gibbs law of temperature alpha/(2l) (so
     * the burn-in only relaxes the discretisation bias), run burn + steps steps, recording after the burn-in.
     */
    public static Run stationary(Gibbs gibbs, Bins bins, double alpha, double batch, int chains, long burn, long steps,
                                 long seed, String label, int threads) {
        Landscape land = gibbs.landscape();
        double[] cumulative = gibbs.cumulative(alpha / (2 * batch));
        double noise = alpha / Math.sqrt(batch);
        double[] energy = new double[chains];
        long[][] counts = new long[chains][];
        double[][] ends = new double[chains][];
        Parallel.run(chains, threads, c -> {
            SplittableRandom rng = Streams.of(seed, label, c);
            double[] x = Gibbs.sample(gibbs, cumulative, rng), g = new double[2];
            for (long t = 0; t < burn; t++) step(land, x, g, alpha, noise, rng);
            long[] n = new long[bins.count()];
            double s = 0;
            for (long t = 0; t < steps; t++) {
                n[bins.index(x[0], x[1])]++;
                s += step(land, x, g, alpha, noise, rng);
            }
            energy[c] = s / steps;
            counts[c] = n;
            ends[c] = x;
        });
        return new Run(alpha, batch, chains, burn, steps, energy, counts, ends);
    }

    /**
     * Remark 16's algorithm: runs from uniform starts in [-start, start]^2 take {@code stageSteps} steps of eq (3) at
     * each step size of {@code alphas} in turn (batch l fixed), then plain gradient descent until
     * it settles (descentSteps steps of size descentStep); returns the basin label (see {@link Gibbs#basinOf}) of each
     * run's end point.
     */
    public static int[] anneal(Gibbs gibbs, double[] alphas, double batch, long stageSteps, double start, int runs,
                               long descentSteps, double descentStep, long seed, String label, int threads) {
        Landscape land = gibbs.landscape();
        int[] basin = new int[runs];
        Parallel.run(runs, threads, r -> {
            SplittableRandom rng = Streams.of(seed, label, r);
            double[] x = {rng.nextDouble(-start, start), rng.nextDouble(-start, start)}, g = new double[2];
            for (double alpha : alphas) {
                double noise = alpha / Math.sqrt(batch);
                for (long t = 0; t < stageSteps; t++) step(land, x, g, alpha, noise, rng);
            }
            for (long t = 0; t < descentSteps; t++) step(land, x, g, descentStep, 0, rng);
            basin[r] = gibbs.basinOf(x[0], x[1]);
        });
        return basin;
    }
}
