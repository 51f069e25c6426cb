package gdmoments;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;
import lib.Blas;
import lib.FastTrig;
import lib.GaussianField;
import lib.Parallel;
import lib.Streams;

/**
 * One gradient-descent step x1 = x0 − η∇φ(x0) on realisations of the simulated field (lib/GaussianField, eqs
 * 29-31), from starting points uniform in [−L, L]^N (000 §4.1), for many η at once. Per tile of points: θ = Z x0
 * (one GEMM), the coefficients A = a cos θ − b sin θ and B = a sin θ + b cos θ (so φ(x0) = ΣA), the gradient
 * g = −Bᵀ-weighted rows of Z (one GEMM), and d = Z g (one GEMM). Since Z x1 = θ − η d, the value after the step is
 * φ(x1) = Σ_m A_m cos(η d_m) + B_m sin(η d_m): every further η costs only sines and cosines of moderate arguments.
 * Sines and cosines are lib/FastTrig's (within a few 1e-16 of Math's; |θ| ~ 1e7 at the paper's box, where Math.sin
 * takes its slow reduction), the terms of each sum vectorised where the CPU allows it, added in index order.
 */
public final class FieldStep {
    private FieldStep() {}

    /**
     * The tile count: scratch memory per tile is three tiles of P x M doubles, P at most about 2^21 / M (8 to 256),
     * and the count is rounded up to an even number, so that two threads share the tiles equally. The geometry depends
     * on the point count and M alone (never on the thread count): tile t holds points [start(t), start(t + 1)),
     * drawn from stream t.
     */
    public static int tiles(int points, int m) {
        int tiles = Parallel.tiles(points, Math.max(8, Math.min(256, (1 << 21) / m)));
        return tiles > 1 && tiles % 2 == 1 ? tiles + 1 : tiles;
    }

    /** The first point of tile t of {@code tiles} (t = tiles gives the point count): sizes differ by at most one. */
    public static int start(int t, int points, int tiles) {
        return (int) ((long) t * points / tiles);
    }

    /**
     * φ(x1) for each learning rate (first index) and starting point (second index) on one field realisation; the
     * points of tile t come from stream (seed, label, t), so the result does not depend on the thread count.
     */
    public static double[][] values(GaussianField field, int points, double box, double[] etas, long seed, String label,
                                    int threads) {
        int n = field.n();
        int m = field.m();
        int tiles = tiles(points, m);
        int tile = tiles == 0 ? 0 : (points + tiles - 1) / tiles;
        double[][] out = new double[etas.length][points];
        Scratch[] scratch = new Scratch[Math.max(1, threads)];
        Parallel.run(tiles, threads, (t, worker) -> {
            if (scratch[worker] == null) scratch[worker] = new Scratch(tile, n, m);
            Scratch s = scratch[worker];
            int from = start(t, points, tiles);
            int p = start(t + 1, points, tiles) - from;
            SplittableRandom rng = Streams.of(seed, label, t);
            for (int i = 0; i < p * n; i++) s.x[i] = box * (2 * rng.nextDouble() - 1);
            step(field, p, etas, s, out, from);
        });
        return out;
    }

    static final class Scratch {
        final double[] x, g, theta, a, b, terms, sin, cos;

        Scratch(int p, int n, int m) {
            x = new double[p * n];
            g = new double[p * n];
            theta = new double[p * m];
            a = new double[p * m];
            b = new double[p * m];
            terms = new double[m];
            sin = new double[m];
            cos = new double[m];
        }
    }

    private static void step(GaussianField field, int p, double[] etas, Scratch s, double[][] out, int from) {
        int n = field.n();
        int m = field.m();
        double[] fa = field.a();
        double[] fb = field.b();
        field.project(s.x, 0, p, s.theta);
        for (int row = 0; row < p * m; row += m) {
            FastTrig.sinCos(s.theta, row, m, s.sin, s.cos);
            for (int k = 0; k < m; k++) {
                int i = row + k;
                double c = s.cos[k], sn = s.sin[k];
                s.a[i] = fa[k] * c - fb[k] * sn;
                s.b[i] = fa[k] * sn + fb[k] * c;
                s.theta[i] = -s.b[i]; // eq (31): ∇φ = −Σ_m (a_m sin θ_m + b_m cos θ_m) z_m
            }
        }
        Blas.dgemm(false, false, p, n, m, 1.0, DoubleBuffer.wrap(s.theta), m, field.zOffHeap(), n, 0.0,
                DoubleBuffer.wrap(s.g), n);
        field.project(s.g, 0, p, s.theta); // d = Z ∇φ(x0); Z x1 = Z x0 − η d
        for (int e = 0; e < etas.length; e++) {
            double eta = etas[e];
            for (int i = 0; i < p; i++) {
                int row = i * m;
                FastTrig.combine(s.a, s.b, s.theta, row, m, eta, s.terms);   // vectorised where it can be, the same bits
                double sum = 0;
                for (int k = 0; k < m; k++) sum += s.terms[k];                  // in index order
                out[e][from + i] = sum;
            }
        }
    }
}
