package progress;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lib.Charts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The stage's figures: cost curves of many runs, spread against N with the fitted rate, the sampler check, the black box. */
public final class Figures {
    private Figures() {}

    static final BasicStroke THIN = new BasicStroke(0.6f);

    /** Sample paths of the scaled cost at three N per algorithm (panels), and the N → ∞ limit curve. */
    public static void curves(Path dir, Study st) {
        long[] dims = st.s.dims();
        long[] show = dims.length <= 3 ? dims : new long[] {dims[0], dims[dims.length / 2], dims[dims.length - 1]};
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new NumberAxis("scaled cost f(x_k)/√N"));
        LegendItemCollection legend = new LegendItemCollection();
        for (int j = 0; j < show.length; j++) legend.add(new LegendItem("N = " + show[j], Charts.PALETTE[j]));
        legend.add(new LegendItem("N → ∞ limit (derived)", Color.BLACK));
        for (Algorithm a : st.algorithms) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            int series = 0;
            for (int j = 0; j < show.length; j++) {
                ExactRuns.Paths p = paths(st, a.name(), show[j]);
                for (int run = 0; run < Math.min(Outputs.PATHS_PER_SIZE, p.runs()); run++) {
                    XYSeries s = new XYSeries(a.name() + show[j] + "/" + run, false, true);
                    for (int k = 0; k <= p.steps(); k++) s.add(k, p.value(run, k));
                    data.addSeries(s);
                    r.setSeriesPaint(series, Charts.PALETTE[j]);
                    r.setSeriesStroke(series++, THIN);
                }
            }
            XYSeries lim = new XYSeries("limit " + a.name());
            double[] c = st.limits.get(a.name())[0];
            for (int k = 0; k < c.length; k++) lim.add(k, c[k]);
            data.addSeries(lim);
            r.setSeriesPaint(series, Color.BLACK);
            r.setSeriesStroke(series, Charts.DASHED);
            XYPlot plot = new XYPlot(data, new NumberAxis(a.name() + " step k"), null, r);
            plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);   // larger N and the limit on top
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(0xDDDDDD));
            plot.setRangeGridlinePaint(new Color(0xDDDDDD));
            combined.add(plot);
        }
        combined.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT,
                "Predictable progress: %d runs per N, η = %s/√N (momentum %s), exact path sampler", Outputs.PATHS_PER_SIZE,
                num(st.s.x()), num(st.s.momentum())), Charts.TITLE, combined, true);
        Charts.save(styleOnly(chart), dir.resolve("curves"), 1300, 560);
    }

    /**
     * Spread of the scaled cost at the last step against N (log-log), ± 1 SE, each pooled fit, and the rate N^rate the
     * rate claims test (the registry's −1/2, derived), through GD's fit at the largest N.
     */
    public static void spread(Path dir, Study st, double rate) {
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        XYSeriesCollection lines = new XYSeriesCollection();
        for (Algorithm a : st.algorithms) {
            SpreadFit.Fit f = ClaimChecks.last(st.fits.get(a.name()));
            YIntervalSeries s = new YIntervalSeries(String.format(Locale.ROOT, "%s (exact), b = %.3f ± %.3f", a.name(), f.b(), f.seB()));
            for (ExactRuns.Paths p : st.exact.get(a.name())) addSpread(s, p.dims(), column(p, f.step()));
            points.addSeries(s);
            lines.addSeries(fitLine(f, "fit " + a.name()));
        }
        for (Contrast.Runs c : List.of(st.contrastGd, st.contrastAdam)) {
            SpreadFit.Fit f = ClaimChecks.last(c == st.contrastAdam ? st.fitsAdam : st.fitsGdSpectral);
            YIntervalSeries s = new YIntervalSeries(String.format(Locale.ROOT, "%s (spectral, step %d), b = %.3f ± %.3f",
                    c.algorithm().name(), f.step(), f.b(), f.seB()));
            for (SpectralRuns.Paths p : c.paths()) {
                double[] v = new double[p.runs()];
                for (int i = 0; i < v.length; i++) v[i] = p.value(i, f.step());
                addSpread(s, p.dims(), v);
            }
            points.addSeries(s);
            lines.addSeries(fitLine(f, "fit " + c.algorithm().name() + " spectral"));
        }
        SpreadFit.Fit gd = ClaimChecks.last(st.fits.get(st.algorithms.get(0).name()));
        XYSeries law = new XYSeries("N^" + Charts.number(rate) + ", the rate derived for the claims rate-*");
        double top = SpreadFit.curve(gd, gd.maxDims());
        for (double n : new double[] {gd.minDims(), gd.maxDims()}) law.add(n, top * Math.pow(n / gd.maxDims(), rate));
        lines.addSeries(law);
        LogAxis x = new LogAxis("dimension N");
        LogAxis y = new LogAxis("SD across runs of f(x_k)/√N");
        XYErrorRenderer err = new XYErrorRenderer();
        err.setDefaultLinesVisible(false);
        XYPlot plot = new XYPlot(points, x, y, err);
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lr);
        JFreeChart chart = Charts.style(new JFreeChart(String.format(Locale.ROOT,
                "Spread at the last step against N, fitted ln SD = a + b ln N + c/N (exact step %d)", st.s.steps()), Charts.TITLE, plot, true));
        for (int i = 0; i < lines.getSeriesCount() - 1; i++) {
            lr.setSeriesStroke(i, Charts.DASHED);
            lr.setSeriesVisibleInLegend(i, false);
            lr.setSeriesPaint(i, Charts.PALETTE[i % Charts.PALETTE.length]);
            err.setSeriesPaint(i, Charts.PALETTE[i % Charts.PALETTE.length]);
        }
        lr.setSeriesPaint(lines.getSeriesCount() - 1, Color.BLACK);
        lr.setSeriesStroke(lines.getSeriesCount() - 1, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {2f, 3f}, 0f));
        Charts.save(chart, dir.resolve("spread"), 1000, 640);
    }

    /** The exact sampler against the spectral field: mean scaled cost and mean |∇f|²/N per step, and the N(0,1) variant. */
    public static void validation(Path dir, Study st) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new NumberAxis("step k (GD)"));
        for (String stat : new String[] {"mean_cost", "mean_grad2"}) {
            YIntervalSeriesCollection spec = new YIntervalSeriesCollection();
            XYSeriesCollection exact = new XYSeriesCollection();
            for (int n : st.s.valDims()) {
                YIntervalSeries s = new YIntervalSeries("spectral field, N = " + n + ", M = " + st.s.valM() + " (± 2 SE)");
                XYSeries e = new XYSeries("exact sampler, N = " + n);
                XYSeries v = new XYSeries("i.i.d. N(0,1) complement (wrong), N = " + n);
                e.add(0, stat.equals("mean_cost") ? 0 : 1);
                v.add(0, stat.equals("mean_cost") ? 0 : 1);
                for (Validation.Row r : st.validation) {
                    if (r.dims() != n || !r.statistic().equals(stat)) continue;
                    s.add(r.step(), r.spectral(), r.spectral() - 2 * r.seSpectral(), r.spectral() + 2 * r.seSpectral());
                    e.add(r.step(), r.exact());
                    v.add(r.step(), r.variant());
                }
                spec.addSeries(s);
                exact.addSeries(e);
                exact.addSeries(v);
            }
            XYErrorRenderer err = new XYErrorRenderer();
            err.setDefaultLinesVisible(false);
            NumberAxis y = new NumberAxis(stat.equals("mean_cost") ? "mean f(x_k)/√N" : "mean |∇f(x_k)|²/N");
            y.setAutoRangeIncludesZero(false);
            XYPlot plot = new XYPlot(spec, null, y, err);
            XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
            plot.setDataset(1, exact);
            plot.setRenderer(1, lr);
            for (int i = 0; i < st.s.valDims().length; i++) {
                Paint c = Charts.PALETTE[i];
                err.setSeriesPaint(i, c);
                lr.setSeriesPaint(2 * i, c);
                lr.setSeriesPaint(2 * i + 1, c);
                lr.setSeriesStroke(2 * i, Charts.LINE);
                lr.setSeriesStroke(2 * i + 1, Charts.DASHED);
                if (stat.equals("mean_grad2")) {
                    err.setSeriesVisibleInLegend(i, false);
                    lr.setSeriesVisibleInLegend(2 * i, false);
                    lr.setSeriesVisibleInLegend(2 * i + 1, false);
                }
            }
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(0xDDDDDD));
            plot.setRangeGridlinePaint(new Color(0xDDDDDD));
            combined.add(plot);
        }
        JFreeChart chart = new JFreeChart("Exact path sampler against the spectral field (000 eqs 29-31)", Charts.TITLE, combined, true);
        Charts.save(styleOnly(chart), dir.resolve("validation"), 1000, 760);
    }

    /** Training-loss curves of every start on the black box, one panel per N_P, GD and Adam. */
    public static void blackBox(Path dir, BlackBoxStudy.Result bb) {
        if (bb == null || bb.curves().isEmpty()) return;
        LogAxis lossAxis = new LogAxis("training loss (mean cross-entropy), log scale");
        lossAxis.setSmallestValue(1e-3);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(lossAxis);
        for (BlackBox.Curves c : bb.curves()) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            int series = 0;
            for (boolean adam : new boolean[] {false, true}) {
                for (int s = 0; s < c.starts(); s++) {
                    XYSeries xy = new XYSeries((adam ? "adam" : "gd") + s, false, true);
                    for (int k = 0; k <= c.steps(); k++) xy.add(k, c.loss(adam, s, k));
                    data.addSeries(xy);
                    r.setSeriesPaint(series, Charts.PALETTE[adam ? 1 : 0]);
                    r.setSeriesStroke(series++, THIN);
                }
            }
            XYPlot plot = new XYPlot(data, new NumberAxis("full-batch step, N_P = " + c.nParams()), null, r);
            plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
            plot.setBackgroundPaint(Color.WHITE);
            combined.add(plot);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("gradient descent", Charts.PALETTE[0]));
        legend.add(new LegendItem("Adam", Charts.PALETTE[1]));
        combined.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT, "001's motivating figure on the black box: %d starts, MNIST subset of %d, M = %d",
                bb.curves().get(0).starts(), bb.trainSize(), bb.m()), Charts.TITLE, combined, true);
        Charts.save(styleOnly(chart), dir.resolve("blackbox"), 1200, 560);
    }

    /**
     * The random quadratic: left, SD across runs of f(x_n)/N against N (± 1 SE) beside the derived √(∫ v_n dμ_sc / N);
     * right, the mean curve at the largest N beside the semicircle limit c_k and the collapsed-spectrum alternative.
     */
    public static void quadratic(Path dir, QuadraticProgress q) {
        int n = q.s.steps();
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        YIntervalSeries s = new YIntervalSeries(String.format(Locale.ROOT, "GD, step %d (tridiagonal sampler)", n));
        XYSeries derived = new XYSeries("derived √(∫ v dμ_sc / N)");
        for (RandomQuadratic.Runs r : q.runs) {
            addSpread(s, r.dims(), QuadraticProgress.column(r, n));
            derived.add(r.dims(), Math.sqrt(q.limit[n][1] / r.dims()));
        }
        points.addSeries(s);
        XYErrorRenderer err = new XYErrorRenderer();
        err.setDefaultLinesVisible(false);
        XYPlot spread = new XYPlot(points, new LogAxis("dimension N"), new LogAxis("SD across runs of f(x_n)/N"), err);
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
        lr.setSeriesPaint(0, Color.BLACK);
        lr.setSeriesStroke(0, Charts.DASHED);
        spread.setDataset(1, new XYSeriesCollection(derived));
        spread.setRenderer(1, lr);
        RandomQuadratic.Runs big = q.largest();
        XYSeriesCollection curves = new XYSeriesCollection();
        XYSeries mean = new XYSeries("mean at N = " + big.dims()), limit = new XYSeries("semicircle limit c_k (derived)"),
                collapsed = new XYSeries("spectrum collapsed to λ (alternative)");
        for (int k = 0; k <= n; k++) {
            mean.add(k, Stats.of(QuadraticProgress.column(big, k)).mean());
            limit.add(k, q.limit[k][0]);
            collapsed.add(k, q.collapsed[k][0]);
        }
        curves.addSeries(mean);
        curves.addSeries(limit);
        curves.addSeries(collapsed);
        XYLineAndShapeRenderer cr = new XYLineAndShapeRenderer(true, false);
        cr.setSeriesPaint(0, Charts.PALETTE[0]);
        cr.setSeriesPaint(1, Color.BLACK);
        cr.setSeriesStroke(1, Charts.DASHED);
        cr.setSeriesPaint(2, Charts.PALETTE[1]);
        cr.setSeriesStroke(2, Charts.DASHED);
        XYPlot curve = new XYPlot(curves, new NumberAxis("GD step k"), new NumberAxis("f(x_k)/N"), cr);
        JFreeChart left = Charts.style(new JFreeChart("Spread against N", Charts.TITLE, spread, true));
        JFreeChart right = Charts.style(new JFreeChart("Mean cost curve", Charts.TITLE, curve, true));
        Charts.save(left, dir.resolve("quadratic-spread"), 800, 560);
        Charts.save(right, dir.resolve("quadratic-curve"), 800, 560);
    }

    private static void addSpread(YIntervalSeries s, double dims, double[] v) {
        Stats.Moments m = Stats.of(v);
        s.add(dims, m.sd(), Math.max(m.sd() * 1e-3, m.sd() - m.seSd()), m.sd() + m.seSd());
    }

    private static XYSeries fitLine(SpreadFit.Fit f, String name) {
        XYSeries s = new XYSeries(name);
        for (int i = 0; i <= 40; i++) {
            double n = Math.exp(Math.log(f.minDims()) + i / 40.0 * (Math.log(f.maxDims()) - Math.log(f.minDims())));
            s.add(n, SpreadFit.curve(f, n));
        }
        return s;
    }

    private static double[] column(ExactRuns.Paths p, int k) {
        double[] v = new double[p.runs()];
        for (int r = 0; r < v.length; r++) v[r] = p.value(r, k);
        return v;
    }

    private static ExactRuns.Paths paths(Study st, String alg, long dims) {
        for (ExactRuns.Paths p : st.exact.get(alg)) if (p.dims() == dims) return p;
        throw new IllegalStateException("no runs at N = " + dims);
    }

    /** Fonts and background from the project style without recolouring the series set here. */
    private static JFreeChart styleOnly(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getLegend() != null) chart.getLegend().setItemFont(Charts.TICK);
        return chart;
    }

    static String num(double v) { return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v); }
}
