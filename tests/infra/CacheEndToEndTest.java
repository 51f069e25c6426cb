package infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The run cache as a user meets it, in fresh clones of the commit under test (with this tree's verified MNIST copied
 * in, as tests/e2e does): `make quick` with an empty directory cache stores every stage; `make clean` and `make quick`
 * again restore every stage, byte for byte, with the same verdicts, in a fraction of the time; `make push` puts the
 * profile on a real HTTP server (nginx, workflow/infra/nginx-cache) and a second clone's `make quick CACHE_URL=...`
 * restores every stage from it; an edit of one stage's source, with one entry tampered with, reruns exactly that stage,
 * its dependents and the tampered stage, and restores the rest. The quick run's ro-crate-metadata.json conforms to the
 * Workflow Run Crate profile (crate.WorkflowRunCrate). Times (wall and CPU of make and its children) are
 * printed and written to target/infra/cache-e2e/times.txt.
 */
@Tag("cache")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("runs")
class CacheEndToEndTest {
    static final Path DIR = Infra.ROOT.resolve("cache-e2e").toAbsolutePath();
    static final Path CACHE = DIR.resolve("runs");
    static final Path A = DIR.resolve("clone-a");
    static final Path B = DIR.resolve("clone-b");
    static final Path NGINX = DIR.resolve("nginx");
    static final List<String> STAGES = List.of("mnist-data", "sample-field", "gd-moments", "blackbox-sweep", "blackbox-studies",
            "asymptotic-normality", "blackbox-mnist", "deep-linear", "euler-minimum", "field-geometry", "predictable-progress",
            "progress-mlp", "pspin-complexity", "pspin-descent", "sgd-markov");
    static String url;
    static final List<String> times = new ArrayList<>();

    @BeforeAll
    static void clones() throws Exception {
        Infra.deleteTree(DIR);
        for (Path clone : List.of(A, B)) {
            Infra.cleanClone(clone);
            Path mnist = Path.of("data/cache/mnist");
            if (blackbox.MnistFiles.problem(mnist) == null) {
                Files.createDirectories(clone.resolve(mnist));
                for (blackbox.MnistFiles.Pinned p : blackbox.MnistFiles.FILES) Files.copy(mnist.resolve(p.name()), clone.resolve(mnist).resolve(p.name()));
            }
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (url != null) Infra.output(Path.of("."), "workflow/infra/nginx-cache", "stop", NGINX.toString());
        if (!times.isEmpty()) Files.write(DIR.resolve("times.txt"), times);
    }

    record Made(int exit, String output, double wall, double cpu) {}

    /** make in a clone, with its wall time and the CPU time of make and everything it ran (bash's `times`). */
    static Made make(Path clone, String what, String... args) throws Exception {
        Path log = DIR.resolve(clone.getFileName() + "-" + what + ".log");
        String cmd = "make --no-print-directory " + String.join(" ", args) + "; s=$?; times >&2; exit $s";
        long t0 = System.nanoTime();
        int exit = Infra.run(clone, Map.of(), log, 40, "bash", "-c", cmd);
        double wall = (System.nanoTime() - t0) / 1e9;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        // the second line of `times`: user and system time of the children
        Matcher m = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s\\s*$").matcher(out.strip());
        double cpu = m.find() ? Double.parseDouble(m.group(1)) * 60 + Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3)) * 60
                + Double.parseDouble(m.group(4)) : Double.NaN;
        String line = String.format(java.util.Locale.ROOT, "%s %s: exit %d, wall %.1f s, CPU %.1f s", clone.getFileName(), what, exit, wall, cpu);
        System.err.println("cache-e2e: " + line);
        times.add(line);
        return new Made(exit, out, wall, cpu);
    }

    /** Stage -> how its terminal line says it ended: "restored", "ran" (with "stored" when it was stored). */
    static Map<String, String> ends(String output) {
        Map<String, String> m = new TreeMap<>();
        Matcher e = Pattern.compile("(?m)^\\[\\d+/\\d+\\] (\\S+) \\(quick\\): (.*)$").matcher(output);
        while (e.find()) {
            String how = e.group(2).startsWith("restored from the cache") ? "restored" : e.group(2).contains("stored in the cache") ? "ran, stored" : "ran";
            m.put(e.group(1), how);
        }
        return m;
    }

    static Set<String> with(Map<String, String> ends, String how) {
        Set<String> s = new TreeSet<>();
        ends.forEach((k, v) -> { if (v.equals(how)) s.add(k); });
        return s;
    }

    static String cacheDir() { return "CACHE_DIR=" + CACHE; }

    @Test
    @Order(1)
    void anEmptyCacheStoresEveryStageAndTheSecondRunRestoresThemAll() throws Exception {
        Made first = make(A, "first", "quick", cacheDir());
        assertEquals(0, first.exit(), first.output());
        Map<String, String> stored = ends(first.output());
        assertEquals(new TreeSet<>(STAGES), with(stored, "ran, stored"), "every stage ran and was stored: " + stored);
        Map<String, String> firstVerdicts = Infra.verdicts(A.resolve("data/quick"));
        // the quick run's research-object record, read back against the Workflow Run Crate profile
        assertEquals(List.of(), crate.WorkflowRunCrate.problems(A.resolve("ro-crate-metadata.json")), "the quick run's RO-Crate");
        assertEquals(0, make(A, "clean", "clean").exit());
        Made again = make(A, "restore", "quick", cacheDir());
        assertEquals(0, again.exit(), again.output());
        Map<String, String> restored = ends(again.output());
        assertEquals(new TreeSet<>(STAGES), with(restored, "restored"), "every stage restored: " + restored);
        Infra.assertSameBytes(A.resolve(".trash/quick/data/quick"), A.resolve("data/quick"), "restored vs computed");
        assertEquals(firstVerdicts, Infra.verdicts(A.resolve("data/quick")), "the same verdicts");
        assertTrue(again.output().contains("all") || again.exit() == 0);
        assertTrue(again.wall() < first.wall() / 3, "a fraction of the first run's time: " + again.wall() + " s against " + first.wall() + " s");
        assertTrue(again.cpu() < first.cpu() / 3, "and of its CPU time: " + again.cpu() + " s against " + first.cpu() + " s");
    }

    @Test
    @Order(2)
    void aSecondCloneRestoresEveryStageThroughTheHttpServer() throws Exception {
        boolean nginx = Infra.onPath("nginx") || Files.isExecutable(Path.of("/usr/sbin/nginx"));
        Infra.require("nginx", nginx && Infra.onPath("curl"), "nginx (Debian's nginx-core) or curl is not installed");
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        url = Infra.output(Path.of("."), "workflow/infra/nginx-cache", "start", NGINX.toString(), Integer.toString(port));
        Made push = make(A, "push", "push", "CACHE_URL=" + url);
        assertEquals(0, push.exit(), push.output());
        // one line per stage (a sweep shard's line names it after a "·" and is not counted)
        assertEquals(STAGES.size(), push.output().lines().filter(l -> l.contains("stored in the cache (" + url + ")") && !l.contains(" · ")).count(),
                push.output());
        Made pulled = make(B, "quick-http", "quick", "CACHE_URL=" + url);
        assertEquals(0, pulled.exit(), pulled.output());
        assertEquals(new TreeSet<>(STAGES), with(ends(pulled.output()), "restored"), pulled.output());
        assertTrue(pulled.output().contains("restored from the cache (" + url + ")"));
        Infra.assertSameBytes(A.resolve("data/quick"), B.resolve("data/quick"), "second clone through HTTP vs first clone");
        assertEquals(Infra.verdicts(A.resolve("data/quick")), Infra.verdicts(B.resolve("data/quick")));
    }

    @Test
    @Order(3)
    void anEditedSourceAndATamperedEntryRerunExactlyWhatTheyMust() throws Exception {
        // one stage's source edited (its dependents' inputs change with it: every CSV names its sources' hash)
        Path source = A.resolve("stages/GdMoments.java");
        Files.writeString(source, Files.readString(source) + "// an edit: the key of gd-moments changes\n");
        // one byte of sample-field's entry changed in the cache
        Path blob = cache.RunCache.blobOf(CACHE, "data/quick/sample-field/moments.csv");
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length / 2] ^= 1;
        Files.write(blob, bytes);
        assertEquals(0, make(A, "clean2", "clean").exit());
        Made edited = make(A, "edited", "quick", cacheDir());
        assertEquals(0, edited.exit(), edited.output());
        Map<String, String> ends = ends(edited.output());
        // gd-moments and what reads it: euler-minimum (its optimum), then field-geometry (euler-minimum's Euler
        // characteristics); sample-field for its refused entry
        Set<String> rerun = Set.of("gd-moments", "euler-minimum", "field-geometry", "sample-field");
        assertEquals(rerun, with(ends, "ran, stored"), "what ran: " + ends);
        Set<String> rest = new TreeSet<>(STAGES);
        rest.removeAll(rerun);
        assertEquals(rest, with(ends, "restored"), "the rest restored: " + ends);
        assertTrue(edited.output().contains("is refused: ") && edited.output().contains("moments.csv's SHA-256 differs"), edited.output());
    }
}
