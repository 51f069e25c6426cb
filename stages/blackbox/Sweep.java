package blackbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import me.tongfei.progressbar.ProgressBar;
import lib.Progress;

/**
 * The experiment of 000 Figure 10 for one data set and one N_P: for each field realisation, train every
 * (start, eta) run at once and record test accuracies; keep field 0's best sine run for Figure 9. Each field is
 * independent of the others: {@link #field} trains one (a shard of blackbox-sweep).
 */
public final class Sweep {
    private Sweep() {}

    /** Wall time of one field's batch of runs. */
    public record Timing(String dataset, int nParams, int field, int runs, double seconds) {}

    /** Settings shared by all sweeps. */
    public record Settings(int m, double[] etas, int fields, int starts, int batch, int epochs, long seed) {}

    /** phi of the trained field-0 run with the best test accuracy on a grid (for Figure 9); null unless asked. */
    public interface SliceProbe { void probe(BlackBoxField f, float[] beta, int r, int bestColumn); }

    public static List<Run> run(Dataset train, Dataset test, int nParams, Settings s, ExecutorService pool,
                                List<Timing> timings, SliceProbe probe) {
        List<Run> runs = new ArrayList<>();
        for (int fi = 0; fi < s.fields(); fi++) runs.addAll(field(train, test, nParams, fi, s, pool, timings, fi == 0 ? probe : null));
        return runs;
    }

    /**
     * One field realisation: every (start, eta) run trained at once. Independent of every other field (its own
     * streams, labelled by data set, N_P and field), so a shard of blackbox-sweep can train it alone.
     */
    public static List<Run> field(Dataset train, Dataset test, int nParams, int fi, Settings s, ExecutorService pool,
                                  List<Timing> timings, SliceProbe probe) {
        List<Run> runs = new ArrayList<>();
        int r = s.etas().length * s.starts();
        long t0 = System.nanoTime();
        String label = "blackbox-" + train.name() + "-np" + nParams + "-field" + fi;
        FieldDraw d = FieldDraw.draw(s.seed(), label, s.m(), nParams + train.d());
        try (BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), s.m(), nParams, train.d());
             ProgressBar pb = Progress.start(train.name() + " N_P=" + nParams + " field " + fi,
                     (long) s.epochs() * ((train.n() + s.batch() - 1) / s.batch()))) {
            d = null;
            long runSeed = lib.Streams.of(s.seed(), label).nextLong();
            Trainer.Result res = Trainer.train(f, train, s.etas(), s.starts(), s.batch(), s.epochs(), runSeed, pool, pb::step);
            double[] acc = Trainer.accuracy(f, res.beta(), r, test, pool);
            int best = 0;
            for (int k = 0; k < r; k++) {
                runs.add(new Run(train.name(), nParams, fi, k / s.etas().length, s.etas()[k % s.etas().length], acc[k],
                        res.lastEpochAccuracy()[k], res.lastEpochLoss()[k]));
                if (acc[k] > acc[best]) best = k;
            }
            if (probe != null) probe.probe(f, res.beta(), r, best);
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        timings.add(new Timing(train.name(), nParams, fi, r, sec));
        System.err.printf(java.util.Locale.ROOT, "blackbox-sweep: %s N_P=%d field %d: %d runs in %.1f s%n",
                train.name(), nParams, fi, r, sec);
        return runs;
    }
}
