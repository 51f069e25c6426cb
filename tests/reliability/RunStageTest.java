package reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * workflow/run-stage, property by property: for every way a stage can end (0, 1, 2, 3, a signal to the stage, a
 * signal to run-stage, run-stage itself killed, a journal it cannot write, a disk that fills up), the earlier complete
 * outputs are either intact (byte for byte, with their .complete) or replaced by the new run's outputs, never absent or
 * mixed. The stage is a shell script that writes its outputs as the stages do (temporary file, rename), so each case
 * takes milliseconds. File-system faults use a small tmpfs made by the test, skipped with the reason where the test
 * cannot mount one.
 */
class RunStageTest {
    static final Path ROOT = Path.of("target/run-stage").toAbsolutePath();
    static final String RUN_STAGE = Path.of("workflow/run-stage").toAbsolutePath().toString();
    final List<Path> mounts = new ArrayList<>();

    @BeforeAll
    static void fresh() throws IOException {
        MakeFaultsTest.deleteTree(ROOT);
        Files.createDirectories(ROOT);
        Files.deleteIfExists(Outcome.DIR.resolve("run-stage.md"));
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) sh("umount " + m);
        mounts.clear();
    }

    /** A stage folder d with figures in f: outputs d/a.csv (with its .run sidecar), d/b.csv, f/fig.svg. */
    record Stage(Path dir, Path figures) {
        List<Path> outputs() { return List.of(dir.resolve("a.csv"), dir.resolve("b.csv"), figures.resolve("fig.svg")); }

        /** Every file under d and f, with its bytes: what a run leaves. */
        Map<String, String> files() throws IOException {
            Map<String, String> m = new TreeMap<>();
            for (Path root : List.of(dir, figures)) {
                if (!Files.exists(root)) continue;
                try (Stream<Path> s = Files.list(root)) {
                    // stage.log is the last run's output, written whatever became of the run: not a result
                    for (Path p : s.filter(p -> !p.getFileName().toString().equals("stage.log")).toList()) {
                        m.put(root.getFileName() + "/" + p.getFileName(), Files.readString(p));
                    }
                }
            }
            return m;
        }
    }

    /**
     * The fake stage: writes the outputs named in {@code writes} ("a b fig" or fewer), each by temporary file and rename,
     * with text tag, then does {@code then} (e.g. "exit 2", "kill -9 $$", "sleep 30").
     */
    static String stage(Stage s, String tag, String writes, String then) {
        StringBuilder b = new StringBuilder("set -e; mkdir -p " + s.dir() + " " + s.figures() + " || exit 3; ");
        for (String w : writes.split(" ")) {
            if (w.isBlank()) continue;
            Path o = w.equals("fig") ? s.figures().resolve("fig.svg") : s.dir().resolve(w + ".csv");
            String body = o.toString().endsWith(".csv") ? tag + "\\n# rows: 0\\n" : tag + "\\n";
            Path tmp = o.resolveSibling("." + o.getFileName() + ".tmp");   // as lib/AtomicFiles names its temporary files
            b.append("printf '").append(body).append("' > ").append(tmp).append(" || exit 3; mv ").append(tmp).append(" ").append(o).append("; ");
            if (w.equals("a")) b.append("printf '").append(tag).append("\\n' > ").append(tmp).append(" || exit 3; mv ").append(tmp)
                    .append(" ").append(o).append(".run; ");
        }
        return b.append(then).toString();
    }

    static List<String> runStage(Stage s, String params, String command) {
        List<String> cmd = new ArrayList<>(List.of(RUN_STAGE, s.dir().toString(), params));
        for (Path o : s.outputs()) cmd.add(o.toString());
        cmd.addAll(List.of("--", "bash", "-c", command));
        return cmd;
    }

    record Result(int exit, String output) {}

    static Result run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Result(p.exitValue(), out);
    }

    static int sh(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    /** A stage with a complete earlier run (tag "old"), in a fresh folder, or on a tmpfs of the given options. */
    Stage earlierComplete(String name, String tmpfs) throws Exception {
        Path base = ROOT.resolve(name);
        MakeFaultsTest.deleteTree(base);
        Files.createDirectories(base);
        if (tmpfs != null) {
            int mounted = sh("mount -t tmpfs -o " + tmpfs + " tmpfs " + base);
            Assumptions.assumeTrue(mounted == 0, "cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN): " + name + " skipped");
            mounts.add(base);
        }
        Stage s = new Stage(base.resolve("d"), base.resolve("f"));
        Result r = run(runStage(s, "P=old", stage(s, "old", "a b fig", "exit 0")));
        assertEquals(0, r.exit(), r.output());
        return s;
    }

    static final Map<String, String> OLD = Map.of("d/a.csv", "old\n# rows: 0\n", "d/a.csv.run", "old\n", "d/b.csv", "old\n# rows: 0\n",
            "f/fig.svg", "old\n", "d/params.txt", "P=old\n");

    /** The earlier complete run, byte for byte: its outputs, sidecar and parameters, and a .complete listing their sizes. */
    static void assertIntact(Stage s, String why) throws IOException {
        Map<String, String> files = s.files();
        String complete = files.remove("d/.complete");
        assertEquals(new TreeMap<>(OLD), files, why + ": the earlier complete run, and nothing else");
        assertTrue(complete != null && complete.contains(OLD.get("d/a.csv").length() + " " + s.dir().resolve("a.csv")), why + ": its .complete: " + complete);
    }

    static Stream<Arguments> endings() {
        return Stream.of(
            Arguments.of("exit 0 (complete, verdicts agree)", "a b fig", "exit 0", 0, "new"),
            Arguments.of("exit 1 after the CSVs (a verdict differs: no figures)", "a b", "exit 1", 1, "evidence"),
            Arguments.of("exit 2 after one output (bad input found late)", "a", "exit 2", 2, "earlier"),
            Arguments.of("exit 3 after two outputs (a bug)", "a b", "exit 3", 3, "earlier"),
            Arguments.of("the stage killed by SIGKILL after writing", "a b fig", "kill -9 $$", 137, "earlier"),
            Arguments.of("exit 2 before writing anything (a refused parameter)", "", "exit 2", 2, "earlier"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void endings(String what, String writes, String then, int exit, String leaves) throws Exception {
        Stage s = earlierComplete("ending-" + Math.abs(what.hashCode()), null);
        Result r = run(runStage(s, "P=new", stage(s, "new", writes, then)));
        assertEquals(exit, r.exit(), r.output());
        Map<String, String> files = s.files();
        switch (leaves) {
            case "earlier" -> assertIntact(s, what);
            case "new" -> {
                assertEquals("new\n# rows: 0\n", files.get("d/a.csv"));
                assertEquals("new\n", files.get("f/fig.svg"));
                assertEquals("P=new\n", files.get("d/params.txt"));
                assertTrue(files.containsKey("d/.complete"));
            }
            case "evidence" -> {
                assertEquals("new\n# rows: 0\n", files.get("d/a.csv"));
                assertEquals("new\n# rows: 0\n", files.get("d/b.csv"));
                assertFalse(files.containsKey("f/fig.svg"), "the earlier run's figure must not pass as the new run's: " + files.keySet());
                assertFalse(files.containsKey("d/.complete"), "a differing run is never complete");
            }
            default -> throw new IllegalArgumentException(leaves);
        }
        assertTrue(files.keySet().stream().noneMatch(f -> f.endsWith(".prev") || f.endsWith(".tmp") || f.contains("journal")),
                "no journal, earlier version or temporary file is left: " + files.keySet());
        new Outcome(what, "workflow/run-stage <dir> ... -- <a stage that writes " + (writes.isBlank() ? "nothing" : writes) + ", then " + then + ">",
                r.exit(), lastLine(r.output()), leaves.equals("earlier") ? "the earlier complete run byte for byte, with its .complete"
                : leaves.equals("new") ? "the new complete set" : "the new CSVs as evidence; no earlier figure left beside them").record("run-stage");
    }

    @Test
    void noEarlierRunAndAFailureLeavesNothing() throws Exception {
        Path base = ROOT.resolve("no-earlier");
        Stage s = new Stage(base.resolve("d"), base.resolve("f"));
        Result r = run(runStage(s, "P=new", stage(s, "new", "a b", "exit 3")));
        assertEquals(3, r.exit());
        assertEquals(Map.of(), s.files(), "nothing half-written");
        new Outcome("exit 3 after two outputs, with no earlier run", "workflow/run-stage <empty dir> ... -- <writes a b, then exit 3>", r.exit(),
                lastLine(r.output()), "no output, sidecar or journal left").record("run-stage");
    }

    @Test
    void aSigtermToRunStageStopsTheStageAndPutsTheEarlierRunBack() throws Exception {
        Stage s = earlierComplete("sigterm", null);
        Process p = new ProcessBuilder(runStage(s, "P=new", stage(s, "new", "a b", "sleep 60"))).redirectErrorStream(true).start();
        waitFor(() -> Files.readString(s.dir().resolve("b.csv")).startsWith("new"));
        p.toHandle().destroy();   // SIGTERM to run-stage alone, as a scheduler or a user's kill does
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(143, p.exitValue(), out);
        assertIntact(s, "SIGTERM");
        assertTrue(p.descendants().noneMatch(ProcessHandle::isAlive), "the stage was stopped");
        new Outcome("SIGTERM to run-stage while a valid but long run writes", "kill -TERM <run-stage>", p.exitValue(), lastLine(out),
                "the earlier complete run byte for byte, still complete").record("run-stage");
    }

    @Test
    void runStageKilledHardIsRolledBackByTheNextRun() throws Exception {
        Stage s = earlierComplete("kill-9", null);
        Process p = new ProcessBuilder(runStage(s, "P=new", stage(s, "new", "a b fig", "sleep 3"))).redirectErrorStream(true).start();
        waitFor(() -> Files.exists(s.figures().resolve("fig.svg")) && Files.readString(s.figures().resolve("fig.svg")).startsWith("new"));
        List<ProcessHandle> orphans = p.descendants().toList();
        p.toHandle().destroyForcibly();   // kill -9 of run-stage: no trap runs; its stage goes on to its end
        p.waitFor();
        assertFalse(Files.exists(s.dir().resolve(".complete")), "the new outputs must not pass for a complete run");
        // while the orphaned stage runs it holds the stage's lock: a run now would be refused (tested below)
        for (ProcessHandle h : orphans) waitFor(() -> ended(h));
        Result next = run(runStage(s, "P=new", stage(s, "new", "", "exit 2")));
        assertTrue(next.output().contains("an earlier run was interrupted; its outputs were rolled back"), next.output());
        assertIntact(s, "the run after a kill -9 of run-stage");
        new Outcome("kill -9 of run-stage itself after the stage wrote every output", "kill -9 <run-stage>, then the next run of the stage",
                next.exit(), firstLine(next.output()),
                "the next run rolls back first: the earlier complete run byte for byte").record("run-stage");
    }

    @Test
    void aSecondRunOfTheSameStageIsRefusedWhileTheFirstRuns() throws Exception {
        Stage s = earlierComplete("concurrent", null);
        Process first = new ProcessBuilder(runStage(s, "P=new", stage(s, "new", "a b fig", "sleep 2"))).redirectErrorStream(true).start();
        waitFor(() -> Files.readString(s.figures().resolve("fig.svg")).startsWith("new"));
        Result second = run(runStage(s, "P=other", stage(s, "other", "a b fig", "exit 0")));
        assertEquals(2, second.exit(), second.output());
        assertTrue(second.output().contains("another run of this stage is in progress"), second.output());
        assertTrue(first.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, first.exitValue());
        assertEquals("new\n", Files.readString(s.figures().resolve("fig.svg")), "the first run's outputs, untouched by the second");
        new Outcome("a second run of a stage while the first runs", "workflow/run-stage <dir> ... twice at once", second.exit(),
                lastLine(second.output()), "the first run completes, untouched").record("run-stage");
    }

    @Test
    void aJournalThatCannotBeWrittenRunsNothing() throws Exception {
        // the reproduction: every inode of the stage's folder taken by its earlier complete outputs
        Stage s = earlierComplete("no-inodes", "size=1m,nr_inodes=64");
        long free = inodesFree(s.dir().getParent());
        for (int i = 0; i < free; i++) Files.writeString(s.dir().getParent().resolve("filler-" + i), "");
        Result r = run(runStage(s, "P=new", stage(s, "new", "a b fig", "exit 0")));
        assertEquals(3, r.exit(), r.output());
        assertTrue(r.output().contains("cannot prepare the run"), r.output());
        assertIntact(s, "no free inode");
        new Outcome("no free inode for run-stage's journal (the old code deleted every earlier output here)",
                "tmpfs nr_inodes exhausted under the stage's folder; workflow/run-stage ...", r.exit(), lastLine(r.output()),
                "the earlier complete run byte for byte; nothing ran").record("run-stage");
    }

    @Test
    void aReadOnlyStageFolderRunsNothing() throws Exception {
        Stage s = earlierComplete("read-only", "size=1m");
        assertEquals(0, sh("mount -o remount,ro " + s.dir().getParent()));
        Result r = run(runStage(s, "P=new", stage(s, "new", "a b fig", "exit 0")));
        assertEquals(3, r.exit(), r.output());
        assertIntact(s, "read-only");
        new Outcome("a read-only data folder", "mount -o remount,ro <the stage's folder>; workflow/run-stage ...", r.exit(), lastLine(r.output()),
                "the earlier complete run byte for byte (figures too); nothing ran").record("run-stage");
    }

    @Test
    void aDiskThatFillsUpDuringTheRunPutsTheEarlierRunBack() throws Exception {
        Stage s = earlierComplete("disk-full", "size=64k");
        // the stage writes its first output, then one larger than the space left
        String command = stage(s, "new", "a", "head -c 200000 /dev/zero > " + s.dir().resolve(".b.csv.tmp") + " || exit 3");
        Result r = run(runStage(s, "P=new", command));
        assertEquals(3, r.exit(), r.output());
        assertIntact(s, "disk full");
        new Outcome("the disk fills up while the stage writes", "tmpfs of 64 KB; a stage that writes an output, then one larger than the space",
                r.exit(), lastLine(r.output()), "the earlier complete run byte for byte; no orphan .csv.run sidecar or temporary file").record("run-stage");
    }

    static long inodesFree(Path dir) throws Exception {
        Process p = new ProcessBuilder("stat", "-f", "-c", "%d", dir.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return Long.parseLong(out);
    }

    interface Check { boolean ok() throws Exception; }

    /**
     * Whether a process has ended: gone, or a zombie. An orphan is reparented to the machine's (or container's) first
     * process; one that reaps nothing (a container's `sleep infinity`) leaves it a zombie, which Java still sees as alive.
     */
    static boolean ended(ProcessHandle h) throws IOException {
        if (!h.isAlive()) return true;
        try {
            String stat = Files.readString(Path.of("/proc/" + h.pid() + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (java.nio.file.NoSuchFileException e) {
            return true;
        }
    }

    static void waitFor(Check c) throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                if (c.ok()) return;
            } catch (IOException e) {
                // not written yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out");
    }

    static String lastLine(String out) {
        List<String> l = out.lines().filter(x -> x.startsWith("run-stage:")).toList();
        return l.isEmpty() ? "(no message)" : l.get(l.size() - 1).replace(ROOT.toString(), "…");
    }

    static String firstLine(String out) {
        return out.lines().filter(x -> x.startsWith("run-stage:")).findFirst().orElse("(no message)").replace(ROOT.toString(), "…");
    }
}
