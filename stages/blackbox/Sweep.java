package blackbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import me.tongfei.progressbar.ProgressBar;
import lib.Progress;

/**
 * The experiment of 000 Figure 10 for one data set and one N_P: for each field realisation, train every
 * (start, eta) run at once and record test accuracies; keep field 0's best sine run for Figure 9. Each field is
 * independent of the others: {@link #field} trains one (a shard of blackbox-sweep). On the fields blackbox-studies
 * reads (MNIST at its N_P, {@link Readings}) the same training also serves the eta_crit study: start 0's columns are
 * read after each of the study's training lengths, and fine columns are trained beside the grid inside the step where a
 * short pilot saw the accuracy drop (blackbox/Locate), so the study needs no training of its own at this M.
 */
public final class Sweep {
    private Sweep() {}

    /** Wall time of one field's batch of runs. */
    public record Timing(String dataset, int nParams, int field, int runs, double seconds) {}

    /**
     * What the eta_crit study reads from the sweep's MNIST fields at N_P in nParams: the epochs after which start 0's
     * columns are read, the fine points per grid step placed in the step of the drop, the pilot's epochs.
     */
    public record Readings(String dataset, int[] nParams, int[] epochs, int fine, int pilotEpochs) {
        public static Readings none() { return new Readings("mnist", new int[0], new int[0], 0, 1); }

        boolean reads(String ds, int np) { return ds.equals(dataset) && Arrays.stream(nParams).anyMatch(n -> n == np); }
    }

    /** Settings shared by all sweeps. */
    public record Settings(int m, double[] etas, int fields, int starts, int batch, int epochs, long seed, Readings readings) {
        public Settings(int m, double[] etas, int fields, int starts, int batch, int epochs, long seed) {
            this(m, etas, fields, starts, batch, epochs, seed, Readings.none());
        }

        /** The log10 width a fine point's step has: the grid's step split by fine + 1. */
        double resolution() { return Math.log10(etas[1] / etas[0]) / (readings.fine() + 1); }
    }

    /** phi of the trained field-0 run with the best test accuracy on a grid (for Figure 9); null unless asked. */
    public interface SliceProbe { void probe(BlackBoxField f, float[] beta, int r, int bestColumn); }

    /** The runs of one field and, on a field the study reads, start 0's readings and the pilot (else empty, null). */
    public record FieldResult(List<Run> runs, List<Locate.Reading> readings, Locate.Trained pilot) {}

    /**
     * Which of a field's grid columns one job trains: all of them; the lower half with the pilot, the fine columns and
     * any second pass, taking the upper half's results from the upper half's own job ({@link Upper}); or the upper half
     * alone. A column has the same bits in any of them (OnField), so a field split over two jobs gives the rows of one.
     */
    public enum Part {
        WHOLE, LOWER, UPPER;

        /** The first grid column of the upper half. */
        public static int split(int gridColumns) { return gridColumns / 2; }
    }

    /**
     * The upper half's results as its job wrote them: its etas (the grid from Part.split on), each column's test
     * accuracy after every epoch read, and its training accuracy and loss over the last epoch.
     */
    public record Upper(double[] etas, Map<Integer, double[]> accuracy, double[] trainAccuracy, double[] trainLoss) {}

    /** The label of a field realisation: its streams (field draw, initial beta, batch order) derive from it. */
    public static String label(String dataset, int nParams, int field) {
        return "blackbox-" + dataset + "-np" + nParams + "-field" + field;
    }

    /**
     * One field realisation: every (start, eta) run trained at once. Independent of every other field (its own
     * streams, labelled by data set, N_P and field), so a shard of blackbox-sweep can train it alone.
     */
    public static FieldResult field(Dataset train, Dataset test, int nParams, int fi, Settings s, ExecutorService pool,
                                    List<Timing> timings, SliceProbe probe) {
        return field(train, test, nParams, fi, s, pool, timings, probe, Part.WHOLE, null);
    }

    /** One part of a field realisation ({@link Part}; upper: the upper half's results when part is LOWER). */
    public static FieldResult field(Dataset train, Dataset test, int nParams, int fi, Settings s, ExecutorService pool,
                                    List<Timing> timings, SliceProbe probe, Part part, Upper upper) {
        List<Run> runs = new ArrayList<>();
        long t0 = System.nanoTime();
        String label = label(train.name(), nParams, fi);
        boolean read = s.readings().reads(train.name(), nParams);
        FieldDraw d = FieldDraw.draw(s.seed(), label, s.m(), nParams + train.d());
        int r;
        List<Locate.Reading> readings = List.of();
        Locate.Trained pilot = null;
        try (BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), s.m(), nParams, train.d());
             ProgressBar pb = Progress.start(train.name() + " N_P=" + nParams + " field " + fi,
                     (long) s.epochs() * ((train.n() + s.batch() - 1) / s.batch()))) {
            d = null;
            OnField on = new OnField(f, train, test, s.batch(), lib.Streams.of(s.seed(), label).nextLong(), pool);
            double chance = OnField.chance(test);
            double[] grid = s.etas();
            int h = part == Part.WHOLE ? grid.length : Part.split(grid.length);
            double[] fine = new double[0];
            if (read && s.readings().fine() > 0 && part != Part.UPPER) {
                int pe = s.readings().pilotEpochs();
                pilot = new Locate.Trained(Locate.PILOT, grid, on.train(grid, new int[] {pe}));
                int step = Locate.pilotStep(grid, pilot.accuracy().get(pe), chance);
                if (step > 0) fine = Locate.refine(grid[step - 1], grid[step], s.resolution());
            }
            // the grid's columns first (the runs of sweep.csv), then the fine ones: column k = start * etas + e
            double[] own = part == Part.UPPER ? Arrays.copyOfRange(grid, h, grid.length) : concat(Arrays.copyOf(grid, h), fine);
            int[] at = read ? readEpochs(s) : new int[] {s.epochs()};
            Map<Integer, double[]> acc = new HashMap<>();
            Trainer.Result res = on.train(own, s.starts(), s.epochs(), at, acc, pb::step);
            r = own.length * s.starts();
            Columns c = part == Part.LOWER ? Columns.joined(grid, fine, acc, res, upper)
                    : new Columns(own, part == Part.UPPER ? own.length : grid.length, acc, res.lastEpochAccuracy(), res.lastEpochLoss());
            double[] last = c.accuracy().get(s.epochs());
            int best = 0;
            for (int st = 0; st < s.starts(); st++) {
                for (int e = 0; e < c.grid(); e++) {
                    int k = st * c.etas().length + e;
                    runs.add(new Run(train.name(), nParams, fi, st, c.etas()[e], last[k], c.trainAccuracy()[k], c.trainLoss()[k]));
                    if (last[k] > last[best]) best = k;
                }
            }
            if (probe != null) probe.probe(f, res.beta(), r, best);
            if (read) readings = part == Part.UPPER ? firstReadings(own, acc, s) : studyReadings(on, c.etas(), c.accuracy(), grid, chance, s);
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        timings.add(new Timing(train.name(), nParams, fi, r, sec));
        System.err.printf(java.util.Locale.ROOT, "blackbox-sweep: %s N_P=%d field %d: %d runs in %.1f s%n",
                train.name(), nParams, fi, r, sec);
        return new FieldResult(runs, readings, pilot);
    }

    /**
     * A field's columns in sweep order (the grid's first, then the fine ones), how many are the grid's, and each one's
     * test accuracy after every epoch read, training accuracy and loss over the last epoch.
     */
    record Columns(double[] etas, int grid, Map<Integer, double[]> accuracy, double[] trainAccuracy, double[] trainLoss) {
        /** The lower half's own columns (grid[0, h) and the fine ones) joined with the upper half's (grid[h, n)). */
        static Columns joined(double[] grid, double[] fine, Map<Integer, double[]> acc, Trainer.Result res, Upper upper) {
            int h = Part.split(grid.length);
            if (upper == null || !Arrays.equals(upper.etas(), Arrays.copyOfRange(grid, h, grid.length))) {
                throw new IllegalArgumentException("the upper half's etas are not the grid's from column " + h);
            }
            Map<Integer, double[]> all = new HashMap<>();
            for (var e : acc.entrySet()) {
                double[] up = upper.accuracy().get(e.getKey());
                if (up == null) throw new IllegalArgumentException("the upper half has no accuracies after " + e.getKey() + " epochs");
                all.put(e.getKey(), join(e.getValue(), up, h));
            }
            return new Columns(concat(grid, fine), grid.length, all, join(res.lastEpochAccuracy(), upper.trainAccuracy(), h),
                    join(res.lastEpochLoss(), upper.trainLoss(), h));
        }

        /** own's first h values, then upper's, then the rest of own. */
        private static double[] join(double[] own, double[] upper, int h) {
            double[] out = new double[own.length + upper.length];
            System.arraycopy(own, 0, out, 0, h);
            System.arraycopy(upper, 0, out, h, upper.length);
            System.arraycopy(own, h, out, h + upper.length, own.length - h);
            return out;
        }
    }

    /** The upper half's columns at each study reading, as trained (the lower half's job locates eta_crit on all of them). */
    private static List<Locate.Reading> firstReadings(double[] etas, Map<Integer, double[]> acc, Settings s) {
        List<Locate.Reading> out = new ArrayList<>();
        for (int e : s.readings().epochs()) {
            List<Locate.Column> cols = new ArrayList<>();
            for (int i = 0; i < etas.length; i++) cols.add(new Locate.Column(etas[i], Locate.FIRST, acc.get(e)[i]));
            out.add(new Locate.Reading(e, cols, Double.NaN, Double.NaN, Double.NaN));
        }
        return out;
    }

    /** Start 0's columns at each reading, with a second pass where a drop is not resolved by the first. */
    private static List<Locate.Reading> studyReadings(OnField on, double[] etas, Map<Integer, double[]> acc, double[] grid,
                                                      double chance, Settings s) {
        int[] epochs = s.readings().epochs();
        Map<Integer, double[]> start0 = new HashMap<>();
        for (int e : epochs) start0.put(e, Arrays.copyOf(acc.get(e), etas.length));
        Locate.Trained first = new Locate.Trained(Locate.FIRST, etas, start0);
        double[] more = Locate.second(start0, etas, grid, chance, s.resolution());
        Locate.Trained second = more.length == 0 ? null : new Locate.Trained(Locate.SECOND, more, on.train(more, epochs));
        return Locate.readings(epochs, chance, first, second);
    }

    /** The epochs read: the study's lengths and the sweep's own (its accuracies), sorted. */
    private static int[] readEpochs(Settings s) {
        return java.util.stream.IntStream.concat(Arrays.stream(s.readings().epochs()), java.util.stream.IntStream.of(s.epochs()))
                .distinct().sorted().toArray();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
