package blackbox;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The trainings on one field realisation with one training set and one seed: each trains a set of eta columns (one start)
 * and reads every column's test accuracy after some epochs (Trainer's epoch hook: the parameters after e epochs are
 * those of an e-epoch training, bit for bit). One seed per field gives every training the same initial beta and batch
 * order, so a column's result does not depend on which training it was part of: a pilot is the first epochs of the
 * columns it shares with the first pass, and a column of a second pass is the column the first pass would have trained.
 */
public final class OnField implements Locate.Pass {
    private final BlackBoxField field;
    private final Dataset train;
    private final Dataset test;
    private final int batch;
    private final long seed;
    private final ExecutorService pool;

    public OnField(BlackBoxField field, Dataset train, Dataset test, int batch, long seed, ExecutorService pool) {
        this.field = field;
        this.train = train;
        this.test = test;
        this.batch = batch;
        this.seed = seed;
        this.pool = pool;
    }

    @Override public Map<Integer, double[]> train(double[] etas, int[] epochs) {
        Map<Integer, double[]> acc = new HashMap<>();
        train(etas, 1, epochs[epochs.length - 1], epochs, acc, null);
        return acc;
    }

    /**
     * Trains etas x starts columns for {@code epochs} epochs and puts the test accuracy of every column after each of
     * {@code read} (increasing, at most epochs) into {@code acc}; the last epoch's parameters and statistics are returned.
     */
    public Trainer.Result train(double[] etas, int starts, int epochs, int[] read, Map<Integer, double[]> acc, Runnable onBatch) {
        int r = etas.length * starts;
        return Trainer.train(field, train, etas, starts, batch, epochs, seed, pool, onBatch, (done, beta) -> {
            if (java.util.Arrays.binarySearch(read, done) >= 0) acc.put(done, Trainer.accuracy(field, beta, r, test, pool));
        });
    }

    /** The majority class's share of the test set: the accuracy of chance. */
    public static double chance(Dataset test) {
        double p = test.positiveFraction();
        return Math.max(p, 1 - p);
    }
}
