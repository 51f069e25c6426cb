package infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lib.Artifact;
import lib.Claims;
import lib.Table;
import org.junit.jupiter.api.Assumptions;

/**
 * What the infrastructure tests share: whether a tool they need is here (skipped if not, unless GRF_INFRA_REQUIRED
 * names it: .ci/run requires all of them, so CI never passes by skipping), running commands with a log, and the
 * comparisons of two runs' artifacts (verdicts, CSV rows, whole files).
 */
final class Infra {
    private Infra() {}

    /** The build folder of these tests. */
    static final Path ROOT = Path.of("target/infra");

    /**
     * Goes on when {@code available}; otherwise skips the test with {@code missing} as the reason, or fails when
     * GRF_INFRA_REQUIRED (a comma-separated list, or "all") names {@code what}.
     */
    static void require(String what, boolean available, String missing) {
        if (available) return;
        String required = System.getenv().getOrDefault("GRF_INFRA_REQUIRED", "");
        Set<String> names = Set.of(required.split(","));
        if (names.contains(what) || names.contains("all")) fail(what + " is required here (GRF_INFRA_REQUIRED=" + required + ") but " + missing);
        Assumptions.abort(what + " test skipped: " + missing + " (.ci/run installs and starts it)");
    }

    static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** Runs a command in dir with the extra environment, output appended to log; returns its exit status. */
    static int run(Path dir, Map<String, String> env, Path log, long minutes, String... cmd) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, "$ " + String.join(" ", cmd) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            fail(String.join(" ", cmd) + " did not finish in " + minutes + " min: see " + log);
        }
        return p.exitValue();
    }

    /** The first line a command prints (for scripts that print a value: an image name, a socket). */
    static String output(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + " failed");
        return out.lines().reduce((a, b) -> b).orElse("");
    }

    /** A clean clone of the commit under test (committed files only: no data, no caches), at dest. */
    static Path cleanClone(Path dest) throws IOException, InterruptedException {
        deleteTree(dest);
        Files.createDirectories(dest.getParent());
        String head = output(Path.of("."), "git", "rev-parse", "HEAD");
        Path log = dest.resolveSibling(dest.getFileName() + ".log");
        assertEquals(0, run(Path.of("."), Map.of(), log, 5, "git", "clone", "-q", "--no-hardlinks", ".", dest.toString()));
        assertEquals(0, run(dest, Map.of(), log, 5, "git", "checkout", "-q", head));
        return dest;
    }

    /** Whether the work tree has no changes against its commit (ignored, generated files aside). */
    static boolean treeIsClean() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 && out.isBlank();
    }

    static List<Path> csvs(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".csv")).map(root::relativize).sorted().toList();
        }
    }

    /** claim -> verdict of every checks.csv under a data root, keyed "stage/claim". */
    static Map<String, String> verdicts(Path data) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path c : csvs(data)) {
            if (!c.getFileName().toString().equals("checks.csv") || c.getNameCount() != 2) continue;
            Table t = Artifact.read(data.resolve(c), Claims.CHECKS);
            for (int i = 0; i < t.rows(); i++) out.put(c.getParent() + "/" + t.text(i, "claim"), t.text(i, "verdict"));
        }
        return out;
    }

    /** A CSV's header and data rows: its lines less the '#' provenance lines. */
    static List<String> rows(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
    }

    /** The '#' keys whose values differ between two artifacts' provenance. */
    static Set<String> provenanceDifferences(Path a, Path b) throws IOException {
        Map<String, String> ma = meta(a);
        Map<String, String> mb = meta(b);
        Set<String> keys = new TreeSet<>(ma.keySet());
        keys.addAll(mb.keySet());
        return keys.stream().filter(k -> !String.valueOf(ma.get(k)).equals(String.valueOf(mb.get(k)))).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> meta(Path csv) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String l : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            int colon = l.indexOf(':');
            if (l.startsWith("# ") && colon > 0) m.put(l.substring(2, colon), l.substring(colon + 1).strip());
        }
        return m;
    }

    /** Every CSV under both roots: the same files, byte-identical. */
    static void assertSameBytes(Path expected, Path actual, String what) throws IOException {
        List<Path> files = csvs(expected);
        assertTrue(files.size() > 10, expected + " holds only " + files.size() + " CSVs");
        assertEquals(files, csvs(actual), what + ": the same CSV files");
        for (Path f : files) {
            assertTrue(Arrays.equals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f))),
                    what + ": " + f + " differs (" + expected.resolve(f) + " vs " + actual.resolve(f) + ")");
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Summary lines of Maven Surefire in a log ("Tests run: ..., Failures: ..."). */
    static List<String> surefireSummary(Path log) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (l.contains("Tests run:") && !l.contains(" -- in ")) out.add(l.strip());
        }
        return out;
    }
}
