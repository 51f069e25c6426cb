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

    /** A 3 x 2 grid with one cell missing and one NaN: one image, a pixel block per cell in the scale's colour, gaps clear. */
    @Test
    void aHeatMapIsOneImageOfItsCells() {
        double[][] xyz = {{0, 1, 2, 0, 1}, {0, 0, 0, 1, 1}, {0.2, 0.9, Double.NaN, 0.9, 0.2}};
        org.jfree.chart.renderer.PaintScale scale = new Charts.Diverging(0, 1);
        org.jfree.chart.annotations.XYDataImageAnnotation a = Charts.heatMap(xyz, 1, 1, scale);
        java.awt.image.BufferedImage img = (java.awt.image.BufferedImage) a.getImage();
        int f = Charts.pixelsPerCell(3);
        assertEquals(3 * f, img.getWidth());
        assertEquals(2 * f, img.getHeight());
        // image rows run downwards: y = 1 is the top row
        assertEquals(((java.awt.Color) scale.getPaint(0.9)).getRGB(), img.getRGB(0, 0), "x = 0, y = 1");
        assertEquals(((java.awt.Color) scale.getPaint(0.2)).getRGB(), img.getRGB(f + f - 1, f - 1), "x = 1, y = 1, last pixel of its block");
        assertEquals(((java.awt.Color) scale.getPaint(0.2)).getRGB(), img.getRGB(0, f), "x = 0, y = 0");
        assertEquals(0, img.getRGB(2 * f, f) >>> 24, "x = 2, y = 0 is NaN: transparent");
        assertEquals(0, img.getRGB(2 * f, 0) >>> 24, "x = 2, y = 1 has no cell: transparent");
        // the image covers the cells' extent: centres 0..2 and 0..1 with half a cell around
        assertEquals(List.of(-0.5, -0.5, 3.0, 2.0), List.of(a.getX(), a.getY(), a.getWidth(), a.getHeight()));
    }

    /**
     * Figure 4's y axis (0 to -44, 900 x 560) was labelled at every 2 with 11 px labels: 23 labels. With the same font,
     * a saved (thinned) axis has at most MAX_TICKS + 1 labelled (major) ticks.
     */
    @Test
    void aNumberAxisGetsAtMostTenLabels(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        assertTrue(yLabels(tmp, false) > Charts.MAX_TICKS + 1, "JFreeChart alone labels more");
        int thinned = yLabels(tmp, true);
        assertTrue(thinned <= Charts.MAX_TICKS + 1 && thinned >= 4, thinned + " labels");
    }

    static int yLabels(java.nio.file.Path tmp, boolean save) {
        XYSeries s = new XYSeries("s");
        s.add(1, -0.4);
        s.add(5000, -43);
        NumberAxis y = new NumberAxis("E");
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new LogAxis("N"), y, new XYLineAndShapeRenderer());
        JFreeChart chart = Charts.style(new JFreeChart(plot));
        y.setTickLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
        if (save) Charts.save(chart, tmp.resolve("f4"), 900, 560);
        SVGGraphics2D g = new SVGGraphics2D(900, 560);
        chart.draw(g, new Rectangle(0, 0, 900, 560));
        return (int) y.refreshTicks(g, new AxisState(), new Rectangle2D.Double(60, 40, 820, 440), RectangleEdge.LEFT).stream()
                .filter(t -> ((org.jfree.chart.axis.Tick) t).getText() != null && !((org.jfree.chart.axis.Tick) t).getText().isEmpty()).count();
    }

    @Test
    void panelsInAGridMakeOneFigure(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        List<JFreeChart> panels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            XYSeries s = new XYSeries("s");
            s.add(0, i);
            s.add(1, i + 1);
            panels.add(Charts.style(new JFreeChart("panel " + i, new XYPlot(new XYSeriesCollection(s), new NumberAxis("x"), new NumberAxis("y"),
                    new XYLineAndShapeRenderer()))));
        }
        Charts.saveGrid(panels, 3, "five panels", tmp.resolve("g"), 300, 200);
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(tmp.resolve("g.png").toFile());
        assertEquals(900, png.getWidth(), "three columns");
        assertEquals(48 + 2 * 200, png.getHeight(), "two rows under the title");
        String svg = java.nio.file.Files.readString(tmp.resolve("g.svg"));
        for (int i = 0; i < 5; i++) assertTrue(svg.contains("panel " + i), "panel " + i + " is drawn");
    }

    /** A chart styled by its stage with small fonts (as predictable-progress's panels were) is saved with 15 px labels. */
    @Test
    void everyAxisOfASavedChartIsLabelledAtLeastAtTheBodyTextSize(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        org.jfree.chart.plot.CombinedDomainXYPlot combined = new org.jfree.chart.plot.CombinedDomainXYPlot(new NumberAxis("step"));
        java.awt.Font small = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10);
        for (int p = 0; p < 2; p++) {
            XYSeries s = new XYSeries("s");
            s.add(0, p);
            s.add(1, p + 1);
            NumberAxis y = new NumberAxis("cost");
            y.setTickLabelFont(small);
            y.setLabelFont(small);
            combined.add(new XYPlot(new XYSeriesCollection(s), null, y, new XYLineAndShapeRenderer()));
        }
        combined.addDomainMarker(new org.jfree.chart.plot.ValueMarker(0.5));
        ((org.jfree.chart.plot.ValueMarker) combined.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next()).setLabelFont(small);
        Charts.save(new JFreeChart(combined), tmp.resolve("c"), 600, 400);
        for (Object sub : combined.getSubplots()) {
            NumberAxis y = (NumberAxis) ((XYPlot) sub).getRangeAxis();
            assertTrue(y.getTickLabelFont().getSize() >= Charts.TICK.getSize() && y.getLabelFont().getSize() >= Charts.LABEL.getSize());
        }
        assertEquals(Charts.TICK, ((org.jfree.chart.plot.Marker) combined.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next())
                .getLabelFont());
    }
}
