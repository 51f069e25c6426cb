package lib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where an artifact comes from. The deterministic part (stage, hash of its sources, pinned dependencies, JDK,
 * every parameter and seed, each input's SHA-256) goes into the CSV; the run part (git commit and dirty flag,
 * wall and CPU time and peak resident memory so far, thread count, CPU model, the OpenBLAS core used, paths) goes
 * into the '.run' sidecar, so CSVs stay byte-identical across runs.
 */
public final class Provenance {
    private final String stage;
    private final Path script;
    /** Computed when the stage starts: sources that cannot be found fail the stage before any work. */
    private final String sourceHash;
    private final Map<String, String> parameters = new TreeMap<>();
    private final Map<String, String> definitions = new TreeMap<>();
    private final Map<String, String> run = new TreeMap<>();
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final long startNanos = System.nanoTime();
    private final Instant started = Instant.now();

    /**
     * @param stage  the make target, e.g. "gd-moments"
     * @param script the stage's JBang script, e.g. stages/GdMoments.java; its //SOURCES are hashed with it
     * @param spec   the picocli command: options of type Path and RUN_SETTINGS are run settings, the rest parameters
     */
    /** Options that say how the work is spread over threads and jobs, never what it computes: run settings. */
    static final java.util.Set<String> RUN_SETTINGS = java.util.Set.of("threads", "split-params");

    public Provenance(String stage, Path script, CommandSpec spec) {
        this.stage = stage;
        this.script = script;
        this.sourceHash = sourceHash();
        for (OptionSpec o : spec.options()) {
            if (o.usageHelp() || o.versionHelp()) continue;
            String name = o.longestName().replaceFirst("^-+", "");
            String value = render(o.getValue());
            boolean runSetting = o.type() == Path.class || o.type() == java.io.File.class || RUN_SETTINGS.contains(name);
            (runSetting ? run : parameters).put(name, value);
        }
    }

    /**
     * Records what the numbers are defined as where the code, not a parameter, decides it (blackbox: the float32
     * arithmetic of its kernels), as "def.key" in the deterministic part: artifacts of another definition never pass
     * for these, and the header says why they differ.
     */
    public Provenance define(String key, String value) {
        definitions.put(key, value);
        return this;
    }

    /** Records an input artifact by file name and SHA-256 (the path itself is a run setting). */
    public Provenance input(Path file) {
        inputs.put(file.getFileName().toString(), sha256(file));
        run.put("input_path." + file.getFileName(), file.toString());
        return this;
    }

    /** Records an input by the SHA-256 of its rows (see Artifact#readInputRows). */
    Provenance inputRows(Path file, String rows) {
        MessageDigest md = digest();
        inputs.put(file.getFileName() + ".rows", HexFormat.of().formatHex(md.digest(rows.getBytes(StandardCharsets.UTF_8))));
        run.put("input_path." + file.getFileName(), file.toString());
        return this;
    }

    public Map<String, String> deterministic() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("stage", stage);
        m.put("source_sha256", sourceHash);
        m.put("jdk", Runtime.version().toString() + " (" + System.getProperty("java.vendor") + ")");
        m.put("deps", String.join(" ", directives("//DEPS")));
        parameters.forEach((k, v) -> m.put("param." + k, v));
        definitions.forEach((k, v) -> m.put("def." + k, v));
        // OpenBLAS chooses its kernels by CPU unless told (OPENBLAS_CORETYPE, OPENBLAS_L2_SIZE ...), and a different kernel
        // changes last bits: what is set is part of what the numbers depend on (the thread count is forced to 1 in code)
        new java.util.TreeMap<>(System.getenv()).forEach((k, v) -> {
            if (k.startsWith("OPENBLAS_") && !k.equals("OPENBLAS_NUM_THREADS")) m.put("env." + k, v);
        });
        inputs.forEach((k, v) -> m.put("input." + k + ".sha256", v));
        return m;
    }

    public double wallSeconds() { return (System.nanoTime() - startNanos) / 1e9; }

    void writeRunSidecar(Path artifact) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("artifact", artifact.getFileName().toString());
        m.put("git_commit", git("rev-parse", "HEAD"));
        m.put("git_dirty", Boolean.toString(!git("status", "--porcelain").isEmpty()));
        m.put("started_utc", started.toString());
        m.put("wall_time_s", String.format(java.util.Locale.ROOT, "%.3f", wallSeconds()));
        m.put("cpu_time_s", cpuSeconds());
        m.put("peak_rss_mb", peakRssMb());
        m.put("host_cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("cpu_model", cpuModel());
        m.put("blas_core", blasCore());
        run.forEach((k, v) -> m.put("run." + k, v));
        Path sidecar = artifact.resolveSibling(artifact.getFileName() + ".run");
        AtomicFiles.writeText(sidecar, out -> {
            for (Map.Entry<String, String> e : m.entrySet()) out.write("# " + e.getKey() + ": " + e.getValue() + "\n");
        });
    }

    /** CPU time of this process (every thread, JIT and GC included) so far; "unknown" where the JVM cannot tell. */
    static String cpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                && os.getProcessCpuTime() >= 0) {
            return String.format(java.util.Locale.ROOT, "%.3f", os.getProcessCpuTime() / 1e9);
        }
        return "unknown";
    }

    /** The process's peak resident memory so far (Linux: VmHWM of /proc/self/status), in MB; "unknown" elsewhere. */
    static String peakRssMb() {
        return procLine(Path.of("/proc/self/status"), "VmHWM:")
                .map(v -> String.format(java.util.Locale.ROOT, "%.1f", Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024.0))
                .orElse("unknown");
    }

    /** The CPU's model name (Linux: /proc/cpuinfo), which decides the kernels OpenBLAS chooses when not told. */
    static String cpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name").map(v -> v.replaceFirst("^\\s*:\\s*", "")).orElse("unknown");
    }

    /**
     * The OpenBLAS kernel set this process used (lib/Blas#core: chosen for the CPU unless OPENBLAS_CORETYPE names one),
     * "not used" when the stage never called lib/Blas; by reflection, as stages without lib/Blas compile without it.
     */
    static String blasCore() {
        try {
            Object core = Class.forName("lib.Blas").getMethod("coreIfUsed").invoke(null);
            return core == null ? "not used" : core.toString();
        } catch (ReflectiveOperationException | LinkageError e) {
            return "not used";
        }
    }

    private static java.util.Optional<String> procLine(Path file, String key) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(key)).findFirst().map(l -> l.substring(key.length()).strip());
        } catch (IOException | UncheckedIOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String render(Object value) {
        if (value == null) return "";
        if (value instanceof double[] a) return java.util.Arrays.toString(a);
        if (value instanceof int[] a) return java.util.Arrays.toString(a);
        if (value instanceof long[] a) return java.util.Arrays.toString(a);
        if (value instanceof Object[] a) return java.util.Arrays.toString(a);
        return String.valueOf(value);
    }

    /**
     * The project root the script path is relative to: GRF_ROOT, which workflow/jbang sets to its own project, else the
     * working directory. A stage whose sources cannot be found there fails (exit 2) instead of recording a provenance
     * that no longer identifies its code.
     */
    static Path root() {
        String r = System.getenv("GRF_ROOT");
        return r == null || r.isBlank() ? Path.of("") : Path.of(r);
    }

    /** SHA-256 over the script and its //SOURCES, each preceded by its path relative to the root (paths, not places). */
    private String sourceHash() {
        Path root = root();
        if (!Files.isRegularFile(root.resolve(script))) {
            throw new BadInput(root.resolve(script).toAbsolutePath(), "the stage's own source is not there, so its provenance "
                    + "cannot name its code: run the stage from the project's root or through workflow/jbang (which sets GRF_ROOT)");
        }
        MessageDigest md = digest();
        List<Path> files = new ArrayList<>();
        files.add(script);
        for (String s : directives("//SOURCES")) files.add(script.resolveSibling(s));
        for (Path f : files) {
            try {
                md.update(f.toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(root.resolve(f)));
            } catch (IOException e) {
                throw new BadInput(root.resolve(f).toAbsolutePath(), "cannot read a source the stage lists with //SOURCES: " + e);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private List<String> directives(String prefix) {
        List<String> out = new ArrayList<>();
        Path file = root().resolve(script);
        if (!Files.isRegularFile(file)) return out;
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(prefix + " ")) out.add(line.substring(prefix.length() + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static String sha256(Path file) {
        MessageDigest md = digest();
        try (var in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInput(file, "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String git(String... args) {
        try {
            List<String> cmd = new ArrayList<>(List.of("git"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
