package blackbox;

import lib.Streams;

/**
 * Baseline: logistic regression y = sigmoid(w.x + c) on the same normalised inputs, trained exactly like the
 * black box (mean cross-entropy, minibatch gradient descent, same batch size, epochs and shuffles), w = 0 at start.
 */
public final class Logistic {
    private Logistic() {}

    /** Test accuracy after training with learning rate eta. */
    public static double accuracy(Dataset train, Dataset test, double eta, int batch, int epochs, long seed) {
        int d = train.d();
        double[] w = new double[d + 1];
        double[] g = new double[d + 1];
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = Trainer.permutation(train.n(), Streams.of(seed, "order", epoch));
            for (int start = 0; start < train.n(); start += batch) {
                int rows = Math.min(batch, train.n() - start);
                java.util.Arrays.fill(g, 0);
                for (int i = 0; i < rows; i++) {
                    int src = order[start + i];
                    double res = (Trainer.sigmoid(score(w, train, src)) - train.label()[src]) / rows;
                    for (int j = 0; j < d; j++) g[j] += res * train.x()[src * d + j];
                    g[d] += res;
                }
                for (int j = 0; j <= d; j++) w[j] -= eta * g[j];
            }
        }
        int correct = 0;
        for (int i = 0; i < test.n(); i++) if ((score(w, test, i) > 0 ? 1 : 0) == test.label()[i]) correct++;
        return (double) correct / test.n();
    }

    private static double score(double[] w, Dataset s, int i) {
        int d = s.d();
        double z = w[d];
        for (int j = 0; j < d; j++) z += w[j] * s.x()[i * d + j];
        return z;
    }
}
