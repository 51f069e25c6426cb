package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsTest {
    static final String HEADER = String.join(",", Claims.REGISTRY_COLUMNS) + "\n";

    @TempDir Path dir;

    Claims registry(String rows) throws IOException {
        return registry(rows, "paper");
    }

    Claims registry(String rows, String profile) throws IOException {
        Path f = dir.resolve("stage.csv");
        Files.writeString(f, "# a comment line\n" + HEADER + rows);
        return Claims.load(f, profile);
    }

    static String row(String id, double expected, String kind, double tol, String verdict) {
        return row(id, expected, kind, tol, verdict, "");
    }

    static String row(String id, double expected, String kind, double tol, String verdict, String quick) {
        return id + ",000,eq (1),\"a statement, with comma\",g-" + id + ",document," + expected + "," + kind + "," + tol
                + ",printed precision," + verdict + "," + quick + ",\n";
    }

    @Test
    void finishCountsDisagreementsAndMissingClaimsAndWritesEveryNumberOfTheDecision() throws IOException {
        Claims claims = registry(row("a", 1, "abs", 0.1, "reproduced") + row("b", 1, "abs", 0.1, "refuted")
                + row("c", 1, "abs", 0.1, "reproduced") + row("d", 1, "abs", 0.1, "inconclusive")
                + row("e", 1, "abs", 0.1, "reproduced") + row("f", 0, "sigma", 4, "inconclusive"));
        claims.observe("a", 1.05, "agrees: reproduced as registered");
        claims.observe("b", 2.0, "agrees: refuted as registered");
        claims.observe("c", 2.0, "differs: registered reproduced, observed refuted");
        claims.undecidable("d", "too few samples to decide");
        // e: never observed -> missing, differs
        claims.observe("f", Observation.estimate(0.5, 1).against(2, "the alternative").size(100, "draws").evidence("weak test"));
        Path checks = dir.resolve("out/checks.csv");
        assertEquals(2, claims.finish(checks, TestCommand.provenance()));
        Table t = Artifact.read(checks, Claims.CHECKS);
        assertEquals(6, t.rows());
        assertEquals("refuted", t.text(1, "verdict"));
        assertEquals("true", t.text(1, "agrees"));
        assertEquals("false", t.text(2, "agrees"));
        assertEquals("inconclusive", t.text(3, "verdict"));
        assertEquals("true", t.text(3, "agrees"));
        assertEquals("missing", t.text(4, "verdict"));
        assertEquals("false", t.text(4, "agrees"));
        assertEquals("000 eq (1)", t.text(0, "source"));
        assertEquals("g-a", t.text(0, "group"));
        // the weak test: |z| = 0.5 <= 4 but delta = 2 gives power P(|Z + 2| > 4) = Phi(-6) + Phi(-2) = 0.02275
        assertEquals("inconclusive", t.text(5, "verdict"));
        assertEquals(0.02275, t.number(5, "power"), 1e-5);
        assertEquals("2.0", t.text(5, "alternative"));
        assertTrue(t.number(5, "size_needed") > 100);
        assertEquals("|computed − 0| > 4 standard errors", t.text(5, "refuted_if"));
    }

    @Test
    void theQuickProfileRegistersItsOwnVerdictWhichMayOnlyBeInconclusive() throws IOException {
        String rows = row("a", 1, "abs", 0.1, "refuted", "inconclusive");
        Claims quick = registry(rows, "quick");
        assertEquals("inconclusive", quick.undecidable("a", "the size of the claim is not in this profile").registered());
        assertTrue(quick.undecidable("a", "not at this size").agrees());
        Claims paper = registry(rows, "paper");
        assertEquals("refuted", paper.undecidable("a", "not at this size").registered());
        BadInput flip = assertThrows(BadInput.class, () -> registry(row("a", 1, "abs", 0.1, "refuted", "reproduced")));
        assertTrue(flip.getMessage().contains("column 'quick_verdict'"), flip.getMessage());
    }

    @Test
    void observingAnUnregisteredClaimIsABug() throws IOException {
        Claims claims = registry(row("a", 1, "abs", 0.1, "reproduced"));
        assertThrows(IllegalStateException.class, () -> claims.observe("zz", 1, ""));
    }

    @Test
    void registryErrorsNameLineAndColumn() throws IOException {
        BadInput kind = assertThrows(BadInput.class, () -> registry(row("a", 1, "abs", 0.1, "reproduced") + row("b", 1, "about", 0.1, "reproduced")));
        assertTrue(kind.getMessage().contains(":4: column 'kind'"), kind.getMessage());
        BadInput verdict = assertThrows(BadInput.class, () -> registry(row("a", 1, "abs", 0.1, "maybe")));
        assertTrue(verdict.getMessage().contains("column 'expected_verdict'"), verdict.getMessage());
        BadInput dup = assertThrows(BadInput.class, () -> registry(row("a", 1, "abs", 0.1, "reproduced") + row("a", 1, "abs", 0.1, "reproduced")));
        assertTrue(dup.getMessage().contains("duplicate id a"), dup.getMessage());
        BadInput reason = assertThrows(BadInput.class, () -> registry(row("a", 1, "abs", 0.1, "reproduced").replace("printed precision", " ")));
        assertTrue(reason.getMessage().contains("tolerance_reason"), reason.getMessage());
        BadInput cls = assertThrows(BadInput.class, () -> registry(row("a", 1, "abs", 0.1, "reproduced").replace("document", "paper")));
        assertTrue(cls.getMessage().contains("column 'class'"), cls.getMessage());
        BadInput negative = assertThrows(BadInput.class, () -> registry(row("a", 1, "abs", -0.1, "reproduced")));
        assertTrue(negative.getMessage().contains("column 'tolerance'"), negative.getMessage());
    }
}
