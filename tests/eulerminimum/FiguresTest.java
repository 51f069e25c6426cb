package eulerminimum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lib.Claims;
import lib.FigureData;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Figure 7 draws what the document prints beside what the project computes: eqs (25)-(27) at N = 2, eq (28)'s −22.36, the factor √e. */
class FiguresTest {
    static final Claims REGISTRY = Claims.load(Path.of("paper-checks/euler-minimum.csv"));

    @Test
    void leftDrawsEqs25To27AsPrintedAtNEquals2AndTheirValueAtUMinus1() {
        EulerMinimumSteps.Curves curves = EulerMinimumSteps.curves(new int[] {1, 2}, 41, 1);
        FieldCheck.Summary s2 = new FieldCheck.Summary(2, new double[] {-1}, new double[] {0.6}, new double[] {0.01}, new double[] {0.2},
                new double[] {0.01}, -1.1, 0.05, 100, new double[] {Math.PI, Math.PI});
        Figures.LeftMarks marks = EulerMinimumSteps.leftMarks(curves, new EulerMinimumSteps.Fields(List.of(s2)), REGISTRY);
        JFreeChart chart = Figures.left(curves.list(), marks);
        double printed = REGISTRY.claim("eq25-literal-n2").expected();
        FigureData.assertPoint(chart, "000 eqs (25)-(27) as printed at N = 2, u = −1: 1.024", -1, printed);
        FigureData.Series asPrinted = FigureData.series(chart, "000 eqs (25)-(27) as printed, N = 2");
        // Ψ(-1) + e^{-1/2}/2 - π(2π)^{-3/2} e^{-1/2}: the registry's own derivation of eqs (25)-(27) as printed, the superlevel set
        double psi = 1 - new org.apache.commons.math3.distribution.NormalDistribution(0, 1).cumulativeProbability(-1);
        double literal = psi + Math.exp(-0.5) / 2 - Math.PI * Math.pow(2 * Math.PI, -1.5) * Math.exp(-0.5);
        assertEquals(literal, printed, 1e-12, "the registry's value is the printed formula's");
        double uNearest = nearest(asPrinted.x(), -1);
        assertEquals(Study.literal(2, uNearest), asPrinted.yAt(uNearest), 1e-12);
        // the domain of s2 is the disc itself, so the simulated point is the grid mean unshifted
        FigureData.Series sim = FigureData.series(chart, "simulated χ, N = 2");
        assertEquals(0.6, sim.yAt(-1), 1e-12);
    }

    @Test
    void rightDrawsEq28AsPrintedAtN500AndTheFactorSqrtE() {
        List<Level.Result> levels = Study.levels(new int[] {1, 2, 500}, 1);
        Map<Integer, Double> gd = Map.of(1, -0.3849, 500, -13.5421);
        Figures.RightMarks marks = EulerMinimumSteps.rightMarks(new EulerMinimumSteps.Fields(List.of()), REGISTRY);
        JFreeChart chart = Figures.right(levels, gd, marks);
        FigureData.assertPoint(chart, "000 eq (28) as printed: −22.36 at N = 500", 500, REGISTRY.claim("eq28-printed-n500").expected());
        FigureData.Series scaled = FigureData.series(chart, "√e × E[Φ1 | η_opt]");
        assertEquals(Math.sqrt(Math.E) * -13.5421, scaled.yAt(500), 1e-6, "√e times one GD step (the registry's √e)");
        assertTrue(FigureData.texts(chart).stream().anyMatch(t -> t.startsWith("printed −22.36; u*(500) = −22.34")), FigureData.texts(chart).toString());
    }

    private static double nearest(double[] x, double to) {
        double best = x[0];
        for (double v : x) if (Math.abs(v - to) < Math.abs(best - to)) best = v;
        return best;
    }
}
