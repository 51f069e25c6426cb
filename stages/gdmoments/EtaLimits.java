package gdmoments;

import java.util.ArrayList;
import java.util.List;

/**
 * The limits of 000 §3.1 after eq (12): the mean and variance of Φ1 tend to those of Φ0 ~ N(0, 1) as η → 0 (x1 = x0)
 * and as η → ∞ (x1 leaves the O(1) neighbourhood where the gradient informs). Derived from the closed forms:
 * <pre>
 *   η → 0:  E[Φ1] = −Nη + O(η³),            Var Φ1 − 1 = Nη² + O(η⁴)           (eq 11; eq 12 at O(η²): Nη²(N+1) − N²η²)
 *   η → ∞:  E[Φ1] = −Nη^{−N−1}(1 + O(η⁻²)),  Var Φ1 − 1 = −N 2^{−N/2−1} η^{−N}(1 + O(η⁻²))  (eq 12's middle term; the last is O(η^{−2N−2}))
 * </pre>
 * Each side is followed over a geometric sequence of η that reaches the limit at every N: η = 10^{−2k}/N towards 0 (the
 * departure Nη is then 10^{−2k}), η = 10^{2k} towards ∞.
 */
public final class EtaLimits {
    private EtaLimits() {}

    static final int[] POWERS = {1, 2, 3};

    /** One η: the closed forms, the first line of eq (12) (E[v1] alone), and the derived leading departures from Φ0's moments. */
    public record Row(String side, int n, double eta, double mean, double variance, double expectedV1, double meanLeading,
                      double varianceLeading) {
        double meanDeparture() { return Math.abs(mean); }

        double varianceDeparture() { return Math.abs(variance - 1); }
    }

    public static final String TO_ZERO = "eta_to_0";
    public static final String TO_INFINITY = "eta_to_infinity";

    public static List<Row> rows(int[] dims) {
        List<Row> out = new ArrayList<>();
        for (int n : dims) {
            for (int k : POWERS) out.add(row(TO_ZERO, n, Math.pow(10, -2 * k) / n));
            for (int k : POWERS) out.add(row(TO_INFINITY, n, Math.pow(10, 2 * k)));
        }
        return out;
    }

    static Row row(String side, int n, double eta) {
        double meanLeading = side.equals(TO_ZERO) ? -n * eta : -n * Math.exp(-(n + 1) * Math.log(eta));
        double varLeading = side.equals(TO_ZERO) ? n * eta * eta : -n * Math.exp(-(n / 2.0 + 1) * Math.log(2) - n * Math.log(eta));
        return new Row(side, n, eta, Moments.mean(n, eta), Moments.variance(n, eta), Moments.expectedV1(n, eta), meanLeading, varLeading);
    }

    /** The sequence of one side in words, for the evidence. */
    static String sequence(String side) {
        StringBuilder b = new StringBuilder("eta =");
        for (int k : POWERS) b.append(k == POWERS[0] ? " " : ", ").append(side.equals(TO_ZERO) ? "1e-" + 2 * k + "/N" : "1e" + 2 * k);
        return b.toString();
    }

    /** The rows of one side at its most extreme η (the last of the sequence) for every N. */
    static List<Row> extreme(List<Row> rows, String side) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (!r.side().equals(side)) continue;
            out.removeIf(o -> o.n() == r.n());
            out.add(r);
        }
        return out;
    }
}
