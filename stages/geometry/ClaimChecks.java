package geometry;

import java.util.List;
import java.util.Locale;
import lib.Claims;
import lib.Observation;
import lib.Verdict;
import org.apache.commons.math3.distribution.NormalDistribution;

/** Observes every claim of paper-checks/field-geometry.csv from the stage's results. */
public final class ClaimChecks {
    private ClaimChecks() {}

    /** Too few realisations make the between-realisation standard errors themselves uncertain. */
    static final int MIN_REALISATIONS = 8;

    public static void observe(Claims c, Study.TwoPoint tp, Study.GradientNorm gn, Study.RandomSearch rs, Study.Excursion ex) {
        twoPoint(c, tp);
        gradientNorm(c, gn);
        randomSearch(c, rs);
        excursion(c, ex);
    }

    static void twoPoint(Claims c, Study.TwoPoint tp) {
        double[] k = tp.kernelCoefficient();
        c.observe("eq6-sign-kernel", Observation.exact(k[0]).evidence(String.format(Locale.ROOT,
                "Cov(phi(x0+dx), grad phi(x0).dx) / (|dx|^2 k(|dx|)) by central differences of k over %d random (x0, dx): "
                        + "mean %.12f, largest deviation from the mean %.2e; eq (6) as printed gives -1", tp.rows().size(), k[0], k[1])));
        SignCheck.FieldEstimate f = tp.field();
        if (f.realisations() < MIN_REALISATIONS) {
            c.undecidable("eq6-sign-field", "needs at least " + MIN_REALISATIONS + " field realisations for a standard error");
        } else {
            c.observe("eq6-sign-field", Observation.estimate(f.mean(), f.se()).against(1, "+1, the kernel's sign")
                    .size(f.realisations(), "field realisations").evidence(String.format(Locale.ROOT,
                            "simulated field N = %d, M = %d, %d realisations x %d points, |dx| = %.3g: coefficient %.4f +- %.4f",
                            f.n(), f.m(), f.realisations(), f.points(), f.step(), f.mean(), f.se())));
        }
        double printed = 0, kernelMean = 0, kernelVar = 0, ascent = 0, worstPrintedV = 0;
        int pdK = 0, pdP = 0;
        for (Conditioning.Row r : tp.rows()) {
            printed = Math.max(printed, Math.abs(r.mPrinted() - r.mEq8()));
            ascent = Math.max(ascent, Math.abs(r.mPrinted() - r.mAscent()));
            kernelMean = Math.max(kernelMean, Math.abs(r.mKernel() - r.mEq8()));
            kernelVar = Math.max(kernelVar, Math.abs(r.vKernel() - r.vEq9()));
            worstPrintedV = Math.max(worstPrintedV, Math.abs(r.vPrinted() - r.vEq9()));
            if (r.kernelJointPd()) pdK++;
            if (r.printedJointPd()) pdP++;
        }
        String draws = String.format(Locale.ROOT, "%d draws (N in %s, eta log-uniform in [eta_opt/10, 10 eta_opt], dx = -eta Xi0)",
                tp.rows().size(), dims(tp.rows()));
        c.observe("eq7-printed-gives-eq8", Observation.exact(printed).evidence(String.format(Locale.ROOT,
                "%s, Sigma12 as printed in eq (6), conditioned by Cholesky (EJML): max |E[Phi1|.] - eq 8| = %.4g; max |E[Phi1|.] - "
                        + "e^{-eta^2 xi^2/2}(phi0 + eta xi^2)| = %.2e (ascent); max |Var - eq 9| = %.2e; joint positive definite in %d of %d",
                draws, printed, ascent, worstPrintedV, pdP, tp.rows().size())));
        c.observe("eq8-conditioning", Observation.exact(kernelMean).evidence(String.format(Locale.ROOT,
                "%s, joint covariance from the kernel's derivatives, conditioned by Cholesky (EJML): max |E[Phi1|phi0, Xi0] - eq 8| = %.2e;"
                        + " joint positive definite in %d of %d", draws, kernelMean, pdK, tp.rows().size())));
        c.observe("eq9-conditioning", Observation.exact(kernelVar).evidence(String.format(Locale.ROOT,
                "%s, as eq8-conditioning: max |Var[Phi1|phi0, Xi0] - eq 9| = %.2e", draws, kernelVar)));
    }

    static void gradientNorm(Claims c, Study.GradientNorm gn) {
        GradientLaw.Sample s = gn.main();
        GradientLaw.Test t = gn.test();
        int n = s.n();
        String where = String.format(Locale.ROOT, "N = %d, M = %d, %d realisations x %d points uniform in [-%.3g, %.3g]^N:"
                + " Anderson-Darling A^2 = %.4f against chi2_%d, p = %.4g", n, s.m(), s.realisations(), s.points(), s.box(),
                s.box(), t.a2(), n, t.p());
        observeTest(c, "xi2-chi2-field", t, GradientLaw.halfVariance(n), n, gn, where);
        observeTest(c, "xi2-finite-m-resolution", t, GradientLaw.finiteM(n, s.m()), n, gn, where);
        GradientLaw.Sample sm = gn.small();
        if (sm.realisations() < MIN_REALISATIONS) {
            c.undecidable("xi2-finite-m-variance", "needs at least " + MIN_REALISATIONS + " realisations at the small M");
            return;
        }
        double derived = GradientLaw.finiteMVariance(n, sm.m());
        GradientLaw.Variance v = gn.smallVariance();
        c.observe("xi2-finite-m-variance", Observation.estimate(v.value() / derived, v.se() / derived)
                .against(2.0 * n / derived, "chi2_N's variance 2N").size(sm.realisations(), "field realisations")
                .evidence(String.format(Locale.ROOT, "N = %d, M = %d, %d realisations x %d points: Var Xi0^2 = %.2f +- %.2f "
                                + "(jackknife over realisations); derived 2N(1 + (N+2)/M) = %.2f; chi2_N: %.0f; ratio %.4f +- %.4f",
                        n, sm.m(), sm.realisations(), sm.points(), v.value(), v.se(), derived, 2.0 * n, v.value() / derived,
                        v.se() / derived)));
    }

    private static void observeTest(Claims c, String id, GradientLaw.Test t, GradientLaw.Alternative alt, int n,
                                    Study.GradientNorm gn, String where) {
        double level = c.claim(id).expected();
        GradientLaw.Power p = GradientLaw.power(alt, n, t.size(), gn.powerReps(), level, Verdict.POWER, gn.maxPowerSize(), gn.seed());
        String needed = Double.isNaN(p.sizeNeeded()) ? "" : Double.isInfinite(p.sizeNeeded())
                ? String.format(Locale.ROOT, "; power stays below %.2f up to %d points", Verdict.POWER, gn.maxPowerSize())
                : String.format(Locale.ROOT, "; power %.2f at about %.3g points", Verdict.POWER, p.sizeNeeded());
        c.observe(id, Observation.test(t.p(), p.power()).against(alt.mean(), alt.label()).size(t.size(), "points")
                .sizeNeeded(Double.isInfinite(p.sizeNeeded()) ? Double.NaN : p.sizeNeeded())
                .evidence(String.format(Locale.ROOT, "%s; power at level %.3g against %s: %.3f (%d Monte Carlo samples of the test)%s",
                        where, level, alt.label(), p.power(), p.reps(), needed)));
    }

    static void randomSearch(Claims c, Study.RandomSearch rs) {
        List<Crossover.Row> rows = rs.rows();
        for (Crossover.Budget b : Crossover.Budget.values()) {
            String id = b == Crossover.Budget.ORACLE ? "s32-crossover-oracle" : "s32-crossover-differences";
            int byP = Crossover.crossover(rows, b, true), byMean = Crossover.crossover(rows, b, false);
            boolean single = Crossover.singleCrossing(rows, b, true);
            Crossover.Row at = rows.get(Math.max(0, byP - 1)), before = rows.get(Math.max(0, byP - 2));
            String tries = triesCrossover(rows, b);
            c.observe(id, Observation.exact(single ? byP : 0).evidence(String.format(Locale.ROOT,
                    "budget %s, N = 1..%d: GD beats random search (P(Phi1 < best of B) > 1/2) from N* = %d on%s; at N = %d P = %.5f,"
                            + " at N* P = %.5f; by the means (eq 11 vs E[best of B]) N* = %d; by the expected tries to reach"
                            + " E[Phi1] (000's metric) %s", b == Crossover.Budget.ORACLE ? "B = 2 (oracle gradient)" : "B = N + 2 (forward differences)",
                    rows.size(), byP, single ? "" : " (not a single crossing: observed 0)", before.n(),
                    prob(before, b), prob(at, b), byMean, tries)));
        }
    }

    private static double prob(Crossover.Row r, Crossover.Budget b) {
        return b == Crossover.Budget.ORACLE ? r.pBeatsOracle() : r.pBeatsDifferences();
    }

    /** 000's own metric: GD wins at N when the expected tries 1/F_N(E[Φ1]) exceed the B evaluations of a step. */
    private static String triesCrossover(List<Crossover.Row> rows, Crossover.Budget b) {
        int first = 0;
        for (int i = rows.size() - 1; i >= 0; i--) {
            Crossover.Row r = rows.get(i);
            if (r.triesToMatch() <= b.evaluations(r.n())) break;
            first = r.n();
        }
        return String.format(Locale.ROOT, "N* = %d (at N = 1: %.4f tries against %d evaluations)", first,
                rows.get(0).triesToMatch(), b.evaluations(1));
    }

    static void excursion(Claims c, Study.Excursion ex) {
        c.observe("fig6-echi-disc-closed-form", Observation.exact(ex.maxClosedFormDeviation()).evidence(String.format(Locale.ROOT,
                "max over the %d rows N = 2 of euler-minimum's echi.csv of |E chi - (Phi(u) + e^{-u^2/2}/2 - pi (2 pi)^{-3/2} u"
                        + " e^{-u^2/2})| = %.3g", ex.echiRows(), ex.maxClosedFormDeviation())));
        Excursions.Counts k = ex.counts();
        int levels = ex.levels().length;
        double level = c.claim("fig6-ec-levels").expected();
        double zCrit = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - level / (2 * levels));
        double minP = 1, bestPower = 0, bestShift = 0;
        StringBuilder ev = new StringBuilder(String.format(Locale.ROOT, "%d fields, M = %d, grid %d x %d (D_h: L1 = %.4f, L2 = %.4f);"
                + " per level u: grid mean chi +- se | expected on D_h | literal eq 25: ", k.fields(), k.m(), k.points(), k.points(),
                ex.domain()[0], ex.domain()[1]));
        for (int l = 0; l < levels; l++) {
            double e = ex.expectedGrid(l), alt = ex.literalGrid(l);
            double z = (k.mean()[l] - e) / k.se()[l];
            minP = Math.min(minP, 2 * (1 - new NormalDistribution(null, 0, 1).cumulativeProbability(Math.abs(z))));
            bestPower = Math.max(bestPower, Verdict.power(zCrit, (alt - e) / k.se()[l]));
            bestShift = Math.max(bestShift, Math.abs(alt - e) / k.se()[l]);
            ev.append(String.format(Locale.ROOT, "%.4f: %.4f +- %.4f | %.4f | %.4f; ", ex.levels()[l], k.mean()[l], k.se()[l], e, alt));
        }
        double p = Math.min(1, levels * minP);
        ev.append(String.format(Locale.ROOT, "Bonferroni p over %d levels = %.4g; power against the literal reading >= %.3f"
                + " (the best single level at level %.3g/%d)", levels, p, bestPower, level, levels));
        double needed = bestShift > 0 ? k.fields() * Math.pow(Verdict.shiftForPower(zCrit) / bestShift, 2) : Double.NaN;
        c.observe("fig6-ec-levels", Observation.test(p, bestPower).against(Double.NaN, "eqs (25)-(27) read literally")
                .size(k.fields(), "fields").sizeNeeded(needed).evidence(ev.toString()));
    }

    private static String dims(List<Conditioning.Row> rows) {
        return rows.stream().map(Conditioning.Row::n).distinct().map(String::valueOf)
                .reduce((a, b) -> a + "," + b).map(s -> "{" + s + "}").orElse("{}");
    }
}
