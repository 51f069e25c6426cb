package studies;

import blackbox.BlackBoxField;
import blackbox.Dataset;
import blackbox.EtaCrit;
import blackbox.FieldDraw;
import blackbox.Locate;
import blackbox.OnField;
import blackbox.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import lib.Streams;

/**
 * What moves eta_crit (issue 11): the black box of 000 §4.2 on full MNIST for each N_P, at several field sizes M (the
 * paper states M only for §4.1) and several training lengths (epochs of the full set). At the sweep's M the study reads
 * blackbox-sweep's own trainings (its fields, read after each length, with fine points beside its grid: blackbox/Sweep);
 * at every other M it trains a field of its own, searched by blackbox/Locate: a pilot of a few epochs on the coarse grid
 * finds the step where the accuracy drops, one pass trains that step refined to the fine resolution with its ends and a
 * couple of plateau points below, and a second pass follows only when the drop falls outside it. This class trains one
 * such field, the raw-pixel runs of the normalisation claim and the similar-size perceptron; studies/Shards joins them.
 */
public final class Study {
    private Study() {}

    /** One (M, epochs) setting of the study. */
    public record Setting(int m, int epochs) {}

    /**
     * The settings (the field-size series at baseEpochs, then the training-length series at baseM, the sweep's M); the
     * coarse grid of the pilot and of the raw-pixel runs; fine points per coarse step; plateau points below the drop;
     * the pilot's epochs; fields per setting at the study's own M; batch; seed.
     */
    public record Settings(List<Setting> settings, int baseM, int baseEpochs, double[] coarse, int fine, int plateau,
                           int pilotEpochs, int fields, int batch, long seed) {
        /** The log10 width of a fine step: one coarse step split by fine + 1 (the resolution the study locates eta_crit to). */
        public double resolution() { return Math.log10(coarse[1] / coarse[0]) / (fine + 1); }

        /** The training lengths read at M, increasing. */
        public int[] epochsAt(int m) {
            return settings.stream().filter(t -> t.m() == m).mapToInt(Setting::epochs).distinct().sorted().toArray();
        }

        /** The field sizes in the order of the settings. */
        public List<Integer> ms() { return settings.stream().map(Setting::m).distinct().toList(); }
    }

    /** One trained column: N_P, M, the epochs it was read after, field, pass (Locate's pilot/first/second), eta, test accuracy. */
    public record Point(int nParams, int m, int epochs, int field, String pass, double eta, double accuracy) {}

    /** A raw-pixel run (pixels/255, no normalisation) on the sweep's field at base M: N_P, field, eta, test accuracy. */
    public record Raw(int nParams, int field, double eta, double accuracy) {}

    /** The similar-size baseline: one perceptron run (hidden units, parameters, eta, seed) and its test accuracy. */
    public record Baseline(int hidden, int parameters, double eta, int seed, double accuracy) {}

    /** The perceptron of the baseline: hidden units, its eta grid and seeds, threads. */
    public record Extras(int hidden, double[] baselineEtas, int baselineSeeds, int threads) {}

    /** The label of a field of the study's own: its draw and its trainings' seed derive from it. */
    static String label(int nParams, int m, int field) {
        return "etacrit-mnist-np" + nParams + "-m" + m + "-field" + field;
    }

    /** One field of the study's own at M: the pilot's columns, then every column of the passes after each length read at M. */
    public static List<Point> field(Dataset train, Dataset test, int nParams, int m, int field, Settings s, ExecutorService pool) {
        String label = label(nParams, m, field);
        FieldDraw d = FieldDraw.draw(s.seed(), label, m, nParams + train.d());
        try (BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), m, nParams, train.d())) {
            d = null;
            OnField on = new OnField(f, train, test, s.batch(), Streams.of(s.seed(), label).nextLong(), pool);
            Locate.Search found = Locate.search(on, s.coarse(), s.pilotEpochs(), s.epochsAt(m), OnField.chance(test), s.resolution(), s.plateau());
            List<Point> out = new ArrayList<>();
            double[] pilot = found.pilot().accuracy().get(s.pilotEpochs());
            for (int i = 0; i < s.coarse().length; i++) out.add(new Point(nParams, m, s.pilotEpochs(), field, Locate.PILOT, s.coarse()[i], pilot[i]));
            for (Locate.Reading r : found.readings()) {
                for (Locate.Column c : r.columns()) out.add(new Point(nParams, m, r.epochs(), field, c.pass(), c.eta(), c.accuracy()));
            }
            return out;
        }
    }

    /**
     * The raw-pixel runs: the sweep's field 0 at base M with its initial beta and batch order (blackbox/Sweep#label), trained
     * on the inputs before the normalisation of 000 §4.2 over the coarse grid for baseEpochs. The inputs differ from the
     * sweep's, so these cannot be columns of its training (a column shares the inputs' projections Z_in x).
     */
    public static List<Raw> raw(Dataset rawTrain, Dataset rawTest, int nParams, Settings s, ExecutorService pool) {
        String label = Sweep.label(rawTrain.name(), nParams, 0);
        FieldDraw d = FieldDraw.draw(s.seed(), label, s.baseM(), nParams + rawTrain.d());
        try (BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), s.baseM(), nParams, rawTrain.d())) {
            d = null;
            OnField on = new OnField(f, rawTrain, rawTest, s.batch(), Streams.of(s.seed(), label).nextLong(), pool);
            Map<Integer, double[]> acc = on.train(s.coarse(), new int[] {s.baseEpochs()});
            List<Raw> out = new ArrayList<>();
            for (int i = 0; i < s.coarse().length; i++) out.add(new Raw(nParams, 0, s.coarse()[i], acc.get(s.baseEpochs())[i]));
            return out;
        }
    }

    /** The perceptron baseline at every eta and seed, in parallel (each run its own stream), trained for baseEpochs. */
    public static List<Baseline> baseline(Dataset train, Dataset test, Extras x, Settings s) {
        int runs = x.baselineEtas().length * x.baselineSeeds();
        Baseline[] out = new Baseline[runs];
        lib.Parallel.run(runs, x.threads(), k -> {
            double eta = x.baselineEtas()[k % x.baselineEtas().length];
            int seed = k / x.baselineEtas().length;
            long stream = Streams.of(s.seed(), "mlp-baseline", seed).nextLong();
            out[k] = new Baseline(x.hidden(), Mlp.parameters(train.d(), x.hidden()), eta, seed,
                    Mlp.accuracy(train, test, x.hidden(), eta, s.batch(), s.baseEpochs(), stream));
        });
        return List.of(out);
    }

    /** eta_crit, the log10 step it lies in, the best accuracy and the passes, from one (setting, field)'s columns. */
    public record Crit(double etaCrit, double log10Step, double best, int passes) {
        static Crit of(List<Point> columns, double chance) {
            List<Point> sorted = columns.stream().sorted(java.util.Comparator.comparingDouble(Point::eta)).toList();
            double[] etas = sorted.stream().mapToDouble(Point::eta).toArray();
            double[] acc = sorted.stream().mapToDouble(Point::accuracy).toArray();
            int passes = columns.stream().anyMatch(p -> p.pass().equals(Locate.SECOND)) ? 2 : 1;
            return new Crit(EtaCrit.estimate(etas, acc, chance), EtaCrit.log10Step(etas, acc, chance),
                    java.util.Arrays.stream(acc).max().orElse(Double.NaN), passes);
        }
    }
}
