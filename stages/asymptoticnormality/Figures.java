package asymptoticnormality;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lib.Charts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Figure 5 (ECDF of Φ1 against the theorem's normal CDF) and the variance of Φ1 against X. */
public final class Figures {
    private Figures() {}

    /** Figure 5 of 000: empirical CDF of the simulated Φ1 and the normal CDF of Theorem 1. */
    public static void figure5(Path dir, List<double[]> ecdf, String source, int dims, double eta, int draws) {
        XYSeries emp = new XYSeries("empirical CDF (" + source + ", " + draws + " points)");
        XYSeries law = new XYSeries("000 Theorem 1: normal CDF, mean μ_N(X), variance σ²(X) (eqs 19-20)");
        for (double[] r : ecdf) {
            emp.add(r[0], r[1]);
            law.add(r[0], r[2]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(emp);
        data.addSeries(law);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, new NumberAxis("φ1"), new NumberAxis("cumulative probability"), renderer);
        String title = String.format(Locale.ROOT, "Figure 5: Φ1 after one GD step, N = %d, η = 0.1 η_opt = %.5f", dims, eta);
        JFreeChart chart = Charts.style(new JFreeChart(title, plot));
        renderer.setSeriesStroke(1, Charts.DASHED);
        renderer.setSeriesPaint(1, Color.BLACK);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        Charts.save(chart, dir.resolve("figure5"), 800, 560);
    }

    /**
     * Var Φ1 against X: eq (20)'s σ²(X) as printed with the value each eq20 claim takes from it (rings, from the registry),
     * the corrected limit σ_c²(X), the exact variance at the claims' N (the computed values those claims test), the exact
     * finite-N variance, and simulations ± 1 SE.
     */
    public static void variance(Path dir, List<double[]> curves, int[] dims, List<Cell> cells, List<Study.ExactRow> exact,
                                List<double[]> documentValues) {
        Charts.save(varianceChart(curves, dims, cells, exact, documentValues), dir.resolve("variance"), 900, 680);
    }

    /** documentValues: {X, the registry's σ²(X)} of each eq20 claim; exact: eq (12) at the claims' N, one row per X. */
    static JFreeChart varianceChart(List<double[]> curves, int[] dims, List<Cell> cells, List<Study.ExactRow> exact,
                                    List<double[]> documentValues) {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeries paper = new XYSeries("000 eq (20) as printed: σ²(X) = 1 + X²e^{−X²}");
        XYSeries corrected = new XYSeries("corrected limit σ_c²(X) = 1 + X²e^{−X²}(1 − 2X² + X⁴/2) (derived)");
        for (double[] r : curves) {
            if ((int) r[3] != dims[0]) continue;
            paper.add(r[0], r[1]);
            corrected.add(r[0], r[2]);
        }
        lines.addSeries(paper);
        lines.addSeries(corrected);
        for (int n : dims) {
            XYSeries s = new XYSeries("exact Var Φ1, N = " + n + " (eq 12)");
            for (double[] r : curves) if ((int) r[3] == n) s.add(r[0], r[4]);
            lines.addSeries(s);
        }
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setDrawSeriesLineAsPath(true);   // one dash pattern along the whole curve, not restarted at each of its points
        XYPlot plot = new XYPlot(lines, new NumberAxis("X = η√N"), new NumberAxis("Var Φ1"), lineRenderer);
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        for (String method : cells.stream().map(Cell::method).distinct().toList()) {
            for (int n : cells.stream().filter(c -> c.method().equals(method)).mapToInt(Cell::dims).distinct().toArray()) {
                YIntervalSeries s = new YIntervalSeries(method + ", N = " + n + " (± 1 SE)");
                for (Cell c : cells) {
                    if (!c.method().equals(method) || c.dims() != n) continue;
                    double v = c.sample().variance();
                    double se = c.sample().seVariance();
                    s.add(c.x(), v, v - se, v + se);
                }
                points.addSeries(s);
            }
        }
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDefaultLinesVisible(false);
        plot.setDataset(1, points);
        plot.setRenderer(1, errors);
        XYSeries computed = new XYSeries(String.format(Locale.ROOT, "computed: exact Var Φ1 at N = %s (eq 12), what the claims test",
                String.format(Locale.ROOT, "%.0e", exact.get(0).dims()).replaceFirst("e\\+0*", "e")));
        for (Study.ExactRow r : exact) computed.add(r.x(), r.varExact());
        XYLineAndShapeRenderer computedRenderer = new XYLineAndShapeRenderer(false, true);
        plot.setDataset(2, new XYSeriesCollection(computed));
        plot.setRenderer(2, computedRenderer);
        JFreeChart chart = Charts.style(new JFreeChart("Variance of Φ1 at η = X/√N: Theorem 1 against exact and simulated", plot));
        Charts.documentPoints(plot, "000 eq (20): σ²(X) at the X of each claim", documentValues.toArray(double[][]::new));
        lineRenderer.setSeriesStroke(0, Charts.DASHED);
        lineRenderer.setSeriesPaint(0, Color.BLACK);
        lineRenderer.setSeriesStroke(1, new BasicStroke(2.6f));
        for (int s = 2; s < lines.getSeriesCount(); s++) lineRenderer.setSeriesStroke(s, new BasicStroke(1.0f));
        computedRenderer.setSeriesPaint(0, Charts.PALETTE[1]);
        computedRenderer.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }
}
