package progress;

import blackbox.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * 001 Remark 1.2 on a real network ({@link Mlp}) at several widths: loss curves of many starts for GD and Adam, the
 * spread across starts per step (its logarithm's standard error by the jackknife over starts, as for the black box),
 * and the "near-equal" statistic: the largest spread over the steps as a fraction of the mean loss drop.
 */
public final class MlpStudy {
    private MlpStudy() {}

    public record Result(List<Mlp.Curves> curves, int trainSize) {
        public Mlp.Curves at(int width) {
            return curves.stream().filter(c -> c.width() == width).findFirst().orElse(null);
        }
    }

    public static Result run(Dataset train, int[] widths, int steps, int starts, double etaGd, double lrAdam, long seed, int threads) {
        List<Mlp.Curves> out = new ArrayList<>();
        for (int h : widths) {
            long t0 = System.nanoTime();
            out.add(Mlp.train(train, new Mlp.Settings(h, steps, starts, etaGd, lrAdam, seed), threads));
            System.err.printf(java.util.Locale.ROOT, "progress-mlp: width %d (%d parameters), %d starts x %d steps x 2 optimisers: %.1f s%n",
                    h, Mlp.params(h, train.d()), starts, steps, (System.nanoTime() - t0) / 1e9);
        }
        return new Result(out, train.n());
    }

    static double[] losses(Mlp.Curves c, boolean adam, int k) {
        double[] v = new double[c.starts()];
        for (int i = 0; i < v.length; i++) v[i] = c.loss(adam, i, k);
        return v;
    }

    /** SD across starts at step k: {sd, ln sd, jackknife se of ln sd}. */
    public static double[] spread(Mlp.Curves c, boolean adam, int k) {
        return jackknife(losses(c, adam, k), v -> Math.log(Stats.of(v).sd()), true);
    }

    /**
     * Near-equal statistic: max over steps 1..n of SD_k / (mean L_0 - mean L_n), with its jackknife standard error over
     * starts: {value, se, step of the maximum, mean loss drop}.
     */
    public static double[] nearEqual(Mlp.Curves c, boolean adam) {
        int s = c.starts();
        double[][] rows = new double[s][];
        for (int i = 0; i < s; i++) {
            rows[i] = new double[c.steps() + 1];
            for (int k = 0; k <= c.steps(); k++) rows[i][k] = c.loss(adam, i, k);
        }
        double[] full = nearEqualOf(rows, -1);
        double[] loo = new double[s];
        for (int i = 0; i < s; i++) loo[i] = nearEqualOf(rows, i)[0];
        return new double[] {full[0], lib.Stats.jackknifeSe(loo), full[1], full[2]};
    }

    /** {statistic, argmax step, mean drop} over the rows except row {@code skip} (-1: none). */
    static double[] nearEqualOf(double[][] rows, int skip) {
        int steps = rows[0].length - 1, m = rows.length - (skip >= 0 ? 1 : 0);
        double[][] byStep = new double[steps + 1][m];
        for (int k = 0; k <= steps; k++) {
            for (int i = 0, t = 0; i < rows.length; i++) if (i != skip) byStep[k][t++] = rows[i][k];
        }
        double drop = Stats.of(byStep[0]).mean() - Stats.of(byStep[steps]).mean();
        double best = -1;
        int at = 0;
        for (int k = 1; k <= steps; k++) {
            double v = Stats.of(byStep[k]).sd() / drop;
            if (v > best) {
                best = v;
                at = k;
            }
        }
        return new double[] {best, at, drop};
    }

    /** {value, ln value, jackknife se of ln value} of a statistic of v (log = true) over leave-one-out samples. */
    static double[] jackknife(double[] v, java.util.function.ToDoubleFunction<double[]> stat, boolean log) {
        int s = v.length;
        double full = stat.applyAsDouble(v);
        double[] loo = new double[s];
        for (int i = 0; i < s; i++) {
            double[] w = new double[s - 1];
            for (int j = 0, t = 0; j < s; j++) if (j != i) w[t++] = v[j];
            loo[i] = stat.applyAsDouble(w);
        }
        return new double[] {Math.exp(full), full, lib.Stats.jackknifeSe(loo)};
    }

    public static double meanLoss(Mlp.Curves c, boolean adam, int k) {
        return Stats.of(losses(c, adam, k)).mean();
    }
}
