package lib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The documents the project checks, as committed in docs/documents.csv (the report and make diff name them from it; the
 * README links it): id, title, authors, year, identifier (an arXiv number where one exists), link, and what the project
 * takes from each. The registry's {@code paper} column holds the id; {@link #PROJECT} is the project's own checks.
 */
public final class Documents {
    private Documents() {}

    public static final Path TABLE = Path.of("docs/documents.csv");
    public static final String PROJECT = "project";
    static final List<String> COLUMNS = List.of("document", "title", "authors", "year", "identifier", "link", "takes");

    public record Document(String id, String title, String authors, String year, String identifier, String link, String takes) {
        /** "Chouza, Roberts, Zohren (2018)" style: the authors as written, the year if known. */
        public String byline() { return authors + (year.isBlank() ? "" : " (" + year + ")"); }

        public boolean project() { return id.equals(PROJECT); }
    }

    /** The pseudo-document of the project's own checks (registry rows whose paper is "project"). */
    public static final Document OWN = new Document(PROJECT, "this project's own derivations and machinery", "grf-repro", "", "", "",
            "checks of what the project derives or builds itself, not statements of a document");

    public static List<Document> load(Path csv) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        List<Document> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(Files.readString(csv, StandardCharsets.UTF_8), format)) {
            for (String c : COLUMNS) if (!p.getHeaderNames().contains(c)) throw new BadInput(csv, 1, c, "missing column");
            for (CSVRecord r : p) {
                if (!r.isConsistent()) throw new BadInput(csv, p.getCurrentLineNumber(), null, "wrong number of fields");
                if (r.get("document").isBlank() || r.get("title").isBlank()) {
                    throw new BadInput(csv, p.getCurrentLineNumber(), "title", "a document needs an id and a title");
                }
                out.add(new Document(r.get("document"), r.get("title"), r.get("authors"), r.get("year"), r.get("identifier"),
                        r.get("link"), r.get("takes")));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInput(csv, "no such table of documents");
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new BadInput(csv, "malformed CSV: " + e.getMessage());
        }
        return out;
    }

    /** The document with this id; the project's own pseudo-document for "project"; empty if the table lacks it. */
    public static Optional<Document> find(List<Document> documents, String id) {
        if (id.equals(PROJECT)) return Optional.of(OWN);
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
