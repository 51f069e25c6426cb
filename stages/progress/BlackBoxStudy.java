package progress;

import blackbox.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * 001's motivating figure on the black box: loss curves of S starts at each N_P for GD and Adam ({@link BlackBox}),
 * and how the spread across starts changes from the smallest to the largest N_P. Spread = the standard deviation of
 * the training loss across starts at a step; its logarithm's standard error by the jackknife over starts (no
 * normality assumed: a loss curve's spread across starts can be skewed).
 */
public final class BlackBoxStudy {
    private BlackBoxStudy() {}

    /** One N_P's settings: GD step and Adam learning rate. */
    public record Size(int nParams, double etaGd, double lrAdam) {}

    public record Result(List<BlackBox.Curves> curves, int trainSize, int m) {}

    public static Result run(Dataset train, List<Size> sizes, int m, int steps, int starts, long seed, int threads) {
        List<BlackBox.Curves> out = new ArrayList<>();
        for (Size s : sizes) {
            long t0 = System.nanoTime();
            out.add(BlackBox.train(train, new BlackBox.Settings(s.nParams(), m, steps, starts, s.etaGd(), s.lrAdam(), seed), threads));
            System.err.printf(java.util.Locale.ROOT, "predictable-progress: black box N_P = %d, %d starts x %d steps: %.1f s%n",
                    s.nParams(), starts, steps, (System.nanoTime() - t0) / 1e9);
        }
        return new Result(out, train.n(), m);
    }

    /** Spread across starts at step k: ln SD and its jackknife standard error. */
    public record Spread(double sd, double lnSd, double seLnSd) {}

    public static Spread spread(BlackBox.Curves c, boolean adam, int k) {
        int s = c.starts();
        double[] v = new double[s];
        for (int i = 0; i < s; i++) v[i] = c.loss(adam, i, k);
        double full = Math.log(Stats.of(v).sd());
        double[] loo = new double[s];
        double mean = 0;
        for (int i = 0; i < s; i++) {
            double[] w = new double[s - 1];
            for (int j = 0, t = 0; j < s; j++) if (j != i) w[t++] = v[j];
            loo[i] = Math.log(Stats.of(w).sd());
            mean += loo[i] / s;
        }
        double q = 0;
        for (double l : loo) q += (l - mean) * (l - mean);
        return new Spread(Math.exp(full), full, Math.sqrt((s - 1.0) / s * q));
    }

    /** Mean loss across starts at step k. */
    public static double meanLoss(BlackBox.Curves c, boolean adam, int k) {
        double m = 0;
        for (int i = 0; i < c.starts(); i++) m += c.loss(adam, i, k);
        return m / c.starts();
    }
}
