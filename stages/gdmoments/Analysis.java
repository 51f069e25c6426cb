package gdmoments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lib.ChiSquare;

/** Turns field runs into Figure 8 rows and the finite-M study, and computes the density of Figure 3. */
public final class Analysis {
    private Analysis() {}

    /** Simulated moments at one (M, η), with the derived finite-M prediction of the mean. */
    public record StepRow(int n, int m, int realisations, double eta, SampleMoments s, double meanFiniteM) {}

    public record FitRow(String quantity, double value, double se, String meaning) {}

    public static List<StepRow> figure8(int n, FieldStudy.Run run, double[] etas) {
        List<StepRow> out = new ArrayList<>();
        for (double eta : etas) out.add(row(n, run, eta));
        return out;
    }

    /** Rows (M, η) of the finite-M study; η = mult·η_opt, mult = 1 giving exactly η_opt. */
    public static List<StepRow> mStudy(int n, Map<Integer, FieldStudy.Run> runs, int[] ms, double[] mults) {
        List<StepRow> out = new ArrayList<>();
        for (double mult : mults) {
            for (int m : ms) out.add(row(n, runs.get(m), mult == 1 ? Moments.etaOpt(n) : mult * Moments.etaOpt(n)));
        }
        return out;
    }

    static StepRow row(int n, FieldStudy.Run run, double eta) {
        SampleMoments s = run.moments(run.indexOf(eta));
        return new StepRow(n, run.m(), run.values()[0].length, eta, s, Moments.meanFiniteM(n, run.m(), eta));
    }

    /**
     * How much of the gap (simulated − eqs 11/12 at η_opt) is finite-M bias and how much is theory. Weighted least
     * squares of the mean gap on the derived finite-M gap g(M) = E_M[Φ1] − eq (11): gap = a + b·g(M), where a is the
     * gap left at M = ∞ (the theory's share, 0 if eq 11 is right) and b the fraction of the derived bias that is
     * seen (1 if the derivation is right); also the trend a + c/M with c against the derived lim M·g(M), χ² of
     * one-parameter fits c/M and c/√M, and the same a + c/M fit of the variance gap.
     */
    public static List<FitRow> fit(int n, List<StepRow> rows) {
        int k = rows.size();
        double[] x = new double[k], g = new double[k], ym = new double[k], sm = new double[k], yv = new double[k], sv = new double[k];
        for (int i = 0; i < k; i++) {
            StepRow r = rows.get(i);
            x[i] = 1.0 / r.m();
            g[i] = r.meanFiniteM() - Moments.mean(n, r.eta());
            ym[i] = r.s().mean() - Moments.mean(n, r.eta());
            sm[i] = r.s().meanSe();
            yv[i] = r.s().variance() - Moments.variance(n, r.eta());
            sv[i] = r.s().varianceSe();
        }
        double mBig = 1e7;
        double predictedSlope = mBig * (Moments.meanFiniteM(n, mBig, Moments.etaOpt(n)) - Moments.mean(n, Moments.etaOpt(n)));
        List<FitRow> out = new ArrayList<>();
        double[] ls = Wls.line(g, ym, sm);
        out.add(new FitRow("mean_gap_theory_share", ls[0], ls[1], "a in gap = a + b g(M): the gap of E[Phi1] left at M = infinity"));
        out.add(new FitRow("mean_gap_finite_m_scale", ls[2], ls[3], "b in gap = a + b g(M): the fraction of the derived finite-M bias g(M) observed"));
        double[] lm = Wls.line(x, ym, sm);
        out.add(new FitRow("mean_gap_intercept_inv_m", lm[0], lm[1], "a in gap = a + c/M"));
        out.add(new FitRow("mean_gap_slope_inv_m", lm[2], lm[3], "c in gap = a + c/M"));
        out.add(new FitRow("mean_gap_slope_predicted", predictedSlope, 0, "derived lim M g(M); leading order N|E[Phi1|eta_opt]|/2 = "
                + n / 2.0 * Math.abs(Moments.meanAtOpt(n))));
        out.add(new FitRow("mean_gap_chi2_inv_m", Wls.chi2Through0(x, ym, sm), k - 1, "chi^2 of gap = c/M (value), dof (se column)"));
        double[] sq = new double[k];
        for (int i = 0; i < k; i++) sq[i] = Math.sqrt(x[i]);
        out.add(new FitRow("mean_gap_chi2_inv_sqrt_m", Wls.chi2Through0(sq, ym, sm), k - 1, "chi^2 of gap = c/sqrt(M) (value), dof (se column)"));
        double[] lv = Wls.line(x, yv, sv);
        out.add(new FitRow("var_gap_intercept_inv_m", lv[0], lv[1], "a in variance gap = a + c/M (theory's share)"));
        out.add(new FitRow("var_gap_slope_inv_m", lv[2], lv[3], "c in variance gap = a + c/M (finite-M share)"));
        return out;
    }

    /** Density of Φ1 (eq 10) at N for learning rates mult·η_opt on a grid of φ1: rows (n, η, η/η_opt, φ1, f, error). */
    public static List<double[]> pdf(int n, double[] mults, double lo, double hi, int points) {
        List<double[]> out = new ArrayList<>();
        for (double mult : mults) {
            double eta = mult * Moments.etaOpt(n);
            for (int i = 0; i < points; i++) {
                double y = lo + (hi - lo) * i / (points - 1);
                ChiSquare.Estimate f = Quadrature.density(n, eta, y);
                out.add(new double[] {n, eta, mult, y, f.value(), f.error()});
            }
        }
        return out;
    }
}
