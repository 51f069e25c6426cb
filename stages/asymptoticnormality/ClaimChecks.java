package asymptoticnormality;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import lib.Claims;
import lib.KsPower;
import lib.Observation;
import lib.Verdict;

/**
 * Observes every claim of paper-checks/asymptotic-normality.csv: route (a), the exact moments at the largest N;
 * route (b), the conditional-model Monte Carlo at N = 5000; route (c), the simulated field.
 */
public final class ClaimChecks {
    private ClaimChecks() {}

    static final int MC_CLAIM_DIMS = 5000;
    static final int FIELD_CLAIM_DIMS = 500;
    static final double FIELD_CLAIM_X = 1.0;

    public static void observe(Claims claims, List<Study.ExactRow> exact, List<Cell> mc, List<Cell> field, Cell figure5,
                               int realisations, List<Study.SaddleRow> saddle, List<Study.MgfRow> mgf) {
        exactRoute(claims, exact);
        monteCarloRoute(claims, mc);
        fieldRoute(claims, field, figure5, realisations);
        mgfIdentity(claims, mgf);
        saddlePoint(claims, saddle);
    }

    /**
     * Eq (22) on its own: the worst Monte Carlo cell decides (max |z| against a Bonferroni threshold); the family's power
     * is at least that of its most sensitive cell against eq (22) with the t² term's sign flipped.
     */
    static void mgfIdentity(Claims claims, List<Study.MgfRow> rows) {
        Study.MgfRow w = max(rows, r -> Math.abs(r.z()));
        double shift = rows.stream().mapToDouble(Study.MgfRow::shiftFlipped).max().orElseThrow();
        Study.MgfRow s = max(rows, Study.MgfRow::shiftFlipped);
        double se = w.se() / w.eq22();
        claims.observe("eq22-mgf-mc", Observation.estimate(w.monteCarlo() / w.eq22() - 1, se)
                .against(shift * se, "eq (22) with the sign of its t² term flipped (most sensitive cell)").size(w.draws(), "draws per cell")
                .evidence(fmt("worst of %d (N, X, t): N = %d, X = %s, t = %s, %d draws: E[e^{t(Φ1 − E Φ1)}] = %.6f ± %.6f, eq (22) by "
                        + "quadrature %.6f (z = %.2f); the flipped form %.6f; the most sensitive cell (N = %d, X = %s, t = %s) lies "
                        + "%.1f SE from it", rows.size(), w.dims(), w.x(), w.t(), w.draws(), w.monteCarlo(), w.se(), w.eq22(), w.z(),
                        w.eq22Flipped(), s.dims(), s.x(), s.t(), shift)));
    }

    /** Eq (23)'s saddle-point step at the largest N: what it drops (the gap), its derived limit, and its second line. */
    static void saddlePoint(Claims claims, List<Study.SaddleRow> rows) {
        double nMax = rows.stream().mapToDouble(Study.SaddleRow::dims).max().orElseThrow();
        List<Study.SaddleRow> top = rows.stream().filter(r -> r.dims() == nMax).toList();
        StringBuilder perX = new StringBuilder();
        for (Study.SaddleRow r : top) {
            if (r.t() == 1) perX.append(fmt(" X=%s: gap %.6f, dropped term %.6f;", r.x(), r.gap(), r.dropped()));
        }
        Study.SaddleRow g = max(top, r -> Math.abs(r.gap()));
        claims.observe("eq23-saddle-point", Math.abs(g.gap()), fmt(
                "N = %.0e, log E[e^{t(Φ1 − μ_N)}] (eq 22 by quadrature) minus the saddle value (t²/2)(1 − X²e^{-X²}) of eq (23), at t = 1:%s "
                        + "largest |gap| %.6f at X = %s, t = %s: the O(1) fluctuation of ξ0² around N through the O(√N) term "
                        + "tηξ0²e^{-η²ξ0²/2}, a variance 2X²e^{-X²}(1 − X²/2)² = %.6f there", nMax, perX, Math.abs(g.gap()), g.x(), g.t(),
                2 * Mgf.droppedTerm(g.x(), 1)));
        Study.SaddleRow d = max(top, r -> Math.abs(r.gap() - r.dropped()));
        claims.observe("eq23-dropped-term", Math.abs(d.gap() - d.dropped()), fmt(
                "N = %.0e: max over X, t = ±1 of |gap − t²X²e^{-X²}(1 − X²/2)²| at X = %s, t = %s (gap %.8f, dropped term %.8f); "
                        + "√N·(gap − dropped) = %.4f, an O(N^{-1/2}) remainder", nMax, d.x(), d.t(), d.gap(), d.dropped(), d.scaledRemainder()));
        Study.SaddleRow l = max(top, r -> Math.abs(r.saddle() - r.secondLine()));
        claims.observe("eq23-second-line", Math.abs(l.saddle() - l.secondLine()), fmt(
                "at X = %s, t = %s: eq (23)'s first line gives (t²/2)(1 − X²e^{-X²}) = %.6f, its second line σ²(X)t²/2 = %.6f; "
                        + "the limit of eq (22) is σ_c²(X)t²/2 = %.6f", l.x(), l.t(), l.saddle(), l.secondLine(),
                Limits.sigma2Corrected(l.x()) * l.t() * l.t() / 2));
    }

    static void exactRoute(Claims claims, List<Study.ExactRow> exact) {
        List<Study.ExactRow> top = atLargestN(exact);
        double nMax = top.get(0).dims();
        Study.ExactRow worstMean = max(top, r -> Math.abs(r.meanMinusMu()));
        claims.observe("thm1-mean-centring-exact", Math.abs(worstMean.meanMinusMu()), fmt(
                "eq (11) at N = %.0e: max_X |E[Φ1] − μ_N(X)| = %.3e at X = %s (√N·error = %.6f, derived limit X³e^{-X²/2}(1−X²/4) = %.6f)",
                nMax, Math.abs(worstMean.meanMinusMu()), worstMean.x(), worstMean.scaledMeanError(), Limits.meanCorrection(worstMean.x())));
        for (Study.ExactRow r : top) {
            claims.observe(sigma2ExactId(r.x()), r.varExact(), fmt(
                    "eq (12) at N = %.0e, X = %s: Var Φ1 = %.10f; paper σ²(X) = %.10f; corrected limit %.10f",
                    nMax, r.x(), r.varExact(), r.sigma2Paper(), r.sigma2Corrected()));
        }
        Study.ExactRow worstVar = max(top, r -> Math.abs(r.varExact() / r.sigma2Corrected() - 1));
        claims.observe("sigma2-corrected-exact", Math.abs(worstVar.varExact() / worstVar.sigma2Corrected() - 1), fmt(
                "eq (12) at N = %.0e: max_X |Var/σ_c² − 1| at X = %s; N·(Var − σ_c²) = %.6f (an O(1/N) approach)",
                nMax, worstVar.x(), worstVar.scaledVarError()));
    }

    static void monteCarloRoute(Claims claims, List<Cell> mc) {
        Cell zm = max(mc, c -> Math.abs(c.zMeanExact()));
        claims.observe("mc-mean-vs-eq11", Math.abs(zm.zMeanExact()), fmt("max over %d cells of |mean − eq (11)|/SE at N = %d, X = %s",
                mc.size(), zm.dims(), zm.x()));
        Cell zv = max(mc, c -> Math.abs(c.zVarExact()));
        claims.observe("mc-var-vs-eq12", Math.abs(zv.zVarExact()), fmt("max over %d cells of |var − eq (12)|/SE at N = %d, X = %s",
                mc.size(), zv.dims(), zv.x()));
        List<Cell> top = mc.stream().filter(c -> c.dims() == MC_CLAIM_DIMS).toList();
        if (top.isEmpty()) {
            for (String id : claims.all().keySet()) {
                if (id.startsWith("eq20-sigma2-mc-") || id.startsWith("thm1-ks-mc-") || id.equals("sigma2-corrected-mc")
                        || id.equals("normal-shape-mc")) claims.undecidable(id, "the run has no Monte Carlo cells at N = " + MC_CLAIM_DIMS);
            }
            return;
        }
        for (Cell c : top) {
            claims.observe("eq20-sigma2-mc-X" + xId(c.x()), Observation.estimate(c.sample().variance(), c.sample().seVariance())
                    .against(c.alternativeVariance(), c.alternativeLabel()).size(c.sample().n(), "draws").evidence(fmt(
                    "%d draws, N = %d: var = %.5f ± %.5f; paper %.5f (z = %.1f); exact eq (12) %.5f; corrected limit %.5f (z = %.2f)",
                    c.sample().n(), c.dims(), c.sample().variance(), c.sample().seVariance(), c.sigma2Paper(), c.zVarPaper(),
                    c.varExact(), c.sigma2Corrected(), c.zVarCorrected())));
            ks(claims, "thm1-ks-mc-X" + xId(c.x()), c);
        }
        Cell zc = max(top, c -> Math.abs(c.zVarCorrected()));
        claims.observe("sigma2-corrected-mc", Math.abs(zc.zVarCorrected()), fmt(
                "max over X at N = %d of |var − σ_c²(X)|/SE, at X = %s (var %.5f ± %.5f, σ_c² %.5f)",
                MC_CLAIM_DIMS, zc.x(), zc.sample().variance(), zc.sample().seVariance(), zc.sigma2Corrected()));
        shape(claims, top, mc);
    }

    /**
     * Theorem 1's law at the exact centring: the KS test of the draws against N(E[Φ1], σ²(X)), with its power against
     * N(E[Φ1], alternative variance) (KsPower's lower bound); the centring is checked on its own (thm1-mean-centring-exact).
     */
    static void ks(Claims claims, String id, Cell c) {
        double alpha = claims.claim(id).expected();
        KsPower.Distance alt = KsPower.normals(c.meanExact(), c.sigma2Paper(), c.meanExact(), c.alternativeVariance());
        double n = c.sample().n();
        claims.observe(id, Observation.test(c.pPaperCentred(), KsPower.power(n, alt, alpha)).size(n, "draws")
                .sizeNeeded(KsPower.drawsFor(alt, alpha, Verdict.POWER)).evidence(fmt(
                "KS vs N(E[Φ1], σ²(X)) at N = %d, X = %s, %d draws: D = %.3e (√n D = %.2f), p = %.2e; against the alternative "
                        + "%s (%.5f) the laws differ by D = %.3e; vs N(μ_N, σ²): D = %.3e; vs N(E[Φ1], Var Φ1): D = %.3e, p = %.3f",
                c.dims(), c.x(), c.sample().n(), c.ksPaperCentred(), Math.sqrt(n) * c.ksPaperCentred(), c.pPaperCentred(),
                c.alternativeLabel(), c.alternativeVariance(), alt.d(), c.ksTheorem(), c.ksExact(), c.pExact())));
    }

    /**
     * Normality of the shape at N = 5000: the smallest KS p-value over X against N(E[Φ1], Var Φ1), Bonferroni-adjusted by
     * the registry's level; its power is against the shape the same model has at the smallest N simulated (at N = 50
     * the O(N^{-1/2}) skewness is visible), whose distance from normal is that cell's own KS distance.
     */
    static void shape(Claims claims, List<Cell> top, List<Cell> mc) {
        Cell worst = top.stream().min(Comparator.comparingDouble(Cell::pExact)).orElseThrow();
        int nMin = mc.stream().mapToInt(Cell::dims).min().orElseThrow();
        Cell small = mc.stream().filter(c -> c.dims() == nMin).max(Comparator.comparingDouble(Cell::ksExact)).orElseThrow();
        double alpha = claims.claim("normal-shape-mc").expected();
        double n = worst.sample().n();
        // the distance of the small-N shape from its normal, less the KS noise of its own draws (about 0.87/√n)
        double d = Math.max(0, small.ksExact() - 0.87 / Math.sqrt(small.sample().n()));
        KsPower.Distance alt = new KsPower.Distance(d, 0, 0.5);
        claims.observe("normal-shape-mc", Observation.test(worst.pExact(), d > 0 ? KsPower.power(n, alt, alpha) : 0)
                .size(n, "draws").sizeNeeded(d > 0 ? KsPower.drawsFor(alt, alpha, Verdict.POWER) : Double.NaN).evidence(fmt(
                "min over X at N = %d of the KS p-value against N(E[Φ1], Var Φ1) (eqs 11-12): p = %.3e at X = %s (D = %.3e); "
                        + "the alternative, the shape at N = %d (X = %s), lies D = %.3e from its normal",
                MC_CLAIM_DIMS, worst.pExact(), worst.x(), worst.ksExact(), nMin, small.x(), small.ksExact())));
    }

    static final double SMALL_X = 0.1;
    static final int QUALITY_M = 20000;

    /** Field cells: standard errors from the spread of {@code realisations} independent fields. */
    static void fieldRoute(Claims claims, List<Cell> field, Cell figure5, int realisations) {
        List<Cell> small = field.stream().filter(c -> c.x() == SMALL_X).toList();
        if (small.isEmpty()) {
            claims.undecidable("field-mean-vs-eq11-X0.1", "no field cells at X = 0.1 in this run");
            claims.undecidable("field-var-vs-eq12-X0.1", "no field cells at X = 0.1 in this run");
        } else {
            Cell zm = max(small, c -> Math.abs(c.zMeanExact()));
            claims.observe("field-mean-vs-eq11-X0.1", Math.abs(zm.zMeanExact()), fmt(
                    "max over %d field cells at X = 0.1 of |mean − eq (11)|/SE at N = %d (%s): mean %.4f ± %.4f, eq (11) %.4f",
                    small.size(), zm.dims(), zm.method(), zm.sample().mean(), zm.sample().seMean(), zm.meanExact()));
            Cell zv = max(small, c -> Math.abs(c.zVarExact()));
            claims.observe("field-var-vs-eq12-X0.1", Math.abs(zv.zVarExact()), fmt(
                    "max over %d field cells at X = 0.1 of |variance − eq (12)|/SE at N = %d (%s): var %.4f ± %.4f, eq (12) %.4f",
                    small.size(), zv.dims(), zv.method(), zv.sample().variance(), zv.sample().seVariance(), zv.varExact()));
        }
        List<Cell> quality = field.stream().filter(c -> c.dims() == FIELD_CLAIM_DIMS
                && c.method().equals(FieldStudy.method(QUALITY_M))).toList();
        if (quality.isEmpty()) {
            claims.undecidable("field-m20000-quality", "no field cells at N = 500 with M = 2e4 in this run");
        } else {
            Cell q = max(quality, c -> Math.abs(c.zMeanExact()));
            StringBuilder all = new StringBuilder();
            for (Cell c : quality) all.append(fmt(" X=%s: %.3f±%.3f vs %.3f;", c.x(), c.sample().mean(), c.sample().seMean(), c.meanExact()));
            claims.observe("field-m20000-quality", Math.abs(q.zMeanExact()), fmt(
                    "max |z| = %.1f at X = %s; field mean ± SE vs eq (11):%s", Math.abs(q.zMeanExact()), q.x(), all));
        }
        Cell one = field.stream().filter(c -> c.dims() == FIELD_CLAIM_DIMS && c.x() == FIELD_CLAIM_X).findFirst().orElse(null);
        if (one == null) {
            claims.undecidable("eq20-sigma2-field-X1", "no field cell at N = 500, X = 1");
        } else {
            claims.observe("eq20-sigma2-field-X1", Observation.estimate(one.sample().variance(), one.sample().seVariance())
                    .against(one.alternativeVariance(), one.alternativeLabel()).size(realisations, "field realisations")
                    .evidence(fmt("%s, %d points, N = 500, X = 1: var = %.4f ± %.4f; paper %.4f (z = %.1f); eq (12) %.4f; corrected %.4f",
                    one.method(), one.sample().n(), one.sample().variance(), one.sample().seVariance(), one.sigma2Paper(),
                    one.zVarPaper(), one.varExact(), one.sigma2Corrected())));
        }
        // Figure 5 draws the theorem's N(μ_N, σ²): the test has power only against the alternative variance
        double alpha = claims.claim("fig5-ks").expected();
        KsPower.Distance alt = KsPower.normals(figure5.mu(), figure5.sigma2Paper(), figure5.meanExact(), figure5.alternativeVariance());
        double n = figure5.sample().n();
        claims.observe("fig5-ks", Observation.test(figure5.pTheorem(), KsPower.power(n, alt, alpha)).size(n, "points")
                .sizeNeeded(KsPower.drawsFor(alt, alpha, Verdict.POWER)).evidence(fmt(
                "%s, %d points, N = %d, η = 0.1 η_opt: KS vs N(μ_N, σ²) D = %.3e, p = %.3f; the alternative N(E[Φ1], %s) lies D = %.3e "
                        + "from it; mean %.5f ± %.5f (μ_N %.5f, eq 11 %.5f), var %.5f ± %.5f (σ² %.5f, eq 12 %.5f)",
                figure5.method(), figure5.sample().n(), figure5.dims(), figure5.ksTheorem(), figure5.pTheorem(), figure5.alternativeLabel(),
                alt.d(), figure5.sample().mean(), figure5.sample().seMean(), figure5.mu(), figure5.meanExact(), figure5.sample().variance(),
                figure5.sample().seVariance(), figure5.sigma2Paper(), figure5.varExact())));
    }

    /** The exact rows at the largest N, where the exact route decides its claims. */
    public static List<Study.ExactRow> atLargestN(List<Study.ExactRow> exact) {
        double nMax = exact.stream().mapToDouble(Study.ExactRow::dims).max().orElseThrow();
        return exact.stream().filter(r -> r.dims() == nMax).toList();
    }

    /** The claim that Var Φ1 at η = X/√N tends to eq (20)'s σ²(X), decided by the exact eq (12). */
    public static String sigma2ExactId(double x) { return "eq20-sigma2-exact-X" + xId(x); }

    static String xId(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static <T> T max(List<T> items, ToDoubleFunction<T> key) {
        return items.stream().max(Comparator.comparingDouble(key)).orElseThrow();
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
