package eulerminimum;

import java.math.BigDecimal;
import java.util.List;
import lib.Parallel;

/**
 * The shape of Figure 7 (left), 000 §3.4: E χ(A_u) is 1 while A_u is the whole ball or a single droplet and falls to 0
 * below the minimum, at a threshold that grows with N. Measured per N relative to the level u*(N) where E χ = 1/2
 * (eq 28's expected minimum): E χ at {@link #OFFSET} below it, and the largest |E χ − 1| from {@link #OFFSET} above it
 * to {@link #U_TOP} (beyond, every term carries e^{−u²/2} and the departure falls below 1e-11), on a grid of
 * {@link #STEP}. Beside each, eqs (25)-(27) read literally (the superlevel formula at u), whose curve is reversed.
 */
final class Shape {
    private Shape() {}

    /** Distance from u*(N), in units of the field's standard deviation, at which "above" and "below" are read. */
    static final double OFFSET = 3;
    static final double U_TOP = 8;
    static final double STEP = 0.05;

    /** One N: its level, E χ below it, the largest departure from 1 above it (and where), and the literal reading's values. */
    record Row(int n, double uStar, double below, double aboveDeparture, double aboveAt, double literalBelow, double literalAbove) {}

    static List<Row> rows(int[] dims, List<Level.Result> levels, int threads) {
        Row[] out = new Row[dims.length];
        Parallel.run(dims.length, threads, i -> out[i] = row(dims[i], levels));
        return List.of(out);
    }

    static Row row(int n, List<Level.Result> levels) {
        EulerCharacteristic ec = EulerCharacteristic.forDimension(n);
        Level.Result known = Study.at(levels, n);
        double uStar = known != null ? known.uStar() : Level.root(ec);
        double worst = -1, at = Double.NaN;
        int steps = (int) Math.floor((U_TOP - (uStar + OFFSET)) / STEP);
        for (int k = 0; k <= steps; k++) {
            double u = uStar + OFFSET + k * STEP;
            double d = Math.abs(ec.sublevel(new BigDecimal(u)).doubleValue() - 1);
            if (d > worst) {
                worst = d;
                at = u;
            }
        }
        double below = ec.sublevel(new BigDecimal(uStar - OFFSET)).doubleValue();
        double literalBelow = ec.superlevel(new BigDecimal(uStar - OFFSET)).doubleValue();
        double literalAbove = ec.superlevel(new BigDecimal(uStar + OFFSET)).doubleValue();
        return new Row(n, uStar, below, Math.max(worst, 0), at, literalBelow, literalAbove);
    }

    /** The largest increase of u*(N) between consecutive N (in increasing N): negative when the threshold grows with N. */
    static double largestIncrease(List<Level.Result> levels) {
        List<Level.Result> sorted = levels.stream().sorted(java.util.Comparator.comparingInt(Level.Result::n)).toList();
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < sorted.size(); i++) worst = Math.max(worst, sorted.get(i).uStar() - sorted.get(i - 1).uStar());
        return worst;
    }
}
