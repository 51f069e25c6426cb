package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

/**
 * The data behind a chart, read back for tests (never its pixels): every series of every dataset of the plot and its
 * subplots, every value marker with its label, every text annotation. {@link #series} and {@link #marker} fail with
 * what the chart holds when the series or marker asked for is not there.
 */
public final class FigureData {
    private FigureData() {}

    /** One series as drawn: its legend name and its points. */
    public record Series(String name, double[] x, double[] y) {
        public double yAt(double at) {
            for (int i = 0; i < x.length; i++) if (x[i] == at) return y[i];
            fail("series '" + name + "' has no point at x = " + at);
            return Double.NaN;
        }
    }

    /** A value marker as drawn: where, along which axis (domain: vertical line), and its label. */
    public record Line(double value, boolean domain, String label) {}

    public static List<XYPlot> plots(JFreeChart chart) {
        List<XYPlot> out = new ArrayList<>();
        collect(chart.getXYPlot(), out);
        return out;
    }

    private static void collect(XYPlot p, List<XYPlot> out) {
        out.add(p);
        if (p instanceof CombinedDomainXYPlot c) for (XYPlot sub : c.getSubplots()) collect(sub, out);
        if (p instanceof CombinedRangeXYPlot c) for (XYPlot sub : c.getSubplots()) collect(sub, out);
    }

    public static List<Series> allSeries(JFreeChart chart) {
        List<Series> out = new ArrayList<>();
        for (XYPlot p : plots(chart)) {
            for (XYDataset data : new java.util.TreeMap<>(p.getDatasets()).values()) {
                if (data == null) continue;
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    int n = data.getItemCount(s);
                    double[] x = new double[n], y = new double[n];
                    for (int i = 0; i < n; i++) {
                        x[i] = data.getXValue(s, i);
                        y[i] = data.getYValue(s, i);
                    }
                    out.add(new Series(data.getSeriesKey(s).toString(), x, y));
                }
            }
        }
        return out;
    }

    /** The one series whose name contains {@code fragment}. */
    public static Series series(JFreeChart chart, String fragment) {
        List<Series> all = allSeries(chart);
        List<Series> hit = all.stream().filter(s -> s.name().contains(fragment)).toList();
        if (hit.size() != 1) fail(hit.size() + " series named with '" + fragment + "'; the chart has " + all.stream().map(Series::name).toList());
        return hit.get(0);
    }

    public static List<Line> lines(JFreeChart chart) {
        List<Line> out = new ArrayList<>();
        for (XYPlot p : plots(chart)) {
            for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
                for (boolean domain : new boolean[] {true, false}) {
                    var markers = domain ? p.getDomainMarkers(layer) : p.getRangeMarkers(layer);
                    if (markers == null) continue;
                    for (Object m : markers) {
                        if (m instanceof ValueMarker v) out.add(new Line(v.getValue(), domain, String.valueOf(((Marker) m).getLabel())));
                    }
                }
            }
        }
        return out;
    }

    /** The one marker whose label contains {@code fragment}. */
    public static Line marker(JFreeChart chart, String fragment) {
        List<Line> all = lines(chart);
        List<Line> hit = all.stream().filter(l -> l.label().contains(fragment)).toList();
        if (hit.size() != 1) fail(hit.size() + " markers labelled with '" + fragment + "'; the chart has " + all);
        return hit.get(0);
    }

    public static List<String> texts(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (XYPlot p : plots(chart)) {
            for (Object a : p.getAnnotations()) if (a instanceof XYTextAnnotation t) out.add(t.getText());
            for (int r = 0; r < p.getRendererCount(); r++) {
                if (!(p.getRenderer(r) instanceof org.jfree.chart.renderer.xy.AbstractXYItemRenderer ar)) continue;
                for (Object a : ar.getAnnotations()) if (a instanceof XYTextAnnotation t) out.add(t.getText());
            }
        }
        return out;
    }

    /** The series named with {@code fragment} is the single point (x, y). */
    public static void assertPoint(JFreeChart chart, String fragment, double x, double y) {
        Series s = series(chart, fragment);
        assertEquals(1, s.x().length, s.name());
        assertEquals(x, s.x()[0], 0, s.name());
        assertEquals(y, s.y()[0], 0, s.name());
    }
}
