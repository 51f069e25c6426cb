package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed table of documents names every document the registry cites, each with a title and its identifier. */
class DocumentsTest {
    @Test
    void everyDocumentOfTheRegistryHasARow() throws Exception {
        List<Documents.Document> table = Documents.load(Documents.TABLE);
        Set<String> cited = new TreeSet<>();
        try (Stream<Path> s = Files.list(Path.of("paper-checks"))) {
            for (Path r : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Claims.load(r).all().values().forEach(c -> cited.add(c.paper()));
            }
        }
        for (String id : cited) assertTrue(Documents.find(table, id).isPresent(), "no row for document " + id + " in " + Documents.TABLE);
        assertEquals(List.of("000", "001", "002", "003", "004"), table.stream().map(Documents.Document::id).toList());
    }

    @Test
    void theArxivNumbersAreThoseOfThePapers() {
        List<Documents.Document> table = Documents.load(Documents.TABLE);
        // 000: Chouza, Roberts, Zohren, arXiv 1803.09119 (24 Mar 2018); 001: Benning, Döring, arXiv 2410.09973 (13 Oct 2024)
        assertEquals("arXiv:1803.09119", Documents.find(table, "000").orElseThrow().identifier());
        assertEquals("arXiv:2410.09973", Documents.find(table, "001").orElseThrow().identifier());
        for (Documents.Document d : table) {
            assertFalse(d.takes().isBlank(), d.id() + ": what the project takes from it");
            if (d.identifier().startsWith("arXiv:")) assertEquals("https://arxiv.org/abs/" + d.identifier().substring(6), d.link());
        }
    }
}
