package progress;

import blackbox.Dataset;
import java.nio.DoubleBuffer;
import java.util.SplittableRandom;
import lib.Blas;
import lib.GaussianField;
import lib.Parallel;
import lib.Streams;

/**
 * 001's motivating figure on this project's black box (000 §4.2, eqs 32-33): the classifier sigmoid(φ([β; x])) on a
 * fixed spectral field (lib/GaussianField, N = N_P + 784), trained on beta only from random starts, recording the
 * training-loss curve of every start. Full-batch training on a fixed subset of MNIST (even/odd, 000's
 * normalisation): a gradient span algorithm on the loss L(β) = mean_i CE(φ([β; x_i]), t_i) is then a deterministic
 * function of the start, as in 001's theorem, and the spread of the curves across starts is the spread the figure
 * shows. GD and Adam (not a gradient span algorithm) train from the same starts (columns 0..S−1 GD, S..2S−1 Adam).
 *
 * <p>Why not blackbox.Trainer: it records only the last epoch's loss, trains minibatches with GD only, and its
 * step and the field's gradient are package-private; this trainer reuses its data (blackbox.Dataset) and its field
 * (the same GaussianField, angle-addition split θ = Z_β β + Z_in x as in blackbox.BlackBoxField) and adds the
 * per-step loss and Adam. Work is split over fixed tiles of the M spectral rows; partial sums are added in tile
 * order, so the curves do not depend on the thread count.
 */
public final class BlackBox {
    private BlackBox() {}

    static final int TILE = 512;

    /**
     * N_P, spectral samples M, steps, starts, GD step η, Adam learning rate, seed. Starts: β_0 ~ N(0, I/N_P), the
     * convention of blackbox.Trainer.initialBeta (|β_0| ≈ 1, the scale of the normalised inputs).
     */
    public record Settings(int nParams, int m, int steps, int starts, double etaGd, double lrAdam, long seed) {}

    /**
     * Loss curves (row-major starts x (steps+1), loss at β_k before step k+1) of GD and Adam; mean pairwise distance
     * of the starts and of the final β of each optimiser.
     */
    public record Curves(int nParams, int starts, int steps, double[] gd, double[] adam, double startDistance,
                         double gdEndDistance, double adamEndDistance) {
        public double loss(boolean adamRun, int start, int k) { return (adamRun ? adam : gd)[start * (steps + 1) + k]; }
    }

    public static Curves train(Dataset data, Settings s, int threads) {
        int np = s.nParams(), d = data.d(), n = data.n(), m = s.m(), r = 2 * s.starts();
        GaussianField field = GaussianField.sample(np + d, m, Streams.of(s.seed(), "progress-blackbox/np" + np).nextLong(), threads);
        Tile[] tiles = tiles(field, data, np, threads);
        double[] beta = initialBeta(np, s.starts(), s.seed());
        double startDist = meanDistance(beta, np, r, 0, s.starts());
        Adam adam = new Adam(np * r);
        double[] gd = new double[s.starts() * (s.steps() + 1)];
        double[] ad = new double[s.starts() * (s.steps() + 1)];
        double[] lossCols = new double[r];
        double[] grad = new double[np * r];
        for (int k = 0; k <= s.steps(); k++) {
            lossAndGradient(field, tiles, data, beta, r, np, threads, lossCols, grad, k < s.steps());
            for (int c = 0; c < s.starts(); c++) {
                gd[c * (s.steps() + 1) + k] = lossCols[c];
                ad[c * (s.steps() + 1) + k] = lossCols[s.starts() + c];
            }
            if (k == s.steps()) break;
            adam.step(k);
            for (int j = 0; j < np; j++) {
                for (int c = 0; c < r; c++) {
                    int i = j * r + c;
                    beta[i] -= c < s.starts() ? s.etaGd() * grad[i] : s.lrAdam() * adam.direction(i, grad[i]);
                }
            }
        }
        return new Curves(np, s.starts(), s.steps(), gd, ad, startDist, meanDistance(beta, np, r, 0, s.starts()),
                meanDistance(beta, np, r, s.starts(), r));
    }

    /** β_0 (N_P x R, column c and c + S the same start c), start c from Streams.of(seed, "progress-blackbox/beta0", c). */
    static double[] initialBeta(int np, int starts, long seed) {
        int r = 2 * starts;
        double[] beta = new double[np * r];
        double sd = 1 / Math.sqrt(np);
        for (int c = 0; c < starts; c++) {
            SplittableRandom rng = Streams.of(seed, "progress-blackbox/beta0", c);
            for (int j = 0; j < np; j++) {
                double v = sd * rng.nextGaussian();
                beta[j * r + c] = v;
                beta[j * r + starts + c] = v;
            }
        }
        return beta;
    }

    /** One tile of spectral rows: Z_β (len x N_P) off-heap, cos and sin of the input projections (n x len) off-heap. */
    record Tile(int lo, int len, DoubleBuffer zb, DoubleBuffer cos, DoubleBuffer sin) {}

    static Tile[] tiles(GaussianField field, Dataset data, int np, int threads) {
        int m = field.m(), n = field.n(), d = data.d(), rows = data.n();
        double[] x = new double[rows * d];
        for (int i = 0; i < x.length; i++) x[i] = data.x()[i];
        Tile[] tiles = new Tile[Parallel.tiles(m, TILE)];
        Parallel.run(tiles.length, threads, t -> {
            int lo = t * TILE, len = Math.min(TILE, m - lo);
            double[] zb = new double[len * np], zi = new double[len * d];
            for (int i = 0; i < len; i++) {
                System.arraycopy(field.z(), (lo + i) * n, zb, i * np, np);
                System.arraycopy(field.z(), (lo + i) * n + np, zi, i * d, d);
            }
            double[] v = new double[rows * len];
            Blas.dgemm(false, true, rows, len, d, 1.0, x, d, zi, d, 0.0, v, len);
            double[] c = new double[v.length], s = new double[v.length];
            lib.FastTrig.sinCos(v, 0, v.length, s, c);
            tiles[t] = new Tile(lo, len, Blas.offHeap(zb), Blas.offHeap(c), Blas.offHeap(s));
        });
        return tiles;
    }

    /**
     * Mean cross-entropy of every column of β (loss[c]) and, when asked, its gradient (N_P x R). Phase 1 per tile:
     * u = Z_β β, p = a cos u − b sin u, q = a sin u + b cos u, φ += C p − S q; phase 2 per tile with the residuals
     * ρ = (sigmoid(φ) − t)/n: w = −(a (sin u C^T ρ + cos u S^T ρ) + b (cos u C^T ρ − sin u S^T ρ)), grad += Z_β^T w.
     */
    static void lossAndGradient(GaussianField field, Tile[] tiles, Dataset data, double[] beta, int r, int np, int threads,
                                double[] loss, double[] grad, boolean wantGradient) {
        int n = data.n();
        double[] a = field.a(), b = field.b();
        double[][] phiPart = new double[tiles.length][];
        double[][] cu = new double[tiles.length][], su = new double[tiles.length][];
        Parallel.run(tiles.length, threads, t -> {
            Tile tile = tiles[t];
            double[] u = new double[tile.len() * r];
            Blas.dgemm(false, false, tile.len(), r, np, 1.0, tile.zb().duplicate().clear(), np, DoubleBuffer.wrap(beta), r, 0.0,
                    DoubleBuffer.wrap(u), r);
            double[] c = new double[u.length], s = new double[u.length], p = new double[u.length], q = new double[u.length];
            lib.FastTrig.sinCos(u, 0, u.length, s, c);
            for (int i = 0; i < tile.len(); i++) {
                double ai = a[tile.lo() + i], bi = b[tile.lo() + i];
                for (int col = 0; col < r; col++) {
                    int idx = i * r + col;
                    p[idx] = ai * c[idx] - bi * s[idx];
                    q[idx] = ai * s[idx] + bi * c[idx];
                }
            }
            double[] phi = new double[n * r];
            Blas.dgemm(false, false, n, r, tile.len(), 1.0, tile.cos().duplicate().clear(), tile.len(), DoubleBuffer.wrap(p), r,
                    0.0, DoubleBuffer.wrap(phi), r);
            Blas.dgemm(false, false, n, r, tile.len(), -1.0, tile.sin().duplicate().clear(), tile.len(), DoubleBuffer.wrap(q), r,
                    1.0, DoubleBuffer.wrap(phi), r);
            phiPart[t] = phi;
            cu[t] = c;
            su[t] = s;
        });
        double[] phi = new double[n * r];
        for (double[] part : phiPart) for (int i = 0; i < phi.length; i++) phi[i] += part[i];
        double[] res = new double[n * r];
        java.util.Arrays.fill(loss, 0);
        for (int i = 0; i < n; i++) {
            int t = data.label()[i];
            for (int col = 0; col < r; col++) {
                double z = phi[i * r + col];
                loss[col] += Logistic.crossEntropy(z, t) / n;
                res[i * r + col] = (Logistic.sigmoid(z) - t) / n;
            }
        }
        if (!wantGradient) return;
        double[][] gradPart = new double[tiles.length][];
        Parallel.run(tiles.length, threads, t -> {
            Tile tile = tiles[t];
            int len = tile.len();
            double[] cr = new double[len * r], sr = new double[len * r];
            Blas.dgemm(true, false, len, r, n, 1.0, tile.cos().duplicate().clear(), len, DoubleBuffer.wrap(res), r, 0.0,
                    DoubleBuffer.wrap(cr), r);
            Blas.dgemm(true, false, len, r, n, 1.0, tile.sin().duplicate().clear(), len, DoubleBuffer.wrap(res), r, 0.0,
                    DoubleBuffer.wrap(sr), r);
            double[] w = new double[len * r];
            for (int i = 0; i < len; i++) {
                double ai = a[tile.lo() + i], bi = b[tile.lo() + i];
                for (int col = 0; col < r; col++) {
                    int idx = i * r + col;
                    double sinSum = su[t][idx] * cr[idx] + cu[t][idx] * sr[idx];
                    double cosSum = cu[t][idx] * cr[idx] - su[t][idx] * sr[idx];
                    w[idx] = -(ai * sinSum + bi * cosSum);
                }
            }
            double[] g = new double[np * r];
            Blas.dgemm(true, false, np, r, len, 1.0, tile.zb().duplicate().clear(), np, DoubleBuffer.wrap(w), r, 0.0,
                    DoubleBuffer.wrap(g), r);
            gradPart[t] = g;
        });
        java.util.Arrays.fill(grad, 0);
        for (double[] part : gradPart) for (int i = 0; i < grad.length; i++) grad[i] += part[i];
    }

    /** Adam's moment estimates for every coordinate of every column (β1 = 0.9, β2 = 0.999, ε = 1e-8). */
    static final class Adam {
        final double[] m1, m2;
        double c1, c2;

        Adam(int size) {
            m1 = new double[size];
            m2 = new double[size];
        }

        void step(int k) {
            c1 = 1 - Math.pow(Algorithm.Adam.B1, k + 1);
            c2 = 1 - Math.pow(Algorithm.Adam.B2, k + 1);
        }

        double direction(int i, double g) {
            m1[i] = Algorithm.Adam.B1 * m1[i] + (1 - Algorithm.Adam.B1) * g;
            m2[i] = Algorithm.Adam.B2 * m2[i] + (1 - Algorithm.Adam.B2) * g * g;
            return (m1[i] / c1) / (Math.sqrt(m2[i] / c2) + Algorithm.Adam.EPS);
        }
    }

    /** Mean Euclidean distance between the columns from..to−1 of β (N_P x R), over all pairs. */
    static double meanDistance(double[] beta, int np, int r, int from, int to) {
        double sum = 0;
        int pairs = 0;
        for (int c = from; c < to; c++) {
            for (int e = c + 1; e < to; e++) {
                double q = 0;
                for (int j = 0; j < np; j++) {
                    double diff = beta[j * r + c] - beta[j * r + e];
                    q += diff * diff;
                }
                sum += Math.sqrt(q);
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
