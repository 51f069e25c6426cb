package eulerminimum;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lib.Charts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Figure 7 of 000: left E χ(A_u) against u for several N, with eqs (25)-(27) as printed at N = 2; right u*(N) against N
 * with -√N, one GD step and the values the document prints.
 */
final class Figures {
    private Figures() {}

    static void figure7(Path dir, List<Curve> curves, List<Level.Result> levels, Map<Integer, Double> gd, LeftMarks left, RightMarks right) {
        Charts.save(left(curves, left), dir.resolve("figure7-left"), 760, 520);
        Charts.save(right(levels, gd, right), dir.resolve("figure7-right"), 760, 520);
    }

    /** E χ of the sublevel set at the points u for one N. */
    record Curve(int n, double[] u, double[] echi) {}

    /**
     * What the left panel compares: eqs (25)-(27) as printed at N = 2 (a curve), the value eq25-literal-n2 takes from them
     * at level u, and the simulated χ there ({mean, SE}, moved to the disc; null without a field simulation).
     */
    record LeftMarks(Curve printed, double u, double printedValue, double[] simulated) {}

    /**
     * What the right panel compares: eq (28)'s printed value at N = {@code n}, the factor √e that §3.4 puts between u* and
     * one GD step, and the simulated mean minimum {N, mean, SE} at the N of the field simulation.
     */
    record RightMarks(int n, double printed, double sqrtE, List<double[]> minima) {}

    static JFreeChart left(List<Curve> curves, LeftMarks marks) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Curve c : curves) data.addSeries(curve("E χ(A_u), N = " + c.n(), c));
        data.addSeries(curve("000 eqs (25)-(27) as printed, N = 2", marks.printed()));
        JFreeChart chart = ChartFactory.createXYLineChart("Expected Euler characteristic of A_u = {φ ≤ u} ∩ B_N",
                "u", "E χ(A_u)", data, PlotOrientation.VERTICAL, true, false, false);
        Charts.style(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = lines(curves.size() + 1);
        r.setSeriesPaint(curves.size(), Color.BLACK);
        r.setSeriesStroke(curves.size(), Charts.DASHED);
        plot.setRenderer(r);
        if (marks.simulated() != null) {
            YIntervalSeries sim = new YIntervalSeries(String.format(Locale.ROOT, "simulated χ, N = 2, u = %s: %.3f ± %.3f (± 2 SE)",
                    Charts.number(marks.u()), marks.simulated()[0], marks.simulated()[1]));
            sim.add(marks.u(), marks.simulated()[0], marks.simulated()[0] - 2 * marks.simulated()[1], marks.simulated()[0] + 2 * marks.simulated()[1]);
            errorBars(plot, sim, Charts.PALETTE[1]);
        }
        Charts.documentPoints(plot, String.format(Locale.ROOT, "000 eqs (25)-(27) as printed at N = 2, u = %s: %s",
                Charts.number(marks.u()), Charts.number(marks.printedValue())), new double[] {marks.u(), marks.printedValue()});
        return chart;
    }

    static JFreeChart right(List<Level.Result> levels, Map<Integer, Double> gd, RightMarks marks) {
        XYSeries min = new XYSeries("u*(N): E χ(A_u) = 1/2, 000's expected minimum");
        XYSeries asym = new XYSeries("−√N, 000 eq (28)");
        XYSeries step = new XYSeries("E[Φ1 | η_opt], 000 eq (14) (gd-moments)");
        XYSeries scaled = new XYSeries("√e × E[Φ1 | η_opt]: 000 §3.4's factor " + Charts.number(marks.sqrtE()));
        for (Level.Result r : levels) {
            min.add(r.n(), r.uStar());
            asym.add(r.n(), -Math.sqrt(r.n()));
        }
        int nMax = levels.stream().mapToInt(Level.Result::n).max().orElse(0);
        gd.forEach((n, v) -> {
            if (n <= nMax) {
                step.add((double) n, v);
                scaled.add((double) n, marks.sqrtE() * v);
            }
        });
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(min);
        data.addSeries(step);
        data.addSeries(scaled);
        data.addSeries(asym); // drawn last: it lies on u*(N) to within 1/(3√N)
        JFreeChart chart = ChartFactory.createXYLineChart("Expected minimum in the unit ball and one GD step",
                "N", "field value", data, PlotOrientation.VERTICAL, true, false, false);
        Charts.style(chart);
        XYPlot plot = chart.getXYPlot();
        LogAxis n = new LogAxis("N");
        n.setSmallestValue(0.5);
        plot.setDomainAxis(n);
        XYLineAndShapeRenderer r = lines(4);
        r.setSeriesStroke(2, Charts.DASHED);
        r.setSeriesPaint(2, Charts.PALETTE[2]);
        r.setSeriesStroke(3, Charts.DASHED);
        r.setSeriesPaint(3, Color.BLACK);
        r.setSeriesShapesVisible(0, true);
        plot.setRenderer(r);
        if (!marks.minima().isEmpty()) {
            YIntervalSeries sim = new YIntervalSeries("simulated mean minimum over the ball (± 2 SE)");
            for (double[] m : marks.minima()) sim.add(m[0], m[1], m[1] - 2 * m[2], m[1] + 2 * m[2]);
            errorBars(plot, sim, Charts.PALETTE[3]);
        }
        Level.Result at = levels.stream().filter(l -> l.n() == marks.n()).findFirst().orElse(null);
        if (at != null) {
            Charts.documentPoints(plot, String.format(Locale.ROOT, "000 eq (28) as printed: %s at N = %d", Charts.number(marks.printed()),
                    marks.n()), new double[] {marks.n(), marks.printed()});
            XYPointerAnnotation label = new XYPointerAnnotation(String.format(Locale.ROOT, "printed %s; u*(%d) = %s",
                    Charts.number(marks.printed()), marks.n(), Charts.number(Math.round(at.uStar() * 1e3) / 1e3)), marks.n(), marks.printed(),
                    Math.PI);   // to the left, in the empty lower left, clear of the curves
            label.setFont(Charts.LABEL);
            label.setTextAnchor(TextAnchor.CENTER_RIGHT);
            label.setBackgroundPaint(new Color(255, 255, 255, 210));
            plot.addAnnotation(label);
        }
        return chart;
    }

    private static XYSeries curve(String name, Curve c) {
        XYSeries s = new XYSeries(name, false);
        for (int i = 0; i < c.u().length; i++) s.add(c.u()[i], c.echi()[i]);
        return s;
    }

    private static XYLineAndShapeRenderer lines(int series) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);   // one dash pattern along a dashed curve
        for (int s = 0; s < series; s++) {
            r.setSeriesPaint(s, Charts.PALETTE[s % Charts.PALETTE.length]);
            r.setSeriesStroke(s, Charts.LINE);
        }
        return r;
    }

    /** Simulated points with vertical error bars and no lines, as the plot's second dataset, in {@code paint}. */
    static void errorBars(XYPlot plot, YIntervalSeries series, java.awt.Paint paint) {
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        points.addSeries(series);
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDefaultLinesVisible(false);
        errors.setSeriesPaint(0, paint);
        plot.setDataset(1, points);
        plot.setRenderer(1, errors);
    }
}
