package lib;

import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The one place where a claim's verdict is decided from what a stage observed. Three verdicts:
 * <ul>
 * <li><b>reproduced</b>: the computed value lies within tolerance of the document's, and the computation could have
 *     told otherwise (its test has {@link #POWER} against the best alternative the project knows, or its confidence
 *     interval lies inside the tolerance);</li>
 * <li><b>refuted</b>: the computed value lies outside, and the evidence excludes the document's value (a rejection
 *     at the registered level, or a confidence interval wholly outside the tolerance);</li>
 * <li><b>inconclusive</b>: this computation cannot tell; the decision says which sample size would.</li>
 * </ul>
 * Kinds: {@code abs} |v − e| ≤ tol; {@code rel} |v − e| ≤ tol·|e|; {@code min} v ≥ e − tol; {@code max} v ≤ e + tol
 * (for these four a standard error turns the value into the interval v ± {@link #Z_INTERVAL}·se, which must lie
 * wholly inside or wholly outside); {@code sigma} |v − e| ≤ tol·se, a two-sided test whose power against the
 * alternative decides between reproduced and inconclusive; {@code test} a p-value against the level e, with the
 * power the stage computed for its test.
 */
public final class Verdict {
    private Verdict() {}

    public static final String REPRODUCED = "reproduced";
    public static final String REFUTED = "refuted";
    public static final String INCONCLUSIVE = "inconclusive";
    /** Holds for some values of a parameter the document leaves open and fails for others: decided by {@link OpenParameter}
     *  over the values a stage computes (never by {@link #decide}, which judges one observation), recorded with its range. */
    public static final String UNDERDETERMINED = "underdetermined";

    /** Power a test must have against the alternative before "not rejected" may be read as "reproduced". */
    public static final double POWER = 0.9;
    /** Half-width of the confidence interval of abs/rel/min/max claims with a standard error, in standard errors:
     *  two-sided 99.7 %, one-sided 99.87 %. */
    public static final double Z_INTERVAL = 3.0;

    private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);

    /** The verdict, the power of the test behind it (NaN when not a test), the size that would decide it (NaN if none). */
    public record Decision(String verdict, double power, double sizeNeeded) {}

    public static boolean isVerdict(String s) {
        return s.equals(REPRODUCED) || s.equals(REFUTED) || s.equals(INCONCLUSIVE) || s.equals(UNDERDETERMINED);
    }

    public static Decision decide(Claim c, Observation o) {
        if (o.undecidable()) return new Decision(INCONCLUSIVE, Double.NaN, o.sizeNeeded());
        return switch (c.kind()) {
            case "abs" -> interval(o, Math.abs(o.value() - c.expected()), c.tolerance(), true);
            case "rel" -> interval(o, Math.abs(o.value() - c.expected()), c.tolerance() * Math.abs(c.expected()), true);
            case "min" -> interval(o, (c.expected() - c.tolerance()) - o.value(), 0, false);
            case "max" -> interval(o, o.value() - (c.expected() + c.tolerance()), 0, false);
            case "sigma" -> sigma(c, o);
            case "test" -> test(c, o);
            default -> throw new IllegalStateException(c.id() + ": unknown kind " + c.kind());
        };
    }

    /**
     * The distance d of the value beyond the margin (two-sided: d = |v − e| against margin m; one-sided: d = how far
     * the value lies on the wrong side, against 0): exact values decide at once, estimates by their interval.
     */
    private static Decision interval(Observation o, double d, double margin, boolean twoSided) {
        if (!o.statistical()) return new Decision(d <= margin ? REPRODUCED : REFUTED, Double.NaN, Double.NaN);
        double half = Z_INTERVAL * o.se();
        if (d + half <= margin) return new Decision(REPRODUCED, Double.NaN, Double.NaN);
        if (d - half > margin) return new Decision(REFUTED, Double.NaN, Double.NaN);
        double gap = Math.abs(margin - d);
        double needed = o.size() > 0 && gap > 0 ? o.size() * Math.pow(half / gap, 2) : Double.NaN;
        return new Decision(INCONCLUSIVE, Double.NaN, needed);
    }

    private static Decision sigma(Claim c, Observation o) {
        if (!o.statistical()) throw new IllegalStateException(c.id() + ": a sigma claim needs a standard error > 0, got " + o.se());
        double z = (o.value() - c.expected()) / o.se();
        double power = Double.isNaN(o.alternative()) ? Double.NaN : power(c.tolerance(), (o.alternative() - c.expected()) / o.se());
        if (Math.abs(z) > c.tolerance()) return new Decision(REFUTED, power, Double.NaN);
        if (Double.isNaN(power)) return new Decision(REPRODUCED, Double.NaN, Double.NaN);   // power not assessed: the report says so
        if (power >= POWER) return new Decision(REPRODUCED, power, Double.NaN);
        double delta = Math.abs(o.alternative() - c.expected()) / o.se();
        double needed = o.size() > 0 && delta > 0 ? o.size() * Math.pow(shiftForPower(c.tolerance()) / delta, 2) : Double.NaN;
        return new Decision(INCONCLUSIVE, power, needed);
    }

    private static Decision test(Claim c, Observation o) {
        if (Double.isNaN(o.power())) throw new IllegalStateException(c.id() + ": a test claim needs the power of its test");
        if (o.value() < c.expected()) return new Decision(REFUTED, o.power(), Double.NaN);
        return new Decision(o.power() >= POWER ? REPRODUCED : INCONCLUSIVE, o.power(),
                o.power() >= POWER ? Double.NaN : o.sizeNeeded());
    }

    /** P(|Z + delta| > z) for a standard normal Z: the power of the two-sided z-test at threshold z. */
    public static double power(double z, double delta) {
        double d = Math.abs(delta);
        return STD.cumulativeProbability(-z - d) + STD.cumulativeProbability(d - z);
    }

    /** The shift delta at which the two-sided test at threshold z reaches {@link #POWER} (bisection). */
    public static double shiftForPower(double z) {
        double lo = 0, hi = z + 10;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (power(z, mid) < POWER) lo = mid; else hi = mid;
        }
        return hi;
    }

    /** What result would refute the claim, in words generated from its kind and tolerance. */
    public static String refutedIf(Claim c) {
        String e = num(c.expected());
        String tol = num(c.tolerance());
        return switch (c.kind()) {
            case "abs" -> "|computed − " + e + "| > " + tol + " (by more than " + num(Z_INTERVAL) + " SE when estimated)";
            case "rel" -> "|computed − " + e + "| > " + tol + "·|" + e + "| (by more than " + num(Z_INTERVAL) + " SE when estimated)";
            case "min" -> "computed < " + e + (c.tolerance() == 0 ? "" : " − " + tol) + " (by more than " + num(Z_INTERVAL) + " SE when estimated)";
            case "max" -> "computed > " + e + (c.tolerance() == 0 ? "" : " + " + tol) + " (by more than " + num(Z_INTERVAL) + " SE when estimated)";
            case "sigma" -> "|computed − " + e + "| > " + tol + " standard errors";
            case "test" -> "p-value < " + e;
            default -> throw new IllegalStateException(c.id() + ": unknown kind " + c.kind());
        };
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }
}
