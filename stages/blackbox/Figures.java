package blackbox;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lib.Charts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Figures 9 and 10 of 000 from blackbox-mnist's analysis of the sweep. */
public final class Figures {
    private Figures() {}

    /** Figures 9 and 10; the η_crit 000 prints for MNIST at N_P = 500 and 5000 are marked on Figure 10. */
    public static void render(Analysis r, Path dir, double paperEtaCrit500, double paperEtaCrit5000) {
        if (r.slice.length > 0) Charts.save(figure9(r), dir.resolve("figure9"), 720, 620);
        for (String dataset : List.of("sine", "mnist")) {
            if (r.summaries.keySet().stream().anyMatch(k -> k.startsWith(dataset + "/"))) {
                JFreeChart chart = figure10(r, dataset);
                if (dataset.equals("mnist")) markEtaCrit(chart.getXYPlot(), r, dataset, Map.of(500, paperEtaCrit500, 5000, paperEtaCrit5000));
                Charts.save(chart, dir.resolve("figure10-" + dataset), 760, 520);
            }
        }
    }

    /**
     * Dashed lines at the document's η_crit per N_P, dotted at the computed ones, each labelled along the line (the values
     * lie too close on the log axis for labels across it): the document's at the top, the computed at the bottom.
     */
    static void markEtaCrit(XYPlot plot, Analysis r, String dataset, Map<Integer, Double> paper) {
        java.awt.Stroke dotted = new java.awt.BasicStroke(1.2f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f,
                new float[] {2f, 3f}, 0f);
        new TreeMap<>(paper).forEach((n, eta) -> mark(plot, eta, "000: η_crit " + java.math.BigDecimal.valueOf(eta).toPlainString()
                + " at N_P = " + n, Charts.DASHED, 0.98, TextAnchor.TOP_RIGHT));
        for (Analysis.Summary s : r.summaries.values()) {
            if (!s.dataset().equals(dataset) || !Double.isFinite(s.etaCrit())) continue;
            mark(plot, s.etaCrit(), "computed " + Charts.PLAIN.format(s.etaCrit()) + " at N_P = " + s.nParams(), dotted, 0.32, TextAnchor.TOP_LEFT);
        }
    }

    /** A vertical line at eta (on a log axis) with its label written upwards beside it, ending at the fraction {@code at} of the y range. */
    private static void mark(XYPlot plot, double eta, String label, java.awt.Stroke stroke, double at, TextAnchor anchor) {
        plot.addDomainMarker(new ValueMarker(eta, Color.DARK_GRAY, stroke));
        double y = plot.getRangeAxis() == null ? at : plot.getRangeAxis().getLowerBound() + at * plot.getRangeAxis().getRange().getLength();
        XYTextAnnotation t = new XYTextAnnotation(label, eta * 1.18, y);   // beside the line: 0.07 of a decade to the right
        t.setFont(Charts.TICK);
        t.setRotationAngle(-Math.PI / 2);
        t.setTextAnchor(anchor);
        t.setRotationAnchor(anchor);
        plot.addAnnotation(t);
    }

    /** The sine test points by class over the sign of phi on the trained slice, with the true boundary. */
    static JFreeChart figure9(Analysis r) {
        double[][] g = new double[3][r.slice.length];
        for (int k = 0; k < r.slice.length; k++) {
            g[0][k] = r.slice[k][0];
            g[1][k] = r.slice[k][1];
            g[2][k] = r.slice[k][2] > 0 ? 1 : 0;
        }
        LookupPaintScale scale = new LookupPaintScale(0, 2, Color.WHITE);
        scale.add(0, new Color(0xF6D5C0));
        scale.add(0.5, new Color(0xC6DCEE));

        XYSeriesCollection pts = new XYSeriesCollection();
        XYSeries neg = new XYSeries("test points, class 0 (below the sine)", false);
        XYSeries pos = new XYSeries("test points, class 1 (above the sine)", false);
        for (double[] p : r.slicePoints) (p[2] == 1 ? pos : neg).add(p[0], p[1]);
        pts.addSeries(neg);
        pts.addSeries(pos);
        XYSeries curve = new XYSeries("boundary x2 = sin(2 x1)", false);
        for (int k = 0; k <= 300; k++) {
            double x1 = -3 + 6.0 * k / 300;
            curve.add(x1, Math.sin(Dataset.SINE_FREQ * x1));
        }
        XYSeriesCollection line = new XYSeriesCollection(curve);

        NumberAxis xa = new NumberAxis("x1");
        NumberAxis ya = new NumberAxis("x2");
        xa.setRange(-3, 3);
        ya.setRange(-3, 3);
        XYLineAndShapeRenderer background = new XYLineAndShapeRenderer(false, false);
        background.addAnnotation(Charts.heatMap(g, 6.0 / 120, 6.0 / 120, scale), Layer.BACKGROUND);
        XYPlot plot = new XYPlot(null, xa, ya, background);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        plot.setDataset(1, pts);
        plot.setRenderer(1, dots);
        plot.setDataset(2, line);
        plot.setRenderer(2, lines);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(String.format(java.util.Locale.ROOT,
                "Figure 9: sine data and sign of phi on the trained slice (N_P = %d, eta = %.3g)", r.sliceParams, r.sliceEta),
                Charts.TITLE, plot, true);
        Charts.style(chart);
        dots.setSeriesPaint(0, Charts.PALETTE[1]);
        dots.setSeriesPaint(1, Charts.PALETTE[0]);
        dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        dots.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        lines.setSeriesPaint(0, Color.BLACK);
        lines.setSeriesStroke(0, Charts.DASHED);
        return chart;
    }

    /** Mean test accuracy against eta for each N_P, and the logistic-regression baseline. */
    static JFreeChart figure10(Analysis r, String dataset) {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<Integer, Map<Double, double[]>> byN = new TreeMap<>();
        for (Run run : r.runs) {
            if (!run.dataset().equals(dataset)) continue;
            double[] acc = byN.computeIfAbsent(run.nParams(), k -> new TreeMap<>()).computeIfAbsent(run.eta(), k -> new double[2]);
            acc[0] += run.testAccuracy();
            acc[1]++;
        }
        for (var e : byN.entrySet()) {
            XYSeries s = new XYSeries("random field, N_P = " + e.getKey());
            for (var p : e.getValue().entrySet()) s.add(p.getKey().doubleValue(), p.getValue()[0] / p.getValue()[1]);
            data.addSeries(s);
        }
        XYSeries base = new XYSeries("logistic regression (baseline)");
        for (Analysis.BaselinePoint b : r.baseline) if (b.dataset().equals(dataset)) base.add(b.eta(), b.accuracy());
        data.addSeries(base);
        XYSeries chance = new XYSeries("chance (majority class)");
        double chanceAccuracy = r.datasets.get(dataset).chance();
        chance.add(data.getDomainLowerBound(false), chanceAccuracy);
        chance.add(data.getDomainUpperBound(false), chanceAccuracy);
        data.addSeries(chance);
        LogAxis x = new LogAxis("learning rate eta");
        x.setBase(10);
        x.setSmallestValue(1e-4);
        NumberAxis y = new NumberAxis("test accuracy");
        y.setRange(0.3, 1.0);
        XYLineAndShapeRenderer rend = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(data, x, y, rend);
        JFreeChart chart = new JFreeChart("Figure 10: " + dataset + " test accuracy against eta", Charts.TITLE, plot, true);
        Charts.style(chart);
        rend.setSeriesStroke(data.getSeriesCount() - 2, Charts.DASHED);
        rend.setSeriesStroke(data.getSeriesCount() - 1, Charts.DASHED);
        rend.setSeriesShapesVisible(data.getSeriesCount() - 1, false);
        rend.setSeriesPaint(data.getSeriesCount() - 1, java.awt.Color.GRAY);
        return chart;
    }
}
