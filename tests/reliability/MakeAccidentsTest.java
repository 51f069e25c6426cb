package reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import lib.Artifact;
import lib.Claims;
import lib.Table;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a user's edit or a machine's accident does to a complete result, through make with the real sample-field stage at
 * quick sizes (outputs under target/make-accidents): a registry that lacks a claim, a damaged output, a folder without
 * free inodes, a stray registry file, a parameter that breaks quoting, a stage started from another directory. In every
 * case the earlier complete outputs stay byte for byte, or the stage reruns to the same bytes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("runs")
class MakeAccidentsTest {
    static final Path ROOT = Path.of("target/make-accidents");
    static final Path DATA = ROOT.resolve("data");
    static final Path FIGURES = ROOT.resolve("figures");
    static final Path REGISTRY = ROOT.resolve("registry");
    static final Path SF = DATA.resolve("sample-field");

    static MakeFaultsTest.Run make(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("make", "--no-print-directory", "PROFILE=quick", "DATA=" + DATA, "FIGURES=" + FIGURES,
                "REPORT=" + ROOT.resolve("report"), "REGISTRY=" + REGISTRY));
        cmd.addAll(List.of(args));
        return MakeFaultsTest.exec(cmd, Map.of(), null);
    }

    static void record(String what, String command, MakeFaultsTest.Run r, String intact) {
        new Outcome(what, command, r.exit(), MakeFaultsTest.problemLine(r.output()), intact).record("accidents");
    }

    /** Every output of sample-field's complete run with its bytes. */
    static Map<String, byte[]> outputs() throws Exception {
        Map<String, byte[]> m = new TreeMap<>();
        for (Path dir : List.of(SF, FIGURES.resolve("sample-field"))) {
            try (Stream<Path> s = Files.list(dir)) {
                // stage.log is the last run's output, whatever became of the run
                for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> !p.getFileName().toString().equals("stage.log")).toList()) {
                    m.put(dir.getFileName() + "/" + p.getFileName(), Files.readAllBytes(p));
                }
            }
        }
        return m;
    }

    static void assertSame(Map<String, byte[]> before, String why) throws Exception {
        Map<String, byte[]> now = outputs();
        assertEquals(before.keySet(), now.keySet(), why + ": the same files");
        for (String f : before.keySet()) {
            // a .run sidecar records the run's wall time and commit: it must be there, its bytes vary by design
            if (!f.endsWith(".run")) assertArrayEquals(before.get(f), now.get(f), why + ": " + f + " byte for byte");
        }
    }

    @BeforeAll
    static void aCompleteRun() throws Exception {
        MakeFaultsTest.deleteTree(ROOT);
        Files.createDirectories(REGISTRY);
        try (Stream<Path> s = Files.list(Path.of("paper-checks"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".csv")).toList()) Files.copy(p, REGISTRY.resolve(p.getFileName()));
        }
        Files.createDirectories(MakeFaultsTest.ROOT);
        Files.deleteIfExists(Outcome.DIR.resolve("accidents.md"));
        MakeFaultsTest.Run r = make("sample-field");
        assertEquals(0, r.exit(), r.output());
    }

    @Test
    @Order(1)
    void aRegistryLackingAClaimIsBadInputBeforeAnyWorkAndCostsNoResult() throws Exception {
        Map<String, byte[]> before = outputs();
        Path registry = REGISTRY.resolve("sample-field.csv");
        String original = Files.readString(registry);
        try {
            Files.writeString(registry, original.replaceFirst("\nvar-phi-high-n,[^\n]*", ""));
            MakeFaultsTest.Run deleted = make("sample-field");
            assertNotEquals(0, deleted.exit());
            assertTrue(deleted.output().contains("column 'claim': no row for claim 'var-phi-high-n', which this stage decides"), deleted.output());
            assertFalse(deleted.output().contains("internal failure"), deleted.output());
            assertSame(before, "a deleted registry row");
            record("a registry row deleted (the old code: exit 3, and make removed the fresh outputs)", "make sample-field (registry without var-phi-high-n)",
                    deleted, "the earlier complete outputs byte for byte; the stage computed nothing");

            Files.writeString(registry, original.replaceFirst("\nvar-phi-high-n,", "\n,"));
            MakeFaultsTest.Run blank = make("sample-field");
            assertNotEquals(0, blank.exit());
            assertTrue(blank.output().matches("(?s).*sample-field\\.csv:\\d+: column 'claim': empty claim id.*"), blank.output());
            assertSame(before, "a blanked claim id");
            record("a registry claim id blanked", "make sample-field (registry row with an empty id)", blank, "the earlier complete outputs byte for byte");
        } finally {
            Files.writeString(registry, original);
        }
    }

    @Test
    @Order(2)
    void aDamagedOutputIsSeenByStatusAndMakeAndRerunsToTheSameBytes() throws Exception {
        assertEquals(0, make("sample-field").exit());
        Map<String, byte[]> before = outputs();
        Path checks = SF.resolve("checks.csv");
        String text = Files.readString(checks);
        Files.writeString(checks, text.substring(0, text.lastIndexOf("# rows:")));
        MakeFaultsTest.Run status = make("status");
        assertTrue(status.output().contains("sample-field") && status.output().contains("damaged: " + checks), status.output());
        assertEquals(1, make("-q", "sample-field").exit(), "make -q: a damaged output is not up to date");
        record("a complete run's checks.csv without its '# rows:' trailer", "make status", status, "status names the damaged file; make -q says out of date");
        MakeFaultsTest.Run rerun = make("sample-field");
        assertEquals(0, rerun.exit(), rerun.output());
        assertSame(before, "the rerun after the damage");
        record("make after that damage", "make sample-field", rerun, "the stage reran: its outputs byte for byte as before the damage");
    }

    @Test
    @Order(3)
    void aFolderWithoutFreeInodesCostsNoResult() throws Exception {
        Map<String, byte[]> before = outputs();
        Path copy = ROOT.resolve("sf-copy");
        MakeFaultsTest.copyTree(SF, copy);
        int mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m,nr_inodes=12", "tmpfs", SF.toString()).inheritIO().start().waitFor();
        Assumptions.assumeTrue(mounted == 0, "cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)");
        try {
            MakeFaultsTest.copyTree(copy, SF);
            Path registry = REGISTRY.resolve("sample-field.csv");
            Files.setLastModifiedTime(registry, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            MakeFaultsTest.Run r = make("sample-field");
            assertNotEquals(0, r.exit());
            assertTrue(r.output().contains("cannot prepare the run"), r.output());
            assertSame(before, "no free inode");
            record("the stage's data folder without free inodes (the old code deleted all 8 outputs)",
                    "tmpfs nr_inodes=12 over data/sample-field holding its complete run; registry touched; make sample-field", r,
                    "the earlier complete outputs byte for byte, figures too");
        } finally {
            new ProcessBuilder("umount", SF.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    @Order(4)
    void aStrayRegistryFileIsLeftOutNotCountedAsAStageNotRun() throws Exception {
        MakeFaultsTest.Run plain = make("report");
        String plainStatus = Files.readString(ROOT.resolve("report.status"));
        Files.copy(REGISTRY.resolve("mnist-data.csv"), REGISTRY.resolve("mnist-data-old.csv"));
        try {
            MakeFaultsTest.Run stray = make("report");
            assertEquals(0, stray.exit(), stray.output());
            assertTrue(stray.output().contains("mnist-data-old.csv belongs to no stage of the pipeline"), stray.output());
            assertEquals(plainStatus, Files.readString(ROOT.resolve("report.status")), "the same stages counted as before: " + plain.output());
            record("a stray registry file paper-checks/mnist-data-old.csv", "make report", stray,
                    "left out, saying so; the report counts the same stages (" + plainStatus.strip() + ")");
        } finally {
            Files.delete(REGISTRY.resolve("mnist-data-old.csv"));
        }
    }

    @Test
    @Order(5)
    void aParameterThatWouldBreakQuotingIsRefusedNamingIt() throws Exception {
        Map<String, byte[]> before = outputs();
        MakeFaultsTest.Run r = make("sample-field", "SEED=1'2");
        assertEquals(2, r.exit());
        assertTrue(r.output().contains("SEED = 1'2 contains ': a parameter is letters, digits and"), r.output());
        assertSame(before, "a bad SEED");
        record("SEED=\"1'2\" (the old code: \"run-stage: missing -- before the command\")", "make sample-field SEED=\"1'2\"", r,
                "nothing ran; outputs byte for byte");
    }

    @Test
    @Order(6)
    void aRegistryWithAByteOrderMarkIsRead() throws Exception {
        Path registry = REGISTRY.resolve("sample-field.csv");
        byte[] original = Files.readAllBytes(registry);
        try {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] with = new byte[bom.length + original.length];
            System.arraycopy(bom, 0, with, 0, bom.length);
            System.arraycopy(original, 0, with, bom.length, original.length);
            Files.write(registry, with);
            MakeFaultsTest.Run r = make("sample-field");
            assertEquals(0, r.exit(), r.output());
            Table checks = Artifact.read(SF.resolve("checks.csv"), Claims.CHECKS);
            assertEquals(9, checks.rows(), "every claim judged");
            record("a registry saved with a byte-order mark (the old code: \"column 'claim': missing column\")", "make sample-field", r,
                    "read as UTF-8 without the mark; every verdict as registered");
        } finally {
            Files.write(registry, original);
        }
    }

    @Test
    @Order(7)
    void aStageStartedFromAnotherDirectoryNamesItsCode() throws Exception {
        Path here = Path.of("").toAbsolutePath();
        Path out = ROOT.resolve("elsewhere").toAbsolutePath();
        List<String> cmd = List.of(here.resolve("workflow/jbang").toString(), "--quiet", here.resolve("stages/SampleField.java").toString(),
                "--out", out.toString(), "--figures", out.resolve("fig").toString(), "--claims", here.resolve(REGISTRY.resolve("sample-field.csv")).toString(),
                "--profile", "quick", "--dims", "2,100", "--m", "4000", "--points", "8000", "--realisations", "20", "--seed", "20190613");
        MakeFaultsTest.Run r = MakeFaultsTest.exec(cmd, Map.of(), Path.of("/tmp"));
        assertEquals(0, r.exit(), r.output());
        String elsewhere = Artifact.read(out.resolve("moments.csv"), samplefieldSchema()).meta("source_sha256");
        String fromRoot = Artifact.read(SF.resolve("moments.csv"), samplefieldSchema()).meta("source_sha256");
        assertFalse(elsewhere.startsWith("unavailable"), elsewhere);
        assertEquals(fromRoot, elsewhere, "the same code, wherever the stage was started");
        assertArrayEquals(Files.readAllBytes(SF.resolve("moments.csv")), Files.readAllBytes(out.resolve("moments.csv")), "and the same bytes");
        new Outcome("a stage started from another working directory (the old code: source_sha256 'unavailable', exit 0)",
                "cd /tmp && <repo>/workflow/jbang <repo>/stages/SampleField.java ...", r.exit(), "source_sha256 " + elsewhere.substring(0, 12) + "…",
                "the provenance names the code: moments.csv byte-identical to make's").record("accidents");
    }

    @Test
    @Order(8)
    void aDiskThatFillsUpWhileFiguresAreWrittenCostsNoResult() throws Exception {
        assertEquals(0, make("sample-field").exit());
        Map<String, byte[]> before = outputs();
        Path figures = FIGURES.resolve("sample-field");
        Path copy = ROOT.resolve("fig-copy");
        MakeFaultsTest.deleteTree(copy);
        MakeFaultsTest.copyTree(figures, copy);
        long used;
        try (Stream<Path> st = Files.list(copy)) {
            used = st.mapToLong(p -> ((p.toFile().length() + 4095) / 4096) * 4096).sum();
        }
        // room for the earlier figures and 16 KB more: the first new figure cannot be written
        int mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + (used + 16384), "tmpfs", figures.toString()).inheritIO().start().waitFor();
        Assumptions.assumeTrue(mounted == 0, "cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)");
        try {
            MakeFaultsTest.copyTree(copy, figures);
            Files.setLastModifiedTime(REGISTRY.resolve("sample-field.csv"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            MakeFaultsTest.Run r = make("sample-field");
            assertNotEquals(0, r.exit());
            assertTrue(r.output().contains("the earlier complete outputs are back as they were"), r.output());
            assertSame(before, "a full disk while the figures were written");
            try (Stream<Path> st = Files.list(SF)) {
                assertTrue(st.noneMatch(p -> p.getFileName().toString().matches(".*\\.(tmp|prev)$|\\.run-journal.*")), "nothing half-written left");
            }
            record("the disk fills up while the stage writes its figures (the CSVs already written)", "tmpfs of the figures' size + 16 KB over "
                    + "figures/sample-field; make sample-field", r, "the earlier CSVs and figures byte for byte; no temporary file, sidecar or journal left");
        } finally {
            new ProcessBuilder("umount", figures.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    @Order(9)
    void aSecondMakeOfTheSameStageWhileTheFirstRunsIsRefused() throws Exception {
        List<String> cmd = new ArrayList<>(List.of("make", "--no-print-directory", "PROFILE=quick", "DATA=" + DATA, "FIGURES=" + FIGURES,
                "REPORT=" + ROOT.resolve("report"), "REGISTRY=" + REGISTRY, "sample-field", "FIELD_POINTS=" + MakeFaultsTest.KILLED_POINTS / 8));
        Process first = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ROOT.resolve("first.log").toFile()).start();
        Path experiment = DATA.resolve("exp/FIELD_POINTS" + MakeFaultsTest.KILLED_POINTS / 8 + "/sample-field");
        for (int i = 0; i < 600 && !Files.exists(experiment.resolve(".run-journal")); i++) Thread.sleep(100);
        MakeFaultsTest.Run second = make("sample-field", "FIELD_POINTS=" + MakeFaultsTest.KILLED_POINTS / 8);
        assertTrue(first.waitFor(10, java.util.concurrent.TimeUnit.MINUTES));
        assertNotEquals(0, second.exit());
        assertTrue(second.output().contains("another run of this stage is in progress"), second.output());
        assertEquals(0, first.exitValue(), Files.readString(ROOT.resolve("first.log")));
        assertEquals(0, make("-q", "sample-field", "FIELD_POINTS=" + MakeFaultsTest.KILLED_POINTS / 8).exit(), "the first run completed");
        record("a second make of the same stage while the first runs", "make sample-field, twice at once", second,
                "the first run completes untouched and up to date");
        assertEquals(0, make("sample-field").exit());
    }

    @Test
    @Order(10)
    void anInterruptOfMakeLeavesTheEarlierRunComplete() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(sigintIgnored(), "SIGINT is ignored in this test's process (it was started"
                + " as a background job of a non-interactive shell, or under nohup): make and run-stage inherit that, so no Ctrl-C can be sent");
        // a complete run in experiment "long" (the profile's parameters), then a long run with more points over it
        assertEquals(0, make("sample-field", "EXP=long").exit());
        Path dir = DATA.resolve("exp/long/sample-field");
        Map<String, byte[]> before = filesOf(dir);
        // make in a process group of its own, as a terminal runs it; Ctrl-C sends SIGINT to the whole group
        List<String> cmd = new ArrayList<>(List.of("setsid", "make", "--no-print-directory", "PROFILE=quick", "DATA=" + DATA, "FIGURES=" + FIGURES,
                "REPORT=" + ROOT.resolve("report"), "REGISTRY=" + REGISTRY, "sample-field", "EXP=long", "FIELD_POINTS=" + MakeFaultsTest.KILLED_POINTS));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ROOT.resolve("interrupted.log").toFile()).start();
        for (int i = 0; i < 600 && !Files.exists(dir.resolve(".run-journal")); i++) Thread.sleep(100);
        Thread.sleep(1000);
        assertEquals(0, new ProcessBuilder("kill", "-INT", "--", "-" + p.pid()).start().waitFor());
        assertTrue(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES));
        String log = Files.readString(ROOT.resolve("interrupted.log"));
        assertTrue(log.contains("stopped by SIGINT; the earlier outputs are back as they were"), log);
        Map<String, byte[]> after = filesOf(dir);
        assertEquals(before.keySet(), after.keySet());
        for (String f : before.keySet()) assertArrayEquals(before.get(f), after.get(f), f);
        assertEquals(0, make("-q", "sample-field", "EXP=long").exit(), "the earlier run is still complete and up to date");
        new Outcome("Ctrl-C of make while a valid but long run writes (the old code left the earlier run without its .complete)",
                "make sample-field FIELD_POINTS=" + MakeFaultsTest.KILLED_POINTS + " over a complete run, then SIGINT to make's process group",
                p.exitValue(), log.lines().filter(l -> l.contains("stopped by SIGINT")).findFirst().orElse(""),
                "the earlier complete run byte for byte (its .complete too), still up to date").record("accidents");
    }

    /** Whether SIGINT is ignored in this process (bit 2 of SigIgn): its children then inherit it and cannot trap it. */
    static boolean sigintIgnored() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) return false;
        for (String l : Files.readAllLines(status)) {
            if (l.startsWith("SigIgn:")) return (Long.parseUnsignedLong(l.substring(7).strip(), 16) & (1L << 1)) != 0;
        }
        return false;
    }

    /** Every file of a stage folder but its log, with its bytes. */
    static Map<String, byte[]> filesOf(Path dir) throws Exception {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("stage.log")).toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    @Test
    @Order(11)
    void anOutputDatedInTheFutureRerunsNothing() throws Exception {
        Map<String, byte[]> before = outputs();
        Files.setLastModifiedTime(SF.resolve("moments.csv"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
        var written = Files.getLastModifiedTime(SF.resolve("checks.csv"));
        MakeFaultsTest.Run r = make("sample-field");
        assertEquals(0, r.exit(), r.output());
        assertEquals(written, Files.getLastModifiedTime(SF.resolve("checks.csv")), "nothing reran: " + r.output());
        assertSame(before, "an output dated an hour ahead");
        record("an output dated an hour in the future (clock skew)", "touch -d '+1 hour' data/sample-field/moments.csv; make sample-field", r,
                "nothing reran; outputs byte for byte");
    }

    @Test
    @Order(12)
    void aCloneInAPathWithASpaceRuns() throws Exception {
        Path repo = ROOT.resolve("a path with spaces/grf-repro").toAbsolutePath();
        Files.createDirectories(repo);
        for (String f : List.of("Makefile", "workflow", "stages", "paper-checks")) MakeFaultsTest.copyTree(Path.of(f), repo.resolve(f));
        Files.createDirectories(repo.resolve("data"));
        MakeFaultsTest.Run r = MakeFaultsTest.exec(List.of("make", "--no-print-directory", "PROFILE=quick", "sample-field"), Map.of(), repo);
        assertEquals(0, r.exit(), r.output());
        assertArrayEquals(Files.readAllBytes(SF.resolve("moments.csv")), Files.readAllBytes(repo.resolve("data/quick/sample-field/moments.csv")),
                "the same bytes as the run in the project's own path");
        record("a clone in a path with spaces", "cd 'a path with spaces/grf-repro' && make PROFILE=quick sample-field", r,
                "moments.csv byte-identical to the run elsewhere");
    }

    /** moments.csv read for its provenance: its schema without the columns. */
    static lib.Schema samplefieldSchema() {
        return lib.Schema.of("sample-field.moments", 1);
    }
}
