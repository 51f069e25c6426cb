package gdmoments;

import java.util.ArrayList;
import java.util.List;
import lib.ChiSquare;

/**
 * The scalar numbers of 000 §3.2 (eqs 13-17, the random-search comparison), each computed from its closed form and,
 * where one exists, from an independent computation, as rows (quantity, n, value, error, method).
 */
public final class Numbers {
    private Numbers() {}

    public record Row(String quantity, int n, double value, double error, String method) {}

    /** The printed value of eq (16) that the paper feeds to the random-search comparison. */
    public static final double PRINTED_16 = -13.56;
    /** The printed value of eq (17) that the paper feeds to the random-search comparison. */
    public static final double PRINTED_17 = -0.385;

    public static List<Row> rows(int n, ConditionalMc.Draws drawsN1) {
        List<Row> r = new ArrayList<>();
        for (int dim : new int[] {1, n}) {
            r.add(new Row("eta_opt", dim, Moments.etaOpt(dim), 0, "eq (13)"));
            r.add(new Row("eta_opt", dim, CrossChecks.etaOptBrent(dim), 0, "Brent minimum of eq (11)"));
            r.add(new Row("eta_opt", dim, CrossChecks.etaOptBrentQuadrature(dim), 0, "Brent minimum of the quadrature of eq (10)"));
            r.add(new Row("mean_at_eta_opt", dim, Moments.meanAtOpt(dim), 0, "eq (14) exact"));
            Quadrature.MomentEstimate q = Quadrature.moments(dim, Moments.etaOpt(dim));
            r.add(new Row("mean_at_eta_opt", dim, q.mean(), q.meanError(), "quadrature of eq (10)"));
            r.add(new Row("asymptote", dim, Moments.asymptote(dim), 0, "-sqrt(N/e), eq (14)"));
            r.add(new Row("gap_times_sqrt_n", dim, Math.sqrt(dim) * (Moments.meanAtOpt(dim) - Moments.asymptote(dim)), 0,
                    "sqrt(N)(eq 14 exact + sqrt(N/e)); derived limit 3/(4 sqrt e) = " + 3 / (4 * Math.sqrt(Math.E))));
            r.add(new Row("step_length", dim, Moments.stepLength(dim), 0, "eq (15) with log-gamma"));
            ChiSquare.Estimate s = Quadrature.stepLength(dim);
            r.add(new Row("step_length", dim, s.value(), s.error(), "quadrature over chi^2_N"));
        }
        SampleMoments mc1 = ConditionalMc.moments(drawsN1, Moments.etaOpt(1));
        r.add(new Row("mean_at_eta_opt", 1, mc1.mean(), mc1.meanSe(), "Monte Carlo of the conditional model (value, SE)"));
        r.add(new Row("eq17_exact", 1, -2 / (3 * Math.sqrt(3)), 0, "-2/(3 sqrt 3)"));
        r.add(new Row("step_length_n_times_deficit", 5000, 5000 * (1 - Moments.stepLength(5000)), 0,
                "N(1 - eq 15); derived limit 3/4"));
        r.add(new Row("normal_cdf_printed_16", 500, Moments.normalCdf(PRINTED_16), 0, "F_N(-13.56), erfc"));
        r.add(new Row("tries_printed_16", 500, Moments.randomSearchTries(PRINTED_16), 0, "1/F_N(-13.56)"));
        r.add(new Row("normal_cdf_exact_16", 500, Moments.normalCdf(Moments.meanAtOpt(500)), 0, "F_N(eq 14 exact at N=500)"));
        r.add(new Row("tries_printed_17", 1, Moments.randomSearchTries(PRINTED_17), 0, "1/F_N(-0.385)"));
        r.add(new Row("tries_exact_17", 1, Moments.randomSearchTries(Moments.meanAtOpt(1)), 0, "1/F_N(-2/(3 sqrt 3))"));
        return r;
    }

    /** eq (13)-(14) on the grid N = 1..maxN: (n, η_opt, exact E[Φ1|η_opt], −√(N/e)). */
    public static List<double[]> optimum(int maxN) {
        List<double[]> out = new ArrayList<>();
        for (int dim = 1; dim <= maxN; dim++) {
            out.add(new double[] {dim, Moments.etaOpt(dim), Moments.meanAtOpt(dim), Moments.asymptote(dim)});
        }
        return out;
    }

    /** Largest |η_Brent/η_eq13 − 1| over the N grid (Brent on eq 11). */
    public static double worstEtaOptError(int[] dims) {
        double worst = 0;
        for (int dim : dims) worst = Math.max(worst, Math.abs(CrossChecks.etaOptBrent(dim) / Moments.etaOpt(dim) - 1));
        return worst;
    }
}
