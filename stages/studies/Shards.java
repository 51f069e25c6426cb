package studies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lib.Artifact;
import lib.AtomicFiles;
import lib.BadInput;
import lib.Provenance;
import lib.Schema;
import lib.Table;

/**
 * blackbox-studies split into independent shards, one per training: a field of the study's own at one (N_P, M, field)
 * (key np500-m6000-field0), the raw-pixel runs at one N_P (np500-raw), the perceptron baseline (baseline). Each writes
 * its rows into its own folder; {@link #assemble} joins them with the sweep's readings at its M into the four artifacts
 * of the stage, and a gather reading the shards' files writes them byte for byte as one run of every shard does.
 */
public final class Shards {
    private Shards() {}

    private static final Pattern FIELD = Pattern.compile("np(\\d+)-m(\\d+)-field(\\d+)");
    private static final Pattern RAW = Pattern.compile("np(\\d+)-raw");
    public static final String BASELINE = "baseline";

    /** One shard: a field of the study's own (m > 0), the raw-pixel runs (raw), or the baseline (nParams 0). */
    public record Shard(int nParams, int m, int field, boolean raw) {
        public String key() {
            if (nParams == 0) return BASELINE;
            return raw ? "np" + nParams + "-raw" : "np" + nParams + "-m" + m + "-field" + field;
        }

        /** The file this shard writes into its folder. */
        public String file() { return nParams == 0 ? "baseline.csv" : raw ? "raw.csv" : "points.csv"; }

        /** Parses a key; null when it is not one of the three forms. */
        public static Shard parse(String key) {
            if (key.equals(BASELINE)) return new Shard(0, 0, 0, false);
            Matcher f = FIELD.matcher(key);
            if (f.matches()) return new Shard(Integer.parseInt(f.group(1)), Integer.parseInt(f.group(2)), Integer.parseInt(f.group(3)), false);
            Matcher r = RAW.matcher(key);
            return r.matches() ? new Shard(Integer.parseInt(r.group(1)), 0, 0, true) : null;
        }
    }

    /** Every shard in artifact order: per N_P its own fields (M by M, field by field), its raw-pixel runs; the baseline last. */
    public static List<Shard> all(int[] params, Study.Settings s) {
        List<Shard> out = new ArrayList<>();
        for (int np : params) {
            for (int m : s.ms()) {
                if (m == s.baseM()) continue;
                for (int f = 0; f < s.fields(); f++) out.add(new Shard(np, m, f, false));
            }
            out.add(new Shard(np, 0, 0, true));
        }
        out.add(new Shard(0, 0, 0, false));
        return out;
    }

    /** What the shards trained: the columns of the study's own fields, the raw-pixel runs, the perceptron runs. */
    public static final class Parts {
        final List<Study.Point> points = new ArrayList<>();
        final List<Study.Raw> raw = new ArrayList<>();
        final List<Study.Baseline> baseline = new ArrayList<>();
        final StringBuilder timings = new StringBuilder();

        public Parts add(Parts p) {
            points.addAll(p.points);
            raw.addAll(p.raw);
            baseline.addAll(p.baseline);
            timings.append(p.timings);
            return this;
        }

        public Parts points(List<Study.Point> p) { points.addAll(p); return this; }

        public Parts raw(List<Study.Raw> r) { raw.addAll(r); return this; }

        public Parts baseline(List<Study.Baseline> b) { baseline.addAll(b); return this; }

        public Parts timing(String key, double seconds) {
            timings.append(String.format(Locale.ROOT, "# wall time: %s: %.1f s%n", key, seconds));
            return this;
        }

        /** "11 shards, 830 s of training" from the shards' own wall times. */
        public String summary(int shards) {
            double sec = 0;
            Matcher m = Pattern.compile(": ([0-9.]+) s").matcher(timings);
            while (m.find()) sec += Double.parseDouble(m.group(1));
            return String.format(Locale.ROOT, "%d shards, %.0f s of training", shards, sec);
        }
    }

    /** One shard's rows in its folder, with its provenance, and its wall time in timings.run. */
    public static void write(Path dir, Shard shard, Parts p, Provenance prov) {
        List<List<?>> rows = switch (shard.file()) {
            case "points.csv" -> pointRows(p.points);
            case "raw.csv" -> p.raw.stream().<List<?>>map(r -> List.of(r.nParams(), r.field(), r.eta(), r.accuracy())).toList();
            default -> baselineRows(p.baseline);
        };
        Artifact.write(dir.resolve(shard.file()), schema(shard), prov, rows);
        AtomicFiles.writeText(dir.resolve("timings.run"), w -> w.write(p.timings.toString()));
    }

    private static Schema schema(Shard s) {
        return switch (s.file()) {
            case "points.csv" -> Outputs.POINTS;
            case "raw.csv" -> Outputs.RAW;
            default -> Outputs.BASELINE;
        };
    }

    /**
     * The shards' rows from their folders under dir. Each must come from a run of this stage with these parameters and
     * sources ({@code expected}: the gathering run's provenance), else it is bad input naming the shard.
     */
    public static Parts read(Path dir, List<Shard> shards, Map<String, String> expected) {
        Parts out = new Parts();
        for (Shard s : shards) {
            Path sd = dir.resolve(s.key());
            Table t = Artifact.read(sd.resolve(s.file()), schema(s));
            sameRun(t, expected);
            for (int i = 0; i < t.rows(); i++) {
                switch (s.file()) {
                    case "points.csv" -> out.points.add(new Study.Point(t.intValue(i, "n_params"), t.intValue(i, "m"), t.intValue(i, "epochs"),
                            t.intValue(i, "field"), t.text(i, "pass"), t.number(i, "eta"), t.number(i, "test_accuracy")));
                    case "raw.csv" -> out.raw.add(new Study.Raw(t.intValue(i, "n_params"), t.intValue(i, "field"), t.number(i, "eta"),
                            t.number(i, "test_accuracy")));
                    default -> out.baseline.add(new Study.Baseline(t.intValue(i, "hidden_units"), t.intValue(i, "parameters"),
                            t.number(i, "eta"), t.intValue(i, "seed"), t.number(i, "test_accuracy")));
                }
            }
            try {
                Path timing = sd.resolve("timings.run");
                if (Files.exists(timing)) out.timings.append(Files.readString(timing));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** A shard's provenance must equal the gathering run's in everything but the shard key. */
    private static void sameRun(Table t, Map<String, String> expected) {
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (e.getKey().equals("param.shard")) continue;
            String v = t.meta().get(e.getKey());
            if (!e.getValue().equals(v)) {
                throw new BadInput(t.file(), 0, null, "a shard of another run: its '" + e.getKey() + "' is '" + v
                        + "', this run's is '" + e.getValue() + "' (rerun the shard)");
            }
        }
    }

    /** The four artifacts of blackbox-studies, as rows. */
    public record Assembled(List<List<?>> points, List<List<?>> crits, List<List<?>> normalisation, List<List<?>> baseline) {}

    /**
     * Joins the shards' rows and the sweep's readings at base M ({@code sweep}: per (N_P, field) their columns, see
     * {@link SweepReadings}) into the artifacts: every column, eta_crit of every (N_P, setting, field), the normalisation
     * (the sweep's field 0 normalised, against its raw-pixel runs), the perceptron.
     */
    public static Assembled assemble(int[] params, Study.Settings s, Parts p, SweepReadings sweep, double chance) {
        Map<String, List<Study.Point>> byField = new LinkedHashMap<>();
        for (Study.Point q : p.points) byField.computeIfAbsent(q.nParams() + "/" + q.m() + "/" + q.field(), k -> new ArrayList<>()).add(q);
        List<List<?>> points = new ArrayList<>();
        List<List<?>> crits = new ArrayList<>();
        List<List<?>> norm = new ArrayList<>();
        for (int np : params) {
            Map<Integer, List<Integer>> fields = new LinkedHashMap<>();
            for (int m : s.ms()) {
                List<Integer> fs = m == s.baseM() ? sweep.fields(np) : java.util.stream.IntStream.range(0, s.fields()).boxed().toList();
                fields.put(m, fs);
                for (int f : fs) {
                    List<Study.Point> cols = m == s.baseM() ? sweep.points(np, f, s.epochsAt(m), s.baseM())
                            : byField.getOrDefault(np + "/" + m + "/" + f, List.of());
                    points.addAll(pointRows(ordered(cols, s.epochsAt(m))));
                    byField.put(np + "/" + m + "/" + f, cols);
                }
            }
            for (Study.Setting t : s.settings()) {
                for (int f : fields.get(t.m())) {
                    List<Study.Point> at = byField.get(np + "/" + t.m() + "/" + f).stream()
                            .filter(q -> q.epochs() == t.epochs() && !q.pass().equals(blackbox.Locate.PILOT)).toList();
                    if (at.isEmpty()) throw sweep.missing(np, t);
                    Study.Crit c = Study.Crit.of(at, chance);
                    crits.add(List.of(np, t.m(), t.epochs(), f, Outputs.text(c.etaCrit()), Outputs.text(c.log10Step()), c.best(), chance, c.passes()));
                }
            }
            List<Study.Raw> raw = p.raw.stream().filter(r -> r.nParams() == np).toList();
            if (!raw.isEmpty()) {
                Study.Raw best = raw.stream().max(Comparator.comparingDouble(Study.Raw::accuracy)).orElseThrow();
                double normalised = byField.get(np + "/" + s.baseM() + "/" + best.field()).stream()
                        .filter(q -> q.epochs() == s.baseEpochs() && !q.pass().equals(blackbox.Locate.PILOT))
                        .mapToDouble(Study.Point::accuracy).max().orElseThrow();
                norm.add(List.of(np, best.field(), normalised, best.accuracy(), best.eta()));
            }
        }
        return new Assembled(points, crits, norm, baselineRows(p.baseline));
    }

    /** A field's columns: the pilot's in their order, then each length read, in increasing eta. */
    static List<Study.Point> ordered(List<Study.Point> cols, int[] epochs) {
        List<Study.Point> out = new ArrayList<>(cols.stream().filter(q -> q.pass().equals(blackbox.Locate.PILOT)).toList());
        for (int e : epochs) {
            out.addAll(cols.stream().filter(q -> q.epochs() == e && !q.pass().equals(blackbox.Locate.PILOT))
                    .sorted(Comparator.comparingDouble(Study.Point::eta)).toList());
        }
        return out;
    }

    static List<List<?>> pointRows(List<Study.Point> pts) {
        return pts.stream().<List<?>>map(q -> List.of(q.nParams(), q.m(), q.epochs(), q.field(), q.pass(), q.eta(), q.accuracy())).toList();
    }

    static List<List<?>> baselineRows(List<Study.Baseline> bs) {
        return bs.stream().<List<?>>map(b -> List.of(b.hidden(), b.parameters(), b.eta(), b.seed(), b.accuracy())).toList();
    }

    /** Writes the four artifacts. */
    public static void write(Path out, Provenance prov, Assembled a) {
        Artifact.write(out.resolve("points.csv"), Outputs.POINTS, prov, a.points());
        Artifact.write(out.resolve("etacrit.csv"), Outputs.CRITS, prov, a.crits());
        Artifact.write(out.resolve("normalisation.csv"), Outputs.NORMALISATION, prov, a.normalisation());
        Artifact.write(out.resolve("baseline.csv"), Outputs.BASELINE, prov, a.baseline());
    }
}
