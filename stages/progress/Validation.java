package progress;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact sampler against the spectral field at moderate N: GD (the study's X) on F realisations x P starts of
 * lib/GaussianField with M spectral samples, and on the exact sampler twice, with the derived law of the complement
 * components and with the i.i.d. N(0,1) reading (the alternative). Per step k = 1..steps three statistics: the
 * mean and variance of the scaled cost f/√N and the mean of |∇f|²/N. Standard errors of the spectral statistics
 * come from the spread between realisations (so they include the realisation-to-realisation part); each
 * comparison's standard error also carries an allowance for the finite-M bias, of relative size N/(2M): derived for
 * the first step's mean (gd-moments: E_M[Φ1] relative to eq 11 is −N/(2M) to leading order, its m-bias claims
 * reproduced), and assumed of the same relative order for the later steps and statistics (not derived).
 */
public final class Validation {
    private Validation() {}

    public record Row(int dims, int m, int step, String statistic, double spectral, double seSpectral, double exact,
                      double seExact, double variant, double seVariant, double biasAllowance) {
        double se() { return Math.sqrt(seSpectral * seSpectral + seExact * seExact + biasAllowance * biasAllowance); }

        public double z() { return (spectral - exact) / se(); }

        /** Shift of the alternative (the i.i.d. N(0,1) variant) from the derived sampler, in standard errors. */
        public double deltaAlt() { return (variant - exact) / se(); }
    }

    public static List<Row> run(Algorithm alg, int dims, int m, int realisations, int starts, int exactRuns, int steps,
                                double box, long seed, int threads) {
        SpectralRuns.Paths spec = SpectralRuns.run(alg, dims, m, realisations, starts, steps, box, seed, "validation/N" + dims, threads);
        ExactRuns.Paths ex = ExactRuns.run(alg, dims, steps, exactRuns, seed, "validation/exact/N" + dims, threads,
                PathSampler.Complement.DERIVED);
        ExactRuns.Paths iid = ExactRuns.run(alg, dims, steps, exactRuns, seed, "validation/iid/N" + dims, threads,
                PathSampler.Complement.IID_UNIT);
        double rel = dims / (2.0 * m);
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k <= steps; k++) {
            for (String stat : new String[] {"mean_cost", "var_cost", "mean_grad2"}) {
                double[] s = clustered(spec, k, stat);
                double[] e = plain(ex, k, stat);
                double[] v = plain(iid, k, stat);
                rows.add(new Row(dims, m, k, stat, s[0], s[1], e[0], e[1], v[0], v[1], rel * Math.abs(e[0])));
            }
        }
        return rows;
    }

    /** The statistic over all spectral runs, se from the spread of its per-realisation values. */
    static double[] clustered(SpectralRuns.Paths p, int k, String stat) {
        int f = p.realisations(), s = p.starts();
        double[] per = new double[f];
        double[] all = new double[f * s];
        for (int i = 0; i < f * s; i++) all[i] = pick(stat, p.value(i, k), p.grad2(i, k));
        for (int r = 0; r < f; r++) per[r] = statistic(stat, all, r * s, (r + 1) * s);
        Stats.Replicates rep = Stats.replicates(per);
        return new double[] {statistic(stat, all, 0, all.length), rep.se()};
    }

    static double[] plain(ExactRuns.Paths p, int k, String stat) {
        double[] all = new double[p.runs()];
        for (int i = 0; i < all.length; i++) all[i] = pick(stat, p.value(i, k), p.grad2(i, k));
        Stats.Moments mo = Stats.of(all);
        return stat.equals("var_cost") ? new double[] {mo.var(), mo.seVar()} : new double[] {mo.mean(), mo.seMean()};
    }

    static double pick(String stat, double value, double grad2) { return stat.equals("mean_grad2") ? grad2 : value; }

    static double statistic(String stat, double[] x, int from, int to) {
        Stats.Moments mo = Stats.of(x, from, to);
        return stat.equals("var_cost") ? mo.var() : mo.mean();
    }
}
