package studies;

import java.nio.file.Path;
import java.util.List;
import lib.Charts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** eta_crit of the MNIST black box against M (left) and against the training length (right), with the paper's values. */
public final class Figure {
    private Figure() {}

    public static void render(Analysis a, double paper500, double paper5000, Path dir) {
        Charts.save(chart(a, true, paper500, paper5000), dir.resolve("eta-crit-vs-m"), 640, 480);
        Charts.save(chart(a, false, paper500, paper5000), dir.resolve("eta-crit-vs-epochs"), 640, 480);
    }

    static JFreeChart chart(Analysis a, boolean overM, double paper500, double paper5000) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (int np : a.cells.stream().mapToInt(Analysis.Cell::nParams).distinct().sorted().toArray()) {
            YIntervalSeries s = new YIntervalSeries("N_P = " + np + " (±1 SE)");
            for (Analysis.Cell c : a.series(np, overM)) {
                double x = overM ? c.m() : c.epochs();
                double f = Math.pow(10, c.log10Se());
                s.add(x, c.etaCrit(), c.etaCrit() / f, c.etaCrit() * f);
            }
            data.addSeries(s);
        }
        String xLabel = overM ? "field size M (spectral samples), " + a.baseEpochs + " epochs" : "epochs of the 60000 images, M = " + a.baseM;
        JFreeChart chart = ChartFactory.createXYLineChart("eta_crit of the MNIST black box", xLabel, "eta_crit", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(new org.jfree.chart.renderer.xy.XYErrorRenderer());
        LogAxis x = new LogAxis(xLabel);
        LogAxis y = new LogAxis("eta_crit");
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        double lo = Math.min(paper500, paper5000), hi = Math.max(paper500, paper5000);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            for (int k = 0; k < data.getItemCount(i); k++) {
                lo = Math.min(lo, data.getStartYValue(i, k));
                hi = Math.max(hi, data.getEndYValue(i, k));
            }
        }
        y.setRange(lo / 1.05, hi * 1.05);   // both of the paper's values in view, with their markers
        for (double p : List.of(paper500, paper5000)) {
            org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(p);
            m.setStroke(Charts.DASHED);
            m.setLabel("000: η_crit " + java.math.BigDecimal.valueOf(p).toPlainString() + " at N_P = " + (p == paper500 ? 500 : 5000));
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(m);
        }
        return Charts.style(chart);
    }
}
