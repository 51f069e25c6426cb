package report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A stage's figures: the files in figures/&lt;stage&gt;/ (each drawn as PNG and SVG) and, from the committed table
 * stages/report/figures/&lt;stage&gt;.csv, the claims each supports and a caption saying what is drawn. A figure the
 * table does not name is still shown, captioned by its title alone.
 */
public final class FigureSet {
    private FigureSet() {}

    /** Where the claim-to-figure tables live (one per stage; see its README.md). */
    public static final Path MAP = Path.of("stages/report/figures");

    /** One row of a figure table: file name without extension, the claim patterns it supports, what it draws. */
    public record Entry(String name, List<String> claims, String caption) {
        public boolean supports(String claim) {
            return claims.stream().anyMatch(p -> Pattern.matches(Pattern.quote(p).replace("*", "\\E.*\\Q"), claim));
        }
    }

    /** A figure on disk: the image shown (PNG, else the SVG), the SVG, the image's size in pixels (0 if unknown). */
    public record Figure(String stage, Entry entry, Path image, Path svg, int width, int height) {
        public String name() { return entry.name(); }

        public String anchor() { return "figure-" + stage + "-" + entry.name(); }

        public boolean supports(String claim) { return entry.supports(claim); }
    }

    /** The figures of one stage, in the table's order, then those it does not name (by file name). */
    public static List<Figure> of(String stage, Path figuresDir, Path mapDir) {
        Map<String, Path[]> files = files(figuresDir.resolve(stage));
        List<Figure> out = new ArrayList<>();
        for (Entry e : table(mapDir.resolve(stage + ".csv"))) {
            Path[] f = files.remove(e.name());
            if (f != null) out.add(figure(stage, e, f));
        }
        files.forEach((name, f) -> out.add(figure(stage, new Entry(name, List.of(), ""), f)));
        return out;
    }

    private static Figure figure(String stage, Entry e, Path[] f) {
        Path image = f[0] != null ? f[0] : f[1];
        int[] size = f[0] != null ? pngSize(f[0]) : new int[2];
        return new Figure(stage, e, image, f[1], size[0], size[1]);
    }

    /** A stage's claim-to-figure table; empty when it has none. */
    public static List<Entry> table(Path csv) {
        if (!Files.exists(csv)) return List.of();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        List<Entry> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8, format)) {
            for (CSVRecord r : p) {
                String claims = r.get("claims").strip();
                out.add(new Entry(r.get("figure"), claims.isEmpty() ? List.of() : List.of(claims.split("\\s+")), r.get("caption")));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new lib.BadInput(csv, "malformed figure table: " + e.getMessage());
        }
        return out;
    }

    /** name → {png or null, svg or null}, by file name. */
    private static Map<String, Path[]> files(Path dir) {
        Map<String, Path[]> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String file = p.getFileName().toString();
                int kind = file.endsWith(".png") ? 0 : file.endsWith(".svg") ? 1 : -1;
                if (kind >= 0) out.computeIfAbsent(file.substring(0, file.length() - 4), k -> new Path[2])[kind] = p;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
    static int[] pngSize(Path png) {
        try (var in = Files.newInputStream(png)) {
            byte[] head = in.readNBytes(24);
            if (head.length < 24) return new int[2];
            ByteBuffer b = ByteBuffer.wrap(head);
            return new int[] {b.getInt(16), b.getInt(20)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
