package progress;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lib.Artifact;
import lib.Charts;
import lib.Provenance;
import lib.Schema;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Artifacts and the figure of stage progress-mlp: every start's loss curve, and per (width, optimiser, step) mean and spread. */
public final class MlpOutputs {
    private MlpOutputs() {}

    public static final Schema CURVES = Schema.of("progress-mlp-curves", 1, Schema.integer("width"), Schema.integer("params"),
            Schema.text("optimiser"), Schema.integer("start"), Schema.integer("step"), Schema.num("loss"));
    public static final Schema SPREAD = Schema.of("progress-mlp-spread", 1, Schema.integer("width"), Schema.integer("params"),
            Schema.text("optimiser"), Schema.integer("step"), Schema.integer("starts"), Schema.num("mean_loss"), Schema.num("sd_loss"),
            Schema.num("se_ln_sd"));

    public static void write(Path out, Provenance prov, MlpStudy.Result r) {
        List<List<?>> curves = new ArrayList<>(), spread = new ArrayList<>();
        for (Mlp.Curves c : r.curves()) {
            for (boolean adam : new boolean[] {false, true}) {
                String name = adam ? "adam" : "gd";
                for (int s = 0; s < c.starts(); s++) {
                    for (int k = 0; k <= c.steps(); k++) curves.add(List.of(c.width(), c.params(), name, s, k, c.loss(adam, s, k)));
                }
                for (int k = 0; k <= c.steps(); k++) {
                    double[] sp = MlpStudy.spread(c, adam, k);
                    spread.add(List.of(c.width(), c.params(), name, k, c.starts(), MlpStudy.meanLoss(c, adam, k), sp[0], sp[2]));
                }
            }
        }
        Artifact.write(out.resolve("mlp-curves.csv"), CURVES, prov, curves);
        Artifact.write(out.resolve("mlp-spread.csv"), SPREAD, prov, spread);
    }

    static final BasicStroke THIN = new BasicStroke(0.6f);

    /** One panel per width: every start's training-loss curve, GD and Adam (001's Figure 1 on this network). */
    public static void figure(Path dir, MlpStudy.Result r) {
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new LogAxis("training loss (mean cross-entropy), log scale"));
        for (Mlp.Curves c : r.curves()) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer ren = new XYLineAndShapeRenderer(true, false);
            int series = 0;
            for (boolean adam : new boolean[] {false, true}) {
                for (int s = 0; s < c.starts(); s++) {
                    XYSeries xy = new XYSeries((adam ? "adam" : "gd") + s, false, true);
                    for (int k = 0; k <= c.steps(); k++) xy.add(k, c.loss(adam, s, k));
                    data.addSeries(xy);
                    ren.setSeriesPaint(series, Charts.PALETTE[adam ? 1 : 0]);
                    ren.setSeriesStroke(series++, THIN);
                }
            }
            XYPlot plot = new XYPlot(data, new NumberAxis(String.format(Locale.ROOT, "full-batch step, width %d (N = %d)", c.width(),
                    c.params())), null, ren);
            plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
            plot.setBackgroundPaint(Color.WHITE);
            combined.add(plot);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("gradient descent", Charts.PALETTE[0]));
        legend.add(new LegendItem("Adam", Charts.PALETTE[1]));
        combined.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT, "001 Remark 1.2 on a one-hidden-layer perceptron: %d starts, MNIST subset of %d",
                r.curves().get(0).starts(), r.trainSize()), Charts.TITLE, combined, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(Charts.TICK);
        Charts.save(chart, dir.resolve("mlp-curves"), 1200, 560);
    }
}
