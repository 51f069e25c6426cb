package studies;

import blackbox.BlackBoxField;
import blackbox.Dataset;
import blackbox.EtaCrit;
import blackbox.FieldDraw;
import blackbox.Trainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import lib.Artifact;
import lib.Provenance;
import lib.Streams;

/**
 * What moves eta_crit (issue 11): the black box of 000 §4.2 on full MNIST for each N_P, at several field sizes M
 * (the paper states M only for §4.1) and several training lengths (epochs of the full set), each located in two
 * passes of runs trained together on one field: a coarse log grid finds the grid step where the accuracy falls through
 * the midpoint of best and chance (blackbox/EtaCrit), a fine grid inside that step then places the crossing, so the
 * grid contributes step/sqrt(12) of the fine step, not of the coarse one. The settings at one M share its field and
 * their runs: one training to the longest length gives every shorter one (their results are read on the way).
 */
public final class Study {
    private Study() {}

    /** One (M, epochs) setting of the study. */
    public record Setting(int m, int epochs) {}

    /** Sizes: the settings, the coarse grid, the number of fine points, fields per setting, batch, seed. */
    public record Settings(List<Setting> settings, int fieldSizes, double coarseMin, double coarseMax, int coarse, int fine,
                           int fields, int batch, long seed) {}

    /** One trained run: its setting, N_P, field, pass (0 coarse, 1 fine), eta and test accuracy. */
    public record Point(int nParams, Setting setting, int field, int pass, double eta, double accuracy) {}

    /** eta_crit of one (N_P, setting, field) from both passes, the fine grid's log10 step, and the best accuracy. */
    public record Crit(int nParams, Setting setting, int field, double etaCrit, double log10Step, double best, double chance) {}

    /** Best test accuracy over the coarse grid on the raw inputs (pixels/255) against the normalised ones, same field. */
    public record Normalisation(int nParams, int field, double bestNormalised, double bestRaw, double etaBestRaw) {}

    /** The similar-size baseline: one perceptron run (hidden units, parameters, eta, seed) and its test accuracy. */
    public record Baseline(int hidden, int parameters, double eta, int seed, double accuracy) {}

    /** The points and the estimates of every (N_P, setting, field), the normalisation runs, the baseline runs. */
    public record Result(List<Point> points, List<Crit> crits, List<Normalisation> normalisation, List<Baseline> baseline) {}

    /** The normalisation and baseline experiments: hidden units and eta grid of the perceptron, its seeds. */
    public record Extras(int hidden, double[] baselineEtas, int baselineSeeds, int threads) {}

    /**
     * The study; rawTrain and rawTest are the same images before the normalisation of 000 §4.2: at the base setting
     * (the last of the field-size series) each field is trained on them too, over the coarse grid.
     */
    public static Result run(Dataset train, Dataset test, Dataset rawTrain, Dataset rawTest, int[] params, Settings s,
                             Extras x, ExecutorService pool) {
        List<Point> points = new ArrayList<>();
        List<Crit> crits = new ArrayList<>();
        List<Normalisation> norm = new ArrayList<>();
        double p = test.positiveFraction();
        double chance = Math.max(p, 1 - p);
        Setting base = s.settings().get(s.fieldSizes() - 1);
        for (int nParams : params) {
            Map<Key, Located> located = new HashMap<>();
            for (int m : s.settings().stream().map(Setting::m).distinct().toList()) {
                List<Setting> atM = s.settings().stream().filter(t -> t.m() == m).toList();
                for (int field = 0; field < s.fields(); field++) {
                    long t0 = System.nanoTime();
                    located.putAll(locate(train, test, nParams, m, atM, field, chance, s, pool));
                    System.err.printf(Locale.ROOT, "blackbox-studies: N_P=%d M=%d epochs=%s field %d: %.1f s%n", nParams, m,
                            atM.stream().map(t -> String.valueOf(t.epochs())).collect(Collectors.joining(",")), field,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
            for (Setting setting : s.settings()) {
                for (int field = 0; field < s.fields(); field++) {
                    Located l = located.get(new Key(setting, field));
                    points.addAll(l.points());
                    crits.add(l.crit());
                    if (setting.equals(base)) {
                        long t0 = System.nanoTime();
                        norm.add(raw(rawTrain, rawTest, nParams, setting, field, l.crit().best(), s, pool));
                        System.err.printf(Locale.ROOT, "blackbox-studies: N_P=%d M=%d epochs=%d field %d, raw inputs: %.1f s%n",
                                nParams, setting.m(), setting.epochs(), field, (System.nanoTime() - t0) / 1e9);
                    }
                }
            }
        }
        return new Result(points, crits, norm, baseline(train, test, x, s));
    }

    /** The points (coarse pass, then fine) and the estimate of one (N_P, setting, field). */
    private record Located(List<Point> points, Crit crit) {}

    private record Key(Setting setting, int field) {}

    /** The same field and start, trained on the raw inputs over the coarse grid. */
    private static Normalisation raw(Dataset rawTrain, Dataset rawTest, int nParams, Setting setting, int field, double bestNormalised,
                                     Settings s, ExecutorService pool) {
        String label = "etacrit-" + rawTrain.name() + "-np" + nParams + "-m" + setting.m() + "-field" + field;
        FieldDraw d = FieldDraw.draw(s.seed(), label, setting.m(), nParams + rawTrain.d());
        try (BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), setting.m(), nParams, rawTrain.d())) {
            double[] coarse = EtaCrit.logGrid(s.coarseMin(), s.coarseMax(), s.coarse());
            double[] acc = train(f, rawTrain, rawTest, coarse, new int[] {setting.epochs()}, s, label + "-coarse", pool).get(setting.epochs());
            int best = 0;
            for (int i = 1; i < acc.length; i++) if (acc[i] > acc[best]) best = i;
            return new Normalisation(nParams, field, bestNormalised, acc[best], coarse[best]);
        }
    }

    /** The perceptron baseline at every eta and seed, in parallel (each run its own stream). */
    private static List<Baseline> baseline(Dataset train, Dataset test, Extras x, Settings s) {
        int runs = x.baselineEtas().length * x.baselineSeeds();
        Baseline[] out = new Baseline[runs];
        lib.Parallel.run(runs, x.threads(), k -> {
            double eta = x.baselineEtas()[k % x.baselineEtas().length];
            int seed = k / x.baselineEtas().length;
            long stream = Streams.of(s.seed(), "mlp-baseline", seed).nextLong();
            out[k] = new Baseline(x.hidden(), Mlp.parameters(train.d(), x.hidden()), eta, seed,
                    Mlp.accuracy(train, test, x.hidden(), eta, s.batch(), s.settings().get(s.fieldSizes() - 1).epochs(), stream));
        });
        return List.of(out);
    }

    /**
     * Every setting at one M on one field: the coarse pass is trained once to the longest training length, its test
     * accuracy read after each length (the parameters after e epochs are those of an e-epoch training, bit for bit:
     * Trainer), and so is each fine pass, shared by the settings whose drop lies in the same coarse step.
     */
    private static Map<Key, Located> locate(Dataset train, Dataset test, int nParams, int m, List<Setting> atM, int field,
                                               double chance, Settings s, ExecutorService pool) {
        String label = "etacrit-" + train.name() + "-np" + nParams + "-m" + m + "-field" + field;
        FieldDraw d = FieldDraw.draw(s.seed(), label, m, nParams + train.d());
        try (BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), m, nParams, train.d())) {
            d = null;
            double[] coarse = EtaCrit.logGrid(s.coarseMin(), s.coarseMax(), s.coarse());
            Map<Integer, double[]> accCoarse = train(f, train, test, coarse, epochsOf(atM), s, label + "-coarse", pool);
            Map<Integer, List<Setting>> byStep = new LinkedHashMap<>();
            for (Setting t : atM) byStep.computeIfAbsent(crossing(coarse, accCoarse.get(t.epochs()), chance), j -> new ArrayList<>()).add(t);
            Map<Key, Located> out = new HashMap<>();
            for (Map.Entry<Integer, List<Setting>> e : byStep.entrySet()) {
                int j = e.getKey();
                double[] fine = j < 0 ? null : interior(coarse[j - 1], coarse[j], s.fine());
                Map<Integer, double[]> accFine = j < 0 ? null : train(f, train, test, fine, epochsOf(e.getValue()), s, label + "-fine", pool);
                for (Setting t : e.getValue()) {
                    double[] ac = accCoarse.get(t.epochs());
                    List<Point> pts = new ArrayList<>();
                    for (int i = 0; i < coarse.length; i++) pts.add(new Point(nParams, t, field, 0, coarse[i], ac[i]));
                    Crit c;
                    if (j < 0) {
                        c = new Crit(nParams, t, field, Double.NaN, Double.NaN, max(ac), chance);
                    } else {
                        double[] af = accFine.get(t.epochs());
                        for (int i = 0; i < fine.length; i++) pts.add(new Point(nParams, t, field, 1, fine[i], af[i]));
                        double[][] all = union(coarse, ac, fine, af);
                        c = new Crit(nParams, t, field, EtaCrit.estimate(all[0], all[1], chance),
                                Math.log10(coarse[j] / coarse[j - 1]) / (s.fine() + 1), max(all[1]), chance);
                    }
                    out.put(new Key(t, field), new Located(pts, c));
                }
            }
            return out;
        }
    }

    private static int[] epochsOf(List<Setting> settings) {
        return settings.stream().mapToInt(Setting::epochs).distinct().sorted().toArray();
    }

    /** Test accuracy of every eta after each of the training lengths {@code epochs} (increasing), from one training. */
    private static Map<Integer, double[]> train(BlackBoxField f, Dataset train, Dataset test, double[] etas, int[] epochs,
                                                Settings s, String label, ExecutorService pool) {
        long seed = Streams.of(s.seed(), label).nextLong();
        Map<Integer, double[]> acc = new HashMap<>();
        Trainer.train(f, train, etas, 1, s.batch(), epochs[epochs.length - 1], seed, pool, null, (done, beta) -> {
            if (java.util.Arrays.binarySearch(epochs, done) >= 0) acc.put(done, Trainer.accuracy(f, beta, etas.length, test, pool));
        });
        return acc;
    }

    /** The first coarse index above the best one whose accuracy lies below the midpoint of best and chance; -1 if none. */
    static int crossing(double[] etas, double[] acc, double chance) {
        int best = 0;
        for (int i = 1; i < acc.length; i++) if (acc[i] > acc[best]) best = i;
        double half = (acc[best] + chance) / 2;
        for (int j = best + 1; j < acc.length; j++) if (acc[j] < half) return j;
        return -1;
    }

    /** n points strictly inside (lo, hi), geometric. */
    static double[] interior(double lo, double hi, int n) {
        double[] g = EtaCrit.logGrid(lo, hi, n + 2);
        double[] out = new double[n];
        System.arraycopy(g, 1, out, 0, n);
        return out;
    }

    /** Both passes merged in increasing eta. */
    static double[][] union(double[] e1, double[] a1, double[] e2, double[] a2) {
        int n = e1.length + e2.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        java.util.Arrays.sort(idx, java.util.Comparator.comparingDouble(i -> i < e1.length ? e1[i] : e2[i - e1.length]));
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            out[0][k] = i < e1.length ? e1[i] : e2[i - e1.length];
            out[1][k] = i < e1.length ? a1[i] : a2[i - e1.length];
        }
        return out;
    }

    /** points.csv and etacrit.csv. */
    public static void write(Path out, Provenance prov, Result r) {
        List<List<?>> pts = new ArrayList<>();
        for (Point p : r.points()) {
            pts.add(List.of(p.nParams(), p.setting().m(), p.setting().epochs(), p.field(), p.pass(), p.eta(), p.accuracy()));
        }
        Artifact.write(out.resolve("points.csv"), Outputs.POINTS, prov, pts);
        List<List<?>> cs = new ArrayList<>();
        for (Crit c : r.crits()) {
            cs.add(List.of(c.nParams(), c.setting().m(), c.setting().epochs(), c.field(), Outputs.text(c.etaCrit()), Outputs.text(c.log10Step()),
                    c.best(), c.chance()));
        }
        Artifact.write(out.resolve("etacrit.csv"), Outputs.CRITS, prov, cs);
        List<List<?>> ns = new ArrayList<>();
        for (Normalisation n : r.normalisation()) ns.add(List.of(n.nParams(), n.field(), n.bestNormalised(), n.bestRaw(), n.etaBestRaw()));
        Artifact.write(out.resolve("normalisation.csv"), Outputs.NORMALISATION, prov, ns);
        List<List<?>> bs = new ArrayList<>();
        for (Baseline b : r.baseline()) bs.add(List.of(b.hidden(), b.parameters(), b.eta(), b.seed(), b.accuracy()));
        Artifact.write(out.resolve("baseline.csv"), Outputs.BASELINE, prov, bs);
    }

    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) m = Math.max(m, x);
        return m;
    }
}
