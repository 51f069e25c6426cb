package eulerminimum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lib.Parallel;

/** The deterministic part of the stage: E χ curves for Figure 7 (left) and the levels u*(N) (right). */
final class Study {
    private Study() {}

    /** E χ of the sublevel set on an even grid of u in [-√N_max - 5, 4], for each N of the figure. */
    static List<Figures.Curve> curves(int[] dims, int points, int threads) {
        double uMin = -Math.sqrt(max(dims)) - 5;
        double uMax = 4;
        Figures.Curve[] out = new Figures.Curve[dims.length];
        Parallel.run(dims.length, threads, i -> {
            EulerCharacteristic ec = EulerCharacteristic.forDimension(dims[i]);
            double[] u = new double[points];
            double[] e = new double[points];
            for (int k = 0; k < points; k++) {
                u[k] = uMin + (uMax - uMin) * k / (points - 1);
                e[k] = ec.sublevel(new BigDecimal(u[k])).doubleValue();
            }
            out[i] = new Figures.Curve(dims[i], u, e);
        });
        return List.of(out);
    }

    static List<Level.Result> levels(int[] dims, int threads) {
        Level.Result[] out = new Level.Result[dims.length];
        Parallel.run(dims.length, threads, i -> out[i] = Level.solve(dims[i]));
        return List.of(out);
    }

    /** eqs (25)-(27) read literally: E χ({φ ≥ u}), i.e. the sublevel formula at -u. */
    static double literal(int n, double u) {
        return EulerCharacteristic.forDimension(n).superlevel(new BigDecimal(u)).doubleValue();
    }

    static double sublevel(int n, double u) {
        return EulerCharacteristic.forDimension(n).sublevel(u);
    }

    static Level.Result at(List<Level.Result> levels, int n) {
        for (Level.Result r : levels) if (r.n() == n) return r;
        return null;
    }

    private static int max(int[] a) {
        int m = a[0];
        for (int x : a) m = Math.max(m, x);
        return m;
    }

    static List<List<?>> curveRows(List<Figures.Curve> curves) {
        List<List<?>> rows = new ArrayList<>();
        for (Figures.Curve c : curves) {
            for (int k = 0; k < c.u().length; k++) rows.add(List.of(c.n(), c.u()[k], c.echi()[k]));
        }
        return rows;
    }
}
