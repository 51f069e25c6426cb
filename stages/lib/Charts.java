package lib;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
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
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * One place for figure style (fonts, strokes, colours) and for saving: every figure is written as SVG
 * (scalable, byte-stable) and PNG, each atomically. The report shows the PNG at its size in pixels beside body text
 * of 15 px, so axis and tick labels are drawn at 15 px; a number axis gets at most {@link #MAX_TICKS} labelled ticks;
 * a grid of values (a heat map) is drawn as one image ({@link #heatMap}), not as one vector rectangle per cell.
 */
public final class Charts {
    private Charts() {}

    static { System.setProperty("java.awt.headless", "true"); }

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    /** Axis labels: at least the report's body text (15 px) when the figure is shown at its size in pixels. */
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    /** Tick labels and legend items: as large as the axis labels. */
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    /** At most this many labelled ticks on a number axis (JFreeChart fills a tall axis with 20 and more). */
    public static final int MAX_TICKS = 10;
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

    /**
     * A number as a figure's label shows it: every digit when it has at most five significant digits (a document's
     * printed -13.56 reads -13.56), else four; a minus sign, not a hyphen.
     */
    public static String number(double v) {
        if (v == 0 || !Double.isFinite(v)) return PLAIN.format(v);
        BigDecimal b = BigDecimal.valueOf(v).stripTrailingZeros();
        if (b.precision() > 5) b = b.round(new MathContext(4)).stripTrailingZeros();
        double a = Math.abs(v);
        String text = a >= 1e-4 && a < 1e7 ? b.toPlainString() : b.toString().replace("E", "e");
        return text.replace('-', '\u2212');
    }

    /**
     * The document's value as a labelled dashed line across the plot: horizontal at y = value when {@code horizontal},
     * else vertical at x = value; the label sits inside the plot at the line's right end (top end).
     */
    public static ValueMarker documentLine(XYPlot plot, double value, String label, boolean horizontal) {
        ValueMarker m = new ValueMarker(value, Color.BLACK, DASHED);
        m.setLabel(label);
        m.setLabelFont(TICK);
        if (horizontal) {
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(m);
        } else {
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(m);
        }
        return m;
    }

    /**
     * The document's values at the points xy ({x, y} pairs) as open black rings drawn over the plot's other data, named
     * in the legend by {@code label}: the value a claim tests beside the computed one. Call after {@link #style}, which
     * recolours renderers.
     */
    public static XYSeries documentPoints(XYPlot plot, String label, double[]... xy) {
        XYSeries s = new XYSeries(label, false, true);
        for (double[] p : xy) s.add(p[0], p[1]);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, Color.BLACK);
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));
        r.setSeriesShapesFilled(0, false);
        r.setUseOutlinePaint(false);
        r.setSeriesStroke(0, new BasicStroke(2.2f));
        r.setDrawOutlines(true);
        int index = plot.getDatasets().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        plot.setDataset(index, new XYSeriesCollection(s));
        plot.setRenderer(index, r);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        return s;
    }

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
        if (chart.getPlot() instanceof XYPlot xy) {
            plainLogAxes(xy);
            readable(xy);
        }
        scaleLegends(chart);
        Path svg = base.resolveSibling(base.getFileName() + ".svg");
        Path png = base.resolveSibling(base.getFileName() + ".png");
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(base.getFileName().toString());
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svgText = g2.getSVGDocument();
        AtomicFiles.writeBinary(svg, out -> out.write(svgText.getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.writeBinary(png, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    /** The axis of a colour scale's legend: the project's fonts and at most {@link #MAX_TICKS} ticks over the scale. */
    static void scaleLegends(JFreeChart chart) {
        for (Object t : chart.getSubtitles()) {
            if (!(t instanceof PaintScaleLegend legend) || !(legend.getAxis() instanceof NumberAxis a)) continue;
            a.setRange(legend.getScale().getLowerBound(), legend.getScale().getUpperBound());
            a.setTickLabelFont(TICK);
            a.setLabelFont(LABEL);
            thin(a);
        }
    }

    /**
     * What every saved figure gets, whoever styled it: each axis of the plot and its subplots labelled at least at
     * {@link #LABEL} and {@link #TICK} size, a number axis with at most {@link #MAX_TICKS} ticks ({@link #thin}), and
     * marker labels at {@link #TICK} size on a light ground.
     */
    static void readable(XYPlot xy) {
        List<org.jfree.chart.axis.ValueAxis> axes = new ArrayList<>();
        for (int i = 0; i < xy.getDomainAxisCount(); i++) axes.add(xy.getDomainAxis(i));
        for (int i = 0; i < xy.getRangeAxisCount(); i++) axes.add(xy.getRangeAxis(i));
        for (org.jfree.chart.axis.ValueAxis a : axes) {
            if (a == null) continue;
            if (a.getLabelFont().getSize() < LABEL.getSize()) a.setLabelFont(a.getLabelFont().deriveFont((float) LABEL.getSize()));
            if (a.getTickLabelFont().getSize() < TICK.getSize()) a.setTickLabelFont(a.getTickLabelFont().deriveFont((float) TICK.getSize()));
            if (a instanceof NumberAxis n) thin(n);
        }
        for (org.jfree.chart.ui.Layer layer : new org.jfree.chart.ui.Layer[] {org.jfree.chart.ui.Layer.FOREGROUND, org.jfree.chart.ui.Layer.BACKGROUND}) {
            for (var markers : java.util.Arrays.asList(xy.getDomainMarkers(layer), xy.getRangeMarkers(layer))) {
                if (markers == null) continue;
                for (Object m : markers) {
                    ((org.jfree.chart.plot.Marker) m).setLabelFont(TICK);
                    ((org.jfree.chart.plot.Marker) m).setLabelBackgroundColor(new Color(255, 255, 255, 210));
                }
            }
        }
        if (xy instanceof CombinedDomainXYPlot c) for (XYPlot sub : c.getSubplots()) readable(sub);
        if (xy instanceof CombinedRangeXYPlot c) for (XYPlot sub : c.getSubplots()) readable(sub);
    }

    /**
     * Keeps JFreeChart's choice of tick unit (the smallest whose labels do not overlap) but only among units of at least
     * a tenth of the axis's range, so the axis has at most {@link #MAX_TICKS} labelled ticks (and one more at an end).
     */
    public static void thin(NumberAxis a) {
        if (!a.isAutoTickUnitSelection() || a.getRange().getLength() <= 0) return;
        TickUnitSource all = a.getStandardTickUnits();
        TickUnits kept = new TickUnits();
        TickUnit u = all.getCeilingTickUnit(a.getRange().getLength() / MAX_TICKS);
        for (int i = 0; i < 40; i++) {
            kept.add(u);
            TickUnit next = all.getLargerTickUnit(u);
            if (next.getSize() <= u.getSize()) break;
            u = next;
        }
        a.setStandardTickUnits(kept);
    }

    /**
     * A heat map as one image in data coordinates (put it in a renderer's background layer, under any points drawn on
     * it): xyz holds the cells' centres and values (3 × n, the layout of an XYZ dataset) on a regular grid of
     * cellWidth × cellHeight; a cell with no value, or NaN, stays transparent. Each cell is {@link #pixelsPerCell}
     * pixels square, so the image stays sharp where a viewer scales it.
     */
    public static XYDataImageAnnotation heatMap(double[][] xyz, double cellWidth, double cellHeight, PaintScale scale) {
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < xyz[0].length; k++) {
            x0 = Math.min(x0, xyz[0][k]);
            x1 = Math.max(x1, xyz[0][k]);
            y0 = Math.min(y0, xyz[1][k]);
            y1 = Math.max(y1, xyz[1][k]);
        }
        int cols = (int) Math.round((x1 - x0) / cellWidth) + 1, rows = (int) Math.round((y1 - y0) / cellHeight) + 1;
        int f = pixelsPerCell(Math.max(cols, rows));
        BufferedImage image = new BufferedImage(cols * f, rows * f, BufferedImage.TYPE_INT_ARGB);
        for (int k = 0; k < xyz[0].length; k++) {
            if (Double.isNaN(xyz[2][k])) continue;
            int col = (int) Math.round((xyz[0][k] - x0) / cellWidth);
            int row = rows - 1 - (int) Math.round((xyz[1][k] - y0) / cellHeight);   // image rows run downwards
            int argb = ((Color) scale.getPaint(xyz[2][k])).getRGB();
            for (int dy = 0; dy < f; dy++) for (int dx = 0; dx < f; dx++) image.setRGB(col * f + dx, row * f + dy, argb);
        }
        return new XYDataImageAnnotation(image, x0 - cellWidth / 2, y0 - cellHeight / 2, cols * cellWidth, rows * cellHeight, true);
    }

    /** Pixels per cell side: about 480 pixels across the grid (an 81-cell grid: 6). */
    public static int pixelsPerCell(int cells) { return Math.max(1, (int) Math.ceil(480.0 / cells)); }

    /**
     * Several charts in a grid of {@code columns}, each panel panelWidth × panelHeight, under one title: writes base.svg
     * and base.png like {@link #save} (for small multiples that would not fit one row at a readable size).
     */
    public static void saveGrid(List<JFreeChart> panels, int columns, String title, Path base, int panelWidth, int panelHeight) {
        for (JFreeChart c : panels) if (c.getPlot() instanceof XYPlot xy) readable(xy);
        int rows = (panels.size() + columns - 1) / columns;
        int titleHeight = 48, width = columns * panelWidth, height = titleHeight + rows * panelHeight;
        org.jfree.chart.title.TextTitle heading = new org.jfree.chart.title.TextTitle(title, TITLE);
        java.util.function.Consumer<Graphics2D> draw = g -> {
            heading.arrange(g, new org.jfree.chart.block.RectangleConstraint(width, null, org.jfree.chart.block.LengthConstraintType.FIXED,
                    0, null, org.jfree.chart.block.LengthConstraintType.NONE));
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, width, height);
            heading.draw(g, new Rectangle2D.Double(0, 4, width, titleHeight - 4));
            for (int i = 0; i < panels.size(); i++) {
                panels.get(i).draw(g, new Rectangle2D.Double((i % columns) * panelWidth, titleHeight + (i / columns) * panelHeight, panelWidth, panelHeight));
            }
        };
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix(base.getFileName().toString());
        draw.accept(svg);
        String svgText = svg.getSVGDocument();
        AtomicFiles.writeBinary(base.resolveSibling(base.getFileName() + ".svg"), out -> out.write(svgText.getBytes(StandardCharsets.UTF_8)));
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = png.createGraphics();
        draw.accept(g);
        g.dispose();
        AtomicFiles.writeBinary(base.resolveSibling(base.getFileName() + ".png"), out -> ChartUtils.writeBufferedImageAsPNG(out, png));
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
