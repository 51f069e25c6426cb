package pspin;

import java.nio.file.Path;
import java.util.Arrays;
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
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The stage's figures, each built from the data written to its CSV artifacts. */
public final class Figures {
    private Figures() {}

    /** What 002 and 004 give that the complexity figure draws: 002's ground state and Σ(0), 004's floor. */
    public record DocumentComplexity(double groundState, double floor, double sigmaAtZero) {}

    /**
     * Two panels: Theta_{k,3} (k = 0..3) and Theta_3 against u near the bottom of the landscape, with -E_k and -E_inf
     * marked (the illustration of 004) and 002's ground state and 004's floor (from the registry); and Theta_3 up to u = 0,
     * where 002's Σ(0) (from the registry) stands beside the Kac-Rice rate computed there ({@code rateAtZero}).
     */
    public static void complexity(Map<String, double[][]> curves, Map<String, Double> energies, double[][] wide, double rateAtZero,
                                  DocumentComplexity doc, Path out) {
        Charts.saveGrid(List.of(complexityChart(curves, energies, doc.groundState(), doc.floor()), sigmaChart(wide, rateAtZero, doc.sigmaAtZero())),
                2, "Complexity of the pure spherical 3-spin (ABC 2013) and the values 002 and 004 give", out, 640, 600);   // two panels within the report's 1308 px column: labels at 1:1
    }

    /** Theta_3 against u up to above 0, 002's Σ(0) as a ring, the computed rate at u = 0 as a square. */
    static JFreeChart sigmaChart(double[][] wide, double rateAtZero, double sigmaAtZero) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("Theta_3 (all critical points)", wide[0], wide[1]));
        data.addSeries(series(String.format(java.util.Locale.ROOT, "computed: Kac-Rice rate at u = 0, %.4f", rateAtZero),
                new double[] {0}, new double[] {rateAtZero}));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, new NumberAxis("energy per spin u"), new NumberAxis("rate of E Crt(u)"), r);
        plot.addRangeMarker(new ValueMarker(0));
        JFreeChart chart = new JFreeChart("Up to u = 0: 002's Σ(0)", Charts.LABEL, plot, true);
        Charts.style(chart);
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShapesVisible(1, true);
        r.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10));
        r.setSeriesPaint(1, Charts.PALETTE[1]);
        Charts.documentPoints(plot, "002: Σ(0) = log(2)/2 − 1/2 = " + Charts.number(Math.round(sigmaAtZero * 1e4) / 1e4),
                new double[] {0, sigmaAtZero});
        return chart;
    }

    static JFreeChart complexityChart(Map<String, double[][]> curves, Map<String, Double> energies, double groundState, double floor) {
        XYSeriesCollection data = new XYSeriesCollection();
        curves.forEach((name, xy) -> data.addSeries(series(name, xy[0], xy[1])));
        JFreeChart chart = ChartFactory.createXYLineChart("Near the bottom; grey: computed -E_0 .. -E_3, -E_inf",
                "energy per spin u", "rate of E Crt(u)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.addRangeMarker(new ValueMarker(0));
        energies.forEach((name, e) -> {
            boolean labelled = name.equals("-E_inf") || name.equals("-E_0");
            ValueMarker m = marker(-e, labelled ? name.replace('-', '−') + " = " + Charts.number(Math.round(-e * 1e4) / 1e4) : "");
            m.setPaint(java.awt.Color.GRAY);
            if (name.equals("-E_inf")) m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            if (name.equals("-E_inf")) m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            plot.addDomainMarker(m);
        });
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        Charts.style(chart);
        ValueMarker g = Charts.documentLine(plot, groundState, "002: E_gs ≈ " + Charts.number(groundState), false);
        g.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        g.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        ValueMarker f = Charts.documentLine(plot, floor, "004: floor −E_inf = " + Charts.number(Math.round(floor * 1e4) / 1e4), false);
        f.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        f.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return chart;
    }

    /**
     * Four panels: simulated Hessian density at N against the shifted semicircle, per energy u, and the semicircle with
     * the shift of 002's code, (p − 1)u with the registry's coefficient.
     */
    public static void spectra(List<double[][]> panels, double[] us, double codeShift, Path out) {
        Charts.save(spectraChart(panels, us, codeShift), out, 1300, 500);   // the report shows figures 1:1 in a column 1300 px wide
    }

    static JFreeChart spectraChart(List<double[][]> panels, double[] us, double codeShift) {
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new NumberAxis("density"));
        double radius = Math.sqrt(6);   // sqrt(p(p-1)) at p = 3: the semicircle on [-2 sqrt 6, 2 sqrt 6]
        for (int i = 0; i < us.length; i++) {
            double[][] d = panels.get(i);
            XYSeriesCollection c = new XYSeriesCollection();
            c.addSeries(series("simulated", d[0], d[1]));
            c.addSeries(series("shifted semicircle, shift p u (derived)", d[0], d[2]));
            double[] code = new double[d[0].length];
            for (int b = 0; b < code.length; b++) code[b] = Complexity.semicircleDensity((d[0][b] + codeShift * us[i]) / radius) / radius;
            c.addSeries(series("002's code: shift (p−1)u = " + Charts.number(codeShift) + "u", d[0], code));
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            r.setDrawSeriesLineAsPath(true);   // one dash pattern along a dashed curve
            for (int k = 0; k < 3; k++) r.setSeriesVisibleInLegend(k, i == 0);
            XYPlot p = new XYPlot(c, new NumberAxis("eigenvalue, u = " + us[i]), null, r);
            p.addDomainMarker(new ValueMarker(0));
            combined.add(p, 1);
        }
        JFreeChart chart = new JFreeChart("Hessian at a critical point of energy u: sqrt(6) GOE - 3u (p = 3), and 002's shift",
                Charts.TITLE, combined, true);
        Charts.style(chart);
        for (Object sub : combined.getSubplots()) {
            XYPlot p = (XYPlot) sub;
            p.getRenderer().setSeriesPaint(0, Charts.PALETTE[0]);
            p.getRenderer().setSeriesStroke(0, Charts.LINE);
            p.getRenderer().setSeriesPaint(1, Charts.PALETTE[1]);
            p.getRenderer().setSeriesStroke(1, Charts.DASHED);
            p.getRenderer().setSeriesPaint(2, java.awt.Color.BLACK);
            p.getRenderer().setSeriesStroke(2, new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER,
                    10f, new float[] {2f, 3f}, 0f));
        }
        return chart;
    }

    /** Fraction of negative eigenvalues against u: simulation, semicircle, and the shift of 002's code. */
    public static void negativeFraction(double[] u, double[] sim, double[] pred, double[] code, double eInf, Path out) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("simulated, N = 500", u, sim));
        data.addSeries(series("semicircle F(2u/E_inf)", u, pred));
        data.addSeries(series("002's code: shift (p−1)u", u, code));
        JFreeChart chart = ChartFactory.createXYLineChart("Index fraction of the Hessian against energy (p = 3)",
                "energy per spin u", "fraction of negative eigenvalues", data, PlotOrientation.VERTICAL, true, false, false);
        chart.getXYPlot().addDomainMarker(marker(-eInf, "-E_inf"));
        Charts.style(chart);
        chart.getXYPlot().getRenderer().setSeriesStroke(1, Charts.DASHED);   // lies on the simulation
        Charts.save(chart, out, 900, 560);
    }

    /** What 004 says descent reaches: the floor −E_inf, and "well above" the ground state read as above a midpoint. */
    public record Document004(double floor, double aboveMidpoint) {}

    /**
     * Final GD energy per spin against N (mean, min, max) with 004's floor and the computed ground state −E_0, and the
     * midpoint that 004-gd-separation reads "well above the ground state" as; {@code confirm} holds the confirmation run's
     * (N, mean) at the largest N, or is empty.
     */
    public static void gdEnergy(double[] n, double[] mean, double[] lo, double[] hi, double[] confirm, double e0, Document004 doc, Path out) {
        Charts.save(gdEnergyChart(n, mean, lo, hi, confirm, e0, doc), out, 900, 560);
    }

    static JFreeChart gdEnergyChart(double[] n, double[] mean, double[] lo, double[] hi, double[] confirm, double e0, Document004 doc) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("mean final energy", n, mean));
        data.addSeries(series("lowest run", n, lo));
        data.addSeries(series("highest run", n, hi));
        if (confirm.length == 2) data.addSeries(series("mean, confirmation seed", new double[] {confirm[0]}, new double[] {confirm[1]}));
        JFreeChart chart = ChartFactory.createXYLineChart("Projected GD on the dense p = 3 spin glass",
                "N", "final energy per spin", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(new XYLineAndShapeRenderer(true, true));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        Charts.style(chart);
        floorAndGround(plot, doc.floor(), e0);
        ValueMarker mid = Charts.documentLine(plot, doc.aboveMidpoint(), "004 'well above −E_0', read: above " + Charts.number(
                Math.round(doc.aboveMidpoint() * 1e4) / 1e4), true);
        mid.setStroke(new java.awt.BasicStroke(1.2f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
        mid.setLabelAnchor(RectangleAnchor.LEFT);
        mid.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        mid.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(14, 4, 0, 0));   // below −E_0's line, clear of the runs' curves
        double top = Arrays.stream(hi).max().orElse(-e0), bottom = Math.min(-e0, Arrays.stream(lo).min().orElse(-e0));
        plot.getRangeAxis().setRange(bottom - 0.12 * (top - bottom), top + 0.05 * (top - bottom));   // room for the labels under −E_0
        return chart;
    }

    /** 004's floor (the registry's value, labelled above its line) and the computed −E_0 (labelled below its own). */
    private static void floorAndGround(XYPlot plot, double floor, double e0) {
        Charts.documentLine(plot, floor, "004: floor −E_inf = " + Charts.number(Math.round(floor * 1e4) / 1e4), true);
        ValueMarker g = rangeMarker(-e0, "ground state −E_0 = " + Charts.number(Math.round(-e0 * 1e4) / 1e4) + " (N → ∞)");
        g.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        g.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(g);
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
     * F_sc(2u/E_inf) (the shift p u) and the law with 002's code shift (p−1)u; at u = 0 the fraction 002 states (the
     * registry's 1/2) beside the computed one, {intercept, SE} of the fit the claim decides on.
     */
    public static void criticalPoints(double[] u, double[] fraction, int n, double eInf, double documentHalf, double[] atZero, Path out) {
        Charts.save(criticalPointsChart(u, fraction, n, eInf, documentHalf, atZero), out, 900, 560);
    }

    static JFreeChart criticalPointsChart(double[] u, double[] fraction, int n, double eInf, double documentHalf, double[] atZero) {
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
        lines.addSeries(series("002's code: shift (p−1)u", grid, code));
        XYPlot plot = new XYPlot(points, new NumberAxis("energy per spin u"), new NumberAxis("index / (N - 1)"),
                new XYLineAndShapeRenderer(false, true));
        plot.setDataset(1, lines);
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        plot.addDomainMarker(marker(-1, "u = -1"));
        plot.addDomainMarker(marker(0, "u = 0"));
        YIntervalSeries fit = new YIntervalSeries(String.format(java.util.Locale.ROOT, "computed at u = 0 (OLS intercept): %.3f ± %.3f (± 2 SE)",
                atZero[0], atZero[1]));
        fit.add(0, atZero[0], atZero[0] - 2 * atZero[1], atZero[0] + 2 * atZero[1]);
        YIntervalSeriesCollection fitData = new YIntervalSeriesCollection();
        fitData.addSeries(fit);
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDefaultLinesVisible(false);
        plot.setDataset(2, fitData);
        plot.setRenderer(2, errors);
        JFreeChart chart = new JFreeChart("Index of critical points of dense p = 3 tensors (002's u = 0 and u = -1)",
                Charts.TITLE, plot, true);
        Charts.style(chart);
        plot.getRenderer(1).setSeriesPaint(0, Charts.PALETTE[1]);
        plot.getRenderer(1).setSeriesPaint(1, Charts.PALETTE[2]);
        plot.getRenderer(1).setSeriesStroke(1, Charts.DASHED);
        errors.setSeriesPaint(0, java.awt.Color.BLACK);
        Charts.documentPoints(plot, "002: half the eigenvalues negative at u = 0: " + Charts.number(documentHalf), new double[] {0, documentHalf});
        return chart;
    }

    /** What 002 gives for λ_min(u): its slope α, its threshold E_th, and λ_min at u = 0. */
    public record Document002(double alpha, double eTh, double atZero) {}

    /**
     * The smallest Riemannian Hessian eigenvalue over √ξ''(1) at random points of real tensors against u, with the line
     * fitted to them (α computed), the derived law −2 − (2/E_inf)u, and 002's −2 − αu with the registry's α, which
     * closes the gap at 002's E_th (the registry's value); 002's λ_min(0) = −2 as a ring. fit: {intercept, slope, SE of
     * the slope} of λ_min/√ξ''(1) on u.
     */
    public static void lambdaMin(double[] u, double[] lambda, double[] fit, double eInf, Document002 doc, Path out) {
        Charts.save(lambdaMinChart(u, lambda, fit, eInf, doc), out, 900, 560);
    }

    static JFreeChart lambdaMinChart(double[] u, double[] lambda, double[] fit, double eInf, Document002 doc) {
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(series("random points of dense tensors", u, lambda));
        double[] grid = {-1.8, 0.6};
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(series(String.format(java.util.Locale.ROOT, "computed: OLS fit, α = %.3f ± %.3f", -fit[1], fit[2]), grid,
                new double[] {fit[0] + fit[1] * grid[0], fit[0] + fit[1] * grid[1]}));
        lines.addSeries(series("derived: −2 − (2/E_inf) u, closes at −E_inf", grid, new double[] {-2 + 2 / eInf * 1.8, -2 - 2 / eInf * 0.6}));
        lines.addSeries(series("002: −2 − α u with α = " + Charts.number(Math.round(doc.alpha() * 1e4) / 1e4) + ", closes at E_th", grid,
                new double[] {-2 - doc.alpha() * grid[0], -2 - doc.alpha() * grid[1]}));
        XYPlot plot = new XYPlot(points, new NumberAxis("energy per spin u"), new NumberAxis("lambda_min / sqrt(xi''(1))"),
                new XYLineAndShapeRenderer(false, true));
        plot.setDataset(1, lines);
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        plot.addRangeMarker(new ValueMarker(0));
        plot.addDomainMarker(marker(-eInf, "-E_inf"));
        JFreeChart chart = new JFreeChart("Smallest Hessian eigenvalue against energy (002: lambda_min = -2 - alpha u)",
                Charts.TITLE, plot, true);
        Charts.style(chart);
        plot.getRenderer(1).setSeriesPaint(0, java.awt.Color.BLACK);
        plot.getRenderer(1).setSeriesPaint(1, Charts.PALETTE[1]);
        plot.getRenderer(1).setSeriesPaint(2, Charts.PALETTE[2]);
        plot.getRenderer(1).setSeriesStroke(2, Charts.DASHED);
        ValueMarker th = Charts.documentLine(plot, doc.eTh(), "002: E_th = " + Charts.number(Math.round(doc.eTh() * 1e4) / 1e4), false);
        th.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        th.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        Charts.documentPoints(plot, "002: λ_min → " + Charts.number(doc.atZero()) + " at u = 0", new double[] {0, doc.atZero()});
        return chart;
    }

    /**
     * The finite-N ground state per spin against N (mean over samples) with 004's floor and −E_0, and below it the fraction
     * of runs from random starts that reach it, with the fraction 004-modest-n-typical reads "essentially all the way" as.
     */
    public static void groundStates(double[] n, double[] ground, double[] fraction, double e0, double floor, double typical, Path out) {
        Charts.save(groundStatesChart(n, ground, fraction, e0, floor, typical), out, 900, 700);
    }

    static JFreeChart groundStatesChart(double[] n, double[] ground, double[] fraction, double e0, double floor, double typical) {
        NumberAxis nAxis = new NumberAxis("N");
        nAxis.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(nAxis);
        XYSeriesCollection top = new XYSeriesCollection();
        top.addSeries(series("ground state per spin (lowest of 2K descents)", n, ground));
        NumberAxis energy = new NumberAxis("energy per spin");
        double lo = Math.min(-e0, java.util.Arrays.stream(ground).min().orElse(-e0)), hi = java.util.Arrays.stream(ground).max().orElse(floor);
        energy.setRange(lo - 0.03, Math.max(hi, floor) + 0.02);   // the markers -E_0 and -E_inf stay in view
        XYPlot upper = new XYPlot(top, null, energy, new XYLineAndShapeRenderer(true, true));
        XYSeriesCollection bottom = new XYSeriesCollection();
        bottom.addSeries(series("fraction of runs reaching it", n, fraction));
        NumberAxis share = new NumberAxis("fraction of runs");
        share.setRange(0, 1);
        XYPlot lower = new XYPlot(bottom, null, share, new XYLineAndShapeRenderer(true, true));
        combined.add(upper, 1);
        combined.add(lower, 1);
        JFreeChart chart = new JFreeChart("Finite-N ground states of the dense p = 3 spin glass (004)", Charts.TITLE, combined, true);
        Charts.style(chart);
        for (Object sub : combined.getSubplots()) ((XYPlot) sub).getRenderer().setSeriesPaint(0, Charts.PALETTE[0]);
        floorAndGround(upper, floor, e0);
        Charts.documentLine(lower, typical, "004 'essentially all the way', read: a typical run, " + Charts.number(typical), true);
        return chart;
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
