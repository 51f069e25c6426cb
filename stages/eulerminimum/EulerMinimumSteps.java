package eulerminimum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lib.Claims;
import lib.Provenance;

/** The public steps of stage euler-minimum, one per line of EulerMinimum.call(). */
public final class EulerMinimumSteps {
    private EulerMinimumSteps() {}

    /** Levels at which the simulated fields' Euler characteristics and P(min ≤ u) are taken. */
    static final double[] MC_LEVELS = {-2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1};

    /** An opaque handle on the E χ curves, levels and field summaries, so the script need not see their types. */
    public record Curves(List<Figures.Curve> list) {}

    public record Levels(List<Level.Result> list) {}

    public record Fields(List<FieldCheck.Summary> list) {}

    public record Shapes(List<Shape.Row> list) {}

    public static Map<Integer, Double> readGd(Path file, Provenance prov) {
        Map<Integer, Double> gd = GdOptimum.read(file);
        prov.input(file);
        return gd;
    }

    public static Curves curves(int[] dims, int points, int threads) {
        return new Curves(Study.curves(dims, points, threads));
    }

    public static Levels levels(int[] dims, int threads) {
        List<Level.Result> l = Study.levels(dims, threads);
        for (Level.Result r : l) {
            if (!r.precisionsAgree()) throw new IllegalStateException("N=" + r.n() + ": u* differs between "
                    + r.digits() + " and " + r.digitsCheck() + " digits: " + r.uStar() + " vs " + r.uStarCheck());
        }
        return new Levels(l);
    }

    /** Figure 7's shape for each N of its curves, relative to the levels (solved again for an N without one). */
    public static Shapes shape(int[] dims, Levels l, int threads) {
        return new Shapes(Shape.rows(dims, l.list(), threads));
    }

    public static Fields fieldCheck(int fields, int m, int grid, long seed, int threads) {
        List<FieldCheck.Summary> out = new ArrayList<>();
        if (fields > 0) {
            for (int n = 1; n <= 2; n++) out.add(FieldCheck.run(n, MC_LEVELS, fields, m, grid, seed, threads));
        }
        return new Fields(out);
    }

    public static void write(Path out, Provenance prov, Curves c, Levels l, Map<Integer, Double> gd, Fields f, Shapes s) {
        Outputs.write(out, prov, c.list(), l.list(), gd, f.list());
        Outputs.shape(out.resolve("shape.csv"), prov, s.list());
    }

    public static void observe(Claims claims, Levels l, Map<Integer, Double> gd, Fields f, Shapes s) {
        ClaimChecks.observe(claims, l.list(), gd, f.list());
        ClaimChecks.shape(claims, l.list(), s.list());
    }

    /** Figure 7 with the values of the document its claims test, taken from the registry. */
    public static void figure7(Path dir, Curves c, Levels l, Map<Integer, Double> gd, Fields f, Claims registry) {
        Figures.figure7(dir, c.list(), l.list(), gd, leftMarks(c, f, registry), rightMarks(f, registry));
    }

    /** eqs (25)-(27) as printed at N = 2 (the curve and eq25-literal-n2's value at u = −1) and the simulated χ there. */
    static Figures.LeftMarks leftMarks(Curves c, Fields f, Claims registry) {
        double[] u = c.list().stream().filter(x -> x.n() == 2).findFirst().map(Figures.Curve::u).orElse(new double[0]);
        double[] literal = java.util.Arrays.stream(u).map(x -> Study.literal(2, x)).toArray();
        FieldCheck.Summary s2 = ClaimChecks.find(f.list(), 2);
        double[] simulated = s2 == null ? null : ClaimChecks.ballEuler(s2, ClaimChecks.LITERAL_LEVEL);
        return new Figures.LeftMarks(new Figures.Curve(2, u, literal), ClaimChecks.LITERAL_LEVEL, registry.claim("eq25-literal-n2").expected(), simulated);
    }

    /** eq (28)'s printed −22.36 at N = 500, §3.4's factor √e, and the simulated mean minimum at N = 1, 2 beside u*. */
    static Figures.RightMarks rightMarks(Fields f, Claims registry) {
        List<double[]> minima = new ArrayList<>();
        for (FieldCheck.Summary s : f.list()) minima.add(new double[] {s.n(), s.minMean(), s.minSe()});
        return new Figures.RightMarks(ClaimChecks.PRINTED_N, registry.claim("eq28-printed-n500").expected(), registry.claim("sqrt-e-n500").expected(), minima);
    }
}
