package lib;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGGraphics2D;

/**
 * One place for figure style (fonts, strokes, colours) and for saving: every figure is written as SVG
 * (scalable, byte-stable) and PNG, each atomically.
 */
public final class Charts {
    private Charts() {}

    static { System.setProperty("java.awt.headless", "true"); }

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** Okabe-Ito palette: distinguishable with colour-vision deficiencies. */
    public static final Paint[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), Color.BLACK};
    public static final BasicStroke LINE = new BasicStroke(1.8f);
    public static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    /** Applies the project style to a chart built with ChartFactory. */
    public static JFreeChart style(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot xy) plainLogAxes(xy);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(TITLE);
        theme.setLargeFont(LABEL);
        theme.setRegularFont(TICK);
        theme.setSmallFont(TICK);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            for (int r = 0; r < xy.getRendererCount(); r++) colour(xy.getRenderer(r), r);
        }
        return chart;
    }

    /** Every log axis of the plot (and of its subplots) becomes a {@link PlainLogAxis}. */
    private static void plainLogAxes(XYPlot xy) {
        for (int i = 0; i < xy.getDomainAxisCount(); i++) {
            if (xy.getDomainAxis(i) instanceof LogAxis log && !(log instanceof PlainLogAxis)) xy.setDomainAxis(i, PlainLogAxis.of(log));
        }
        for (int i = 0; i < xy.getRangeAxisCount(); i++) {
            if (xy.getRangeAxis(i) instanceof LogAxis log && !(log instanceof PlainLogAxis)) xy.setRangeAxis(i, PlainLogAxis.of(log));
        }
        if (xy instanceof CombinedDomainXYPlot c) for (XYPlot sub : c.getSubplots()) plainLogAxes(sub);
        if (xy instanceof CombinedRangeXYPlot c) for (XYPlot sub : c.getSubplots()) plainLogAxes(sub);
    }

    /**
     * A log axis labelled in plain numbers (JFreeChart's own reads "10^-0.85"): over a decade or more, ticks at whole
     * powers of the base (0.001, 0.01, 0.1, 1, 10); over less, at 1, 2 and 5 times powers of ten (0.05, 0.1, 0.2),
     * or at every digit (0.05, 0.06, ..., 0.09) when that leaves fewer than three.
     */
    public static final class PlainLogAxis extends LogAxis {
        public PlainLogAxis(String label) {
            super(label);
            setNumberFormatOverride(PLAIN);
            TickUnits decades = new TickUnits();
            for (int k : new int[] {1, 2, 3, 4, 5, 10, 20, 50, 100}) decades.add(new NumberTickUnit(k));
            setStandardTickUnits(decades);
        }

        /** The same axis (label, base, range, margins, direction) as a PlainLogAxis. */
        static PlainLogAxis of(LogAxis a) {
            PlainLogAxis p = new PlainLogAxis(a.getLabel());
            p.setBase(a.getBase());
            p.setSmallestValue(a.getSmallestValue());
            p.setLowerMargin(a.getLowerMargin());
            p.setUpperMargin(a.getUpperMargin());
            p.setInverted(a.isInverted());
            p.setMinorTickMarksVisible(a.isMinorTickMarksVisible());
            p.setAutoRange(a.isAutoRange());
            if (!a.isAutoRange()) p.setRange(a.getRange());
            p.setLabelFont(a.getLabelFont());
            p.setLabelPaint(a.getLabelPaint());
            p.setTickLabelFont(a.getTickLabelFont());
            p.setTickLabelPaint(a.getTickLabelPaint());
            p.setAxisLinePaint(a.getAxisLinePaint());
            p.setTickMarkPaint(a.getTickMarkPaint());
            return p;
        }

        private boolean underADecade() { return calculateLog(getUpperBound()) - calculateLog(getLowerBound()) < 1; }

        @Override
        @SuppressWarnings("rawtypes")
        protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            if (!underADecade()) return super.refreshTicksVertical(g2, dataArea, edge);
            return digitTicks(edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            if (!underADecade()) return super.refreshTicksHorizontal(g2, dataArea, edge);
            return digitTicks(edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
        }

        private List<LogTick> digitTicks(TextAnchor anchor) {
            List<LogTick> ticks = ticks(new int[] {1, 2, 5}, anchor);
            return ticks.size() >= 3 ? ticks : ticks(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, anchor);
        }

        private List<LogTick> ticks(int[] mantissas, TextAnchor anchor) {
            double lo = getLowerBound(), hi = getUpperBound();
            List<LogTick> out = new ArrayList<>();
            for (int e = (int) Math.floor(Math.log10(lo)) - 1; e <= (int) Math.ceil(Math.log10(hi)); e++) {
                for (int m : mantissas) {
                    double v = new BigDecimal(m).scaleByPowerOfTen(e).doubleValue();
                    if (v >= lo && v <= hi) {
                        AttributedString label = new AttributedString(PLAIN.format(v));
                        label.addAttribute(TextAttribute.FONT, getTickLabelFont());
                        out.add(new LogTick(TickType.MAJOR, v, label, anchor));
                    }
                }
            }
            return out;
        }
    }

    /** Plain numbers with at most three significant digits: 0.001, 0.25, 10, 3000; 1e-05 and 1e+06 beyond. */
    public static final NumberFormat PLAIN = new NumberFormat() {
        @Override public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
            if (v == 0 || !Double.isFinite(v)) return to.append(v == 0 ? "0" : Double.toString(v));
            double a = Math.abs(v);
            if (a >= 1e-4 && a < 1e6) return to.append(new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString());
            return to.append(String.format(java.util.Locale.ROOT, "%.2g", v).replaceFirst("\\.?0+e", "e"));
        }

        @Override public StringBuffer format(long v, StringBuffer to, FieldPosition pos) { return format((double) v, to, pos); }

        @Override public Number parse(String source, ParsePosition pos) {
            pos.setIndex(source.length());
            return Double.valueOf(source);
        }
    };

    private static void colour(XYItemRenderer renderer, int offset) {
        if (renderer == null) return;
        for (int s = 0; s < PALETTE.length; s++) {
            renderer.setSeriesPaint(s, PALETTE[(s + offset) % PALETTE.length]);
            renderer.setSeriesStroke(s, LINE);
        }
    }

    /** Writes base.svg and base.png (base is a path without extension); log axes read in plain numbers. */
    public static void save(JFreeChart chart, Path base, int width, int height) {
        // a chart styled by its stage alone (not by style) gets plain log axes too
        if (chart.getPlot() instanceof XYPlot xy) plainLogAxes(xy);
        Path svg = base.resolveSibling(base.getFileName() + ".svg");
        Path png = base.resolveSibling(base.getFileName() + ".png");
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(base.getFileName().toString());
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svgText = g2.getSVGDocument();
        AtomicFiles.writeBinary(svg, out -> out.write(svgText.getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.writeBinary(png, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    /** Blue-white-red colour scale for values symmetric about 0 (figures of a field's values). */
    public record Diverging(double lower, double upper) implements org.jfree.chart.renderer.PaintScale {
        @Override public double getLowerBound() { return lower; }

        @Override public double getUpperBound() { return upper; }

        @Override public Paint getPaint(double v) {
            double t = Math.max(-1, Math.min(1, 2 * (v - lower) / (upper - lower) - 1));
            Color hi = t < 0 ? new Color(0x2166AC) : new Color(0xB2182B);
            double a = Math.abs(t);
            return new Color(mix(255, hi.getRed(), a), mix(255, hi.getGreen(), a), mix(255, hi.getBlue(), a));
        }

        private static int mix(int from, int to, double a) { return (int) Math.round(from + (to - from) * a); }
    }
}
