package geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import lib.Claims;
import lib.FigureData;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** The crossover figure marks where each budget's curve crosses 1/2 and the least crossing the s32 claims read in §3.2. */
class FiguresTest {
    @Test
    void crossoverMarksTheComputedCrossingsAndTheDocumentsLeastOne() {
        double document = Claims.load(Path.of("paper-checks/field-geometry.csv")).claim("s32-crossover-oracle").expected();
        Study.RandomSearch rs = Study.randomSearch(20);
        JFreeChart chart = Figures.crossoverChart(rs, document);
        FigureData.Line doc = FigureData.marker(chart, "000 §3.2");
        assertEquals(document, doc.value(), 0);
        assertTrue(doc.domain() && doc.label().endsWith("N* ≥ 2"), doc.label());
        // the crossings by the series drawn: the first N from which P > 1/2 at every larger N
        for (String budget : new String[] {"B = 2 (oracle", "B = N + 2"}) {
            FigureData.Series s = FigureData.series(chart, budget);
            int first = s.x().length;
            while (first > 0 && s.y()[first - 1] > 0.5) first--;
            assertFalse(first == s.x().length, budget + " crosses 1/2 within N = 20");
            String tag = budget.startsWith("B = 2 (") ? "(B = 2)" : "(B = N + 2)";
            assertEquals(s.x()[first], FigureData.marker(chart, "computed N* = " + (int) s.x()[first] + " " + tag).value(), 0);
        }
    }
}
