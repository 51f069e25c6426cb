package report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What ran, per stage, as a Snakemake report shows it: read from the artifacts' provenance ('#' lines of the CSVs:
 * source hash, JDK, parameters, OpenBLAS settings) and their run sidecars ('.run': wall and CPU time and peak resident
 * memory when the artifact was written, threads, git commit). A stage's process writes its sidecars cumulatively, so
 * per folder (one process; blackbox-sweep's shards are one each) the largest values count, and a stage sums its
 * folders' times. The parameters are those of the stage's last complete run (data/&lt;stage&gt;/params.txt), compared
 * with the profile's defaults (workflow/profiles/&lt;profile&gt;/*.mk, then workflow/defaults/*.mk).
 */
public final class Runs {
    private Runs() {}

    /** One parameter as run, and the profile's value when it differs (empty when it is the profile's). */
    public record Parameter(String name, String value, String profileValue) {
        public boolean profiles() { return profileValue.isEmpty(); }
    }

    /** One stage's run; NaN where a sidecar did not record the quantity (an older run). */
    public record StageRun(String stage, boolean ran, double wallSeconds, double cpuSeconds, double peakRssMb, int processes,
                           List<Parameter> parameters, String sourceSha256, String jdk, String blas, String threads, String commit,
                           boolean dirty, String started, String restoredFrom) {
        public boolean profileParameters() { return parameters.stream().allMatch(Parameter::profiles); }
        /** Whether make took this stage's outputs from the run cache instead of running it (restoredFrom names the cache). */
        public boolean restored() { return !restoredFrom.isEmpty(); }
    }

    /** The value every stage that ran shares (the JDK, the BLAS core), or null when they differ. */
    public static String common(List<StageRun> runs, java.util.function.Function<StageRun, String> what) {
        List<String> values = runs.stream().filter(StageRun::ran).map(what).distinct().toList();
        return values.size() == 1 ? values.get(0) : null;
    }

    /** Folders of a data root that are not stages: the download cache, the experiments, and (in the paper profile's
     *  root, data/) the other profiles' roots. */
    static boolean notAStage(String name, Path profileDir) {
        if (name.equals("cache") || name.equals("exp")) return true;
        Path profiles = profileDir.toAbsolutePath().getParent();
        return profiles != null && Files.isDirectory(profiles.resolve(name));
    }

    /** Every stage folder under the data root, in name order. */
    public static List<StageRun> of(Path data, Path profileDir) {
        Map<String, String> defaults = defaults(profileDir);
        List<StageRun> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(data)) {
            for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
                if (!notAStage(dir.getFileName().toString(), profileDir)) out.add(run(dir, defaults));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static StageRun run(Path dir, Map<String, String> defaults) {
        String stage = dir.getFileName().toString();
        Path main = Files.exists(dir.resolve("checks.csv")) ? dir.resolve("checks.csv") : firstCsv(dir);
        if (main == null) return new StageRun(stage, false, Double.NaN, Double.NaN, Double.NaN, 0, List.of(), "", "", "", "", "", false, "", "");
        Map<String, String> prov = meta(main);
        Map<String, String> side = meta(main.resolveSibling(main.getFileName() + ".run"));
        Map<Path, double[]> perProcess = new TreeMap<>();
        for (Path sidecar : sidecars(dir)) {
            Map<String, String> m = meta(sidecar);
            double[] p = perProcess.computeIfAbsent(sidecar.getParent(), k -> new double[] {Double.NaN, Double.NaN, Double.NaN});
            p[0] = max(p[0], number(m, "wall_time_s"));
            p[1] = max(p[1], number(m, "cpu_time_s"));
            p[2] = max(p[2], number(m, "peak_rss_mb"));
        }
        double wall = sum(perProcess, 0), cpu = sum(perProcess, 1), rss = Double.NaN;
        for (double[] p : perProcess.values()) rss = max(rss, p[2]);
        return new StageRun(stage, true, wall, cpu, rss, perProcess.size(), parameters(dir.resolve("params.txt"), defaults),
                prov.getOrDefault("source_sha256", ""), prov.getOrDefault("jdk", ""), blas(prov, side), side.getOrDefault("run.threads", ""),
                side.getOrDefault("git_commit", ""), Boolean.parseBoolean(side.getOrDefault("git_dirty", "false")),
                side.getOrDefault("started_utc", ""), restoredFrom(dir.resolve("stage.log")));
    }

    /** RESTORED_LINE: the first line workflow/run-stage writes to stage.log when it restores a stage from the run cache. */
    static final java.util.regex.Pattern RESTORED_LINE = java.util.regex.Pattern.compile("^run-stage: restored from the cache \\((.+?)\\), entry ");

    /** The cache a stage's outputs were restored from (its log's first line says so), else empty: the stage ran. */
    static String restoredFrom(Path stageLog) {
        if (!Files.exists(stageLog)) return "";
        String first = read(stageLog).lines().findFirst().orElse("");
        java.util.regex.Matcher m = RESTORED_LINE.matcher(first);
        return m.find() ? m.group(1) : "";
    }

    /**
     * OpenBLAS's kernel: as set by OPENBLAS_CORETYPE, else the core the run recorded (blas_core), else chosen by
     * OpenBLAS for the CPU; none without OpenBLAS.
     */
    static String blas(Map<String, String> prov, Map<String, String> side) {
        if (!prov.getOrDefault("deps", "").contains("openblas")) return "none";
        String core = prov.get("env.OPENBLAS_CORETYPE");
        if (core != null) return core + " (OPENBLAS_CORETYPE)";
        String used = side.get("blas_core");
        if (used != null && !used.equals("not used")) return used + " (chosen by OpenBLAS for " + side.getOrDefault("cpu_model", "this CPU") + ")";
        return "chosen by OpenBLAS for " + side.getOrDefault("cpu_model", "this CPU");
    }

    /** params.txt: NAME=value words; a word without '=' continues the previous value. */
    static List<Parameter> parameters(Path paramsTxt, Map<String, String> defaults) {
        if (!Files.exists(paramsTxt)) return List.of();
        Map<String, String> values = new LinkedHashMap<>();
        String last = null;
        for (String word : read(paramsTxt).strip().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq > 0) values.put(last = word.substring(0, eq), word.substring(eq + 1));
            else if (last != null && !word.isEmpty()) values.merge(last, " " + word, String::concat);
        }
        List<Parameter> out = new ArrayList<>();
        values.forEach((k, v) -> {
            String d = defaults.get(k);
            out.add(new Parameter(k, v, d == null || d.equals(v) ? "" : d));
        });
        return out;
    }

    /** NAME ?= value lines of every .mk file of the profile, then of the defaults every profile shares. */
    static Map<String, String> defaults(Path profileDir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(profileDir)) return out;
        assignments(profileDir, out);
        Path shared = profileDir.toAbsolutePath().getParent();
        if (shared != null) assignments(shared.resolveSibling("defaults"), out);
        return out;
    }

    /** The `NAME ?= value` lines of a folder's make files, added where the name has no value yet (make's ?=). */
    static void assignments(Path dir, Map<String, String> out) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path mk : s.filter(p -> p.toString().endsWith(".mk")).sorted().toList()) {
                for (String line : read(mk).lines().toList()) {
                    int q = line.indexOf("?=");
                    if (q > 0 && !line.startsWith("#")) out.putIfAbsent(line.substring(0, q).strip(), line.substring(q + 2).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The '# key: value' lines at the top of an artifact or sidecar (empty when the file is missing). */
    static Map<String, String> meta(Path file) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!Files.exists(file)) return m;
        for (String l : read(file).lines().toList()) {
            if (!l.startsWith("#")) break;
            int colon = l.indexOf(':');
            if (l.startsWith("# ") && colon > 0) m.put(l.substring(2, colon).strip(), l.substring(colon + 1).strip());
        }
        return m;
    }

    private static List<Path> sidecars(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv.run")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path firstCsv(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double number(Map<String, String> m, String key) {
        try {
            return m.containsKey(key) ? Double.parseDouble(m.get(key)) : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double max(double a, double b) { return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b); }

    private static double sum(Map<Path, double[]> m, int i) {
        double s = Double.NaN;
        for (double[] p : m.values()) if (!Double.isNaN(p[i])) s = Double.isNaN(s) ? p[i] : s + p[i];
        return s;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
