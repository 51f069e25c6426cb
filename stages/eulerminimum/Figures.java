package eulerminimum;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lib.Charts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Figure 7 of 000: left E χ(A_u) against u for several N, right u*(N) against N with -√N and one GD step. */
final class Figures {
    private Figures() {}

    static void figure7(Path dir, List<Curve> curves, List<Level.Result> levels, Map<Integer, Double> gd) {
        Charts.save(left(curves), dir.resolve("figure7-left"), 720, 480);
        Charts.save(right(levels, gd), dir.resolve("figure7-right"), 720, 480);
    }

    /** E χ of the sublevel set at the points u for one N. */
    record Curve(int n, double[] u, double[] echi) {}

    private static JFreeChart left(List<Curve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Curve c : curves) {
            XYSeries s = new XYSeries("N = " + c.n(), false);
            for (int i = 0; i < c.u().length; i++) s.add(c.u()[i], c.echi()[i]);
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Expected Euler characteristic of A_u = {φ ≤ u} ∩ B_N",
                "u", "E χ(A_u)", data, PlotOrientation.VERTICAL, true, false, false);
        Charts.style(chart);
        ((XYPlot) chart.getPlot()).setRenderer(lines(curves.size()));
        return chart;
    }

    private static JFreeChart right(List<Level.Result> levels, Map<Integer, Double> gd) {
        XYSeries min = new XYSeries("Exp. min.: E χ(A_u) = 1/2");
        XYSeries asym = new XYSeries("Asymp. min.: -√N (eq 28)");
        XYSeries step = new XYSeries("Exp. GD res.: E[Φ1 | η_opt] (eq 14)");
        for (Level.Result r : levels) {
            min.add(r.n(), r.uStar());
            asym.add(r.n(), -Math.sqrt(r.n()));
        }
        int nMax = levels.stream().mapToInt(Level.Result::n).max().orElse(0);
        gd.forEach((n, v) -> { if (n <= nMax) step.add((double) n, v); });
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(min);
        data.addSeries(step);
        data.addSeries(asym); // drawn last: it lies on u*(N) to within 1/(3√N)
        JFreeChart chart = ChartFactory.createXYLineChart("Expected minimum in the unit ball and one GD step",
                "N", "field value", data, PlotOrientation.VERTICAL, true, false, false);
        Charts.style(chart);
        XYLineAndShapeRenderer r = lines(3);
        r.setSeriesStroke(2, Charts.DASHED);
        r.setSeriesPaint(2, java.awt.Color.BLACK);
        r.setSeriesShapesVisible(0, true);
        ((XYPlot) chart.getPlot()).setRenderer(r);
        return chart;
    }

    private static XYLineAndShapeRenderer lines(int series) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < series; s++) {
            r.setSeriesPaint(s, Charts.PALETTE[s % Charts.PALETTE.length]);
            r.setSeriesStroke(s, Charts.LINE);
        }
        return r;
    }
}
