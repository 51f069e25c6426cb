package blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import lib.Claims;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** Figure 10 marks the η_crit the document prints for MNIST and the η_crit computed for each N_P. */
class FiguresTest {
    @Test
    void figure10MarksTheDocumentsAndTheComputedEtaCrit() {
        Claims claims = Claims.load(Path.of("paper-checks/blackbox-mnist.csv"));
        double at500 = claims.claim("eta_crit_mnist_n500").expected(), at5000 = claims.claim("eta_crit_mnist_n5000").expected();
        Analysis r = new Analysis(List.of(), Map.of(), new double[0][], new double[0][], 0, 0);
        r.summaries.put("mnist/50", new Analysis.Summary("mnist", 50, 2, 0.8, 0.01, 2, 0.4, 0.1));
        r.summaries.put("mnist/200", new Analysis.Summary("mnist", 200, 2, 0.8, 0.01, 0, Double.NaN, Double.NaN));
        r.summaries.put("sine/50", new Analysis.Summary("sine", 50, 2, 0.9, 0.01, 2, 2.0, 0.1));
        XYPlot plot = new XYPlot();
        Figures.markEtaCrit(plot, r, "mnist", Map.of(500, at500, 5000, at5000));
        TreeSet<Double> at = new TreeSet<>();
        for (Object m : plot.getDomainMarkers(Layer.FOREGROUND)) at.add(((ValueMarker) m).getValue());
        assertEquals(new TreeSet<>(List.of(at500, at5000, 0.4)), at, "the document's two, and mnist N_P = 50's (N_P = 200 has no drop)");
        List<String> labels = plot.getAnnotations().stream().map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).toList();
        assertEquals(3, labels.size(), labels.toString());
        assertTrue(labels.contains("000: η_crit " + java.math.BigDecimal.valueOf(at500).toPlainString() + " at N_P = 500"), labels.toString());
        assertTrue(labels.contains("000: η_crit " + java.math.BigDecimal.valueOf(at5000).toPlainString() + " at N_P = 5000"), labels.toString());
        assertTrue(labels.contains("computed 0.4 at N_P = 50"), labels.toString());
    }
}
