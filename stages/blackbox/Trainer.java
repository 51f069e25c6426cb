package blackbox;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import lib.Streams;

/**
 * Minibatch gradient descent on beta only (000 §4.2): mean cross-entropy of sigmoid(phi) over each batch, fixed
 * batch size and number of epochs, a fresh shuffle of the training set each epoch. Trains R = etas x starts runs
 * at once on one field and one batch order (column k = start * etas.length + e).
 */
public final class Trainer {
    private Trainer() {}

    /** Final parameters (N_P x R row-major) and per-run statistics of the last epoch. */
    public record Result(float[] beta, int runs, double[] lastEpochLoss, double[] lastEpochAccuracy) {}

    /**
     * Initial parameters: column k ~ N(0, I/N_P), so |beta| is about 1, the scale of the normalised inputs
     * (the paper does not say how beta starts). Start s draws from Streams.of(seed, "beta0", s): the same start
     * for every eta.
     */
    public static float[] initialBeta(int nParams, int etas, int starts, long seed) {
        int r = etas * starts;
        float[] beta = new float[nParams * r];
        double sd = 1 / Math.sqrt(nParams);
        for (int s = 0; s < starts; s++) {
            SplittableRandom rng = Streams.of(seed, "beta0", s);
            for (int j = 0; j < nParams; j++) {
                float v = (float) (sd * rng.nextGaussian());
                for (int e = 0; e < etas; e++) beta[j * r + s * etas + e] = v;
            }
        }
        return beta;
    }

    /**
     * Whether the input projections of n training inputs are stored (once per field) rather than recomputed each
     * batch: when they fit in the heap beside everything else (the field's double draw, the data sets, the
     * buffers). The results are the same either way; blackbox.storeInputs=false forces recomputation.
     */
    static boolean storeInputs(BlackBoxField f, int n) {
        if ("false".equals(System.getProperty("blackbox.storeInputs"))) return false;
        long headroom = 2_500_000_000L;
        return f.inputBytes(n) <= Runtime.getRuntime().maxMemory() - headroom;
    }

    public static Result train(BlackBoxField f, Dataset train, double[] etas, int starts, int batch, int epochs,
                               long seed, ExecutorService pool, Runnable onBatch) {
        return train(f, train, etas, starts, batch, epochs, seed, pool, onBatch, null);
    }

    /** What a caller does with the parameters after some epochs (it must not change them). */
    @FunctionalInterface
    public interface EpochHook {
        void after(int epochsDone, float[] beta);
    }

    /**
     * As above, calling {@code onEpoch} (when not null) after every epoch. Epoch e's order depends on (seed, e) alone,
     * so the parameters after e epochs are those of a training of e epochs, bit for bit: one training to the longest
     * length gives every shorter one. The projections of train's inputs are computed once per field: a later training
     * on the same field and the same Dataset reuses them (BlackBoxField.inputs), until the field is closed.
     */
    public static Result train(BlackBoxField f, Dataset train, double[] etas, int starts, int batch, int epochs,
                               long seed, ExecutorService pool, Runnable onBatch, EpochHook onEpoch) {
        int r = etas.length * starts;
        float[] beta = initialBeta(f.nParams, etas.length, starts, seed);
        double[] loss = new double[r];
        double[] correct = new double[r];
        BlackBoxField.Inputs in = f.inputs(train, pool);
        BlackBoxField.Work work = f.new Work(r, Math.min(batch, train.n()));
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = permutation(train.n(), Streams.of(seed, "order", epoch));
            boolean last = epoch == epochs - 1;
            for (int start = 0; start < train.n(); start += batch) {
                int rows = Math.min(batch, train.n() - start);
                int[] index = java.util.Arrays.copyOfRange(order, start, start + rows);
                int[] t = new int[rows];
                for (int i = 0; i < rows; i++) t[i] = train.label()[index[i]];
                step(f, work, in, index, beta, etas, t, rows, pool, last ? loss : null, last ? correct : null);
                if (onBatch != null) onBatch.run();
            }
            if (onEpoch != null) onEpoch.after(epoch + 1, beta);
        }
        for (int k = 0; k < r; k++) {
            loss[k] /= train.n();
            correct[k] /= train.n();
        }
        return new Result(beta, r, loss, correct);
    }

    /** One gradient step of every run on one batch (rows x N_I inputs x); accumulates loss and correct counts when given arrays. */
    static void step(BlackBoxField f, float[] beta, int r, double[] etas, float[] x, int[] t, int rows,
                     ExecutorService pool, double[] loss, double[] correct) {
        BlackBoxField.Work work = f.new Work(r, rows);
        f.transposeInputs(x, null, 0, rows, work.xb, rows);
        step(f, work, null, null, beta, etas, t, rows, pool, loss, correct);
    }

    /** Columns of beta per task of the update. */
    private static final int UPDATE_CHUNK = 512;

    /**
     * One step on a batch: inputs index[0..rows) of in (in == null: the inputs already in work.xb). beta is
     * N_P x R row-major, updated in place.
     */
    static void step(BlackBoxField f, BlackBoxField.Work work, BlackBoxField.Inputs in, int[] index, float[] beta,
                     double[] etas, int[] t, int rows, ExecutorService pool, double[] loss, double[] correct) {
        int r = work.r;
        work.gradientBuffers();
        work.setBeta(beta);
        if (in != null) work.gather(in, index, rows);
        f.map(pool, tt -> {
            work.slice(tt);
            work.inputs(tt, in, index, rows);
            work.phiPart(tt, rows);
            return null;
        });
        float[] phi = work.sumPhi(rows);
        float[] res = new float[rows * r];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < r; k++) {
                double z = phi[i * r + k];
                res[i * r + k] = (float) ((sigmoid(z) - t[i]) / rows);   // d(mean loss)/d(phi_i)
                if (loss != null) {
                    loss[k] += crossEntropy(z, t[i]);
                    if ((z > 0 ? 1 : 0) == t[i]) correct[k]++;
                }
            }
        }
        f.map(pool, tt -> {
            work.gradient(tt, res, rows);
            return null;
        });
        int chunks = (f.nParams + UPDATE_CHUNK - 1) / UPDATE_CHUNK;
        BlackBoxField.map(pool, chunks, c -> {
            work.update(beta, etas, c * UPDATE_CHUNK, Math.min(f.nParams, (c + 1) * UPDATE_CHUNK));
            return null;
        });
    }

    /** Test accuracy of every run: the predicted class is 1 where phi > 0 (sigmoid > 1/2). */
    public static double[] accuracy(BlackBoxField f, float[] beta, int r, Dataset test, ExecutorService pool) {
        double[] correct = new double[r];
        int chunk = 512;
        BlackBoxField.Work work = f.new Work(r, Math.min(chunk, Math.max(test.n(), 1)));
        work.setBeta(beta);
        f.map(pool, tt -> {
            work.slice(tt);   // u = Z_beta beta once for all chunks
            return null;
        });
        for (int start = 0; start < test.n(); start += chunk) {
            int rows = Math.min(chunk, test.n() - start);
            f.transposeInputs(test.x(), null, start, rows, work.xb, work.maxRows);
            f.map(pool, tt -> {
                work.inputs(tt, null, null, rows);
                work.phiPart(tt, rows);
                return null;
            });
            float[] phi = work.sumPhi(rows);
            for (int i = 0; i < rows; i++) {
                int t = test.label()[start + i];
                for (int k = 0; k < r; k++) if ((phi[i * r + k] > 0 ? 1 : 0) == t) correct[k]++;
            }
        }
        for (int k = 0; k < r; k++) correct[k] /= test.n();
        return correct;
    }

    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** -t log sigmoid(z) - (1-t) log(1 - sigmoid(z)), computed stably. */
    static double crossEntropy(double z, int t) {
        double m = t == 1 ? -z : z;   // loss = log(1 + e^m)
        return m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
    }

    /** Fisher-Yates shuffle of 0..n-1. */
    public static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
