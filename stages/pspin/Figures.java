package pspin;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lib.Charts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The stage's figures, each built from the data written to its CSV artifacts. */
public final class Figures {
    private Figures() {}

    /** Theta_{k,3} (k = 0..3) and Theta_3 against u, with -E_k and -E_inf marked (the illustration of 004). */
    public static void complexity(Map<String, double[][]> curves, Map<String, Double> energies, Path out) {
        XYSeriesCollection data = new XYSeriesCollection();
        curves.forEach((name, xy) -> data.addSeries(series(name, xy[0], xy[1])));
        JFreeChart chart = ChartFactory.createXYLineChart("Complexity of the pure spherical 3-spin (ABC 2013); dashed: -E_0 .. -E_3, -E_inf",
                "energy per spin u", "rate of E Crt(u)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.addRangeMarker(new ValueMarker(0));
        energies.forEach((name, e) -> {
            ValueMarker m = marker(-e, name.equals("-E_inf") || name.equals("-E_0") ? name : "");
            if (name.equals("-E_inf")) m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            if (name.equals("-E_inf")) m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            plot.addDomainMarker(m);
        });
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        Charts.save(Charts.style(chart), out, 900, 560);
    }

    /** Four panels: simulated Hessian density at N against the shifted semicircle, per energy u. */
    public static void spectra(List<double[][]> panels, double[] us, Path out) {
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new NumberAxis("density"));
        for (int i = 0; i < us.length; i++) {
            double[][] d = panels.get(i);
            XYSeriesCollection c = new XYSeriesCollection();
            c.addSeries(series("simulated", d[0], d[1]));
            c.addSeries(series("shifted semicircle", d[0], d[2]));
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            r.setSeriesPaint(0, Charts.PALETTE[0]);
            r.setSeriesStroke(0, Charts.LINE);
            r.setSeriesPaint(1, Charts.PALETTE[1]);
            r.setSeriesStroke(1, Charts.DASHED);
            r.setSeriesVisibleInLegend(0, i == 0);
            r.setSeriesVisibleInLegend(1, i == 0);
            XYPlot p = new XYPlot(c, new NumberAxis("eigenvalue, u = " + us[i]), null, r);
            p.addDomainMarker(new ValueMarker(0));
            combined.add(p, 1);
        }
        JFreeChart chart = new JFreeChart("Hessian at a critical point of energy u: sqrt(6) GOE - 3u (p = 3)",
                Charts.TITLE, combined, true);
        Charts.style(chart);
        for (Object sub : combined.getSubplots()) {
            XYPlot p = (XYPlot) sub;
            p.getRenderer().setSeriesPaint(0, Charts.PALETTE[0]);
            p.getRenderer().setSeriesPaint(1, Charts.PALETTE[1]);
            p.getRenderer().setSeriesStroke(1, Charts.DASHED);
        }
        Charts.save(chart, out, 1300, 460);   // the report shows figures 1:1 in a column 1300 px wide
    }

    /** Fraction of negative eigenvalues against u: simulation, semicircle, and the shift of 002's code. */
    public static void negativeFraction(double[] u, double[] sim, double[] pred, double[] code, double eInf, Path out) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("simulated, N = 500", u, sim));
        data.addSeries(series("semicircle F(2u/E_inf)", u, pred));
        data.addSeries(series("002's code shift (p-1)u", u, code));
        JFreeChart chart = ChartFactory.createXYLineChart("Index fraction of the Hessian against energy (p = 3)",
                "energy per spin u", "fraction of negative eigenvalues", data, PlotOrientation.VERTICAL, true, false, false);
        chart.getXYPlot().addDomainMarker(marker(-eInf, "-E_inf"));
        Charts.style(chart);
        chart.getXYPlot().getRenderer().setSeriesStroke(1, Charts.DASHED);   // lies on the simulation
        Charts.save(chart, out, 900, 560);
    }

    /**
     * Final GD energy per spin against N (mean, min, max) with the floor and the ground state; {@code confirm} holds the
     * confirmation run's (N, mean) at the largest N, or is empty.
     */
    public static void gdEnergy(double[] n, double[] mean, double[] lo, double[] hi, double[] confirm, double eInf, double e0,
                                Path out) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("mean final energy", n, mean));
        data.addSeries(series("lowest run", n, lo));
        data.addSeries(series("highest run", n, hi));
        if (confirm.length == 2) data.addSeries(series("mean, confirmation seed", new double[] {confirm[0]}, new double[] {confirm[1]}));
        JFreeChart chart = ChartFactory.createXYLineChart("Projected GD on the dense p = 3 spin glass",
                "N", "final energy per spin", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(new XYLineAndShapeRenderer(true, true));
        plot.addRangeMarker(rangeMarker(-eInf, "floor -E_inf"));
        plot.addRangeMarker(rangeMarker(-e0, "ground state -E_0"));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        Charts.save(Charts.style(chart), out, 900, 560);
    }

    /** Spread (SD across runs and samples) of the energy curves against the step, one line per N. */
    public static void spread(Map<Integer, double[][]> curves, Path out) {
        XYSeriesCollection data = new XYSeriesCollection();
        curves.forEach((n, xy) -> data.addSeries(series("N = " + n, xy[0], xy[1])));
        JFreeChart chart = ChartFactory.createXYLineChart("Spread of GD energy curves across runs (001)",
                "step", "SD of energy per spin", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        LogAxis y = new LogAxis("SD of energy per spin");
        y.setSmallestValue(1e-5);
        plot.setRangeAxis(y);
        Charts.save(Charts.style(chart), out, 900, 560);
    }

    /** Pooled Hessian spectra at the GD end points of the largest N against sqrt 6 semicircle centred at -3 u. */
    public static void endpointSpectrum(int n, double[][] d, Path out) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("GD end points, N = " + n, d[0], d[1]));
        data.addSeries(series("semicircle at their mean energy", d[0], d[2]));
        JFreeChart chart = ChartFactory.createXYLineChart("Riemannian Hessian spectrum at GD end points (p = 3)",
                "eigenvalue", "density", data, PlotOrientation.VERTICAL, true, false, false);
        chart.getXYPlot().addDomainMarker(new ValueMarker(0));
        Charts.style(chart);
        chart.getXYPlot().getRenderer().setSeriesStroke(1, Charts.DASHED);
        Charts.save(chart, out, 900, 560);
    }

    /**
     * The index fraction of critical points of real tensors against their energy (points), with the semicircle law
     * F_sc(2u/E_inf) (the shift p u) and the law with 002's code shift (p−1)u.
     */
    public static void criticalPoints(double[] u, double[] fraction, int n, double eInf, Path out) {
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(series("critical points by Newton, N = " + n, u, fraction));
        double[] grid = new double[141], sc = new double[141], code = new double[141];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = -1.8 + i * 0.025;
            sc[i] = Complexity.negativeFraction(3, grid[i]);
            code[i] = Complexity.semicircleCdf(2 * grid[i] / Math.sqrt(6));
        }
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(series("semicircle, shift p u: F(2u/E_inf)", grid, sc));
        lines.addSeries(series("002's code shift (p-1) u", grid, code));
        XYPlot plot = new XYPlot(points, new NumberAxis("energy per spin u"), new NumberAxis("index / (N - 1)"),
                new XYLineAndShapeRenderer(false, true));
        plot.setDataset(1, lines);
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        plot.addDomainMarker(marker(-1, "u = -1"));
        plot.addDomainMarker(marker(0, "u = 0"));
        JFreeChart chart = new JFreeChart("Index of critical points of dense p = 3 tensors (002's u = 0 and u = -1)",
                Charts.TITLE, plot, true);
        Charts.style(chart);
        plot.getRenderer(1).setSeriesPaint(0, Charts.PALETTE[1]);
        plot.getRenderer(1).setSeriesPaint(1, Charts.PALETTE[2]);
        plot.getRenderer(1).setSeriesStroke(1, Charts.DASHED);
        Charts.save(chart, out, 900, 560);
    }

    /**
     * The smallest Riemannian Hessian eigenvalue over √ξ''(1) at random points of real tensors against u, with the lines
     * −2 − αu for α = 2/E_inf (the derived law) and α = −2/E_th (what 002's threshold needs), extended to where each
     * closes the gap.
     */
    public static void lambdaMin(double[] u, double[] lambda, double eInf, double eTh, Path out) {
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(series("random points of dense tensors", u, lambda));
        double[] grid = {-1.8, 0.6};
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(series("-2 - (2/E_inf) u: closes at -E_inf", grid, new double[] {-2 + 2 / eInf * 1.8, -2 - 2 / eInf * 0.6}));
        lines.addSeries(series("-2 - (-2/E_th) u: 002's E_th", grid, new double[] {-2 - 2 / eTh * 1.8, -2 + 2 / eTh * 0.6}));
        XYPlot plot = new XYPlot(points, new NumberAxis("energy per spin u"), new NumberAxis("lambda_min / sqrt(xi''(1))"),
                new XYLineAndShapeRenderer(false, true));
        plot.setDataset(1, lines);
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        plot.addRangeMarker(new ValueMarker(0));
        plot.addDomainMarker(marker(-eInf, "-E_inf"));
        plot.addDomainMarker(marker(eTh, "E_th (002)"));
        JFreeChart chart = new JFreeChart("Smallest Hessian eigenvalue against energy (002: lambda_min = -2 - alpha u)",
                Charts.TITLE, plot, true);
        Charts.style(chart);
        plot.getRenderer(1).setSeriesPaint(0, Charts.PALETTE[1]);
        plot.getRenderer(1).setSeriesPaint(1, Charts.PALETTE[2]);
        plot.getRenderer(1).setSeriesStroke(1, Charts.DASHED);
        Charts.save(chart, out, 900, 560);
    }

    /**
     * The finite-N ground state per spin against N (mean over samples) with -E_0 and -E_inf, and below it the fraction of
     * runs from random starts that reach it, with the 1/2 a typical run would need.
     */
    public static void groundStates(double[] n, double[] ground, double[] fraction, double eInf, double e0, Path out) {
        NumberAxis nAxis = new NumberAxis("N");
        nAxis.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(nAxis);
        XYSeriesCollection top = new XYSeriesCollection();
        top.addSeries(series("ground state per spin (lowest of 2K descents)", n, ground));
        NumberAxis energy = new NumberAxis("energy per spin");
        double lo = Math.min(-e0, java.util.Arrays.stream(ground).min().orElse(-e0)), hi = java.util.Arrays.stream(ground).max().orElse(-eInf);
        energy.setRange(lo - 0.02, Math.max(hi, -eInf) + 0.02);   // the markers -E_0 and -E_inf stay in view
        XYPlot upper = new XYPlot(top, null, energy, new XYLineAndShapeRenderer(true, true));
        upper.addRangeMarker(rangeMarker(-eInf, "floor -E_inf"));
        upper.addRangeMarker(rangeMarker(-e0, "ground state -E_0 (N -> infinity)"));
        XYSeriesCollection bottom = new XYSeriesCollection();
        bottom.addSeries(series("fraction of runs reaching it", n, fraction));
        NumberAxis share = new NumberAxis("fraction of runs");
        share.setRange(0, 1);
        XYPlot lower = new XYPlot(bottom, null, share, new XYLineAndShapeRenderer(true, true));
        lower.addRangeMarker(rangeMarker(0.5, "a typical run: 1/2"));
        combined.add(upper, 1);
        combined.add(lower, 1);
        JFreeChart chart = new JFreeChart("Finite-N ground states of the dense p = 3 spin glass (004)", Charts.TITLE, combined, true);
        Charts.style(chart);
        for (Object sub : combined.getSubplots()) ((XYPlot) sub).getRenderer().setSeriesPaint(0, Charts.PALETTE[0]);
        Charts.save(chart, out, 900, 700);
    }

    private static XYSeries series(String name, double[] x, double[] y) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < x.length; i++) if (Double.isFinite(y[i])) s.add(x[i], y[i]);
        return s;
    }

    private static ValueMarker rangeMarker(double at, String label) {
        ValueMarker m = marker(at, label);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return m;
    }

    private static ValueMarker marker(double at, String label) {
        ValueMarker m = new ValueMarker(at);
        m.setStroke(Charts.DASHED);
        m.setLabel(label);
        m.setLabelFont(Charts.TICK);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return m;
    }
}
