package diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lib.Artifact;
import lib.Claims;
import lib.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** make diff's comparison: each change judged against the claim's own tolerance, worked out by hand below. */
class ChecksDiffTest {
    @TempDir Path tmp;

    @Command(name = "test-stage")
    static class Cmd implements Callable<Integer> {
        @Override public Integer call() { return 0; }
    }

    /** A checks.csv row (schema v3) with what the diff reads: claim, kind, expected, tolerance, observed, se, verdict. */
    static List<Object> row(String claim, String kind, double expected, double tol, String observed, String se, String verdict) {
        return List.of(claim, "000 eq (1)", claim, "document", "a statement", expected, kind, tol, observed, se, "", "", "",
                "", "", "", "false", verdict, verdict, "true", "", "", "", "");
    }

    static Path run(Path root, List<List<Object>> rows) {
        Provenance p = new Provenance("test-stage", Path.of("stages/Diff.java"), new CommandLine(new Cmd()).getCommandSpec());
        Artifact.write(root.resolve("stage-a/checks.csv"), Claims.CHECKS, p, rows);
        return root;
    }

    @Test
    void eachChangeIsJudgedByTheClaimsOwnTolerance() throws Exception {
        Path base = run(tmp.resolve("base"), List.of(
                row("same", "abs", 1, 0.1, "1.05", "", "reproduced"),
                row("abs-small", "abs", 1, 0.1, "1.05", "", "reproduced"),
                row("abs-large", "abs", 1, 0.1, "1.05", "", "reproduced"),
                row("rel", "rel", 200, 0.01, "201.0", "", "reproduced"),
                row("sigma", "sigma", 0, 4, "0.1", "0.03", "reproduced"),
                row("flip", "abs", 1, 0.1, "1.05", "", "reproduced"),
                row("gone", "abs", 1, 0.1, "1.0", "", "reproduced")));
        Path head = run(tmp.resolve("head"), List.of(
                row("same", "abs", 1, 0.1, "1.05", "", "reproduced"),
                row("abs-small", "abs", 1, 0.1, "1.09", "", "reproduced"),   // |0.04| <= 0.1
                row("abs-large", "abs", 1, 0.1, "0.9", "", "reproduced"),    // |-0.15| > 0.1
                row("rel", "rel", 200, 0.01, "203.5", "", "reproduced"),     // |2.5| > 0.01 x 200 = 2
                row("sigma", "sigma", 0, 4, "0.25", "0.04", "reproduced"),   // |0.15| <= 4 x hypot(0.03, 0.04) = 0.2
                row("flip", "abs", 1, 0.1, "1.2", "", "refuted"),
                row("new", "abs", 1, 0.1, "1.0", "", "reproduced")));
        Map<String, String> got = ChecksDiff.compare(ChecksDiff.read(base), ChecksDiff.read(head)).stream()
                .collect(Collectors.toMap(ChecksDiff.Change::claim, ChecksDiff.Change::change));
        assertEquals(Map.of("same", ChecksDiff.SAME, "abs-small", ChecksDiff.WITHIN, "abs-large", ChecksDiff.BEYOND,
                "rel", ChecksDiff.BEYOND, "sigma", ChecksDiff.WITHIN, "flip", ChecksDiff.VERDICT, "gone", ChecksDiff.REMOVED,
                "new", ChecksDiff.ADDED), got);
        var sigma = ChecksDiff.compare(ChecksDiff.read(base), ChecksDiff.read(head)).stream().filter(c -> c.claim().equals("sigma")).findFirst().get();
        assertEquals(0.2, sigma.scale(), 1e-15);
        String md = ChecksDiff.markdown(ChecksDiff.compare(ChecksDiff.read(base), ChecksDiff.read(head)), "main", "pr", false);
        assertTrue(md.contains("8 claims: 1 verdict changed, 2 beyond tolerance, 2 within tolerance, 1 same, 1 new claim, 1 removed claim"), md);
        assertTrue(md.contains("| 000 | stage-a | flip | abs | reproduced → refuted | 1.05000 → 1.20000 |"), md);
        String named = ChecksDiff.markdown(ChecksDiff.compare(ChecksDiff.read(base), ChecksDiff.read(head)), "main", "pr", false,
                lib.Documents.load(lib.Documents.TABLE));
        assertTrue(named.contains("Documents: 000: Gradient descent in Gaussian random fields"), "the document named from docs/documents.csv: " + named);
        assertTrue(!md.contains("| same |"), "unchanged claims are left out: " + md);
    }

    @Test
    void identicalRunsSayNothingChanged() throws Exception {
        Path a = run(tmp.resolve("a"), List.of(row("x", "abs", 1, 0.1, "1.0", "", "reproduced")));
        String md = ChecksDiff.markdown(ChecksDiff.compare(ChecksDiff.read(a), ChecksDiff.read(a)), "a", "a", false);
        assertTrue(md.contains("No computed value or verdict changed."), md);
        assertTrue(Files.exists(a.resolve("stage-a/checks.csv")));
    }
}
