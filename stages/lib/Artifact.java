package lib;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Versioned CSV artifacts. Layout: '# key: value' metadata lines (schema, schema_version, then the
 * deterministic provenance), one header row, the data rows, and a trailer '# rows: N' that proves the file
 * is complete. Run-specific provenance (git, wall time, paths) goes to the sidecar '&lt;file&gt;.run', so the
 * CSV is byte-identical for the same parameters and seed.
 */
public final class Artifact {
    private Artifact() {}

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final String ROWS = "rows";

    /** Writes rows (each a list of Number or String cells, in schema order) atomically, with provenance. */
    public static void write(Path file, Schema schema, Provenance provenance, List<? extends List<?>> rows) {
        AtomicFiles.writeText(file, out -> {
            out.write("# schema: " + schema.name() + "\n");
            out.write("# schema_version: " + schema.version() + "\n");
            for (Map.Entry<String, String> e : provenance.deterministic().entrySet()) {
                out.write("# " + e.getKey() + ": " + e.getValue() + "\n");
            }
            try (CSVPrinter printer = new CSVPrinter(new NonClosing(out), FORMAT)) {
                printer.printRecord(schema.columnNames());
                for (List<?> row : rows) printer.printRecord(cells(file, schema, row));
            }
            out.write("# " + ROWS + ": " + rows.size() + "\n");
        });
        provenance.writeRunSidecar(file);
    }

    /** {@link #read} an artifact a stage consumes, and record its SHA-256 among the stage's inputs. */
    public static Table readInput(Path file, Schema schema, Provenance provenance) {
        Table t = read(file, schema);
        provenance.input(file);
        return t;
    }

    /**
     * As {@link #readInput}, but records the SHA-256 of the artifact's header and data rows alone, without its '#'
     * provenance lines: for an input the Makefile tracks by its rows (workflow/rows-stamp), so that the consumer's
     * provenance does not depend on whether the producer reran with the same rows.
     */
    public static Table readInputRows(Path file, Schema schema, Provenance provenance) {
        Table t = read(file, schema);
        String rows = readText(file).lines().filter(l -> !l.startsWith("#")).map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
        provenance.inputRows(file, rows);
        return t;
    }

    /** Reads and validates an artifact: schema name and version, required columns, finite numbers, trailer. */
    public static Table read(Path file, Schema schema) {
        String text = readText(file);
        List<String> lines = text.lines().toList();
        Map<String, String> meta = new LinkedHashMap<>();
        int metaLines = 0;
        while (metaLines < lines.size() && lines.get(metaLines).startsWith("#")) {
            putMeta(meta, lines.get(metaLines), file, metaLines + 1);
            metaLines++;
        }
        checkSchema(file, schema, meta);
        int expectedRows = trailerRows(file, text, lines);
        return parse(file, schema, meta, text, metaLines, expectedRows);
    }

    private static List<String> cells(Path file, Schema schema, List<?> row) {
        if (row.size() != schema.columns().size()) {
            throw new IllegalStateException(file + ": row has " + row.size() + " cells, schema "
                    + schema.name() + " has " + schema.columns().size() + " columns");
        }
        List<String> out = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) out.add(format(schema.columns().get(i), row.get(i)));
        return out;
    }

    private static String format(Schema.Column column, Object value) {
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) throw new IllegalStateException("column " + column.name() + ": non-finite " + d);
            return Double.toString(d);
        }
        if (value instanceof Float f) return format(column, f.doubleValue());
        return String.valueOf(value);
    }

    private static String readText(Path file) {
        if (Files.isDirectory(file)) throw new BadInput(file, "is a directory, not an artifact (a CSV file)");
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Table.withoutBom(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (NoSuchFileException e) {
            throw new BadInput(file, "no such file");
        } catch (CharacterCodingException e) {
            throw new BadInput(file, "not UTF-8 text");
        } catch (IOException e) {
            throw new BadInput(file, "cannot read: " + e.getMessage());
        }
    }

    private static void putMeta(Map<String, String> meta, String line, Path file, int lineNo) {
        int colon = line.indexOf(':');
        if (colon < 0) throw new BadInput(file, lineNo, null, "metadata line without 'key: value': " + line);
        meta.put(line.substring(1, colon).trim(), line.substring(colon + 1).trim());
    }

    private static void checkSchema(Path file, Schema schema, Map<String, String> meta) {
        String name = meta.get("schema");
        String version = meta.get("schema_version");
        if (name == null || version == null) throw new BadInput(file, 1, null, "no '# schema:' and '# schema_version:' lines");
        if (!name.equals(schema.name())) {
            throw new BadInput(file, 1, null, "schema is '" + name + "', expected '" + schema.name() + "'");
        }
        if (!version.equals(Integer.toString(schema.version()))) {
            throw new BadInput(file, 2, null, "schema " + name + " version " + version + ", expected " + schema.version());
        }
    }

    private static int trailerRows(Path file, String text, List<String> lines) {
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        String prefix = "# " + ROWS + ": ";
        if (!text.endsWith("\n") || !last.startsWith(prefix)) {
            throw new BadInput(file, lines.size(), null, "truncated: the file does not end with its '" + prefix + "N' trailer");
        }
        try {
            return Integer.parseInt(last.substring(prefix.length()).trim());
        } catch (NumberFormatException e) {
            throw new BadInput(file, lines.size(), null, "truncated or corrupt trailer: " + last);
        }
    }

    private static Table parse(Path file, Schema schema, Map<String, String> meta, String text, int metaLines,
                               int expectedRows) {
        CSVFormat format = FORMAT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            int headerLine = metaLines + 1;
            for (Schema.Column c : schema.columns()) {
                if (!header.contains(c.name())) throw new BadInput(file, headerLine, c.name(), "missing column");
            }
            List<CSVRecord> records = parser.getRecords();
            Map<List<String>, Integer> keys = new java.util.HashMap<>();
            for (CSVRecord r : records) {
                int line = headerLine + (int) r.getRecordNumber();
                validate(file, schema, header, r, line);
                uniqueKey(file, schema, r, line, keys);
            }
            if (records.size() != expectedRows) {
                throw new BadInput(file, headerLine + records.size(), null,
                        "truncated: " + records.size() + " data rows, trailer says " + expectedRows);
            }
            return new Table(file, meta, header, records, headerLine);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadInput(file, "malformed CSV: " + e.getMessage());
        }
    }

    private static void validate(Path file, Schema schema, List<String> header, CSVRecord r, int line) {
        if (r.size() != header.size()) {
            throw new BadInput(file, line, null, r.size() + " fields, header has " + header.size() + " (truncated row?)");
        }
        for (Schema.Column c : schema.columns()) {
            String v = r.get(c.name());
            switch (c.type()) {
                case NUMBER -> Table.finite(file, line, c.name(), v);
                case INTEGER -> {
                    long x = Table.integer(file, line, c.name(), v);
                    if (x != (int) x) {
                        throw new BadInput(file, line, c.name(), x + " is out of range: allowed " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE);
                    }
                }
                case LONG -> Table.integer(file, line, c.name(), v);
                case TEXT -> { }
            }
        }
    }

    /** A row whose key (Schema#key) an earlier row already has is bad input: a reader keyed by it would keep one silently. */
    private static void uniqueKey(Path file, Schema schema, CSVRecord r, int line, Map<List<String>, Integer> seen) {
        if (schema.key().isEmpty()) return;
        List<String> key = new ArrayList<>();
        for (String k : schema.key()) key.add(r.get(k));
        Integer first = seen.putIfAbsent(key, line);
        if (first != null) {
            StringBuilder what = new StringBuilder();
            for (int i = 0; i < key.size(); i++) what.append(i == 0 ? "" : ", ").append(schema.key().get(i)).append(" = ").append(key.get(i));
            throw new BadInput(file, line, schema.key().get(0), "duplicate row for " + what + " (first on line " + first + ")");
        }
    }

    /** Keeps CSVPrinter.close() from closing the atomic writer underneath. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(java.io.Writer out) { super(out); }

        @Override public void close() throws IOException { flush(); }
    }
}
