package blackbox;

import java.util.List;
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

    public static Result train(BlackBoxField f, Dataset train, double[] etas, int starts, int batch, int epochs,
                               long seed, ExecutorService pool, Runnable onBatch) {
        int r = etas.length * starts;
        float[] beta = initialBeta(f.nParams, etas.length, starts, seed);
        double[] loss = new double[r];
        double[] correct = new double[r];
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = permutation(train.n(), Streams.of(seed, "order", epoch));
            boolean last = epoch == epochs - 1;
            for (int start = 0; start < train.n(); start += batch) {
                int rows = Math.min(batch, train.n() - start);
                float[] x = new float[rows * train.d()];
                int[] t = new int[rows];
                for (int i = 0; i < rows; i++) {
                    int src = order[start + i];
                    System.arraycopy(train.x(), src * train.d(), x, i * train.d(), train.d());
                    t[i] = train.label()[src];
                }
                step(f, beta, r, etas, x, t, rows, pool, last ? loss : null, last ? correct : null);
                if (onBatch != null) onBatch.run();
            }
        }
        for (int k = 0; k < r; k++) {
            loss[k] /= train.n();
            correct[k] /= train.n();
        }
        return new Result(beta, r, loss, correct);
    }

    /** One gradient step of every run on one batch; accumulates loss and correct counts when given arrays. */
    static void step(BlackBoxField f, float[] beta, int r, double[] etas, float[] x, int[] t, int rows,
                     ExecutorService pool, double[] loss, double[] correct) {
        final float[] b0 = beta;
        List<BlackBoxField.Tile> tiles = f.map(pool, tt -> {
            BlackBoxField.Tile tile = f.new Tile(tt);
            tile.slice(b0, r);
            tile.inputs(x, rows);
            return tile;
        });
        float[] phi = f.sumPhi(tiles, rows, r);
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
        List<float[]> parts = f.map(pool, tt -> tiles.get(tt).gradient(res, rows, r));
        float[] g = new float[f.nParams * r];
        for (float[] part : parts) for (int i = 0; i < g.length; i++) g[i] += part[i];
        for (int j = 0; j < f.nParams; j++) {
            for (int k = 0; k < r; k++) beta[j * r + k] -= (float) (etas[k % etas.length] * g[j * r + k]);
        }
    }

    /** Test accuracy of every run: the predicted class is 1 where phi > 0 (sigmoid > 1/2). */
    public static double[] accuracy(BlackBoxField f, float[] beta, int r, Dataset test, ExecutorService pool) {
        double[] correct = new double[r];
        int chunk = 512;
        for (int start = 0; start < test.n(); start += chunk) {
            int rows = Math.min(chunk, test.n() - start);
            float[] x = java.util.Arrays.copyOfRange(test.x(), start * test.d(), (start + rows) * test.d());
            float[] phi = f.phi(beta, r, x, rows, pool);
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
