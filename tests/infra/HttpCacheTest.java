package infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cache.RunCache;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP backend against a real server: Debian's nginx with its WebDAV module (workflow/infra/nginx-cache, all state
 * under target/infra/nginx, stopped by its pid file), spoken to with bazel-remote's protocol (GET, PUT, HEAD of /ac/KEY
 * and /cas/SHA256). A run stores, a second restores byte for byte; a byte changed on the server is refused and the stage
 * recomputed and stored again; concurrent writers of one key leave one whole entry; a server that cannot be reached costs
 * one warning per make run, and the stage runs. Skipped with the reason where nginx is missing (GRF_INFRA_REQUIRED=nginx
 * or all: fails instead).
 */
class HttpCacheTest {
    static final Path DIR = Infra.ROOT.resolve("nginx").toAbsolutePath();
    static String url;

    @BeforeAll
    static void start() throws Exception {
        boolean nginx = Infra.onPath("nginx") || Files.isExecutable(Path.of("/usr/sbin/nginx"));
        Infra.require("nginx", nginx && Infra.onPath("curl"), "nginx (Debian's nginx-core) or curl is not installed");
        Infra.deleteTree(DIR);
        url = Infra.output(Path.of("."), "workflow/infra/nginx-cache", "start", DIR.toString(), Integer.toString(freePort()));
        assertTrue(url.startsWith("http://127.0.0.1:"), url);
    }

    @AfterAll
    static void stop() throws Exception {
        if (url != null) Infra.output(Path.of("."), "workflow/infra/nginx-cache", "stop", DIR.toString());
        assertFalse(Files.exists(DIR.resolve("nginx.pid")), "nginx stopped by its pid file");
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) { return s.getLocalPort(); }
    }

    static Map<String, String> http(RunCache.Stage s, String serverUrl, String session) {
        Map<String, String> env = new HashMap<>(Map.of("GRF_CACHE", "http", "GRF_CACHE_URL", serverUrl, "GRF_INPUTS", s.input().toString()));
        env.put("GRF_CACHE_SESSION", session);
        return env;
    }

    @Test
    void storeThenRestoreThroughTheServer() throws Exception {
        RunCache.Stage s = RunCache.Stage.fresh("http-restore");
        Map<String, String> env = http(s, url, "");
        RunCache.Result r = RunCache.run(env, s.runStage("P=1", s.command("v1", "exit 0")));
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("stored in the cache"), r.output());
        Map<String, String> first = s.files();
        s.clean();
        r = RunCache.run(env, s.runStage("P=1", s.command("v1", "exit 0")));
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("restored from the cache (" + url + ")"), r.output());
        assertEquals(1, s.runs(), "restored, not run");
        assertEquals(first, s.files(), "byte for byte");
    }

    @Test
    void aByteChangedOnTheServerIsRefusedAndTheStageRecomputed() throws Exception {
        RunCache.Stage s = RunCache.Stage.fresh("http-tamper");
        Map<String, String> env = http(s, url, "");
        assertEquals(0, RunCache.run(env, s.runStage("P=1", s.command("v1", "exit 0"))).exit());
        Map<String, String> first = s.files();
        Path blob = onServer(s.dir().resolve("a.csv").toString());
        try (RandomAccessFile f = new RandomAccessFile(blob.toFile(), "rw")) {
            f.seek(0);
            f.writeByte(f.length() > 0 ? 'Y' : 0);
        }
        s.clean();
        RunCache.Result r = RunCache.run(env, s.runStage("P=1", s.command("v1", "exit 0")));
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("is refused: ") && r.output().contains("a.csv's SHA-256 differs"), r.output());
        assertEquals(2, s.runs(), "recomputed");
        assertEquals(first.get("d/b.csv"), s.files().get("d/b.csv"));
        // stored again over the damaged blob: the next restore is whole
        s.clean();
        r = RunCache.run(env, s.runStage("P=1", s.command("v1", "exit 0")));
        assertTrue(r.output().contains("restored from the cache"), r.output());
        assertEquals(2, s.runs());
    }

    /** The server's file of an output's blob (the store is DIR/store, the layout of a directory cache). */
    static Path onServer(String output) throws Exception {
        return RunCache.blobOf(DIR.resolve("store"), output);
    }

    @Test
    void concurrentWritersOfOneKeyLeaveOneWholeEntry() throws Exception {
        RunCache.Stage s = RunCache.Stage.fresh("http-concurrent");
        int n = 6;
        // one stage folder cannot run twice at once (run-stage locks it), so the writers are run-cache store calls of one key
        assertEquals(0, RunCache.run(http(s, url, ""), s.runStage("P=1", s.command("v1", "exit 0"))).exit());
        Path key = Files.createTempFile(s.base(), "key", ".txt");
        Files.writeString(key, "grf-repro run-cache key 1\nstage concurrent-test " + System.nanoTime() + "\n");
        String k = RunCache.sha256(Files.readString(key));
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<RunCache.Result>> puts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            puts.add(pool.submit(() -> RunCache.run(http(s, url, ""), List.of("workflow/run-cache", "store", k, key.toString(), s.dir().toString(),
                    s.dir().resolve("a.csv").toString(), s.dir().resolve("b.csv").toString(), s.figures().resolve("fig.svg").toString()))));
        }
        for (Future<RunCache.Result> f : puts) assertEquals(0, f.get().exit(), f.get().output());
        pool.shutdown();
        RunCache.Result r = RunCache.run(http(s, url, ""), List.of("workflow/run-cache", "fetch", k, s.dir().toString(),
                s.dir().resolve("a.csv").toString(), s.dir().resolve("b.csv").toString(), s.figures().resolve("fig.svg").toString()));
        assertEquals(0, r.exit(), "the entry is whole and verifies: " + r.output());
        try (var files = Files.walk(DIR.resolve("tmp"))) {
            assertEquals(0, files.filter(Files::isRegularFile).count(), "no half-written upload left on the server");
        }
    }

    @Test
    void anUnreachableServerCostsOneWarningPerMakeRunNotARun() throws Exception {
        RunCache.Stage s = RunCache.Stage.fresh("http-unreachable");
        String nobody = "http://127.0.0.1:" + freePort();
        String session = "test-" + System.nanoTime();
        RunCache.Result first = RunCache.run(http(s, nobody, session), s.runStage("P=1", s.command("v1", "exit 0")));
        assertEquals(0, first.exit(), first.output());
        assertEquals(1, s.runs(), "the stage ran");
        List<String> warnings = first.output().lines().filter(l -> l.contains("cannot be used")).toList();
        assertEquals(1, warnings.size(), "one warning line: " + first.output());
        assertTrue(warnings.get(0).contains(nobody), warnings.get(0));
        assertFalse(first.output().contains("stored in the cache"), first.output());
        // a second stage of the same make run: no warning, no waiting on the server
        s.clean();
        long t0 = System.nanoTime();
        RunCache.Result second = RunCache.run(http(s, nobody, session), s.runStage("P=1", s.command("v1", "exit 0")));
        assertEquals(0, second.exit(), second.output());
        assertFalse(second.output().contains("cannot be used"), "warned once per make run: " + second.output());
        assertEquals(2, s.runs());
        assertTrue((System.nanoTime() - t0) / 1e9 < 5, "the server is not asked again");
    }
}
