package sgdmarkov;

import java.util.SplittableRandom;
import lib.Parallel;
import lib.Streams;

/**
 * Theorem 8 of 003: SGD with alpha_t = alpha0/(t + t0) on a least-squares finite sum, E f(x_t) - f* = O(1/(t + t0)).
 * Two independent routes to the gap at log-spaced checkpoints t_j: the exact moment recursion ({@link ExactMoments}
 * with a step that changes every iteration) and single-sample SGD runs (each from its own stream). The decay is the
 * least-squares slope of log gap against log(t + t0) over the checkpoints; for the runs, the slope of the log of the
 * mean gap, with a jackknife standard error over groups of runs.
 */
public final class Theorem8 {
    private Theorem8() {}

    /** The schedule: alpha_t = alpha0/(t + t0) for t = 1, 2, ..., horizon; the gap recorded after each checkpoint step. */
    public record Schedule(double alpha0, double t0, int horizon, int[] checkpoints) {
        public double alpha(int t) { return alpha0 / (t + t0); }
    }

    /** Checkpoints: {@code perOctave} log-spaced integers per doubling in [horizon / 2^octaves, horizon]. */
    public static int[] checkpoints(int horizon, int octaves, int perOctave) {
        int count = octaves * perOctave + 1;
        int[] c = new int[count];
        for (int j = 0; j < count; j++) c[j] = (int) Math.round(horizon * Math.pow(2, -octaves + (double) j / perOctave));
        return c;
    }

    /** The exact gap at every checkpoint (from x0), by the moment recursion. */
    public static double[] exact(ExactMoments em, Schedule s, double[] x0) {
        double[] v = em.start(x0), tmp = new double[v.length], gap = new double[s.checkpoints().length];
        int j = 0;
        for (int t = 1; t <= s.horizon(); t++) {
            em.step(v, s.alpha(t), tmp);
            while (j < gap.length && s.checkpoints()[j] == t) gap[j++] = em.gap(v);
        }
        return gap;
    }

    /** gap[r][j]: the gap f(x_t) - f* of run r at checkpoint j (single-sample SGD, sampling with replacement). */
    public static double[][] runs(LeastSquares ls, Schedule s, double[] x0, int runs, long seed, String label, int threads) {
        int d = ls.d(), n = ls.n();
        double[] xs = ls.xStar();
        double[][] h = ls.hessian().getData();
        double[] a = new double[n * d], r = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) a[i * d + j] = ls.a(i, j);
            r[i] = ls.residual(i);
        }
        double[][] out = new double[runs][s.checkpoints().length];
        Parallel.run(runs, threads, run -> {
            SplittableRandom rng = Streams.of(seed, label, run);
            double[] e = new double[d];
            for (int j = 0; j < d; j++) e[j] = x0[j] - xs[j];
            int c = 0;
            for (int t = 1; t <= s.horizon(); t++) {
                int i = rng.nextInt(n);
                double dot = r[i];
                for (int j = 0; j < d; j++) dot += a[i * d + j] * e[j];
                double step = s.alpha(t) * dot;
                for (int j = 0; j < d; j++) e[j] -= step * a[i * d + j];
                while (c < s.checkpoints().length && s.checkpoints()[c] == t) out[run][c++] = quadratic(h, e) / 2;
            }
        });
        return out;
    }

    /**
     * Constant-step single-sample SGD (sampling with replacement) from x0: per run, the time average of the gap
     * f(x_t) - f* over {@code steps} steps after {@code burn} steps (Theorem 7's floor by simulation).
     */
    public static double[] stationaryRuns(LeastSquares ls, double alpha, double[] x0, long burn, long steps, int runs,
                                          long seed, String label, int threads) {
        int d = ls.d(), n = ls.n();
        double[] xs = ls.xStar();
        double[][] h = ls.hessian().getData();
        double[] a = new double[n * d], r = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) a[i * d + j] = ls.a(i, j);
            r[i] = ls.residual(i);
        }
        double[] out = new double[runs];
        Parallel.run(runs, threads, run -> {
            SplittableRandom rng = Streams.of(seed, label, run);
            double[] e = new double[d];
            for (int j = 0; j < d; j++) e[j] = x0[j] - xs[j];
            double sum = 0;
            for (long t = 0; t < burn + steps; t++) {
                int i = rng.nextInt(n);
                double dot = r[i];
                for (int j = 0; j < d; j++) dot += a[i * d + j] * e[j];
                for (int j = 0; j < d; j++) e[j] -= alpha * dot * a[i * d + j];
                if (t >= burn) sum += quadratic(h, e) / 2;
            }
            out[run] = sum / steps;
        });
        return out;
    }

    static double quadratic(double[][] h, double[] e) {
        double s = 0;
        for (int i = 0; i < e.length; i++) for (int j = 0; j < e.length; j++) s += e[i] * h[i][j] * e[j];
        return s;
    }

    /** Slope of log gap against log(t + t0). */
    public static double slope(Schedule s, double[] gap) {
        double[] x = new double[gap.length], y = new double[gap.length];
        for (int j = 0; j < gap.length; j++) {
            x[j] = Math.log(s.checkpoints()[j] + s.t0());
            y[j] = Math.log(gap[j]);
        }
        return Stats.slope(x, y);
    }

    /** {slope of the log mean gap over all runs, its jackknife standard error over {@code groups} groups of runs}. */
    public static double[] fittedSlope(Schedule s, double[][] gaps, int groups) {
        int runs = gaps.length, points = gaps[0].length;
        double[][] groupSum = new double[groups][points];
        int[] groupSize = new int[groups];
        for (int r = 0; r < runs; r++) {
            int g = r % groups;
            groupSize[g]++;
            for (int j = 0; j < points; j++) groupSum[g][j] += gaps[r][j];
        }
        double[] total = new double[points];
        for (int g = 0; g < groups; g++) for (int j = 0; j < points; j++) total[j] += groupSum[g][j];
        double[] mean = new double[points];
        for (int j = 0; j < points; j++) mean[j] = total[j] / runs;
        double full = slope(s, mean);
        double[] loo = new double[groups];
        for (int g = 0; g < groups; g++) {
            double[] m = new double[points];
            for (int j = 0; j < points; j++) m[j] = (total[j] - groupSum[g][j]) / (runs - groupSize[g]);
            loo[g] = slope(s, m);
        }
        return new double[] {full, Stats.jackknifeSe(loo)};
    }

    /** Mean gap over runs at each checkpoint. */
    public static double[] meanGap(double[][] gaps) {
        double[] m = new double[gaps[0].length];
        for (double[] g : gaps) for (int j = 0; j < m.length; j++) m[j] += g[j] / gaps.length;
        return m;
    }
}
