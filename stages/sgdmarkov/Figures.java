package sgdmarkov;

import lib.Stats;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lib.Charts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The stage's figures, drawn from the same numbers the artifacts hold (SVG and PNG via lib/Charts). */
public final class Figures {
    private Figures() {}

    private static final int W = 900, H = 580;

    /** Stationary histograms of eq (4) on the quadratic against the Gibbs density and the derived exact density. */
    public static void quadratic(Path dir, QuadraticStudy q) {
        XYSeriesCollection lines = new XYSeriesCollection(), points = new XYSeriesCollection();
        for (double al : new double[] {0.5, 1.5}) {
            GaussianChain.Run r = q.at(al);
            if (r == null) continue;
            long total = 0;
            for (long c : r.histogram()) total += c;
            int bins = r.histogram().length;
            double width = 2 * r.halfWidth() / bins;
            XYSeries sim = new XYSeries(fmt("eq (4) chain, αλ = %.2g", al)), exact = new XYSeries(fmt("derived N(0, 1/(βλ(1 − αλ/2))), αλ = %.2g", al));
            for (int b = 0; b < bins; b++) {
                double x = -r.halfWidth() + (b + 0.5) * width;
                sim.add(x, r.histogram()[b] / (total * width));
            }
            for (int i = 0; i <= 200; i++) {
                double x = -r.halfWidth() + 2 * r.halfWidth() * i / 200;
                exact.add(x, Outputs.normal(x, r.exact()));
            }
            points.addSeries(sim);
            lines.addSeries(exact);
        }
        XYSeries gibbs = new XYSeries("003 §3.3: Gibbs e^{−βf}/Z, 1/β = 1, the stationary law it states");
        for (int i = 0; i <= 200; i++) {
            double x = -5 + 10.0 * i / 200;
            gibbs.add(x, Outputs.normal(x, QuadraticStudy.TEMPERATURE / QuadraticStudy.LAMBDA));
        }
        lines.addSeries(gibbs);
        XYPlot plot = overlay(points, lines, new NumberAxis("x"), new NumberAxis("stationary density"));
        JFreeChart chart = Charts.style(new JFreeChart("Quadratic f = x²/2: stationary law of eq (4) against Gibbs", plot));
        for (int i = 0; i < points.getSeriesCount(); i++) paint(plot, i, Charts.PALETTE[i], Charts.PALETTE[i]);
        black(plot, lines.getSeriesCount() - 1);
        Charts.save(chart, dir.resolve("quadratic-stationary"), W, H);
    }

    /**
     * The temperature of eq (3) on f = x²/2: the stationary histogram of the temperature run against the Gibbs densities
     * at the two temperatures 003 gives, 1/β = c α/l with each claim's c from the registry (§3.3: 1/2; Remark 16: 1).
     */
    public static void temperature(Path dir, QuadraticStudy q, double half, double remark16) {
        Charts.save(temperatureChart(q.temperature, half, remark16), dir.resolve("temperature"), W, H);
    }

    static JFreeChart temperatureChart(GaussianChain.Run r, double half, double remark16) {
        XYSeriesCollection lines = new XYSeriesCollection(), points = new XYSeriesCollection();
        long total = 0;
        for (long c : r.histogram()) total += c;
        int bins = r.histogram().length;
        double width = 2 * r.halfWidth() / bins, batch = r.alpha() * r.alpha() / r.q();
        XYSeries sim = new XYSeries(fmt("eq (3) chain, αλ = %.3g, l = %.3g: l λ Var/α = %.3f", r.alpha() * r.lambda(), batch,
                batch * r.lambda() * r.variance()[0] / r.alpha()));
        for (int b = 0; b < bins; b++) sim.add(-r.halfWidth() + (b + 0.5) * width, r.histogram()[b] / (total * width));
        points.addSeries(sim);
        String[] where = {"003 §3.3: 1/β = α/(2l)", "003 Remark 16: 1/β = α/l"};
        double[] c = {half, remark16};
        for (int k = 0; k < 2; k++) {
            double t = c[k] * r.alpha() / batch;
            XYSeries g = new XYSeries(fmt("%s, Gibbs e^{−βf}/Z: l λ Var/α = %s", where[k], Charts.number(c[k])));
            for (int i = 0; i <= 200; i++) {
                double x = -r.halfWidth() + 2 * r.halfWidth() * i / 200;
                g.add(x, Outputs.normal(x, t / r.lambda()));
            }
            lines.addSeries(g);
        }
        XYPlot plot = overlay(points, lines, new NumberAxis("x"), new NumberAxis("stationary density"));
        JFreeChart chart = Charts.style(new JFreeChart("The temperature of eq (3) on f = x²/2 against 003's two", plot));
        paint(plot, 0, Color.BLACK, Charts.PALETTE[0]);
        plot.getRenderer(0).setSeriesStroke(0, Charts.DASHED);
        plot.getRenderer(0).setSeriesPaint(1, Charts.PALETTE[1]);
        return chart;
    }

    /** x1-marginals of the stationary law of eq (3) on the slice at the largest and smallest step, against Gibbs. */
    public static void sliceStationary(Path dir, SliceStudy s) {
        Bins bins = SliceStudy.BINS;
        int nb = bins.perAxis();
        double width = 2 * bins.halfWidth() / nb;
        XYSeriesCollection points = new XYSeriesCollection(), lines = new XYSeriesCollection();
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (SliceStudy.Point p : s.sweep) {
            lo = Math.min(lo, p.run().alpha());
            hi = Math.max(hi, p.run().alpha());
        }
        for (double a : new double[] {hi, lo}) {
            SliceStudy.Point p = s.sweepAt(a);
            double[] m = Outputs.marginal(p.run().frequencies(0, 1), nb);
            XYSeries sim = new XYSeries(fmt("eq (3), α = %.3g, l = %.3g", p.run().alpha(), p.run().batch()));
            for (int i = 0; i < nb; i++) sim.add(-bins.halfWidth() + (i + 0.5) * width, m[i] / width);
            points.addSeries(sim);
        }
        double[] g = Outputs.marginal(s.gibbs.binMasses(SliceStudy.TEMPERATURE, bins), nb);
        XYSeries gibbs = new XYSeries(fmt("003 §3.3: Gibbs e^{−βf}/Z by quadrature, 1/β = α/(2l) = %.4g", SliceStudy.TEMPERATURE));
        for (int i = 0; i < nb; i++) gibbs.add(-bins.halfWidth() + (i + 0.5) * width, g[i] / width);
        lines.addSeries(gibbs);
        XYPlot plot = overlay(points, lines, new NumberAxis("x1"), new NumberAxis("marginal density of x1"));
        JFreeChart chart = Charts.style(new JFreeChart("Random-field slice: stationary x1-marginal against Gibbs", plot));
        for (int i = 0; i < points.getSeriesCount(); i++) plot.getRenderer(1).setSeriesPaint(i, Charts.PALETTE[i + 1]);
        black(plot, 0);
        Charts.save(chart, dir.resolve("slice-stationary"), W, H);
    }

    /** The landscape on [-6, 6]^2 with its local minima (the global one first). */
    public static void landscape(Path dir, SliceStudy s) {
        int grid = 61;
        double[][] xyz = new double[3][grid * grid];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < grid; i++) {
            for (int j = 0; j < grid; j++) {
                double x = -6 + 12.0 * i / (grid - 1), y = -6 + 12.0 * j / (grid - 1), f = s.landscape.value(x, y);
                xyz[0][i * grid + j] = x;
                xyz[1][i * grid + j] = y;
                xyz[2][i * grid + j] = f;
                lo = Math.min(lo, f);
                hi = Math.max(hi, f);
            }
        }
        LookupPaintScale scale = new LookupPaintScale(lo, hi + 1e-9, Color.WHITE);
        int levels = 24;
        for (int k = 0; k < levels; k++) {
            float t = (float) k / (levels - 1);
            scale.add(lo + (hi - lo) * k / levels, new Color(0.15f + 0.85f * t, 0.3f + 0.7f * t, 0.55f + 0.45f * t));
        }
        XYLineAndShapeRenderer background = new XYLineAndShapeRenderer(false, false);
        background.addAnnotation(Charts.heatMap(xyz, 12.0 / (grid - 1), 12.0 / (grid - 1), scale), Layer.BACKGROUND);
        XYPlot plot = new XYPlot(null, new NumberAxis("x1"), new NumberAxis("x2"), background);
        XYSeriesCollection mins = new XYSeriesCollection();
        XYSeries global = new XYSeries("global minimum"), local = new XYSeries("other local minima");
        List<double[]> m = s.gibbs.minima();
        for (int k = 0; k < m.size(); k++) {
            if (Math.abs(m.get(k)[0]) > 6 || Math.abs(m.get(k)[1]) > 6) continue;
            (k == 0 ? global : local).add(m.get(k)[0], m.get(k)[1]);
        }
        mins.addSeries(global);
        mins.addSeries(local);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        plot.setDataset(1, mins);
        plot.setRenderer(1, marks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = Charts.style(new JFreeChart(fmt("The landscape f = (φ + |x|²/8)/8 (2-D field slice, M = %d)",
                s.landscape.field().m()), plot));
        marks.setSeriesPaint(0, Color.RED);
        marks.setSeriesPaint(1, Color.BLACK);
        marks.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        marks.setSeriesShape(1, new Ellipse2D.Double(-3, -3, 6, 6));
        NumberAxis axis = new NumberAxis("f");
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        Charts.save(chart, dir.resolve("slice-landscape"), 760, 680);
    }

    /** Total variation to Gibbs against the step: the slice (with its noise floor) and the quadratic's closed form. */
    public static void distance(Path dir, SliceStudy s, QuadraticStudy q) {
        XYSeriesCollection points = new XYSeriesCollection(), lines = new XYSeriesCollection();
        XYSeries tv = new XYSeries("slice: TV(chain histogram, Gibbs) at 1/β = α/(2l) = 1/16");
        XYSeries floor = new XYSeries("slice: sampling floor, TV between halves of the chains / 2");
        for (SliceStudy.Point p : s.sweep) {
            tv.add(p.run().alpha(), p.tv());
            floor.add(p.run().alpha(), p.tvHalves() / 2);
        }
        points.addSeries(tv);
        points.addSeries(floor);
        XYSeries quad = new XYSeries("quadratic (λ = 1): TV(derived stationary law, Gibbs), exact");
        for (int i = 0; i <= 100; i++) {
            double al = 1e-3 * Math.pow(1.9 / 1e-3, i / 100.0);
            quad.add(al, GaussianChain.totalVariation(GaussianChain.stationaryVariance(al, 1, 2 * al), 1));
        }
        lines.addSeries(quad);
        XYPlot plot = overlay(points, lines, logAxis("step α (quadratic: αλ)"), logAxis("total variation distance to Gibbs"));
        JFreeChart chart = Charts.style(new JFreeChart("Distance of the stationary law to e^{−βf}/Z against the step", plot));
        Charts.save(chart, dir.resolve("distance-to-gibbs"), W, H);
    }

    /** Theorem 7's floor against alpha for l = 1, 2, 4, 8 (multi-dimensional problem): exact and the bound. */
    public static void floors(Path dir, LsStudy st) {
        XYSeriesCollection lines = new XYSeriesCollection();
        for (int l : LsStudy.FIGURE_BATCHES) {
            XYSeries exact = new XYSeries(fmt("exact floor, l = %d", l)), bound = new XYSeries(fmt("003 Theorem 7's bound αLσ0/(2m), l = %d", l));
            for (LsStudy.FloorPoint f : st.floors) {
                if (!f.problem().equals("multi") || f.batch() != l) continue;
                exact.add(f.alpha(), f.exactFloor());
                if (!Double.isNaN(f.boundFloor())) bound.add(f.alpha(), f.boundFloor());
            }
            lines.addSeries(exact);
            lines.addSeries(bound);
        }
        YIntervalSeriesCollection sim = new YIntervalSeriesCollection();
        YIntervalSeries mc = new YIntervalSeries("simulated SGD, l = 1 (± 1 SE)");
        double[] m = Stats.meanSe(st.simulatedFloor);
        mc.add(st.simulatedAlpha, m[0], m[0] - m[1], m[0] + m[1]);
        sim.addSeries(mc);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(lines, logAxis("step α"), logAxis("lim E f(x_t) − f*"), r);
        XYErrorRenderer e = new XYErrorRenderer();
        e.setDefaultLinesVisible(false);
        plot.setDataset(1, sim);
        plot.setRenderer(1, e);
        JFreeChart chart = Charts.style(new JFreeChart("Theorem 7 and Remark 9: the floor against α and l (least squares, d = 5)", plot));
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            r.setSeriesPaint(i, Charts.PALETTE[i / 2]);
            r.setSeriesStroke(i, i % 2 == 0 ? Charts.LINE : Charts.DASHED);
        }
        e.setSeriesPaint(0, Color.BLACK);
        Charts.save(chart, dir.resolve("theorem7-floor"), W, H);
    }

    /**
     * Theorem 8 on log-log axes: exact gaps for both alpha0, the runs' mean, and the reference C (t + t0)^slope with the
     * slope Theorem 8 gives (the registry's −1), through the last exact gap.
     */
    public static void decay(Path dir, LsStudy st, double slope) {
        Charts.save(decayChart(st, slope), dir.resolve("theorem8-decay"), W, H);
    }

    static JFreeChart decayChart(LsStudy st, double slope) {
        XYSeriesCollection lines = new XYSeriesCollection(), points = new XYSeriesCollection();
        for (LsStudy.Decay d : st.decays) {
            Theorem8.Schedule s = d.schedule();
            XYSeries ex = new XYSeries(fmt("exact, %s (slope %.3f)", d.label(), d.exactSlope()));
            int[] cp = s.checkpoints();
            for (int j = 0; j < cp.length; j++) ex.add(cp[j] + s.t0(), d.exact()[j]);
            lines.addSeries(ex);
            if (d.runsMean() != null) {
                XYSeries mc = new XYSeries(fmt("%d SGD runs, %s (slope %.3f ± %.3f)", st.decayRuns(), d.label(), d.runsSlope()[0],
                        d.runsSlope()[1]));
                for (int j = 0; j < cp.length; j++) mc.add(cp[j] + s.t0(), d.runsMean()[j]);
                points.addSeries(mc);
                XYSeries ref = new XYSeries("003 Theorem 8: C (t + t0)^" + Charts.number(slope) + ", slope " + Charts.number(slope));
                double c = d.exact()[cp.length - 1] / Math.pow(cp[cp.length - 1] + s.t0(), slope);
                for (int j = 0; j < cp.length; j++) ref.add(cp[j] + s.t0(), c * Math.pow(cp[j] + s.t0(), slope));
                lines.addSeries(ref);
            }
        }
        XYPlot plot = overlay(points, lines, logAxis("t + t0"), logAxis("E f(x_t) − f*"));
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);   // Theorem 8's line over the exact gap it lies on
        JFreeChart chart = Charts.style(new JFreeChart("Theorem 8: α_t = α0/(t + t0) (least squares, d = 5)", plot));
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            if (lines.getSeriesKey(i).toString().startsWith("003 Theorem 8")) black(plot, i);
            else plot.getRenderer(0).setSeriesPaint(i, Charts.PALETTE[i == 0 ? 0 : 2]);
        }
        if (points.getSeriesCount() > 0) plot.getRenderer(1).setSeriesPaint(0, Charts.PALETTE[0]);
        return chart;
    }

    /** Real SGD on MNIST: stationary variance along H's eigenvectors against the model and Assumption 14. */
    public static void realSgd(Path dir, MnistStudy m) {
        RealSgd.Spectrum s = m.spectrum;
        double[] real = m.base.directionVariances(), model = RealSgd.modelVariances(s, m.base.alpha(), m.base.batch(), false),
                a14 = RealSgd.modelVariances(s, m.base.alpha(), m.base.batch(), true);
        double max = 0;
        for (double v : s.sigmaDiag()) max = Math.max(max, v);
        XYSeries r = new XYSeries("real SGD"), mo = new XYSeries("eq (3) with the true gradient covariance"),
                a = new XYSeries("003 Assumption 14: eq (3) with covariance I");
        for (int k = 0; k < s.d(); k++) {
            if (s.sigmaDiag()[k] < 1e-6 * max || real[k] <= 0) continue;
            r.add(s.h()[k], real[k]);
            mo.add(s.h()[k], model[k]);
            a.add(s.h()[k], a14[k]);
        }
        XYSeriesCollection data = new XYSeriesCollection(r);
        data.addSeries(mo);
        data.addSeries(a);
        XYLineAndShapeRenderer ren = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, logAxis("eigenvalue h_k of the Hessian at w*"), logAxis("stationary variance along u_k"), ren);
        JFreeChart chart = Charts.style(new JFreeChart(fmt("MNIST even/odd, n = %d: real SGD (α = %.3g, l = %d) against the model",
                m.items, m.base.alpha(), m.base.batch()), plot));
        for (int i = 0; i < 3; i++) ren.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        Charts.save(chart, dir.resolve("real-sgd-spread"), W, H);
    }

    /** Annealing: fraction of runs ending in the global basin against the stage length, with the Gibbs masses. */
    public static void annealing(Path dir, SliceStudy s) {
        XYSeriesCollection points = new XYSeriesCollection(), lines = new XYSeriesCollection();
        long maxTau = 1;
        for (SliceStudy.Anneal a : s.anneal) maxTau = Math.max(maxTau, a.stageSteps());
        for (String schedule : new String[] {"moderate", "cold"}) {
            XYSeries f = new XYSeries(schedule + " schedule");
            double tf = 0;
            for (SliceStudy.Anneal a : s.anneal) {
                if (!a.schedule().equals(schedule)) continue;
                f.add(a.stageSteps() + 1, a.fractionGlobal()[0]);
                tf = a.finalTemperature();
            }
            double pg = s.gibbs.basinMasses(tf)[0];
            XYSeries g = new XYSeries(fmt("003 Remark 16: Gibbs mass of the global basin at the final 1/β = %.4g", tf));
            g.add(1, pg);
            g.add(maxTau + 1, pg);
            points.addSeries(f);
            lines.addSeries(g);
        }
        XYPlot plot = overlay(points, lines, logAxis("steps per stage + 1 (1: gradient descent only)"),
                new NumberAxis("fraction of runs in the global minimum's basin"));
        JFreeChart chart = Charts.style(new JFreeChart("Remark 16's annealing on the field slice", plot));
        ((XYLineAndShapeRenderer) plot.getRenderer(1)).setDefaultLinesVisible(true);
        for (int i = 0; i < points.getSeriesCount(); i++) {
            paint(plot, i, Charts.PALETTE[i], Charts.PALETTE[i]);
            plot.getRenderer(0).setSeriesStroke(i, Charts.DASHED);
            plot.getRenderer(1).setSeriesStroke(i, Charts.LINE);
        }
        Charts.save(chart, dir.resolve("annealing"), W, H);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** Points (shapes, renderer 1) over lines (renderer 0). */
    private static XYPlot overlay(XYSeriesCollection points, XYSeriesCollection lines, ValueAxis x, ValueAxis y) {
        XYLineAndShapeRenderer curves = new XYLineAndShapeRenderer(true, false);
        curves.setDrawSeriesLineAsPath(true);   // a dashed curve keeps one dash pattern along its many points
        XYPlot plot = new XYPlot(lines, x, y, curves);
        XYLineAndShapeRenderer shapes = new XYLineAndShapeRenderer(false, true);
        plot.setDataset(1, points);
        plot.setRenderer(1, shapes);
        return plot;
    }

    /** Line series i and point series i in the given colours (after Charts.style, which offsets the second renderer's). */
    private static void paint(XYPlot plot, int i, java.awt.Paint line, java.awt.Paint point) {
        plot.getRenderer(0).setSeriesPaint(i, line);
        plot.getRenderer(1).setSeriesPaint(i, point);
    }

    /** Line series i black and dashed: the reference curve. */
    private static void black(XYPlot plot, int i) {
        plot.getRenderer(0).setSeriesPaint(i, Color.BLACK);
        plot.getRenderer(0).setSeriesStroke(i, Charts.DASHED);
    }

    private static ValueAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setSmallestValue(1e-12);
        return axis;
    }

    static String fmt(String f, Object... args) { return String.format(Locale.ROOT, f, args); }
}
