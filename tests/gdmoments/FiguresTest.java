package gdmoments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lib.Claims;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Figure 4 carries the value eq (16) prints, where the document prints it, beside the exact curve. */
class FiguresTest {
    @Test
    void figure4MarksThePrintedValueAtNEquals500() {
        double printed = Claims.load(Path.of("paper-checks/gd-moments.csv")).claim("eq16-exact").expected();
        List<double[]> optimum = Numbers.optimum(1000);
        JFreeChart chart = Figures.figure4Chart(optimum, printed);
        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(3, data.getSeriesCount());
        assertEquals(1, data.getItemCount(2), "one point: the printed value");
        assertEquals(500, data.getXValue(2, 0), 0);
        assertEquals(printed, data.getYValue(2, 0), 0);
        // eq (14) at N = 500 by its closed form: -N (N+1)^(-1/2) ((N+2)/(N+1))^(-N/2-1)
        double exact = -500 / Math.sqrt(501) * Math.pow(502.0 / 501, -251);
        XYPointerAnnotation label = (XYPointerAnnotation) chart.getXYPlot().getAnnotations().get(0);
        assertTrue(label.getText().contains(String.format(Locale.ROOT, "%.4f", exact)), label.getText());
        assertTrue(label.getText().contains("printed " + java.math.BigDecimal.valueOf(printed).toPlainString() + ";"), "as printed, every digit: "
                + label.getText());
    }
}
