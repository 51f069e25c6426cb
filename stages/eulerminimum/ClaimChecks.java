package eulerminimum;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import lib.Claims;
import lib.Observation;
import org.apache.commons.math3.special.Gamma;

/** Observes every claim of paper-checks/euler-minimum.csv from the stage's results. */
final class ClaimChecks {
    private ClaimChecks() {}

    static void observe(Claims claims, List<Level.Result> levels, Map<Integer, Double> gd, List<FieldCheck.Summary> mc) {
        atN500(claims, levels, gd);
        departure(claims, levels);
        fieldChecks(claims, mc);
    }

    /**
     * Figure 7's shape: the threshold grows with N (u*(N) decreases over the levels), E χ falls to 0 below it and is 1
     * above it, read {@link Shape#OFFSET} units from u*(N) at every N of the figure's curves.
     */
    static void shape(Claims claims, List<Level.Result> levels, List<Shape.Row> rows) {
        if (levels.size() < 2) {
            claims.undecidable("fig7-threshold-grows", "needs at least two N in --level-dims");
        } else {
            StringBuilder ev = new StringBuilder();
            for (Level.Result r : levels.stream().sorted(java.util.Comparator.comparingInt(Level.Result::n)).toList()) {
                ev.append(String.format(Locale.ROOT, " %d: %.4f;", r.n(), r.uStar()));
            }
            claims.observe("fig7-threshold-grows", Shape.largestIncrease(levels),
                    "largest u*(N') − u*(N) over consecutive N < N' of " + levels.size() + " levels; u*(N):" + ev);
        }
        Shape.Row b = rows.stream().max(java.util.Comparator.comparingDouble(Shape.Row::below)).orElseThrow();
        Shape.Row a = rows.stream().max(java.util.Comparator.comparingDouble(Shape.Row::aboveDeparture)).orElseThrow();
        StringBuilder below = new StringBuilder(), above = new StringBuilder();
        for (Shape.Row r : rows) {
            below.append(String.format(Locale.ROOT, " N=%d: %.3e (literal %.4f);", r.n(), r.below(), r.literalBelow()));
            above.append(String.format(Locale.ROOT, " N=%d: %.3e at u = %.2f (literal E χ(u*+%s) = %.4f);", r.n(), r.aboveDeparture(),
                    r.aboveAt(), num(Shape.OFFSET), r.literalAbove()));
        }
        claims.observe("fig7-zero-below", b.below(), String.format(Locale.ROOT,
                "E χ(A_u) at u = u*(N) − %s, largest at N = %d (u* = %.6f);%s the literal reading of eqs (25)-(27) in parentheses",
                num(Shape.OFFSET), b.n(), b.uStar(), below));
        claims.observe("fig7-one-above", a.aboveDeparture(), String.format(Locale.ROOT,
                "largest |E χ(A_u) − 1| over u in [u*(N) + %s, %s] (grid %s), largest at N = %d;%s",
                num(Shape.OFFSET), num(Shape.U_TOP), num(Shape.STEP), a.n(), above));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** log of eq (26) in double through log-gamma (ω_500 ~ 1e-370 underflows a double). */
    static double logEq26(int n, int j) {
        double logBinom = Gamma.logGamma(n + 1.0) - Gamma.logGamma(j + 1.0) - Gamma.logGamma(n - j + 1.0);
        return logBinom + logOmega(n) - logOmega(n - j);
    }

    static double logOmega(int j) {
        return j / 2.0 * Math.log(Math.PI) - Gamma.logGamma(j / 2.0 + 1);
    }

    /** The N at which eq (28) prints its value and §3.4 its ratio √e (the claims *-n500). */
    static final int PRINTED_N = 500;

    private static void atN500(Claims claims, List<Level.Result> levels, Map<Integer, Double> gd) {
        Level.Result r = Study.at(levels, PRINTED_N);
        if (r == null) {
            for (String id : List.of("eq28-ratio-n500", "eq28-printed-n500", "sqrt-e-n500")) claims.undecidable(id, "N = 500 not among --level-dims");
            return;
        }
        String ev = String.format(Locale.ROOT, "u*(500) = %.12f at %d digits (%.12f at %d), -√500 = %.12f",
                r.uStar(), r.digits(), r.uStarCheck(), r.digitsCheck(), -Math.sqrt(500));
        claims.observe("eq28-ratio-n500", r.uStar() / -Math.sqrt(500), ev);
        claims.observe("eq28-printed-n500", r.uStar(), ev);
        Double step = gd.get(PRINTED_N);
        if (step == null) claims.undecidable("sqrt-e-n500", "gd-moments optimum.csv has no row N = 500");
        else claims.observe("sqrt-e-n500", r.uStar() / step, ev + String.format(Locale.ROOT,
                "; E[Φ1|η_opt] = %.12f (gd-moments); √e = %.12f", step, Math.sqrt(Math.E)));
    }

    private static void departure(Claims claims, List<Level.Result> levels) {
        Level.Result last = levels.stream().max(java.util.Comparator.comparingInt(Level.Result::n)).orElseThrow();
        if (last.n() < 200) {
            claims.undecidable("eq28-departure-power", "largest N below 200");
            return;
        }
        Departure.Fit f = Departure.fit(levels, 50);
        claims.observe("eq28-departure-power", f.slope(), String.format(Locale.ROOT,
                "log(u*+√N) on log N over N in [%d, %d]: slope %.5f; √N (u*+√N) = %.5f at N = %d; min over all N of u*+√N = %.5f",
                f.nFrom(), f.nTo(), f.slope(), f.scaledAtMax(), f.nTo(), f.minDeparture()));
    }

    /** The level u of eq25-literal-n2 (its statement: N = 2, u = -1). */
    static final double LITERAL_LEVEL = -1.0;

    private static void fieldChecks(Claims claims, List<FieldCheck.Summary> mc) {
        FieldCheck.Summary s1 = find(mc, 1), s2 = find(mc, 2);
        if (s2 == null || s1 == null) {
            for (String id : List.of("eq25-literal-n2", "ec-grid-n1", "ec-grid-n2", "ec-tail-n1", "ec-tail-n2",
                    "u-star-vs-mc-n1", "u-star-vs-mc-n2")) {
                claims.undecidable(id, "no field simulation for N = 1 and 2 (--mc-fields 0)");
            }
            return;
        }
        // each Monte Carlo mean is a test; its power is against the other reading of eqs (25)-(27)
        euler(claims, "eq25-literal-n2", s2, LITERAL_LEVEL, Study.sublevel(2, LITERAL_LEVEL), "E χ of the sublevel set (ρ_j at −u)");
        euler(claims, "ec-grid-n1", s1, -1.0, Study.literal(1, -1.0), "eqs (25)-(27) as printed");
        euler(claims, "ec-grid-n2", s2, -1.0, Study.literal(2, -1.0), "eqs (25)-(27) as printed");
        below(claims, "ec-tail-n1", s1, -2.0);
        below(claims, "ec-tail-n2", s2, -2.5);
        meanMin(claims, "u-star-vs-mc-n1", s1);
        meanMin(claims, "u-star-vs-mc-n2", s2);
    }

    /** The registered tolerance is a margin: the mean minimum's interval (±3 SE) decides, or says how many fields would. */
    private static void meanMin(Claims claims, String id, FieldCheck.Summary s) {
        claims.observe(id, Observation.estimate(s.minMean(), s.minSe()).size(s.fields(), "simulated fields").evidence(String.format(Locale.ROOT,
                "mean minimum over B_%d of %d simulated fields: %.4f ± %.4f; u* = %.6f; -√N = %.6f",
                s.n(), s.fields(), s.minMean(), s.minSe(), Level.root(EulerCharacteristic.forDimension(s.n())), -Math.sqrt(s.n()))));
    }

    /**
     * The grid count sees the domain D_h (FieldCheck.domainCurvatures), not the ball: its mean is compared after
     * moving the GKF from D_h to B_N, i.e. subtracting (L_1(D_h) - L_1(B_N)) ρ_1(u) + (L_2(D_h) - L_2(B_N)) ρ_2(u).
     */
    private static void euler(Claims claims, String id, FieldCheck.Summary s, double u, double alternative, String label) {
        int l = index(s, u);
        double shift = domainShift(s, u);
        double observed = ballEuler(s, u)[0];
        claims.observe(id, Observation.estimate(observed, s.eulerSe()[l]).against(alternative, label).size(s.fields(), "simulated fields")
                .evidence(String.format(Locale.ROOT,
                "mean grid Euler characteristic of {φ ≤ %.2f} over %d fields (N = %d): %.4f ± %.4f on the grid domain "
                        + "(L_1 = %.5f, L_2 = %.5f), minus the GKF domain shift %.5f = %.4f; E χ for the ball = %.6f; %s: %.6f",
                u, s.fields(), s.n(), s.eulerMean()[l], s.eulerSe()[l], s.domainCurvatures()[0], s.domainCurvatures()[1],
                shift, observed, Study.sublevel(s.n(), u), label, alternative)));
    }

    /** The simulated mean χ(A_u) at level u moved from the grid's domain to the ball, and its standard error. */
    static double[] ballEuler(FieldCheck.Summary s, double u) {
        int l = index(s, u);
        return new double[] {s.eulerMean()[l] - domainShift(s, u), s.eulerSe()[l]};
    }

    /** (L_1(D_h) - L_1(B_N)) ρ_1(u) + (L_2(D_h) - L_2(B_N)) ρ_2(u) for the sublevel set (ρ_j at -u). */
    static double domainShift(FieldCheck.Summary s, double u) {
        double g = Math.exp(-u * u / 2);
        double rho1 = g / (2 * Math.PI);
        double rho2 = Math.pow(2 * Math.PI, -1.5) * (-u) * g;
        double l1Ball = s.n() == 1 ? 2 : Math.PI;
        double l2Ball = s.n() == 1 ? 0 : Math.PI;
        return (s.domainCurvatures()[0] - l1Ball) * rho1 + (s.domainCurvatures()[1] - l2Ball) * rho2;
    }

    /** The tail is tested against the one-point probability Φ(u), the value without the boundary's geometry. */
    private static void below(Claims claims, String id, FieldCheck.Summary s, double u) {
        int l = index(s, u);
        double onePoint = new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1).cumulativeProbability(u);
        claims.observe(id, Observation.estimate(s.belowMean()[l], s.belowSe()[l]).against(onePoint, "P(φ(x) ≤ u) at one point, Φ(u)")
                .size(s.fields(), "simulated fields").evidence(String.format(Locale.ROOT,
                "fraction of %d fields (N = %d) with min ≤ %.2f: %.4f ± %.4f; E χ (sublevel) = %.6f; one-point Φ(u) = %.6f",
                s.fields(), s.n(), u, s.belowMean()[l], s.belowSe()[l], Study.sublevel(s.n(), u), onePoint)));
    }

    static FieldCheck.Summary find(List<FieldCheck.Summary> mc, int n) {
        for (FieldCheck.Summary s : mc) if (s.n() == n) return s;
        return null;
    }

    private static int index(FieldCheck.Summary s, double u) {
        for (int l = 0; l < s.levels().length; l++) if (s.levels()[l] == u) return l;
        throw new IllegalStateException("level " + u + " not simulated");
    }
}
