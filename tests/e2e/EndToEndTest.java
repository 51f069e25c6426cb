package e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lib.Artifact;
import lib.Claims;
import lib.Table;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * `make -j2 quick` as a user runs it, three times, each from a cold project-local JBang cache (issue 10: parallel
 * first resolution once corrupted JBang's dependency cache): every stage through JBang, every verdict the registered
 * quick verdict, a report and figures; the second run at one thread and the third at two give byte-identical CSVs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("runs")
class EndToEndTest {
    static final Path QUICK_DATA = Path.of("data/quick");
    static final Path ONE_THREAD = Path.of("target/e2e-one-thread");
    static final Path AGAIN = Path.of("target/e2e-again");

    /** make with a fresh, empty JBang home of its own. */
    static void make(String jbangHome, String... args) throws IOException, InterruptedException {
        Path home = Path.of("target", jbangHome).toAbsolutePath();
        deleteTree(home);
        List<String> cmd = new ArrayList<>(List.of("make", "--no-print-directory", "-j2"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/e2e-make.log")));
        pb.environment().put("JBANG_DIR", home.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "make timed out");
        assertEquals(0, p.exitValue(), "make " + String.join(" ", args) + " failed (cold JBang home " + home + "): see target/e2e-make.log");
        assertTrue(Files.exists(home.resolve("cache/dependency_cache.json")), "JBang resolved into " + home);
    }

    static List<Path> csvs(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".csv")).map(root::relativize).sorted().toList();
        }
    }

    @Test
    @Order(1)
    void quickRunsEveryStageAndEveryVerdictIsTheRegisteredOne() throws Exception {
        Files.createDirectories(Path.of("target"));
        for (String generated : List.of("data/quick", "figures/quick", "paper-checks/quick")) deleteTree(Path.of(generated));
        make("e2e-jbang-1", "quick");
        List<Path> checks = csvs(QUICK_DATA).stream().filter(p -> p.endsWith("checks.csv")).toList();
        assertFalse(checks.isEmpty());
        for (Path c : checks) {
            Table t = Artifact.read(QUICK_DATA.resolve(c), Claims.CHECKS);
            for (int i = 0; i < t.rows(); i++) {
                assertEquals("true", t.text(i, "agrees"), c + ": " + t.text(i, "claim") + " " + t.text(i, "verdict"));
                assertTrue(!t.text(i, "verdict").equals("missing"), c + ": " + t.text(i, "claim") + " was not evaluated");
            }
        }
        assertEquals("agree", Files.readString(Path.of("paper-checks/quick/report.status")).strip());
        assertTrue(Files.size(Path.of("paper-checks/quick/report.md")) > 0);
        assertTrue(Files.size(Path.of("paper-checks/quick/report.html")) > 0);
        try (Stream<Path> figs = Files.walk(Path.of("figures/quick"))) {
            assertTrue(figs.filter(p -> p.toString().endsWith(".svg")).count() >= 4);
        }
    }

    /**
     * Every decided check can fail: each claim's own computed value, judged against a deliberately wrong document value
     * (moved beyond its tolerance by ten standard errors, or a level above its p-value), is refuted.
     */
    @Test
    @Order(2)
    void everyCheckRefutesADeliberatelyWrongValue() throws Exception {
        int tried = 0;
        for (Path c : csvs(QUICK_DATA).stream().filter(p -> p.endsWith("checks.csv")).toList()) {
            Table t = Artifact.read(QUICK_DATA.resolve(c), Claims.CHECKS);
            for (int i = 0; i < t.rows(); i++) {
                if (t.text(i, "undecidable").equals("true")) continue;
                double v = t.number(i, "observed");
                double se = t.text(i, "standard_error").isBlank() ? 0 : t.number(i, "standard_error");
                double tol = t.number(i, "tolerance");
                String kind = t.text(i, "kind");
                double eps = 1e-9 * Math.max(1, Math.abs(v));
                double wrong = switch (kind) {
                    case "abs" -> v + 2 * tol + 10 * se + eps;
                    case "rel" -> v + 3 * tol * Math.abs(v) + 10 * se + eps;   // registered rel tolerances are all far below 2/3
                    case "min" -> v + tol + 10 * se + 1e-9 * Math.max(1, Math.abs(v));
                    case "max" -> v - tol - 10 * se - 1e-9 * Math.max(1, Math.abs(v));
                    case "sigma" -> v + (tol + 10) * se;
                    case "test" -> 1.0;
                    default -> throw new IllegalStateException(kind);
                };
                if (kind.equals("test") && v >= 1.0) continue;   // a p-value of exactly 1 cannot lie below any level
                lib.Claim wrongClaim = new lib.Claim(t.text(i, "claim"), "000", "", "", "g", "document", wrong, kind, tol, "why",
                        lib.Verdict.REPRODUCED, "", "");
                lib.Observation o = kind.equals("test") ? lib.Observation.test(v, 1.0) : lib.Observation.estimate(v, se);
                assertEquals(lib.Verdict.REFUTED, lib.Verdict.decide(wrongClaim, o).verdict(),
                        c + " " + t.text(i, "claim") + " with the document's value moved to " + wrong);
                tried++;
            }
        }
        assertTrue(tried > 50, "decided checks tried: " + tried);
    }

    @Test
    @Order(3)
    void oneThreadFromAnotherColdCacheGivesByteIdenticalArtifacts() throws Exception {
        sameBytes(ONE_THREAD, "e2e-jbang-2", "THREADS=1");
    }

    @Test
    @Order(4)
    void aThirdColdParallelRunGivesByteIdenticalArtifacts() throws Exception {
        sameBytes(AGAIN, "e2e-jbang-3", "THREADS=2");
    }

    static void sameBytes(Path root, String jbangHome, String threads) throws Exception {
        deleteTree(root);
        make(jbangHome, "PROFILE=quick", "DATA=" + root + "/data", "FIGURES=" + root + "/figures", "REPORT=" + root + "/report",
                threads, "all");
        List<Path> mine = csvs(root.resolve("data"));
        assertEquals(csvs(QUICK_DATA), mine);
        for (Path p : mine) {
            assertArrayEquals(Files.readAllBytes(QUICK_DATA.resolve(p)), Files.readAllBytes(root.resolve("data").resolve(p)),
                    p + " differs between the first run and " + root + " (" + threads + ")");
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
