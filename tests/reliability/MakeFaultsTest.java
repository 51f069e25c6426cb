package reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lib.Artifact;
import lib.Claims;
import lib.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The pipeline's own faults, through make as a user runs it (quick sizes, outputs under target/make-faults): a verdict
 * that differs keeps its evidence and a report, and the stage never counts as up to date; make -n, -q and status say
 * exactly what would rerun and why; a wrong parameter costs no result; a killed stage leaves nothing half-written; a
 * clean of one profile never touches another's results or the download cache; a stage started directly gives the
 * numbers make gives.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MakeFaultsTest {
    static final Path ROOT = Path.of("target/make-faults");
    static final Path DATA = ROOT.resolve("data");
    static final Path REGISTRY = ROOT.resolve("registry");
    static final Path SF = DATA.resolve("sample-field");
    /** sample-field's points for the run that is killed: a minute or more of work, so it is always killed mid-run. */
    static final int KILLED_POINTS = 400000;

    record Run(int exit, String output) {}

    static Run make(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("make", "--no-print-directory", "PROFILE=quick", "DATA=" + DATA,
                "FIGURES=" + ROOT.resolve("figures"), "REPORT=" + ROOT.resolve("report"), "REGISTRY=" + REGISTRY));
        cmd.addAll(List.of(args));
        return exec(cmd, env, null);
    }

    static Run exec(List<String> cmd, Map<String, String> env, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (dir != null) pb.directory(dir.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        Files.createDirectories(ROOT);
        Files.writeString(ROOT.resolve("make.log"), "$ " + String.join(" ", cmd) + "\n" + out, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return new Run(p.exitValue(), out);
    }

    static void record(String what, String command, Run r, String intact) {
        new Outcome(what, command, r.exit(), problemLine(r.output()), intact).record("make");
    }

    static String problemLine(String out) {
        for (String l : out.split("\n")) {
            if (l.contains("DIFFERS") || l.contains("out of range") || l.contains("***") || l.contains("run-stage:")
                    || l.contains("WOULD RERUN") || l.contains("clean:") || l.contains("restore:") || l.contains("DIFFER")) return l.strip();
        }
        return out.lines().filter(l -> !l.isBlank()).findFirst().orElse("(no output)").strip();
    }

    @BeforeAll
    static void fresh() throws IOException {
        deleteTree(ROOT);
        Files.createDirectories(REGISTRY);
        try (Stream<Path> s = Files.list(Path.of("paper-checks"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".csv")).toList()) Files.copy(p, REGISTRY.resolve(p.getFileName()));
        }
        Files.deleteIfExists(Outcome.DIR.resolve("make.md"));
    }

    @Test
    @Order(1)
    void aBogusProfileIsRefusedBeforeAnything() throws Exception {
        Run r = exec(List.of("make", "PROFILE=bogus", "all"), Map.of(), null);
        assertEquals(2, r.exit());
        assertTrue(r.output().contains("PROFILE=bogus is not a profile; one of: paper quick"), r.output());
        assertFalse(Files.exists(Path.of("data/bogus")));
        record("PROFILE=bogus", "make PROFILE=bogus all", r, "nothing created (no data/bogus)");
    }

    @Test
    @Order(2)
    void aDifferingVerdictKeepsItsEvidenceAndNeverCountsAsUpToDate() throws Exception {
        Path registry = REGISTRY.resolve("sample-field.csv");
        String original = Files.readString(registry);
        Files.writeString(registry, original.replace("mean-phi-low-n,000,\"§2, eq (30)\"", "mean-phi-low-n,000,\"§2, eq (30)\"")
                .replaceFirst("(mean-phi-low-n,.*?,)reproduced,,", "$1refuted,,"));
        assertNotEquals(original, Files.readString(registry), "the registry edit must take");
        try {
            differing(registry);
        } finally {
            Files.writeString(registry, original);
        }
    }

    void differing(Path registry) throws Exception {
        Run r = make(Map.of(), "sample-field");
        assertNotEquals(0, r.exit());
        assertTrue(r.output().contains("a verdict differs from the registry; the new outputs are kept as evidence"), r.output());
        Table checks = Artifact.read(SF.resolve("checks.csv"), Claims.CHECKS);
        int differing = 0;
        for (int i = 0; i < checks.rows(); i++) if (checks.text(i, "agrees").equals("false")) differing++;
        assertEquals(1, differing, "checks.csv marks exactly the edited claim");
        assertTrue(Files.exists(SF.resolve("moments.csv")), "the data behind the verdicts stays");
        record("a registry verdict edited to disagree", "make sample-field (registry: mean-phi-low-n refuted)", r,
                "checks.csv kept, the differing row marked; data kept");
        Run q = make(Map.of(), "-q", "sample-field");
        assertEquals(1, q.exit(), "make -q: the stage is not up to date after a disagreement");
        Run rep = make(Map.of(), "report");
        assertEquals(0, rep.exit(), rep.output());
        String md = Files.readString(ROOT.resolve("report.md"));
        assertTrue(md.contains("DIFFER from the registry") && md.contains("## Disagreements") && md.contains("mean-phi-low-n"), md);
        assertTrue(Files.readString(ROOT.resolve("report.status")).startsWith("differ 1 "), "only sample-field has run");
        record("the report after that disagreement", "make report", rep, "report.md lists the disagreement first; report.status = differ 1");
    }

    @Test
    @Order(3)
    void aHandEditedChecksFileCannotHideADisagreement() throws Exception {
        Run ok = make(Map.of(), "sample-field");
        assertEquals(0, ok.exit(), ok.output());
        Path checks = SF.resolve("checks.csv");
        String text = Files.readString(checks);
        // var-phi-paper-cn is refuted; claim it reproduced and agreeing
        String edited = text.replaceFirst("(\\nvar-phi-paper-cn,.*?),refuted,refuted,true,", "$1,reproduced,reproduced,true,");
        assertNotEquals(text, edited);
        Files.writeString(checks, edited);
        try {
            Run rep = make(Map.of(), "report");
            assertEquals(0, rep.exit(), rep.output());
            assertTrue(Files.readString(ROOT.resolve("report.status")).startsWith("differ 1 "));
            assertTrue(Files.readString(ROOT.resolve("report.md")).contains("checks.csv says reproduced but its numbers give refuted"));
            record("checks.csv hand-edited to a flipped verdict", "make report", rep, "the report decides again from the numbers: 1 differs");
        } finally {
            Files.writeString(checks, text);
        }
    }

    @Test
    @Order(4)
    void makeDryRunAndStatusSayExactlyWhatWouldRerunAndWhy() throws Exception {
        make(Map.of(), "sample-field");
        assertEquals(0, make(Map.of(), "-q", "sample-field").exit(), "up to date after a complete run");
        Run n = make(Map.of(), "-n", "sample-field");
        assertFalse(n.output().contains("SampleField.java"), n.output());
        Run changed = make(Map.of(), "-n", "sample-field", "FIELD_M=3000");
        assertTrue(changed.output().contains("stages/SampleField.java") && changed.output().contains("--m 3000"), changed.output());
        Run status = make(Map.of(), "status", "FIELD_M=3000");
        assertTrue(status.output().contains("WOULD RERUN: parameters changed: FIELD_M=4000 -> FIELD_M=3000"), status.output());
        record("preview of a rerun after a parameter change", "make status FIELD_M=3000", status, "nothing run");
    }

    @Test
    @Order(5)
    void aWrongParameterCostsNoResult() throws Exception {
        byte[] before = Files.readAllBytes(SF.resolve("moments.csv"));
        Run r = make(Map.of(), "sample-field", "FIELD_M=1");
        assertNotEquals(0, r.exit());
        assertTrue(r.output().contains("--m = 1 is out of range: allowed 2..100000000"), r.output());
        assertArrayEquals(before, Files.readAllBytes(SF.resolve("moments.csv")));
        assertEquals(0, make(Map.of(), "-q", "sample-field").exit(), "the earlier complete run still counts as up to date");
        record("a wrong parameter on the command line", "make sample-field FIELD_M=1", r, "earlier outputs byte-identical and still up to date");
    }

    @Test
    @Order(6)
    void aKilledStageLeavesNothingHalfWrittenAndRecoversByteIdentical() throws Exception {
        byte[] before = Files.readAllBytes(SF.resolve("covariance.csv"));
        List<String> cmd = new ArrayList<>(List.of("make", "--no-print-directory", "PROFILE=quick", "DATA=" + DATA,
                "FIGURES=" + ROOT.resolve("figures"), "REPORT=" + ROOT.resolve("report"), "REGISTRY=" + REGISTRY, "sample-field",
                "FIELD_POINTS=" + KILLED_POINTS));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ROOT.resolve("killed.log").toFile()).start();
        // kill -9 of the stage's JVM, a descendant of make, found by its command line (procps' pkill is not on a fresh Debian),
        // once it has run for a second: a fixed wait from make's start raced a stage that had become fast enough to finish
        // (more points than the profile's: an experiment, in its own folder)
        String stage = ".*SampleField.*" + java.util.regex.Pattern.quote(DATA.resolve("exp/FIELD_POINTS" + KILLED_POINTS + "/sample-field").toString()) + ".*";
        // only the JVM itself: run-stage's and JBang's shells carry the same words on their command lines, and killing
        // them too (a race) would be the recipe's death, which the next test covers, not the stage's
        java.util.function.Supplier<List<ProcessHandle>> jvm = () -> p.descendants().filter(h -> h.info().command().orElse("").endsWith("/java"))
                .filter(h -> h.info().commandLine().orElse("").matches(stage)).toList();
        for (int i = 0; i < 600 && jvm.get().isEmpty() && p.isAlive(); i++) Thread.sleep(100);
        Thread.sleep(1000);
        long killed = jvm.get().stream().filter(ProcessHandle::destroyForcibly).count();
        assertTrue(killed >= 1, "the stage's JVM was running when the test killed it");
        p.waitFor(2, TimeUnit.MINUTES);
        // the run with more points is an experiment beside the profile's result: nothing half-written there either
        try (Stream<Path> s = Files.list(DATA.resolve("exp/FIELD_POINTS" + KILLED_POINTS + "/sample-field"))) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file survives");
        }
        assertNotEquals(0, make(Map.of(), "-q", "sample-field", "FIELD_POINTS=" + KILLED_POINTS).exit(), "a killed run is not up to date");
        Run again = make(Map.of(), "sample-field");
        assertEquals(0, again.exit(), again.output());
        assertArrayEquals(before, Files.readAllBytes(SF.resolve("covariance.csv")));
        new Outcome("kill -9 of a running stage", "make sample-field FIELD_POINTS=" + KILLED_POINTS + ", then kill -9 the JVM (" + killed + " killed)",
                p.exitValue(), problemLine(Files.readString(ROOT.resolve("killed.log"))), "no .tmp left; stage out of date; rerun byte-identical")
                .record("make");
    }

    /**
     * kill -9 of the recipe itself (run-stage and its stage) after the stage has written an output: the earlier complete
     * run's mark must not survive, or make would take the new outputs for the old parameters' (the fresh-machine test
     * caught this when a fast container had finished writing before the kill).
     */
    @Test
    @Order(6)
    void killingTheRecipeAfterAnOutputWasWrittenLeavesTheStageIncomplete() throws Exception {
        Path dir = ROOT.resolve("recipe-kill");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("out.csv"), "old\n");
        Files.writeString(dir.resolve(".complete"), "");
        Process p = new ProcessBuilder("workflow/run-stage", dir.toString(), "P=1", dir.resolve("out.csv").toString(), "--",
                "sh", "-c", "echo new > " + dir.resolve("out.csv") + "; sleep 60").redirectErrorStream(true)
                .redirectOutput(ROOT.resolve("recipe-kill.log").toFile()).start();
        for (int i = 0; i < 100 && Files.readString(dir.resolve("out.csv")).startsWith("old"); i++) Thread.sleep(100);
        long killed = java.util.stream.Stream.concat(java.util.stream.Stream.of(p.toHandle()), p.descendants())
                .filter(ProcessHandle::destroyForcibly).count();
        p.waitFor(1, TimeUnit.MINUTES);
        assertEquals("new\n", Files.readString(dir.resolve("out.csv")));
        assertFalse(Files.exists(dir.resolve(".complete")), "the new output must not pass for the earlier complete run");
        new Outcome("kill -9 of the recipe (run-stage and the stage) after an output was written", "workflow/run-stage ... -- <a stage that writes, then waits>; "
                + "kill -9 of both (" + killed + " killed)", p.exitValue(), "(killed)", ".complete gone: make reruns the stage").record("make");
    }

    @Test
    @Order(7)
    void cleanOfOneProfileNeverTouchesAnotherNorTheCacheAndCanBeUndone() throws Exception {
        Path repo = ROOT.resolve("repo");
        Files.createDirectories(repo);
        for (String f : List.of("Makefile", "workflow")) copyTree(Path.of(f), repo.resolve(f));
        for (String f : List.of("data/sample-field/moments.csv", "data/quick/sample-field/moments.csv", "data/cache/mnist/train-labels-idx1-ubyte",
                "figures/sample-field/figure1.svg", "figures/quick/sample-field/figure1.svg", "paper-checks/report.md", "paper-checks/quick/report.md")) {
            Files.createDirectories(repo.resolve(f).getParent());
            Files.writeString(repo.resolve(f), f);
        }
        Run clean = exec(List.of("make", "PROFILE=quick", "clean"), Map.of(), repo);
        assertEquals(0, clean.exit(), clean.output());
        assertFalse(Files.exists(repo.resolve("data/quick/sample-field")));
        assertFalse(Files.exists(repo.resolve("paper-checks/quick/report.md")));
        for (String kept : List.of("data/sample-field/moments.csv", "data/cache/mnist/train-labels-idx1-ubyte", "figures/sample-field/figure1.svg",
                "paper-checks/report.md")) assertTrue(Files.exists(repo.resolve(kept)), kept);
        record("make PROFILE=quick clean (paper results and the MNIST cache beside it)", "make PROFILE=quick clean", clean,
                "paper results and data/cache/mnist untouched; quick outputs in .trash/quick");
        Run restore = exec(List.of("make", "PROFILE=quick", "restore"), Map.of(), repo);
        assertEquals(0, restore.exit(), restore.output());
        assertEquals("data/quick/sample-field/moments.csv", Files.readString(repo.resolve("data/quick/sample-field/moments.csv")));
        assertEquals("paper-checks/quick/report.md", Files.readString(repo.resolve("paper-checks/quick/report.md")));
        record("undo that clean", "make PROFILE=quick restore", restore, "every file back");
        Run paper = exec(List.of("make", "clean"), Map.of(), repo);
        assertEquals(0, paper.exit(), paper.output());
        assertTrue(Files.exists(repo.resolve("data/quick/sample-field/moments.csv")), "the paper clean leaves data/quick");
        assertTrue(Files.exists(repo.resolve("data/cache/mnist/train-labels-idx1-ubyte")), "and the MNIST cache");
        assertFalse(Files.exists(repo.resolve("data/sample-field")));
        record("make clean (the paper profile; quick results and the cache beside it)", "make clean", paper,
                "data/quick and data/cache untouched; paper outputs in .trash/paper");
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                if (p.toString().contains(".jbang")) continue;
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
