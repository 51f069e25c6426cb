package geometry;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lib.Charts;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Figures 2 and 6 of 000 and the pictures behind this stage's claims (Ξ0² law, random search), from the study data. */
public final class Figures {
    private Figures() {}

    /** 000 Figure 2: φ around x0 (heat map), the unit circle (the correlation length), the ray x0 − η∇φ(x0), the step at η_opt. */
    public static void figure2(Path dir, Study.StepPicture sp) {
        double[] c = sp.coordinates();
        int g = c.length;
        double[][] xyz = new double[3][g * g];
        double max = 0;
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) {
                xyz[0][i * g + j] = c[i];
                xyz[1][i * g + j] = c[j];
                xyz[2][i * g + j] = sp.phi()[i][j];
                max = Math.max(max, Math.abs(sp.phi()[i][j]));
            }
        }
        double w = c[1] - c[0];
        Charts.Diverging scale = new Charts.Diverging(-Math.ceil(max * 2) / 2, Math.ceil(max * 2) / 2);
        NumberAxis x = new NumberAxis("x_1"), y = new NumberAxis("x_2");
        for (NumberAxis a : new NumberAxis[] {x, y}) a.setRange(c[0] - w / 2, c[g - 1] + w / 2);
        XYPlot plot = new XYPlot(null, x, y, new XYLineAndShapeRenderer(false, false));
        plot.getRenderer().addAnnotation(Charts.heatMap(xyz, w, w, scale), Layer.BACKGROUND);
        plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(-1, -1, 2, 2), Charts.DASHED, Color.DARK_GRAY));
        double[] e = sp.etas();
        double gx = sp.gradient()[0], gy = sp.gradient()[1];
        plot.addAnnotation(new XYLineAnnotation(0, 0, -e[e.length - 1] * gx, -e[e.length - 1] * gy, Charts.DASHED, Color.BLACK));
        double x1 = -sp.etaOpt() * gx, y1 = -sp.etaOpt() * gy;
        double angle = Math.atan2(y1, x1) + Math.PI;
        XYPointerAnnotation step = new XYPointerAnnotation("x1", x1, y1, angle);
        step.setArrowLength(Math.hypot(x1, y1) > 0 ? 60 : 0);
        step.setTipRadius(0);
        step.setBaseRadius(60);
        step.setArrowStroke(new BasicStroke(2.2f));
        step.setArrowPaint(Color.BLACK);
        step.setFont(Charts.LABEL);
        step.setTextAnchor(TextAnchor.BOTTOM_CENTER);
        plot.addAnnotation(step);
        plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(-0.06, -0.06, 0.12, 0.12), new BasicStroke(1f), Color.BLACK, Color.BLACK));
        XYTextAnnotation label = new XYTextAnnotation("x0", 0.12, -0.12);
        label.setFont(Charts.LABEL);
        plot.addAnnotation(label);
        int opt = nearest(e, sp.etaOpt());
        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT, "First GD step on a 2-D realisation (M = %d): phi(x0) = %.3f,"
                + " phi(x1) = %.3f at eta_opt = 1/sqrt 3 (000 Figure 2)", sp.m(), sp.phi0(), sp.rayPhi()[opt]), Charts.TITLE, plot, false);
        Charts.style(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis("phi"));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        legend.setStripWidth(14);
        chart.addSubtitle(legend);
        Charts.save(chart, dir.resolve("figure2"), 760, 680);
    }

    /** 000 Figure 6: A_u = {φ ≤ u} ∩ B_2 of one realisation at each level, with χ(A_u) counted on the grid; three panels a row. */
    public static void figure6(Path dir, Study.ExcursionPicture ep) {
        int g = ep.grid().length;
        double w = 2.0 / (g - 1);
        List<JFreeChart> panels = new ArrayList<>();
        for (int l = 0; l < ep.levels().length; l++) {
            double u = ep.levels()[l];
            int count = 0;
            for (double[] row : ep.grid()) for (double v : row) if (!Double.isNaN(v)) count++;
            double[][] xyz = new double[3][count];
            int k = 0;
            for (int i = 0; i < g; i++) {
                for (int j = 0; j < g; j++) {
                    double v = ep.grid()[i][j];
                    if (Double.isNaN(v)) continue;
                    xyz[0][k] = Excursions.coordinate(i, g);
                    xyz[1][k] = Excursions.coordinate(j, g);
                    xyz[2][k++] = v <= u ? 1 : 0;
                }
            }
            XYPlot p = new XYPlot(null, axis("x_1", 1.05), axis("x_2", 1.05), new XYLineAndShapeRenderer(false, false));
            p.getRenderer().addAnnotation(Charts.heatMap(xyz, w, w, new TwoColour()), Layer.BACKGROUND);
            p.setDomainGridlinesVisible(false);
            p.setRangeGridlinesVisible(false);
            p.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(-1, -1, 2, 2), new BasicStroke(1f), Color.GRAY));
            JFreeChart panel = new JFreeChart(String.format(Locale.ROOT, "u = %.2f, chi = %d", u, ep.chi()[l]), Charts.LABEL, p, false);
            Charts.style(panel);
            panels.add(panel);
        }
        Charts.saveGrid(panels, 3, String.format(Locale.ROOT, "Excursion sets A_u = {phi <= u} in the unit disc of a 2-D realisation"
                + " (M = %d, grid %d x %d; of %d, the one with most interior extrema), 000 Figure 6", ep.m(), g, g, ep.candidates()),
                dir.resolve("figure6"), 330, 330);
    }

    private static NumberAxis axis(String label, double upper) {
        NumberAxis a = new NumberAxis(label);
        a.setRange(-1.05, upper);
        return a;
    }

    /** Mean χ(A_u) on the grid over fields (± 2 SE) against E χ on the grid's domain and on the disc, and the literal reading. */
    public static void eulerCharacteristic(Path dir, Study.Excursion ex) {
        YIntervalSeriesCollection est = new YIntervalSeriesCollection();
        YIntervalSeries s = new YIntervalSeries("grid count, mean +- 2 se");
        Excursions.Counts k = ex.counts();
        for (int l = 0; l < ex.levels().length; l++) s.add(ex.levels()[l], k.mean()[l], k.mean()[l] - 2 * k.se()[l], k.mean()[l] + 2 * k.se()[l]);
        est.addSeries(s);
        XYSeriesCollection theory = new XYSeriesCollection();
        XYSeries grid = new XYSeries("E chi on the grid's domain (GKF)", false, true);
        XYSeries disc = new XYSeries("E chi on the unit disc (euler-minimum, N = 2)", false, true);
        XYSeries lit = new XYSeries("000 eqs (25)-(27) as printed, grid domain", false, true);
        for (int i = 0; i <= 200; i++) {
            double u = -3.5 + 7.0 * i / 200;
            grid.add(u, Excursions.expected(u, ex.domain()[0], ex.domain()[1]));
            disc.add(u, Excursions.expected(u, Math.PI, Math.PI));
            lit.add(u, Excursions.literal(u, ex.domain()[0], ex.domain()[1]));
        }
        theory.addSeries(grid);
        theory.addSeries(disc);
        theory.addSeries(lit);
        XYErrorRenderer er = new XYErrorRenderer();
        er.setDefaultLinesVisible(false);
        er.setDrawXError(false);
        XYPlot plot = new XYPlot(est, new NumberAxis("level u"), new NumberAxis("Euler characteristic of A_u"), er);
        plot.setDataset(1, theory);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setDrawSeriesLineAsPath(true);   // one dash pattern along the curve, not restarted at each of its 201 points
        plot.setRenderer(1, lines);
        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT, "chi(A_u) counted on the grid over %d fields vs E chi (000 eqs 25-27)",
                k.fields()), Charts.TITLE, plot, true);
        Charts.style(chart);
        lines.setSeriesStroke(2, Charts.DASHED);
        lines.setSeriesPaint(2, Color.BLACK);   // the document's formula, as on the other figures
        Charts.save(chart, dir.resolve("figure6-euler"), 860, 560);
    }

    /** Ξ0² on the simulated field: histogram against the χ²_N density. */
    public static void gradientNorm(Path dir, Study.GradientNorm gn) {
        GradientLaw.Sample s = gn.main();
        double[] v = s.pooled();
        int n = s.n(), bins = 40;
        double sd = Math.sqrt(2.0 * n), lo = n - 4.5 * sd, hi = n + 4.5 * sd, w = (hi - lo) / bins;
        double[] count = new double[bins];
        for (double x : v) {
            int b = (int) Math.floor((x - lo) / w);
            if (b >= 0 && b < bins) count[b]++;
        }
        XYSeries hist = new XYSeries("simulated (" + v.length + " points)", false, true);
        for (int b = 0; b < bins; b++) hist.add(lo + (b + 0.5) * w, count[b] / (v.length * w));
        ChiSquaredDistribution chi = new ChiSquaredDistribution(null, n);
        XYSeries dens = new XYSeries("000: Xi0^2 ~ chi2_" + n + " (density)", false, true);
        for (int i = 0; i <= 200; i++) {
            double x = lo + (hi - lo) * i / 200;
            dens.add(x, chi.density(x));
        }
        XYSeriesCollection data = new XYSeriesCollection(hist);
        XYPlot plot = new XYPlot(data, new NumberAxis("|grad phi(x0)|^2"), new NumberAxis("density"),
                new XYLineAndShapeRenderer(false, true));
        plot.setDataset(1, new XYSeriesCollection(dens));
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT, "Xi0^2 on the simulated field, N = %d, M = %d (A^2 = %.3f, p = %.3g)",
                n, s.m(), gn.test().a2(), gn.test().p()), Charts.TITLE, plot, true);
        Charts.style(chart);
        Charts.save(chart, dir.resolve("xi2-law"), 860, 560);
    }

    /**
     * §3.2: P(one GD step at η_opt ends below the best of B random values) against N, for both budgets, with the crossing
     * N* of each (computed) and the least N* the s32 claims read in §3.2 (the registry's value).
     */
    public static void crossover(Path dir, Study.RandomSearch rs, double documentLeastCrossover) {
        Charts.save(crossoverChart(rs, documentLeastCrossover), dir.resolve("crossover"), 860, 560);
    }

    static JFreeChart crossoverChart(Study.RandomSearch rs, double documentLeastCrossover) {
        XYSeries oracle = new XYSeries("B = 2 (oracle gradient)"), diff = new XYSeries("B = N + 2 (forward differences)");
        XYSeries half = new XYSeries("1/2");
        List<Crossover.Row> rows = rs.rows();
        int shown = Math.min(rows.size(), 40);
        for (int i = 0; i < shown; i++) {
            Crossover.Row r = rows.get(i);
            oracle.add(r.n(), r.pBeatsOracle());
            diff.add(r.n(), r.pBeatsDifferences());
            half.add(r.n(), 0.5);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(oracle);
        data.addSeries(diff);
        data.addSeries(half);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(data, new NumberAxis("dimension N"), new NumberAxis("P(Phi1 < best of B random values)"), r);
        JFreeChart chart = new JFreeChart("One GD step at eta_opt against random search with the same evaluations (000 §3.2)",
                Charts.TITLE, plot, true);
        Charts.style(chart);
        r.setSeriesStroke(2, Charts.DASHED);
        r.setSeriesShapesVisible(2, false);
        for (Crossover.Budget b : Crossover.Budget.values()) {
            int at = Crossover.crossover(rows, b, true);
            ValueMarker m = new ValueMarker(at, (Color) Charts.PALETTE[b.ordinal()], new BasicStroke(1.5f));
            m.setLabel(String.format(Locale.ROOT, "computed N* = %d (%s)", at, b == Crossover.Budget.ORACLE ? "B = 2" : "B = N + 2"));
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(0, 4, 8 + 30 * b.ordinal(), 0));   // the two labels one above the other
            plot.addDomainMarker(m);
        }
        Charts.documentLine(plot, documentLeastCrossover, "000 §3.2: random search wins below, N* ≥ " + Charts.number(documentLeastCrossover),
                false).setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return chart;
    }

    private static int nearest(double[] v, double x) {
        int best = 0;
        for (int i = 0; i < v.length; i++) if (Math.abs(v[i] - x) < Math.abs(v[best] - x)) best = i;
        return best;
    }

    /** 1: in A_u (dark blue); 0: in the disc, not in A_u (pale). */
    record TwoColour() implements PaintScale {
        @Override public double getLowerBound() { return 0; }

        @Override public double getUpperBound() { return 1; }

        @Override public Paint getPaint(double v) { return v > 0.5 ? new Color(0x2166AC) : new Color(0xEEEEEE); }
    }
}
