package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** Log axes read in plain numbers: the major tick labels of a styled, drawn chart. */
class ChartsTest {
    /** The major tick labels of a log x axis over [lo, hi] after the styled chart is drawn 800 px wide. */
    static List<String> labels(double lo, double hi) {
        XYSeries s = new XYSeries("s");
        s.add(lo, 1);
        s.add(hi, 2);
        LogAxis x = new LogAxis("eta");
        x.setBase(10);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, new NumberAxis("y"), new XYLineAndShapeRenderer());
        JFreeChart chart = Charts.style(new JFreeChart(plot));
        SVGGraphics2D g = new SVGGraphics2D(800, 500);
        chart.draw(g, new Rectangle(0, 0, 800, 500));
        List<String> out = new ArrayList<>();
        for (Object t : plot.getDomainAxis().refreshTicks(g, new AxisState(), new Rectangle2D.Double(60, 20, 720, 420), RectangleEdge.BOTTOM)) {
            if (!(t instanceof LogTick tick) || tick.getTickType() != TickType.MAJOR || tick.getAttributedLabel() == null) continue;
            StringBuilder b = new StringBuilder();
            AttributedCharacterIterator it = tick.getAttributedLabel().getIterator();
            for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) b.append(c);
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void fourDecadesAreLabelledAtPowersOfTenInPlainNumbers() {
        List<String> l = labels(1e-3, 10);
        for (String t : List.of("0.001", "0.01", "0.1", "1", "10")) assertTrue(l.contains(t), t + " in " + l);
        assertFalse(l.stream().anyMatch(t -> t.contains("^")), "no exponent labels: " + l);
    }

    @Test
    void lessThanADecadeIsLabelledAtOneTwoFive() {
        // the range of the p-spin spread figure: 0.05 to 0.22 (with JFreeChart's margins around it)
        assertEquals(List.of("0.05", "0.1", "0.2"), labels(0.05, 0.22));
    }

    @Test
    void aNarrowRangeIsLabelledAtEveryDigit() {
        assertEquals(List.of("3", "4", "5", "6", "7", "8"), labels(3, 8));
    }

    @Test
    void aChartStyledByItsStageAloneGetsPlainLogAxesWhenSaved(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        XYSeries s = new XYSeries("s");
        s.add(0, 0.6);
        s.add(10, 1.5);
        org.jfree.chart.plot.CombinedRangeXYPlot combined = new org.jfree.chart.plot.CombinedRangeXYPlot(new LogAxis("loss"));
        combined.add(new XYPlot(new XYSeriesCollection(s), new NumberAxis("step"), null, new XYLineAndShapeRenderer()));
        Charts.save(new JFreeChart(combined), tmp.resolve("f"), 400, 300);
        assertTrue(combined.getRangeAxis() instanceof Charts.PlainLogAxis, "the shared log axis: " + combined.getRangeAxis());
        assertTrue(java.nio.file.Files.exists(tmp.resolve("f.svg")) && java.nio.file.Files.exists(tmp.resolve("f.png")));
    }

    @Test
    void plainNumbersHaveThreeSignificantDigits() {
        // oracle: the decimal expansions by hand
        assertEquals("0.001", Charts.PLAIN.format(1e-3));
        assertEquals("3.16", Charts.PLAIN.format(Math.sqrt(10)));
        assertEquals("1000", Charts.PLAIN.format(1e3));
        assertEquals("1e-05", Charts.PLAIN.format(1e-5));
        assertEquals("2.5e+07", Charts.PLAIN.format(2.5e7));
    }
}
