package deeplinear;

import java.nio.file.Path;
import java.util.List;
import lib.Charts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The stage's figure, from the data of its CSV artifacts. */
final class Figures {
    private Figures() {}

    /** Relative gaps below this are drawn at it (a log axis has no 0). */
    static final double FLOOR = 1e-16;

    /**
     * Every point the stage examined: its smallest Hessian eigenvalue over the largest |eigenvalue| against its relative
     * gap to the global minimum. Descent ends sit at the floor with no negative eigenvalue (local minima are global);
     * the two-layer critical points above it have a negative one (strict saddles); W = 0 at depth 3 sits above it with
     * none (a degenerate saddle). Rows: {depth, lambda_min_rel, relative_gap}.
     */
    static void landscape(List<double[]> runs, List<double[]> critical, Path out) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int depth = 2; depth <= 6; depth++) {
            XYSeries s = new XYSeries("descent end points, depth " + depth, false, true);
            for (double[] r : runs) if ((int) r[0] == depth) s.add(r[1], Math.max(r[2], FLOOR));
            if (s.getItemCount() > 0) data.addSeries(s);
        }
        XYSeries two = new XYSeries("critical points of depth 2 (Baldi-Hornik)", false, true);
        XYSeries zero = new XYSeries("W = 0 at depth 3", false, true);
        for (double[] c : critical) (c[0] == 2 ? two : zero).add(c[1], Math.max(c[2], FLOOR));
        data.addSeries(two);
        data.addSeries(zero);
        LogAxis gap = new LogAxis("(f - f*) / f*");
        gap.setSmallestValue(FLOOR / 10);
        XYPlot plot = new XYPlot(data, new NumberAxis("smallest Hessian eigenvalue / largest |eigenvalue|"), gap,
                new XYLineAndShapeRenderer(false, true));
        plot.addDomainMarker(new ValueMarker(0));
        JFreeChart chart = new JFreeChart("Deep linear networks (004 section 4): where descent ends, and the saddles",
                Charts.TITLE, plot, true);
        Charts.save(Charts.style(chart), out, 900, 560);
    }
}
