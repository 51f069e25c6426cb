package gdmoments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lib.Claims;
import lib.FigureData;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Figure 4 carries the values eqs (16)-(17) print beside the exact curve; the eq (12) figure draws both of its lines. */
class FiguresTest {
    static final Claims REGISTRY = Claims.load(Path.of("paper-checks/gd-moments.csv"));

    static JFreeChart figure4() {
        return Figures.figure4Chart(Numbers.optimum(1000), List.of(
                new Figures.Printed(500, "16", REGISTRY.claim("eq16-exact").expected()),
                new Figures.Printed(1, "17", REGISTRY.claim("eq17").expected())));
    }

    @Test
    void figure4MarksThePrintedValuesAtNEquals500And1() {
        JFreeChart chart = figure4();
        FigureData.assertPoint(chart, "eq (16) as printed", 500, REGISTRY.claim("eq16-exact").expected());
        FigureData.assertPoint(chart, "eq (17) as printed", 1, REGISTRY.claim("eq17").expected());
        // eq (14) at N by its closed form: -N (N+1)^(-1/2) ((N+2)/(N+1))^(-N/2-1); at N = 1: -2/(3 sqrt 3)
        double exact500 = -500 / Math.sqrt(501) * Math.pow(502.0 / 501, -251), exact1 = -2 / (3 * Math.sqrt(3));
        assertEquals(exact500, FigureData.series(chart, "exact E[Φ1 | η_opt]").yAt(500), 1e-12);
        List<String> texts = FigureData.texts(chart);
        assertTrue(texts.contains(String.format(Locale.ROOT, "printed −13.56; exact eq (14) %.4f at N = 500", exact500).replace('-', '−')), texts.toString());
        assertTrue(texts.contains(String.format(Locale.ROOT, "printed −0.385; exact eq (14) %.4f at N = 1", exact1).replace('-', '−')), texts.toString());
    }

    @Test
    void figure4FollowsTheRegistry() {
        JFreeChart chart = Figures.figure4Chart(Numbers.optimum(1000), List.of(new Figures.Printed(500, "16", -13.61)));
        FigureData.assertPoint(chart, "000 eq (16) as printed: −13.61 at N = 500", 500, -13.61);
    }

    @Test
    void eq12FigureDrawsTheFirstLineAsPrintedBesideTheClosedForm() {
        List<CrossChecks.Row> cross = CrossChecks.rows(50, new double[] {0.05, 0.14, 0.5}, ConditionalMc.draw(50, 2000, 7, 1));
        JFreeChart chart = Figures.eq12Chart(cross);
        List<FigureData.Series> all = FigureData.allSeries(chart);
        FigureData.Series first = all.stream().filter(x -> x.name().contains("first line E_ξ[v1] as printed")).findFirst().orElseThrow();
        FigureData.Series closed = all.stream().filter(x -> x.name().contains("closed form (its last line)")).findFirst().orElseThrow();
        FigureData.Series quad = FigureData.series(chart, "quadrature of eq (10)");
        double gap = 0;
        for (int i = 0; i < first.x().length; i++) {
            // E[v1] = 1 - (1+2η²)^(-N/2-1)(1 + 2η² + Nη²) and eq (12)'s closed form, written out here from the document, N = 50
            double e2 = first.x()[i] * first.x()[i];
            assertEquals(1 - Math.pow(1 + 2 * e2, -26) * (1 + 2 * e2 + 50 * e2), first.y()[i], 1e-12);
            double eq12 = 1 + 50 * e2 * Math.pow(1 + 2 * e2, -27) * (51 - 2 * e2) - 2500 * e2 * Math.pow(1 + e2, -52);
            assertEquals(closed.x()[i], first.x()[i], 0);
            assertEquals(eq12, closed.y()[i], 1e-12);
            gap = Math.max(gap, closed.y()[i] - first.y()[i]);
        }
        double e2 = 0.14 * 0.14;
        assertEquals(1 + 50 * e2 * Math.pow(1 + 2 * e2, -27) * (51 - 2 * e2) - 2500 * e2 * Math.pow(1 + e2, -52), quad.yAt(0.14), 1e-8);
        assertTrue(gap > 0.5, "the first line leaves out Var(m1), of order 1 near η_opt: " + gap);
    }
}
