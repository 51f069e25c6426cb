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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lib.Artifact;
import lib.Claims;
import lib.Table;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * `make quick` as a user runs it: every stage through JBang, every verdict equal to the registry, a report
 * and figures; then the same run at one thread gives byte-identical CSV artifacts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {
    static final Path QUICK_DATA = Path.of("data/quick");
    static final Path ONE_THREAD = Path.of("target/e2e-one-thread");

    static void make(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("make", "--no-print-directory"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/e2e-make.log"))).start();
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "make timed out");
        assertEquals(0, p.exitValue(), "make " + String.join(" ", args) + " failed: see target/e2e-make.log");
    }

    static List<Path> csvs(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".csv")).map(root::relativize).sorted().toList();
        }
    }

    @Test
    @Order(1)
    void quickRunsEveryStageAndEveryVerdictAgreesWithTheRegistry() throws Exception {
        Files.createDirectories(Path.of("target"));
        make("quick");
        List<Path> checks = csvs(QUICK_DATA).stream().filter(p -> p.endsWith("checks.csv")).toList();
        assertFalse(checks.isEmpty());
        for (Path c : checks) {
            Table t = Artifact.read(QUICK_DATA.resolve(c), Claims.CHECKS);
            for (int i = 0; i < t.rows(); i++) {
                assertEquals("true", t.text(i, "agrees"), c + ": " + t.text(i, "claim") + " " + t.text(i, "verdict"));
            }
        }
        assertTrue(Files.size(Path.of("paper-checks/quick/report.md")) > 0);
        assertTrue(Files.size(Path.of("paper-checks/quick/report.html")) > 0);
        try (Stream<Path> figs = Files.walk(Path.of("figures/quick"))) {
            assertTrue(figs.filter(p -> p.toString().endsWith(".svg")).count() >= 4);
        }
    }

    @Test
    @Order(2)
    void oneThreadGivesByteIdenticalArtifacts() throws Exception {
        make("PROFILE=quick", "DATA=" + ONE_THREAD + "/data", "FIGURES=" + ONE_THREAD + "/figures",
                "REPORT=" + ONE_THREAD + "/report", "THREADS=1", "all");
        List<Path> mine = csvs(ONE_THREAD.resolve("data"));
        assertEquals(csvs(QUICK_DATA), mine);
        for (Path p : mine) {
            assertArrayEquals(Files.readAllBytes(QUICK_DATA.resolve(p)), Files.readAllBytes(ONE_THREAD.resolve("data").resolve(p)),
                    p + " differs between THREADS=2 and THREADS=1");
        }
    }
}
