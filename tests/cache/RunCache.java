package cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the run-cache tests share: workflow/run-cache and workflow/run-stage called as make calls them (the rule's
 * prerequisites in GRF_INPUTS, the backend in GRF_CACHE, GRF_CACHE_DIR or GRF_CACHE_URL), and a fake stage, a shell
 * command that writes its outputs as the stages do (temporary file, rename) and counts its runs, so a case takes
 * milliseconds and says whether the stage ran or was restored.
 */
public final class RunCache {
    private RunCache() {}

    /** Paths inside the repository, relative to it, as make gives them. */
    public static final Path BUILD = Path.of("target/cache");

    public record Result(int exit, String output) {}

    /** Runs a command in the repository with extra environment (a value null removes the variable). */
    public static Result run(Path dir, Map<String, String> env, List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        env.forEach((k, v) -> { if (v == null) pb.environment().remove(k); else pb.environment().put(k, v); });
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", cmd));
        return new Result(p.exitValue(), out);
    }

    /** The machine's platform probe (workflow/.jbang/platform), made once as a key would make it: a fresh clone has none yet. */
    public static Path platformProbe() throws Exception {
        Path dir = Path.of("workflow/.jbang/platform");
        if (!Files.isDirectory(dir)) {
            Result r = run(Map.of(), List.of("workflow/run-cache", "platform"));
            if (!Files.isDirectory(dir)) throw new IllegalStateException("workflow/run-cache platform made no " + dir + ": " + r);
        }
        return dir;
    }

    public static Result run(Map<String, String> env, List<String> cmd) throws Exception { return run(Path.of("."), env, cmd); }

    /** The key text of a run (workflow/run-cache key) in the repository at root; fails unless it exits 0. */
    public static String keyText(Path root, Map<String, String> env, String dir, String params, List<String> outputs, List<String> command)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("workflow/run-cache").toAbsolutePath().toString(), "key", dir, params));
        cmd.addAll(outputs);
        cmd.add("--");
        cmd.addAll(command);
        // the key text alone: what the script says on stderr (a shell's note on a missing locale) is no part of it
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path err = Files.createTempFile("run-cache-key", ".err");
        pb.redirectError(err.toFile());
        env.forEach((k, v) -> { if (v == null) pb.environment().remove(k); else pb.environment().put(k, v); });
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out + Files.readString(err));
        Files.delete(err);
        return out;
    }

    public static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    public static String sha256(String text) throws Exception { return sha256(text.getBytes(StandardCharsets.UTF_8)); }

    /** A fake stage in BUILD/name: outputs d/a.csv (with a .run sidecar), d/b.csv, f/fig.svg; an input file; a run counter. */
    public record Stage(Path base) {
        public Path dir() { return base.resolve("d"); }
        public Path figures() { return base.resolve("f"); }
        public Path input() { return base.resolve("input.csv"); }
        public Path counter() { return base.resolve("runs"); }
        public List<Path> outputs() { return List.of(dir().resolve("a.csv"), dir().resolve("b.csv"), figures().resolve("fig.svg")); }

        public static Stage fresh(String name) throws IOException {
            Stage s = new Stage(BUILD.resolve(name));
            deleteTree(s.base());
            Files.createDirectories(s.base());
            Files.writeString(s.input(), "x,y\n1,2\n# rows: 1\n");
            return s;
        }

        /** How many times the stage's command ran. */
        public int runs() throws IOException { return Files.exists(counter()) ? Files.readAllLines(counter()).size() : 0; }

        /** The command: writes each output from the input's bytes and the tag (temporary file, rename), then {@code then}. */
        public List<String> command(String tag, String then) {
            StringBuilder b = new StringBuilder("set -e; echo ran >> " + counter() + "; mkdir -p " + dir() + " " + figures() + "; ");
            for (Path o : outputs()) {
                Path tmp = o.resolveSibling("." + o.getFileName() + ".tmp");
                b.append("{ cat ").append(input()).append("; echo ").append(tag).append(" ").append(o.getFileName())
                        .append(o.toString().endsWith(".csv") ? "; echo '# rows: 0'" : "").append("; } > ").append(tmp)
                        .append("; mv ").append(tmp).append(" ").append(o).append("; ");
            }
            b.append("echo run-of-").append(tag).append(" > ").append(dir().resolve(".a.csv.run.tmp")).append("; mv ")
                    .append(dir().resolve(".a.csv.run.tmp")).append(" ").append(dir().resolve("a.csv.run")).append("; ");
            b.append("echo 'verdicts: 1 claims: 1 reproduced; all agree with the registry'; ").append(then);
            return List.of("bash", "-c", b.toString());
        }

        /** workflow/run-stage for this stage with PARAMS and the command, its input as the rule's prerequisite. */
        public List<String> runStage(String params, List<String> command) {
            List<String> cmd = new ArrayList<>(List.of(Path.of("workflow/run-stage").toAbsolutePath().toString(), dir().toString(), params));
            for (Path o : outputs()) cmd.add(o.toString());
            cmd.add("--");
            cmd.addAll(command);
            return cmd;
        }

        /** Every file under d and f (the log aside), with its bytes. */
        public Map<String, String> files() throws IOException {
            Map<String, String> m = new TreeMap<>();
            for (Path root : List.of(dir(), figures())) {
                if (!Files.exists(root)) continue;
                try (Stream<Path> s = Files.list(root)) {
                    for (Path p : s.toList()) {
                        if (!p.getFileName().toString().equals("stage.log")) m.put(root.getFileName() + "/" + p.getFileName(), Files.readString(p));
                    }
                }
            }
            return m;
        }

        /** Removes the outputs, as `make clean` does. */
        public void clean() throws IOException {
            deleteTree(dir());
            deleteTree(figures());
        }
    }

    /** The environment of a directory-backed run of a stage with the stage's input as its prerequisite. */
    public static Map<String, String> dirCache(Path cacheDir, Stage s) {
        return Map.of("GRF_CACHE", "dir", "GRF_CACHE_DIR", cacheDir.toAbsolutePath().toString(), "GRF_INPUTS", s.input().toString(),
                "GRF_CACHE_SESSION", "");
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** The entry's blob of a file, found through the manifest of the cache's only entry for that output. */
    public static Path blobOf(Path cacheDir, String output) throws IOException {
        try (Stream<Path> s = Files.list(cacheDir.resolve("ac"))) {
            for (Path ac : s.toList()) {
                for (String line : Files.readAllLines(ac)) {
                    String[] f = line.split(" ");
                    if (f[0].equals("file") && f[3].equals(output)) return cacheDir.resolve("cas").resolve(f[1]);
                }
            }
        }
        throw new IllegalStateException("no entry holds " + output);
    }
}
