package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimsTest {
    static final String HEADER = String.join(",", Claims.REGISTRY_COLUMNS) + "\n";

    @TempDir Path dir;

    Claims registry(String rows) throws IOException {
        Path f = dir.resolve("stage.csv");
        Files.writeString(f, "# a comment line\n" + HEADER + rows);
        return Claims.load(f);
    }

    static String row(String id, double expected, String kind, double tol, String verdict) {
        return id + ",000,eq (1),\"a statement, with comma\"," + expected + "," + kind + "," + tol + ",printed precision," + verdict + ",\n";
    }

    /** Each kind at both sides of its boundary. */
    @ParameterizedTest
    @CsvSource({
        "abs,   1.0, 0.1, 1.09, NaN, true",  "abs,   1.0, 0.1, 1.11, NaN, false",
        "rel,  -2.0, 0.1, -2.19, NaN, true", "rel,  -2.0, 0.1, -2.21, NaN, false",
        "sigma, 0.0, 3.0, 0.29, 0.1, true",  "sigma, 0.0, 3.0, -0.31, 0.1, false",
        "min,   0.96, 0.0, 0.961, NaN, true", "min,  0.96, 0.0, 0.959, NaN, false",
        "max,   0.0, 0.0, -1.0, NaN, true",  "max,   0.0, 0.0, 1e-9, NaN, false"})
    void kindsJudgeAtTheirBoundaries(String kind, double expected, double tol, double observed, double se, boolean holds) {
        Claim c = new Claim("c", "000", "eq", "s", expected, kind, tol, "why", Claim.REPRODUCED, "");
        assertEquals(holds, c.holds(observed, se));
    }

    @Test
    void sigmaWithoutStandardErrorIsABug() {
        Claim c = new Claim("c", "000", "eq", "s", 0, "sigma", 3, "why", Claim.REPRODUCED, "");
        assertThrows(IllegalStateException.class, () -> c.holds(0, Double.NaN));
    }

    @Test
    void finishCountsDisagreementsAndMissingClaimsAndWritesChecks() throws IOException {
        Claims claims = registry(row("a", 1, "abs", 0.1, "reproduced") + row("b", 1, "abs", 0.1, "refuted")
                + row("c", 1, "abs", 0.1, "reproduced") + row("d", 1, "abs", 0.1, "reproduced")
                + row("e", 1, "abs", 0.1, "reproduced"));
        claims.observe("a", 1.05, "agrees: reproduced as registered");
        claims.observe("b", 2.0, "agrees: refuted as registered");
        claims.observe("c", 2.0, "differs: registered reproduced, observed refuted");
        claims.skip("d", "too few samples to decide");
        // e: never observed -> missing, differs
        Path checks = dir.resolve("out/checks.csv");
        assertEquals(2, claims.finish(checks, TestCommand.provenance()));
        Table t = Artifact.read(checks, Claims.CHECKS);
        assertEquals(5, t.rows());
        assertEquals("refuted", t.text(1, "verdict"));
        assertEquals("true", t.text(1, "agrees"));
        assertEquals("false", t.text(2, "agrees"));
        assertEquals("not evaluated", t.text(3, "verdict"));
        assertEquals("missing", t.text(4, "verdict"));
        assertEquals("000 eq (1)", t.text(0, "source"));
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
        assertFalse(reason.getMessage().isBlank());
    }
}
