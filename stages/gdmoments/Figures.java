package gdmoments;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lib.Charts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Figures 3, 4 and 8 of 000, and the finite-M study, drawn from the data written to the artifacts. */
public final class Figures {
    private Figures() {}

    /** Figure 3: density of Φ1 (eq 10) for several η at N. */
    public static void figure3(Path dir, List<double[]> pdf) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (double mult : pdf.stream().mapToDouble(r -> r[2]).distinct().toArray()) {
            XYSeries s = new XYSeries(String.format(Locale.ROOT, "η = %.3g η_opt = %.4g", mult,
                    pdf.stream().filter(r -> r[2] == mult).findFirst().orElseThrow()[1]));
            for (double[] r : pdf) if (r[2] == mult) s.add(r[3], r[4]);
            data.addSeries(s);
        }
        int n = (int) pdf.get(0)[0];
        XYPlot plot = new XYPlot(data, new NumberAxis("φ1"), new NumberAxis("density of Φ1"), new XYLineAndShapeRenderer(true, false));
        Charts.save(Charts.style(new JFreeChart("Figure 3: density of Φ1 by integration of eq (10), N = " + n, plot)),
                dir.resolve("figure3"), 900, 560);
    }

    /** A value 000 prints for E[Φ1 | η_opt] at dimension n, in equation {@code where}. */
    public record Printed(int n, String where, double value) {}

    /** Figure 4: E[Φ1] at η_opt (eq 14, exact) against N, with the asymptote −√(N/e) and the values eqs (16)-(17) print. */
    public static void figure4(Path dir, List<double[]> optimum, List<Printed> printed) {
        Charts.save(figure4Chart(optimum, printed), dir.resolve("figure4"), 900, 560);
    }

    /** The chart of Figure 4; each printed value is a labelled ring beside the exact eq (14) at its N. */
    static JFreeChart figure4Chart(List<double[]> optimum, List<Printed> printed) {
        XYSeries exact = new XYSeries("exact E[Φ1 | η_opt], 000 eq (14)");
        XYSeries asym = new XYSeries("−√(N/e), 000 eq (16)");
        for (double[] r : optimum) {
            exact.add(r[0], r[2]);
            asym.add(r[0], r[3]);
        }
        XYSeriesCollection data = new XYSeriesCollection(exact);
        data.addSeries(asym);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, logAxis("N"), new NumberAxis("E[Φ1]"), renderer);
        JFreeChart chart = Charts.style(new JFreeChart("Figure 4: expected Φ1 after one step at η_opt", plot));
        renderer.setSeriesStroke(1, Charts.DASHED);
        renderer.setSeriesPaint(1, Color.BLACK);
        for (Printed p : printed) {
            String asPrinted = Charts.number(p.value());
            Charts.documentPoints(plot, String.format(Locale.ROOT, "000 eq (%s) as printed: %s at N = %d", p.where(), asPrinted, p.n()),
                    new double[] {p.n(), p.value()});
            XYPointerAnnotation label = new XYPointerAnnotation(String.format(Locale.ROOT, "printed %s; exact eq (14) %s at N = %d",
                    asPrinted, String.format(Locale.ROOT, "%.4f", Moments.meanAtOpt(p.n())).replace('-', '−'), p.n()), p.n(), p.value(),
                    p.n() == 1 ? Math.PI / 3 : -Math.PI / 4);   // below the curve at the left edge, above it further right
            if (p.n() == 1) label.setBaseRadius(70);
            label.setFont(Charts.LABEL);
            label.setTextAnchor(p.n() == 1 ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_RIGHT);
            label.setBackgroundPaint(new Color(255, 255, 255, 210));
            plot.addAnnotation(label);
        }
        return chart;
    }

    /**
     * eq (12)'s two lines against η at each N of the cross-checks: the closed form (its last line), its first line
     * E_ξ[v1] as printed, and Var Φ1 by quadrature of eq (10) and by Monte Carlo of the conditional model (± 1 SE).
     * The first line leaves out Var(m1), so it lies below the other three.
     */
    public static void eq12Lines(Path dir, List<CrossChecks.Row> cross) {
        Charts.save(eq12Chart(cross), dir.resolve("eq12-lines"), 900, 760);
    }

    static JFreeChart eq12Chart(List<CrossChecks.Row> cross) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(logAxis("learning rate η"));
        boolean first = true;
        for (int n : cross.stream().mapToInt(CrossChecks.Row::n).distinct().sorted().toArray()) {
            XYSeries closed = new XYSeries("000 eq (12), closed form (its last line)");
            XYSeries firstLine = new XYSeries("000 eq (12), first line E_ξ[v1] as printed");
            XYSeries quad = new XYSeries("Var Φ1 by quadrature of eq (10)");
            YIntervalSeries mc = new YIntervalSeries("Var Φ1, Monte Carlo of eqs (8)-(10) (± 1 SE)");
            double lo = Double.POSITIVE_INFINITY, hi = 0;
            for (CrossChecks.Row r : cross) {
                if (r.n() != n) continue;
                lo = Math.min(lo, r.eta());
                hi = Math.max(hi, r.eta());
                quad.add(r.eta(), r.varQuad());
                mc.add(r.eta(), r.varMc(), r.varMc() - r.varMcSe(), r.varMc() + r.varMcSe());
            }
            for (int i = 0; i <= 200; i++) {
                double eta = lo * Math.pow(hi / lo, i / 200.0);
                closed.add(eta, Moments.variance(n, eta));
                firstLine.add(eta, Moments.expectedV1(n, eta));
            }
            XYSeriesCollection lines = new XYSeriesCollection(closed);
            lines.addSeries(firstLine);
            XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
            lr.setDrawSeriesLineAsPath(true);   // one dash pattern along the curve
            XYPlot panel = new XYPlot(lines, null, new NumberAxis("Var Φ1, N = " + n), lr);
            XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
            panel.setDataset(1, new XYSeriesCollection(quad));
            panel.setRenderer(1, points);
            XYErrorRenderer errors = new XYErrorRenderer();
            errors.setDefaultLinesVisible(false);
            YIntervalSeriesCollection mcData = new YIntervalSeriesCollection();
            mcData.addSeries(mc);
            panel.setDataset(2, mcData);
            panel.setRenderer(2, errors);
            for (int r = 0; r < 3; r++) panel.getRenderer(r).setSeriesVisibleInLegend(0, first);
            panel.getRenderer(0).setSeriesVisibleInLegend(1, first);
            first = false;
            plot.add(panel, 1);
        }
        JFreeChart chart = Charts.style(new JFreeChart("eq (12): the closed form, its first line E_ξ[v1], and Var Φ1 computed", plot));
        for (Object sub : plot.getSubplots()) {
            XYPlot p = (XYPlot) sub;
            p.getRenderer(0).setSeriesPaint(0, Charts.PALETTE[0]);
            p.getRenderer(0).setSeriesPaint(1, Color.BLACK);
            p.getRenderer(0).setSeriesStroke(1, Charts.DASHED);
            p.getRenderer(1).setSeriesPaint(0, Charts.PALETTE[1]);
            p.getRenderer(1).setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
            p.getRenderer(2).setSeriesPaint(0, Charts.PALETTE[2]);
            p.setBackgroundPaint(Color.WHITE);
        }
        return chart;
    }

    /** Figure 8: simulated mean and variance (± 1 SE) against η, with eqs (11)-(12) and the finite-M mean. */
    /**
     * Figure 8 with fig8-var-confirm's variances beside the first run's (drawn at 1.04 η so the two sets of error bars
     * stay apart): the verdicts of fig8-var and fig8-var-confirm are visible on the lower panel.
     */
    public static void figure8(Path dir, List<Analysis.StepRow> rows, List<Analysis.StepRow> confirm, long confirmSeed) {
        Analysis.StepRow first = rows.get(0);
        int n = first.n();
        double lo = rows.stream().mapToDouble(Analysis.StepRow::eta).min().orElseThrow() / 1.2;
        double hi = rows.stream().mapToDouble(Analysis.StepRow::eta).max().orElseThrow() * 1.2;
        XYSeries mean = new XYSeries("000 eq (11)");
        XYSeries meanM = new XYSeries("finite-M mean, M = " + first.m() + " (derived)");
        XYSeries var = new XYSeries("000 eq (12)");
        for (int i = 0; i <= 300; i++) {
            double eta = lo * Math.pow(hi / lo, i / 300.0);
            mean.add(eta, Moments.mean(n, eta));
            meanM.add(eta, Moments.meanFiniteM(n, first.m(), eta));
            var.add(eta, Moments.variance(n, eta));
        }
        String label = String.format(Locale.ROOT, "field, M = %d, %d points (± 1 SE)", first.m(), first.s().n());
        YIntervalSeries sm = new YIntervalSeries(label);
        YIntervalSeries sv = new YIntervalSeries(label);
        for (Analysis.StepRow r : rows) {
            sm.add(r.eta(), r.s().mean(), r.s().mean() - r.s().meanSe(), r.s().mean() + r.s().meanSe());
            sv.add(r.eta(), r.s().variance(), r.s().variance() - r.s().varianceSe(), r.s().variance() + r.s().varianceSe());
        }
        XYSeriesCollection meanLines = new XYSeriesCollection(mean);
        meanLines.addSeries(meanM);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(logAxis("learning rate η"));
        XYPlot top = panel(meanLines, new YIntervalSeriesCollection(), sm, "mean of Φ1");
        YIntervalSeriesCollection varPoints = new YIntervalSeriesCollection();
        XYPlot bottom = panel(new XYSeriesCollection(var), varPoints, sv, "variance of Φ1");
        YIntervalSeries cv = new YIntervalSeries(String.format(Locale.ROOT, "confirmation, seed %d, %d points (± 1 SE)", confirmSeed,
                confirm.get(0).s().n()));
        for (Analysis.StepRow r : confirm) {
            cv.add(1.04 * r.eta(), r.s().variance(), r.s().variance() - r.s().varianceSe(), r.s().variance() + r.s().varianceSe());
        }
        varPoints.addSeries(cv);
        plot.add(top, 1);
        plot.add(bottom, 1);
        JFreeChart chart = Charts.style(new JFreeChart("Figure 8: one GD step on the simulated field, N = " + n, plot));
        colour(top);
        colour(bottom);
        Charts.save(chart, dir.resolve("figure8"), 900, 800);
    }

    /** The finite-M study: gap of the simulated mean from eq (11) at η_opt against 1/M, with the derived prediction. */
    public static void mStudy(Path dir, List<Analysis.StepRow> rows) {
        int n = rows.get(0).n();
        YIntervalSeries gap = new YIntervalSeries("simulated − 000 eq (11) (± 1 SE)");
        XYSeries pred = new XYSeries("derived finite-M mean − 000 eq (11)");
        double eta = Moments.etaOpt(n);
        double e11 = Moments.mean(n, eta);
        double maxInv = 0;
        for (Analysis.StepRow r : rows) {
            double g = r.s().mean() - e11;
            gap.add(1.0 / r.m(), g, g - r.s().meanSe(), g + r.s().meanSe());
            maxInv = Math.max(maxInv, 1.0 / r.m());
        }
        for (int i = 0; i <= 100; i++) {
            double inv = 1.2 * maxInv * i / 100;
            pred.add(inv, i == 0 ? 0 : Moments.meanFiniteM(n, 1 / inv, eta) - e11);
        }
        XYPlot plot = panel(new XYSeriesCollection(pred), new YIntervalSeriesCollection(), gap, "E[Φ1] gap at η_opt");
        plot.setDomainAxis(new NumberAxis("1/M"));
        JFreeChart chart = Charts.style(new JFreeChart("Finite-M bias of one GD step, N = " + n, plot));
        colour(plot);
        Charts.save(chart, dir.resolve("m-study"), 900, 560);
    }

    private static XYPlot panel(XYSeriesCollection lines, YIntervalSeriesCollection points, YIntervalSeries sim, String yLabel) {
        points.addSeries(sim);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(lines, null, y, lineRenderer);
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDefaultLinesVisible(false);
        plot.setDataset(1, points);
        plot.setRenderer(1, errors);
        return plot;
    }

    /** After Charts.style (whose theme resets subplot renderers): theory solid, finite-M dashed, simulation black. */
    private static void colour(XYPlot plot) {
        var lines = plot.getRenderer(0);
        for (int i = 0; i < plot.getDataset(0).getSeriesCount(); i++) {
            lines.setSeriesPaint(i, Charts.PALETTE[i]);
            lines.setSeriesStroke(i, i == 0 ? Charts.LINE : Charts.DASHED);
        }
        plot.getRenderer(1).setSeriesPaint(0, Color.BLACK);
        plot.getRenderer(1).setSeriesPaint(1, Charts.PALETTE[2]);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    }

    private static ValueAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setSmallestValue(1e-12);
        return axis;
    }
}
