package studies;

import blackbox.Dataset;
import java.util.SplittableRandom;
import lib.Streams;

/**
 * The baseline "of a similar number of parameters" for 000 §4.2's comparison: a one-hidden-layer perceptron
 * d → h (tanh) → 1 (sigmoid) with h·(d + 2) + 1 parameters (h = 6 on MNIST: 4717, against the black box's N_P = 5000),
 * trained like the black box and the logistic baseline: mean cross entropy, minibatch gradient descent, the same batch,
 * epochs and shuffles, on the same normalised inputs. Weights start N(0, 1/fan-in) (a standard choice; the paper names
 * no baseline of its own beyond its reference [24]).
 */
public final class Mlp {
    private Mlp() {}

    public static int parameters(int d, int hidden) { return hidden * (d + 2) + 1; }

    /** Test accuracy after training with learning rate eta. */
    public static double accuracy(Dataset train, Dataset test, int hidden, double eta, int batch, int epochs, long seed) {
        int d = train.d();
        double[] w1 = new double[hidden * d], b1 = new double[hidden], w2 = new double[hidden];
        double[] b2 = new double[1];
        SplittableRandom rng = Streams.of(seed, "mlp-init");
        for (int i = 0; i < w1.length; i++) w1[i] = rng.nextGaussian() / Math.sqrt(d);
        for (int k = 0; k < hidden; k++) w2[k] = rng.nextGaussian() / Math.sqrt(hidden);
        double[] g1 = new double[w1.length], gb1 = new double[hidden], g2 = new double[hidden], h = new double[hidden];
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = blackbox.Trainer.permutation(train.n(), Streams.of(seed, "order", epoch));
            for (int start = 0; start < train.n(); start += batch) {
                int rows = Math.min(batch, train.n() - start);
                java.util.Arrays.fill(g1, 0);
                java.util.Arrays.fill(gb1, 0);
                java.util.Arrays.fill(g2, 0);
                double gb2 = 0;
                for (int i = 0; i < rows; i++) {
                    int src = order[start + i];
                    double z = forward(w1, b1, w2, b2[0], train.x(), src * d, d, h);
                    double res = (blackbox.Trainer.sigmoid(z) - train.label()[src]) / rows;   // d(cross entropy)/dz
                    gb2 += res;
                    for (int k = 0; k < hidden; k++) {
                        g2[k] += res * h[k];
                        double back = res * w2[k] * (1 - h[k] * h[k]);
                        gb1[k] += back;
                        for (int j = 0; j < d; j++) g1[k * d + j] += back * train.x()[src * d + j];
                    }
                }
                for (int i = 0; i < w1.length; i++) w1[i] -= eta * g1[i];
                for (int k = 0; k < hidden; k++) { b1[k] -= eta * gb1[k]; w2[k] -= eta * g2[k]; }
                b2[0] -= eta * gb2;
            }
        }
        int correct = 0;
        for (int i = 0; i < test.n(); i++) {
            if ((forward(w1, b1, w2, b2[0], test.x(), i * d, d, h) > 0 ? 1 : 0) == test.label()[i]) correct++;
        }
        return (double) correct / test.n();
    }

    static double forward(double[] w1, double[] b1, double[] w2, double b2, float[] x, int off, int d, double[] h) {
        double z = b2;
        for (int k = 0; k < h.length; k++) {
            double a = b1[k];
            for (int j = 0; j < d; j++) a += w1[k * d + j] * x[off + j];
            h[k] = Math.tanh(a);
            z += w2[k] * h[k];
        }
        return z;
    }
}
