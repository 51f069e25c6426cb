package report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lib.Claim;
import lib.Observation;
import lib.Verdict;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How many refutations chance alone could produce, and which refutations survive a correction for it. Each claim
 * decided by a statistic has a p-value and the level at which lib/Verdict refutes it:
 * <ul>
 * <li>{@code sigma}: z = (v − e)/SE, p = 2Φ(−|z|), refuted below 2Φ(−tolerance);</li>
 * <li>{@code test}: the test's own p-value, refuted below the registered level e;</li>
 * <li>{@code abs}, {@code rel}, {@code min}, {@code max} with a standard error: the one-sided p of the value lying
 *     beyond the tolerance band, p = Φ(−d/SE) with d the distance of the estimate beyond the band's edge (negative
 *     inside it), refuted below Φ(−{@link Verdict#Z_INTERVAL}) ≈ 0.00135: the interval test's own level.</li>
 * </ul>
 * Exact computations (no standard error) and undecidable claims have no p-value: they cannot be refuted by chance.
 *
 * <p>Within one document the refutations are corrected by Holm's step-down procedure: the Holm-adjusted p-value of the
 * i-th smallest of m p-values is max over j ≤ i of min(1, (m − j + 1) p_(j)), and a refutation survives when its
 * adjusted p-value is at most its own level. Each claim then is rejected exactly when Holm's procedure at its own level
 * rejects it, so the chance of any false refutation in the document is at most the largest level among its claims.
 */
public final class Multiplicity {
    private Multiplicity() {}

    private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);

    /** A claim's p-value and the level below which it is refuted; NaN for both when no statistic decides it. */
    public record Test(double p, double level) {
        public static final Test NONE = new Test(Double.NaN, Double.NaN);

        public boolean present() { return !Double.isNaN(p); }
    }

    /** The p-value and level of one claim (see the class comment). */
    public static Test test(Claim c, Observation o) {
        if (o.undecidable() || Double.isNaN(o.value())) return Test.NONE;
        if (c.kind().equals("test")) return Double.isNaN(o.power()) ? Test.NONE : new Test(o.value(), c.expected());
        if (!o.statistical()) return Test.NONE;
        double interval = STD.cumulativeProbability(-Verdict.Z_INTERVAL);
        return switch (c.kind()) {
            case "sigma" -> new Test(2 * STD.cumulativeProbability(-Math.abs(o.value() - c.expected()) / o.se()),
                    2 * STD.cumulativeProbability(-c.tolerance()));
            case "abs" -> beyond(Math.abs(o.value() - c.expected()) - c.tolerance(), o.se(), interval);
            case "rel" -> beyond(Math.abs(o.value() - c.expected()) - c.tolerance() * Math.abs(c.expected()), o.se(), interval);
            case "min" -> beyond((c.expected() - c.tolerance()) - o.value(), o.se(), interval);
            case "max" -> beyond(o.value() - (c.expected() + c.tolerance()), o.se(), interval);
            default -> Test.NONE;
        };
    }

    private static Test beyond(double d, double se, double level) {
        return new Test(STD.cumulativeProbability(-d / se), level);
    }

    /** Holm-adjusted p-values of the tests that have one, in the order given; NaN where a test has none. */
    public static double[] holm(List<Test> tests) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) if (tests.get(i).present()) order.add(i);
        order.sort(Comparator.comparingDouble(i -> tests.get(i).p()));
        double[] adjusted = new double[tests.size()];
        java.util.Arrays.fill(adjusted, Double.NaN);
        int m = order.size();
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order.get(rank);
            running = Math.max(running, Math.min(1, (m - rank) * tests.get(i).p()));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /** Whether a refutation with this adjusted p-value survives the correction at the claim's level. */
    public static boolean survives(Test t, double adjusted) {
        return !t.present() || adjusted <= t.level();
    }

    /**
     * What chance alone gives if every statement were true: the expected number of refutations (at most the sum of
     * the levels: a sigma or test claim is refuted by chance with probability equal to its level, an interval claim
     * with at most its level, at the edge of the band) and the probability of at least one.
     */
    public record Chance(int tests, double expected, double atLeastOne) {}

    public static Chance chance(List<Test> tests) {
        int n = 0;
        double sum = 0, none = 1;
        for (Test t : tests) {
            if (!t.present()) continue;
            n++;
            sum += t.level();
            none *= 1 - t.level();
        }
        return new Chance(n, sum, 1 - none);
    }
}
