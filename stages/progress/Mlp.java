package progress;

import blackbox.Dataset;
import java.nio.DoubleBuffer;
import java.util.SplittableRandom;
import lib.Blas;
import lib.Parallel;
import lib.Streams;

/**
 * 001 Remark 1.2's observation on a real network: a one-hidden-layer perceptron on MNIST even/odd (000's
 * normalisation, as the black box reads it), trained full batch on a fixed subset from independent Glorot-uniform
 * starts by gradient descent and by Adam, every start's training-loss curve recorded. Network: a = tanh(W1 x + b1),
 * logit w2.a + b2, mean cross-entropy; N = h (d + 2) + 1 parameters. Full batch makes a run a deterministic function
 * of its start, so the spread across starts is the spread 001's Figure 1 shows across initialisations.
 *
 * <p>Each (start, optimiser) network trains on its own thread with its own products (lib/Blas, single-threaded
 * OpenBLAS): the curves do not depend on the thread count. Biases start at 0 (Glorot's and Keras's convention).
 */
public final class Mlp {
    private Mlp() {}

    /** Hidden width h, full-batch steps, starts, GD step, Adam learning rate, seed. */
    public record Settings(int width, int steps, int starts, double etaGd, double lrAdam, long seed) {}

    /** Loss curves (row-major starts x (steps + 1)) of GD and Adam, and mean pairwise distances of starts and ends. */
    public record Curves(int width, int params, int starts, int steps, double[] gd, double[] adam, double startDistance,
                         double gdEndDistance, double adamEndDistance) {
        public double loss(boolean adamRun, int start, int k) { return (adamRun ? adam : gd)[start * (steps + 1) + k]; }
    }

    public static int params(int width, int d) { return width * (d + 2) + 1; }

    public static Curves train(Dataset data, Settings s, int threads) {
        int d = data.d(), n = data.n(), h = s.width(), p = params(h, d), starts = s.starts();
        double[] xs = new double[n * d];
        for (int i = 0; i < xs.length; i++) xs[i] = data.x()[i];
        DoubleBuffer x = Blas.offHeap(xs);
        double[][] theta = new double[2 * starts][];
        double[][] curves = new double[2 * starts][];
        double[][] first = new double[starts][];
        for (int c = 0; c < starts; c++) first[c] = glorot(h, d, Streams.of(s.seed(), "progress-mlp/h" + h + "/start", c));
        Parallel.run(2 * starts, threads, net -> {
            boolean adam = net >= starts;
            double[] th = first[net % starts].clone();
            curves[net] = run(x, data.label(), n, d, h, th, s, adam);
            theta[net] = th;
        });
        double[] gd = new double[starts * (s.steps() + 1)], ad = new double[gd.length];
        for (int c = 0; c < starts; c++) {
            System.arraycopy(curves[c], 0, gd, c * (s.steps() + 1), s.steps() + 1);
            System.arraycopy(curves[starts + c], 0, ad, c * (s.steps() + 1), s.steps() + 1);
        }
        return new Curves(h, p, starts, s.steps(), gd, ad, meanDistance(first, 0, starts), meanDistance(theta, 0, starts),
                meanDistance(theta, starts, 2 * starts));
    }

    /**
     * Glorot uniform: W1 ~ U(±√(6/(d + h))), w2 ~ U(±√(6/(h + 1))), biases 0. Layout: W1 (h x d, row-major), b1 (h),
     * w2 (h), b2.
     */
    static double[] glorot(int h, int d, SplittableRandom rng) {
        double[] th = new double[params(h, d)];
        double a1 = Math.sqrt(6.0 / (d + h)), a2 = Math.sqrt(6.0 / (h + 1));
        for (int i = 0; i < h * d; i++) th[i] = a1 * (2 * rng.nextDouble() - 1);
        for (int j = 0; j < h; j++) th[h * d + h + j] = a2 * (2 * rng.nextDouble() - 1);
        return th;
    }

    /** Trains one network in place; returns its loss at steps 0..steps (the loss at theta before each step). */
    static double[] run(DoubleBuffer x, int[] label, int n, int d, int h, double[] th, Settings s, boolean adam) {
        double[] curve = new double[s.steps() + 1], grad = new double[th.length];
        double[] m1 = adam ? new double[th.length] : null, m2 = adam ? new double[th.length] : null;
        Work w = new Work(n, h);
        for (int k = 0; ; k++) {
            curve[k] = lossAndGradient(x, label, n, d, h, th, grad, w, k < s.steps());
            if (k == s.steps()) return curve;
            if (!adam) {
                for (int i = 0; i < th.length; i++) th[i] -= s.etaGd() * grad[i];
                continue;
            }
            double c1 = 1 - Math.pow(Algorithm.Adam.B1, k + 1), c2 = 1 - Math.pow(Algorithm.Adam.B2, k + 1);
            for (int i = 0; i < th.length; i++) {
                m1[i] = Algorithm.Adam.B1 * m1[i] + (1 - Algorithm.Adam.B1) * grad[i];
                m2[i] = Algorithm.Adam.B2 * m2[i] + (1 - Algorithm.Adam.B2) * grad[i] * grad[i];
                th[i] -= s.lrAdam() * (m1[i] / c1) / (Math.sqrt(m2[i] / c2) + Algorithm.Adam.EPS);
            }
        }
    }

    /** Scratch of one network: pre-activations then activations (n x h), back-propagated errors (n x h). */
    record Work(double[] a, double[] delta) {
        Work(int n, int h) { this(new double[n * h], new double[n * h]); }
    }

    /** Mean cross-entropy at theta and, when asked, its gradient (same layout as theta). */
    static double lossAndGradient(DoubleBuffer x, int[] label, int n, int d, int h, double[] th, double[] grad, Work w,
                                  boolean wantGradient) {
        int b1 = h * d, w2 = b1 + h, b2 = w2 + h;
        double[] a = w.a(), delta = w.delta();
        // a = tanh(X W1^T + b1)
        Blas.dgemm(false, true, n, h, d, 1.0, x.duplicate().clear(), d, DoubleBuffer.wrap(th, 0, b1), d, 0.0, DoubleBuffer.wrap(a), h);
        double loss = 0;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double z = th[b2];
            for (int j = 0; j < h; j++) {
                a[i * h + j] = Math.tanh(a[i * h + j] + th[b1 + j]);
                z += th[w2 + j] * a[i * h + j];
            }
            loss += Logistic.crossEntropy(z, label[i]) / n;
            r[i] = (Logistic.sigmoid(z) - label[i]) / n;
        }
        if (!wantGradient) return loss;
        java.util.Arrays.fill(grad, 0);
        for (int i = 0; i < n; i++) {
            grad[b2] += r[i];
            for (int j = 0; j < h; j++) {
                double aij = a[i * h + j];
                grad[w2 + j] += r[i] * aij;
                double dz = r[i] * th[w2 + j] * (1 - aij * aij);
                delta[i * h + j] = dz;
                grad[b1 + j] += dz;
            }
        }
        // dW1 = delta^T X (h x d)
        Blas.dgemm(true, false, h, d, n, 1.0, DoubleBuffer.wrap(delta), h, x.duplicate().clear(), d, 0.0, DoubleBuffer.wrap(grad, 0, b1), d);
        return loss;
    }

    /** Mean Euclidean distance between the parameter vectors v[from..to-1], over all pairs. */
    static double meanDistance(double[][] v, int from, int to) {
        double sum = 0;
        int pairs = 0;
        for (int c = from; c < to; c++) {
            for (int e = c + 1; e < to; e++) {
                double q = 0;
                for (int i = 0; i < v[c].length; i++) {
                    double diff = v[c][i] - v[e][i];
                    q += diff * diff;
                }
                sum += Math.sqrt(q);
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
