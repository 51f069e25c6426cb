package sgdmarkov;

import java.util.Locale;
import lib.Claims;
import lib.Observation;
import org.apache.commons.math3.linear.RealMatrix;

/** Observes the claims of {@link ExactStudy} (Lemmas 5-6, Remarks 9 and 11, eq (3)'s exact law, high temperature). */
public final class ExactChecks {
    private ExactChecks() {}

    public static void observe(Claims c, ExactStudy st) {
        lemmas(c, st);
        costs(c, st);
        lyapunov(c, st);
        highTemperature(c, st);
    }

    static void lemmas(Claims c, ExactStudy st) {
        DescentLemmas.Case w5 = null, w6 = null;
        double tight = Double.POSITIVE_INFINITY;
        for (DescentLemmas.Case k : st.lemmas) {
            if (w5 == null || k.lemma5Violation() > w5.lemma5Violation()) w5 = k;
            if (w6 == null || k.lemma6Violation() > w6.lemma6Violation()) w6 = k;
            tight = Math.min(tight, Math.abs(k.lemma6TightSlack()));
        }
        String size = fmt("%d cases (problems example2 and multi; l = 1 and %d, with and without replacement; alpha = %s/L; "
                + "sigma = %s sigma_min) x %d points", st.lemmas.size(), LsStudy.BATCH, java.util.Arrays.toString(DescentLemmas.STEPS),
                java.util.Arrays.toString(DescentLemmas.SIGMAS), w5.points());
        c.observe("lemma5-descent", Observation.exact(w5.lemma5Violation()).evidence(fmt("largest (E f(x+) - f(x) - bound)/scale "
                + "over %s: %.3g (%s, l = %d, %s replacement, alpha L = %.3g); the bound is an equality only where the step's "
                + "noise lies in H's top eigenspace", size, w5.lemma5Violation(), w5.problem(), w5.batch(),
                w5.replacement() ? "with" : "without", w5.alphaL())));
        c.observe("lemma6-descent", Observation.exact(w6.lemma6Violation()).evidence(fmt("largest (E f(x+) - f(x) - Lemma 6's "
                + "second bound)/scale over %s: %.3g (%s, l = %d, alpha L = %.3g, sigma = %.2g sigma_min); at the point where "
                + "E|g|^2 = sigma0 + sigma|grad f|^2 the second inequality is an equality: smallest relative gap between "
                + "Lemma 6's two bounds there %.2g", size, w6.lemma6Violation(), w6.problem(), w6.batch(),
                w6.alphaL(), w6.sigmaFactor(), tight)));
    }

    static void costs(Claims c, ExactStudy st) {
        double worst = 1;
        StringBuilder small = new StringBuilder(), large = new StringBuilder();
        for (Costs.Remark9Cost r : st.remark9) {
            String row = fmt("%s: alpha = %.4g, floors %.4g (l = %d) and %.4g (single, alpha/l), target %.4g: %d steps of the "
                    + "batch (%d gradients), %d single-sample steps, ratio %.4f; ", r.problem(), r.alpha(), r.floorBatch(),
                    r.batch(), r.floorSingle(), r.target(), r.batchSteps(), r.batch() * r.batchSteps(), r.singleSteps(), r.costRatio());
            if (r.fraction() == ExactStudy.COST_FRACTION) {
                small.append(row);
                if (Math.abs(r.costRatio() - 1) >= Math.abs(worst - 1)) worst = r.costRatio();
            } else {
                large.append(row);
            }
        }
        c.observe("remark9-cost", Observation.exact(worst).evidence(fmt("gradient evaluations of single-sample SGD at alpha/l "
                + "over those of mini-batch SGD at alpha to the same target (exact moments from x0 = 0), alpha = %.2f/(L sigma_min): ",
                ExactStudy.COST_FRACTION) + small + fmt("worst %.4f; at alpha = %.2f/(L sigma_min): ", worst,
                ExactStudy.COST_FRACTION_LARGE) + large));
        Costs.Remark11 r = st.remark11;
        double[] fit = Costs.crossoverSlope(r, ExactStudy.REMARK11_N);
        StringBuilder ev = new StringBuilder();
        for (double n : ExactStudy.REMARK11_EVIDENCE_N) {
            double e = r.crossover(n);
            ev.append(fmt(" n = %.0f: eps* = %.4g (n eps* ln(gap0/eps*) = %.4g);", n, e, n * e * Math.log(r.gap0() / e)));
        }
        if (Double.isNaN(fit[0])) {
            c.undecidable("remark11-crossover", "fewer than two crossovers within the targets:" + ev);
            return;
        }
        c.observe("remark11-crossover", Observation.exact(fit[0]).evidence(fmt("single-sample SGD (Theorem 8's schedule, "
                + "alpha0 = 2/m = %.4g, t0 = %.0f) against GD (step 1/L, n gradients a step) on the multi problem with its data "
                + "replicated to n: slope of ln eps* against ln n over the %.0f points n = %.0f..%.0f = %.4f; GD is the cheaper below "
                + "eps*, SGD above; gap0 = %.4g;", r.alpha0(), r.t0(), fit[1], ExactStudy.REMARK11_N[0],
                ExactStudy.REMARK11_N[ExactStudy.REMARK11_N.length - 1], fit[0], r.gap0()) + ev));
    }

    static void lyapunov(Claims c, ExactStudy st) {
        RealMatrix h = st.hessian, cov = st.lyapunov;
        double alpha = st.lyapunovAlpha, exact = Lyapunov.energy(h, cov), gibbs = Lyapunov.energy(h, st.gibbs);
        double[] sim = st.chains.meanSe();
        double[] ratios = Lyapunov.gibbsRatios(h, cov, alpha, 1);
        String ev = fmt("eq (3) on the multi problem's H (d = %d, m = %.4g, L = %.4g) at alpha = %.3g/L, l = 1: discrete "
                + "Lyapunov E f = tr(HC)/2 = %.6g; %d chains x %d steps after %d: %.6g +- %.3g; Gibbs at alpha/(2l): %.6g; "
                + "eigenvalues of beta H^(1/2) C H^(1/2) (1 for the Gibbs law) %s", h.getRowDimension(), ev(h)[0],
                ev(h)[h.getRowDimension() - 1], ExactStudy.LYAPUNOV_FRACTION, exact, st.chains.chains(), st.chains.steps(),
                st.chains.burn(), sim[0], sim[1], gibbs, fmtArray(ratios));
        c.observe("lyapunov-chain-law", Observation.estimate(sim[0] / exact, sim[1] / exact).against(gibbs / exact,
                "the Gibbs law's energy d alpha/(4l)").size(st.chains.chains(), "chains").evidence(ev));
        c.observe("lyapunov-gibbs-shape", Observation.exact(ratios[ratios.length - 1] / ratios[0]).evidence(ev
                + fmt("; their spread max/min = %.4f: no temperature makes N(0, C) a Gibbs law", ratios[ratios.length - 1] / ratios[0])));
    }

    static void highTemperature(Claims c, ExactStudy st) {
        double hot = ExactStudy.HIGH_T * st.range, hotter = ExactStudy.HIGHER_T * st.range;
        StringBuilder ev = new StringBuilder(fmt("field slice f on the box [-%.0f, %.0f]^2 (the quadrature grid), range of f %.4f, "
                + "E_U|f - E_U f|/2 = %.5f; TV(Gibbs, uniform) at T =", SliceStudy.HALF, SliceStudy.HALF, st.range, st.halfMeanAbsDeviation));
        for (double[] r : st.highT) ev.append(fmt(" %.4g: %.5f;", r[0], r[1]));
        ev.append(" (T = 1/16 is the slice's SGD temperature alpha/(2l), T = 1 that of alpha = 2, l = 1)");
        c.observe("gibbs-high-temperature", Observation.exact(st.tvAt(hot)).evidence(ev.toString()));
        double ratio = hotter * st.tvAt(hotter) / st.halfMeanAbsDeviation;
        c.observe("gibbs-high-temperature-rate", Observation.exact(ratio).evidence(fmt("T TV(T) / (E_U|f - E_U f|/2) at T = %.4g: "
                + "%.6f; ", hotter, ratio) + ev));
    }

    static double[] ev(RealMatrix h) {
        double[] e = new org.apache.commons.math3.linear.EigenDecomposition(h).getRealEigenvalues();
        java.util.Arrays.sort(e);
        return e;
    }

    static String fmtArray(double[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) b.append(i == 0 ? "" : ", ").append(fmt("%.4f", v[i]));
        return b.append(']').toString();
    }

    static String fmt(String f, Object... args) { return String.format(Locale.ROOT, f, args); }
}
