package lib;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** A validated artifact in memory: metadata, header and rows, with typed column access. */
public final class Table {
    private final Path file;
    private final Map<String, String> meta;
    private final List<String> header;
    private final List<CSVRecord> records;
    private final int headerLine;

    Table(Path file, Map<String, String> meta, List<String> header, List<CSVRecord> records, int headerLine) {
        this.file = file;
        this.meta = meta;
        this.header = header;
        this.records = records;
        this.headerLine = headerLine;
    }

    public Path file() { return file; }

    public Map<String, String> meta() { return meta; }

    public List<String> header() { return header; }

    public int rows() { return records.size(); }

    /** A metadata value such as "param.n"; a missing key is bad input. */
    public String meta(String key) {
        String v = meta.get(key);
        if (v == null) throw new BadInput(file, 0, null, "no metadata line '# " + key + ":'");
        return v;
    }

    public double number(int row, String column) {
        return finite(file, line(row), column, records.get(row).get(column));
    }

    public long integer(int row, String column) {
        return integer(file, line(row), column, records.get(row).get(column));
    }

    /** An integer column's value as an int: a value beyond int's range is bad input, never wrapped. */
    public int intValue(int row, String column) {
        long v = integer(row, column);
        if (v != (int) v) {
            throw new BadInput(file, line(row), column, v + " is out of range: allowed " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE);
        }
        return (int) v;
    }

    public String text(int row, String column) { return records.get(row).get(column); }

    public double[] numbers(String column) {
        double[] out = new double[rows()];
        for (int i = 0; i < out.length; i++) out[i] = number(i, column);
        return out;
    }

    public String[] texts(String column) {
        String[] out = new String[rows()];
        for (int i = 0; i < out.length; i++) out[i] = text(i, column);
        return out;
    }

    /** The text without a leading byte-order mark (U+FEFF), which some editors write at the start of a UTF-8 file. */
    public static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The 1-based line in the file of data row {@code row} (0-based). */
    public int line(int row) { return headerLine + 1 + row; }

    /** A CSV number: optional sign, digits with an optional fraction, optional exponent (not Java's 0x1p1, 1.5d, 1_0). */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("[-+]?\\d+");

    static double finite(Path file, int line, String column, String v) {
        if (!NUMBER.matcher(v).matches()) throw new BadInput(file, line, column, "not a number: '" + v + "'");
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new BadInput(file, line, column, "not a number: '" + v + "'");
        }
        if (!Double.isFinite(d)) throw new BadInput(file, line, column, "not finite: '" + v + "'");
        return d;
    }

    static long integer(Path file, int line, String column, String v) {
        if (!INTEGER.matcher(v).matches()) throw new BadInput(file, line, column, "not an integer: '" + v + "'");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BadInput(file, line, column, "not an integer: '" + v + "'");
        }
    }
}
