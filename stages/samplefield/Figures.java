package samplefield;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lib.Charts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Figure 1 (a 2-D slice of a realisation) and the covariance check, from the data of slice.csv and covariance.csv. */
final class Figures {
    private Figures() {}

    /** 000 Figure 1: phi on the plane x0 + s e1 + t e2 as a heat map with a diverging colour scale. */
    static void figure1(int n, Slice slice, int m, Path base) {
        int g = slice.grid();
        double[][] xyz = new double[3][g * g];
        double max = 0;
        for (int i = 0; i < g; i++) for (int j = 0; j < g; j++) {
            int k = i * g + j;
            xyz[0][k] = slice.coordinates()[i];
            xyz[1][k] = slice.coordinates()[j];
            xyz[2][k] = slice.values()[k];
            max = Math.max(max, Math.abs(xyz[2][k]));
        }
        double bound = Math.ceil(max * 2) / 2;
        double w = 2 * slice.halfWidth() / (g - 1);
        Charts.Diverging scale = new Charts.Diverging(-bound, bound);
        NumberAxis x = new NumberAxis("s (along e1)"), y = new NumberAxis("t (along e2)");
        for (NumberAxis a : new NumberAxis[] {x, y}) a.setRange(-slice.halfWidth() - w / 2, slice.halfWidth() + w / 2);
        XYPlot plot = new XYPlot(null, x, y, new XYLineAndShapeRenderer(false, false));
        plot.getRenderer().addAnnotation(Charts.heatMap(xyz, w, w, scale), Layer.BACKGROUND);
        JFreeChart chart = new JFreeChart("2-D slice of a realisation in R^" + n + " (M = " + m + "), 000 Figure 1",
                Charts.TITLE, plot, false);
        Charts.style(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis("phi"));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        legend.setStripWidth(14);
        chart.addSubtitle(legend);
        Charts.save(chart, base, 760, 640);
    }

    /**
     * Empirical covariances (+- 2 se) against the closed forms of {@link Model}, one panel per N; at r = 0 of the largest N
     * also Var φ with w read as CN(0, M⁻¹ I), beside the k(0) that var-phi-paper-cn says eq (30) then gives.
     */
    static void covariance(List<Study.Result> results, double documentVariance, Path base) {
        Charts.save(covarianceChart(results, documentVariance), base, 900, 380 * results.size() + 140);
    }

    static JFreeChart covarianceChart(List<Study.Result> results, double documentVariance) {
        NumberAxis distance = new NumberAxis("distance r");
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(distance);
        combined.setGap(12);
        double rMax = 0;
        for (Study.Result res : results) for (Study.Cell c : res.cells()) rMax = Math.max(rMax, c.r());
        XYPlot last = null;
        for (int p = 0; p < results.size(); p++) {
            Study.Result res = results.get(p);
            YIntervalSeriesCollection est = new YIntervalSeriesCollection();
            XYSeriesCollection theory = new XYSeriesCollection();
            for (Model q : Model.values()) {
                YIntervalSeries s = new YIntervalSeries(q.column + " (simulated)");
                for (Study.Cell c : res.cells()) {
                    if (c.quantity() == q) s.add(c.r(), c.estimate(), c.estimate() - 2 * c.se(), c.estimate() + 2 * c.se());
                }
                est.addSeries(s);
                XYSeries t = new XYSeries(q.label, false, true);
                for (int i = 0; i <= 200; i++) {
                    double r = (rMax * 1.1) * i / 200;
                    t.add(r, q.expected(r));
                }
                theory.addSeries(t);
            }
            XYErrorRenderer er = new XYErrorRenderer();
            er.setDefaultLinesVisible(false);
            er.setDrawXError(false);
            XYPlot plot = new XYPlot(est, null, new NumberAxis("N = " + res.n()), er);
            plot.setDataset(1, theory);
            plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
            combined.add(plot, 1);
            last = plot;
        }
        distance.setLowerBound(-0.06 * rMax);   // the points at r = 0 drawn whole
        JFreeChart chart = new JFreeChart("Covariances of (phi, grad phi) at distance r: simulated (+-2 se) vs k(r) = exp(-r^2/2)",
                Charts.TITLE, combined, true);
        Charts.style(chart);
        for (int p = 0; p < combined.getSubplots().size(); p++) colour((XYPlot) combined.getSubplots().get(p), p == 0);
        Study.Result largest = results.get(results.size() - 1);
        Study.Moment cn = largest.moments().stream().filter(m -> m.statistic().equals(Study.VAR_CN)).findFirst().orElseThrow();
        YIntervalSeries literal = new YIntervalSeries(String.format(Locale.ROOT, "Var phi with w read as CN(0, 1/M), N = %d: %.3f +- %.3f (+-2 se)",
                largest.n(), cn.estimate(), 2 * cn.se()));
        literal.add(0, cn.estimate(), cn.estimate() - 2 * cn.se(), cn.estimate() + 2 * cn.se());
        YIntervalSeriesCollection literalData = new YIntervalSeriesCollection();
        literalData.addSeries(literal);
        XYErrorRenderer lr = new XYErrorRenderer();
        lr.setDefaultLinesVisible(false);
        lr.setSeriesPaint(0, Color.BLACK);
        lr.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-4, -4, 8, 8));
        last.setDataset(2, literalData);
        last.setRenderer(2, lr);
        Charts.documentPoints(last, "000 eq (30), w ~ CN(0, 1/M): Var phi = k(0) = " + Charts.number(documentVariance),
                new double[] {0, documentVariance});
        return chart;
    }

    /** Quantity q in palette colour q: simulated points with error bars, closed form dashed; legend on the first panel. */
    private static void colour(XYPlot plot, boolean legend) {
        XYItemRenderer er = plot.getRenderer(0), lr = plot.getRenderer(1);
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        for (int s = 0; s < Model.values().length; s++) {
            Paint c = Charts.PALETTE[s];
            er.setSeriesPaint(s, c);
            er.setSeriesShape(s, shapes[s]);
            er.setSeriesVisibleInLegend(s, legend);
            lr.setSeriesPaint(s, c);
            lr.setSeriesStroke(s, Charts.DASHED);
            lr.setSeriesVisibleInLegend(s, legend);
        }
        ((XYErrorRenderer) er).setErrorPaint(null);
    }
}
