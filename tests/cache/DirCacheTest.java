package cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The directory backend through workflow/run-stage, as make runs a stage: a run stores its outputs, a second run
 * restores them byte for byte without running the stage, and nothing restored is used unless every file's SHA-256 and
 * size match the entry's manifest: a tampered byte, a truncated file, a truncated manifest or another key's entry is
 * refused with a message and the stage runs (exit 0, its result complete and stored again). Concurrent writers of one
 * key leave one whole entry.
 */
class DirCacheTest {
    /** A stage run once with an empty cache: stored; its files as the run left them. */
    record Stored(RunCache.Stage stage, Path cache, Map<String, String> env, Map<String, String> files) {}

    static Stored storedOnce(String name) throws Exception {
        RunCache.Stage s = RunCache.Stage.fresh(name);
        Path cache = s.base().resolve("cache");
        Map<String, String> env = RunCache.dirCache(cache, s);
        RunCache.Result r = RunCache.run(env, s.runStage("P=1", s.command("v1", "exit 0")));
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("stored in the cache"), r.output());
        assertEquals(1, s.runs());
        return new Stored(s, cache, env, s.files());
    }

    @Test
    void aStoredRunIsRestoredByteForByteWithoutRunning() throws Exception {
        Stored st = storedOnce("restore");
        st.stage().clean();
        RunCache.Result r = RunCache.run(st.env(), st.stage().runStage("P=1", st.stage().command("v1", "exit 0")));
        assertEquals(0, r.exit(), r.output());
        assertEquals(1, st.stage().runs(), "restored, not run: " + r.output());
        assertEquals(st.files(), st.stage().files(), "the outputs, their sidecar, params.txt and .complete, byte for byte");
        String line = r.output().strip();
        assertEquals(1, line.lines().count(), "one terminal line: " + line);
        assertTrue(line.matches(".*restored from the cache \\(.*\\) in [0-9.]+ s · 1 claims: 1 reproduced; all agree with the registry"), line);
        assertTrue(Files.readString(st.stage().dir().resolve("stage.log")).startsWith("run-stage: restored from the cache"));
    }

    @Test
    void anotherParameterOrInputRunsTheStage() throws Exception {
        Stored st = storedOnce("miss");
        RunCache.Result r = RunCache.run(st.env(), st.stage().runStage("P=2", st.stage().command("v2", "exit 0")));
        assertEquals(0, r.exit(), r.output());
        assertEquals(2, st.stage().runs(), "P=2 is another key");
        Files.writeString(st.stage().input(), "x,y\n1,3\n# rows: 1\n");
        st.stage().clean();
        r = RunCache.run(st.env(), st.stage().runStage("P=1", st.stage().command("v1", "exit 0")));
        assertEquals(3, st.stage().runs(), "an input byte changed: another key");
    }

    @Test
    void aFailedOrDifferingRunIsNotStored() throws Exception {
        RunCache.Stage s = RunCache.Stage.fresh("not-stored");
        Path cache = s.base().resolve("cache");
        for (String then : List.of("exit 1", "exit 3")) {
            RunCache.Result r = RunCache.run(RunCache.dirCache(cache, s), s.runStage("P=1", s.command("v1", then)));
            assertFalse(r.output().contains("stored in the cache"), r.output());
        }
        assertFalse(Files.exists(cache.resolve("ac")) && Files.list(cache.resolve("ac")).findAny().isPresent(), "no entry");
    }

    /** A damaged entry: refused with a message, the stage runs, exits 0, and the entry is whole again afterwards. */
    void assertRefusedAndRecomputed(Stored st, String why) throws Exception {
        st.stage().clean();
        RunCache.Result r = RunCache.run(st.env(), st.stage().runStage("P=1", st.stage().command("v1", "exit 0")));
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("is refused: ") && r.output().contains(why), "the message says why: " + r.output());
        assertEquals(2, st.stage().runs(), "the stage ran instead");
        assertEquals(without(st.files(), "d/a.csv.run"), without(st.stage().files(), "d/a.csv.run"), "the recomputed result is complete");
        assertTrue(r.output().contains("stored in the cache"), "stored again: " + r.output());
        st.stage().clean();
        r = RunCache.run(st.env(), st.stage().runStage("P=1", st.stage().command("v1", "exit 0")));
        assertEquals(2, st.stage().runs(), "the entry is whole again: restored: " + r.output());
        assertFalse(r.output().contains("refused"), r.output());
    }

    static Map<String, String> without(Map<String, String> m, String key) {
        Map<String, String> c = new HashMap<>(m);
        c.remove(key);
        c.remove("d/.complete");
        return c;
    }

    @Test
    void aTamperedByteIsRefusedAndTheStageRecomputed() throws Exception {
        Stored st = storedOnce("tamper");
        Path blob = RunCache.blobOf(st.cache(), st.stage().dir().resolve("b.csv").toString());
        try (RandomAccessFile f = new RandomAccessFile(blob.toFile(), "rw")) {
            f.seek(2);
            byte b = f.readByte();
            f.seek(2);
            f.writeByte(b ^ 1);   // one bit of one byte: the size stays
        }
        assertRefusedAndRecomputed(st, "b.csv's SHA-256 differs from the manifest's");
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        Stored st = storedOnce("truncated-file");
        Path blob = RunCache.blobOf(st.cache(), st.stage().figures().resolve("fig.svg").toString());
        byte[] bytes = Files.readAllBytes(blob);
        Files.write(blob, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertRefusedAndRecomputed(st, "fig.svg has " + (bytes.length - 3) + " bytes, the manifest says " + bytes.length);
    }

    @Test
    void aTruncatedManifestIsRefused() throws Exception {
        Stored st = storedOnce("truncated-manifest");
        Path ac = Files.list(st.cache().resolve("ac")).filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
        List<String> lines = Files.readAllLines(ac);
        Files.write(ac, lines.subList(0, lines.size() - 3));
        assertRefusedAndRecomputed(st, "its manifest is damaged or cut short");
    }

    @Test
    void anotherKeysEntryIsRefused() throws Exception {
        Stored st = storedOnce("mismatch");
        Path ac = Files.list(st.cache().resolve("ac")).findFirst().orElseThrow();
        // the entry of P=2 copied under P=1's key: whole, but for another key
        st.stage().clean();
        RunCache.run(st.env(), st.stage().runStage("P=2", st.stage().command("v2", "exit 0")));
        Path other = Files.list(st.cache().resolve("ac")).filter(p -> !p.equals(ac)).findFirst().orElseThrow();
        Files.copy(other, ac, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Stored again = new Stored(st.stage(), st.cache(), st.env(), st.files());
        st.stage().clean();
        RunCache.Result r = RunCache.run(st.env(), st.stage().runStage("P=1", st.stage().command("v1", "exit 0")));
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("its manifest is for another key"), r.output());
        assertEquals(3, st.stage().runs(), "ran instead");
        assertEquals(without(again.files(), "d/a.csv.run"), without(st.stage().files(), "d/a.csv.run"));
    }

    @Test
    void concurrentWritersOfOneKeyLeaveOneWholeEntry() throws Exception {
        RunCache.Stage proto = RunCache.Stage.fresh("concurrent");
        Path cache = proto.base().resolve("cache");
        // eight copies of one stage (same relative paths: one key) in eight folders, each storing at once
        int n = 8;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path root = proto.base().resolve("clone" + i);
            Files.createDirectories(root.resolve("workflow"));
            for (String f : List.of("run-stage", "run-cache", "check-outputs", "quiet-filter", "jbang", "jbang-launch-key")) {
                Files.copy(Path.of("workflow", f), root.resolve("workflow").resolve(f), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
            copyTree(Path.of("workflow/jbang-bootstrap"), root.resolve("workflow/jbang-bootstrap"));
            copyTree(RunCache.platformProbe(), root.resolve("workflow/.jbang/platform"));
            copyTree(Path.of("stages"), root.resolve("stages"));
            Files.writeString(root.resolve("input.csv"), "x,y\n1,2\n# rows: 1\n");
            // the same outputs from the same input, each written whole, at a moment of its own
            Files.writeString(root.resolve("stage.sh"), "set -e\nmkdir -p d f\nsleep 0.$((RANDOM % 5))\n"
                    + "for o in d/a.csv d/b.csv; do { cat input.csv; echo '# rows: 0'; } > $o.tmp; mv $o.tmp $o; done\n"
                    + "head -c 200000 /dev/zero | tr '\\0' x > f/fig.svg.tmp\nmv f/fig.svg.tmp f/fig.svg\n");
            roots.add(root);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<RunCache.Result>> runs = new ArrayList<>();
        for (Path root : roots) {
            runs.add(pool.submit(() -> RunCache.run(root, Map.of("GRF_CACHE", "dir", "GRF_CACHE_DIR", cache.toAbsolutePath().toString(),
                    "GRF_INPUTS", "input.csv stage.sh"), List.of("workflow/run-stage", "d", "P=1", "d/a.csv", "d/b.csv", "f/fig.svg", "--", "bash", "stage.sh"))));
        }
        for (Future<RunCache.Result> f : runs) {
            RunCache.Result r = f.get();
            assertEquals(0, r.exit(), r.output());
        }
        pool.shutdown();
        try (var s = Files.list(cache.resolve("ac"))) {
            assertEquals(1, s.count(), "one key, one entry, no temporary file left");
        }
        try (var s = Files.list(cache.resolve("cas"))) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".")).count(), "no temporary blob left");
        }
        // one of them again, its outputs removed: restored whole, not run
        Path root = roots.get(0);
        RunCache.deleteTree(root.resolve("d"));
        RunCache.deleteTree(root.resolve("f"));
        RunCache.Result r = RunCache.run(root, Map.of("GRF_CACHE", "dir", "GRF_CACHE_DIR", cache.toAbsolutePath().toString(), "GRF_INPUTS", "input.csv stage.sh"),
                List.of("workflow/run-stage", "d", "P=1", "d/a.csv", "d/b.csv", "f/fig.svg", "--", "bash", "stage.sh"));
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("restored from the cache"), r.output());
        assertEquals(200000, Files.size(root.resolve("f/fig.svg")));
    }

    static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path d = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(d);
                else Files.copy(p, d, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
