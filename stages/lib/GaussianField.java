package lib;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * One realisation of the spectral simulation of a centred Gaussian random field on R^N with squared-exponential
 * covariance, 000 eqs (29)-(31):
 * <pre>
 *   phi(x)      = Re w^T exp(i Z x)   = sum_m a_m cos(theta_m) - b_m sin(theta_m),   theta = Z x,
 *   grad phi(x) = -Im Z^T diag(w) exp(i Z x) = -Z^T (a .* sin(theta) + b .* cos(theta)),
 * </pre>
 * with Z (M x N) i.i.d. N(0,1) and w = a + i b, a_m, b_m i.i.d. N(0, 1/M). <b>Normalisation</b>: Re and Im of
 * each w_m have variance 1/M, so E|w_m|^2 = 2/M; this gives Var phi = 1 and covariance k(r) = exp(-r^2/2)
 * exactly (for every M: each term has E[(a cos t - b sin t)(a cos s - b sin s)] = cos(t - s)/M and
 * E_z cos(z^T d) = exp(-|d|^2/2)). The paper's "w ~ CN(0, M^-1 I)" under the convention E|w_m|^2 = 1/M would
 * give Var phi = 1/2; stage sample-field measures which holds. The field is Gaussian only as M -> infinity
 * (finite M: a sum of M random cosines).
 *
 * <p><b>Layout</b>: every matrix is a row-major double[]; points are rows (a tile of P points is P x N), Z is
 * M x N, projections theta are P x M, gradients P x N. <b>Cost</b>: values of P points are one GEMM (2PMN
 * flop, through {@link Blas}) plus PM sines and cosines; gradients one more GEMM. The tiled drivers
 * ({@link #values(double[], int, int)}, {@link #valuesAndGradients(double[], int, double[], double[], int)})
 * work in tiles of at most {@link #TILE} points, so no temporary larger than TILE x M is ever allocated per thread.
 * <b>Reuse across steps</b>: theta is linear in x, so for x1 = x0 - eta g, Z x1 = Z x0 - eta Z g:
 * {@link #project} the gradients once and call {@link #valuesFromProjections} for each eta.
 *
 * <p><b>Determinism</b>: {@link #sample} draws rows of Z and entries of a, b in fixed blocks of {@link #BLOCK}
 * spectral indices, block j from {@code Streams.of(seed, "gaussian-field", j)}; a tiled driver fixes tile
 * boundaries by point index. Results are therefore identical at any thread count. Instances are immutable
 * (callers must not modify the arrays returned by the accessors) and safe to share between threads.
 */
public final class GaussianField {
    /** Points per tile in the tiled drivers. */
    public static final int TILE = 256;
    /** Spectral indices per random stream in {@link #sample}. */
    public static final int BLOCK = 256;

    private final int n;
    private final int m;
    private final double[] z;
    private final double[] a;
    private final double[] b;
    private volatile DoubleBuffer zOffHeap;

    private GaussianField(int n, int m, double[] z, double[] a, double[] b) {
        this.n = n;
        this.m = m;
        this.z = z;
        this.a = a;
        this.b = b;
    }

    /** A realisation in dimension n with m spectral samples, single-threaded sampling. */
    public static GaussianField sample(int n, int m, long seed) {
        return sample(n, m, seed, 1);
    }

    /** A realisation in dimension n with m spectral samples; the same for any {@code threads}. */
    public static GaussianField sample(int n, int m, long seed, int threads) {
        if (n < 1 || m < 1) throw new IllegalArgumentException("need n >= 1 and m >= 1, got n=" + n + ", m=" + m);
        double[] z = new double[Math.multiplyExact(m, n)];
        double[] a = new double[m];
        double[] b = new double[m];
        double sd = 1 / Math.sqrt(m);
        Parallel.run(Parallel.tiles(m, BLOCK), threads, block -> {
            SplittableRandom rng = Streams.of(seed, "gaussian-field", block);
            int from = block * BLOCK;
            int to = Math.min(m, from + BLOCK);
            for (int i = from * n; i < to * n; i++) z[i] = rng.nextGaussian();
            for (int i = from; i < to; i++) a[i] = sd * rng.nextGaussian();
            for (int i = from; i < to; i++) b[i] = sd * rng.nextGaussian();
        });
        return new GaussianField(n, m, z, a, b);
    }

    /** A field with given spectral data (Z row-major m x n; a, b length m); the arrays are not copied. */
    public static GaussianField of(int n, int m, double[] z, double[] a, double[] b) {
        if (z.length != (long) m * n || a.length != m || b.length != m) {
            throw new IllegalArgumentException("need z of m*n, a and b of m elements");
        }
        return new GaussianField(n, m, z, a, b);
    }

    /** Dimension N of the input space. */
    public int n() { return n; }

    /** Number M of spectral samples. */
    public int m() { return m; }

    /** Z, row-major M x N, row m the frequency z_m (shared, do not modify). */
    public double[] z() { return z; }

    /** a = Re w, length M (shared, do not modify). */
    public double[] a() { return a; }

    /** b = Im w, length M (shared, do not modify). */
    public double[] b() { return b; }

    /** Z as a direct buffer (made once, then shared): pass it to {@link Blas} to avoid a JNI copy of Z per call. */
    public DoubleBuffer zOffHeap() {
        DoubleBuffer d = zOffHeap;
        if (d == null) {
            synchronized (this) {
                if (zOffHeap == null) zOffHeap = Blas.offHeap(z);
                d = zOffHeap;
            }
        }
        return d.duplicate().clear();
    }

    /** Scratch for one tile's projections: TILE x M doubles. */
    public double[] tileScratch() {
        return new double[Math.multiplyExact(TILE, m)];
    }

    // ---- one tile of p points --------------------------------------------------------------------------------

    /** theta (p x M) = X Z^T for the p points (rows of length N) starting at x[xOffset]. */
    public void project(double[] x, int xOffset, int p, double[] theta) {
        Blas.dgemm(false, true, p, m, n, 1.0, DoubleBuffer.wrap(x, xOffset, x.length - xOffset), n,
                zOffHeap(), n, 0.0, DoubleBuffer.wrap(theta, 0, p * m), m);
    }

    /** values[vOffset + i] = sum_m a_m cos(theta_im) - b_m sin(theta_im), for i < p. */
    public void valuesFromProjections(double[] theta, int p, double[] values, int vOffset) {
        double[] sin = new double[m], cos = new double[m];
        for (int i = 0; i < p; i++) {
            FastTrig.sinCos(theta, i * m, m, sin, cos);
            double s = 0;
            for (int k = 0; k < m; k++) s += a[k] * cos[k] - b[k] * sin[k];
            values[vOffset + i] = s;
        }
    }

    /**
     * Values and gradients from projections theta (p x M): values into values[vOffset..], gradients (p x N) into
     * grads[gOffset..]. The coefficients -(a .* sin(theta) + b .* cos(theta)) go into coef (p x M), which may be
     * theta itself (theta is then overwritten).
     */
    public void gradientsFromProjections(double[] theta, int p, double[] coef, double[] values, int vOffset,
                                         double[] grads, int gOffset) {
        double[] sin = new double[m], cos = new double[m];
        for (int i = 0; i < p; i++) {
            int row = i * m;
            FastTrig.sinCos(theta, row, m, sin, cos);
            double s = 0;
            for (int k = 0; k < m; k++) {
                s += a[k] * cos[k] - b[k] * sin[k];
                coef[row + k] = -(a[k] * sin[k] + b[k] * cos[k]);
            }
            values[vOffset + i] = s;
        }
        Blas.dgemm(false, false, p, n, m, 1.0, DoubleBuffer.wrap(coef, 0, p * m), m, zOffHeap(), n,
                0.0, DoubleBuffer.wrap(grads, gOffset, grads.length - gOffset), n);
    }

    /** Values of the p points starting at x[xOffset]; scratch holds at least p x M doubles. */
    public void values(double[] x, int xOffset, int p, double[] scratch, double[] values, int vOffset) {
        project(x, xOffset, p, scratch);
        valuesFromProjections(scratch, p, values, vOffset);
    }

    /** Values and gradients of the p points starting at x[xOffset]; scratch holds at least p x M doubles. */
    public void valuesAndGradients(double[] x, int xOffset, int p, double[] scratch, double[] values, int vOffset,
                                   double[] grads, int gOffset) {
        project(x, xOffset, p, scratch);
        gradientsFromProjections(scratch, p, scratch, values, vOffset, grads, gOffset);
    }

    // ---- many points, tiled ----------------------------------------------------------------------------------

    /** Values at the {@code points} rows of x (points x N), in tiles of at most {@link #TILE} on {@code threads} threads. */
    public double[] values(double[] x, int points, int threads) {
        checkPoints(x, points);
        double[] out = new double[points];
        tiled(points, threads, (from, count, scratch) -> values(x, from * n, count, scratch, out, from));
        return out;
    }

    /** Values (length points) and gradients (points x N) at the rows of x, tiled, on {@code threads} threads. */
    public void valuesAndGradients(double[] x, int points, double[] values, double[] grads, int threads) {
        checkPoints(x, points);
        if (values.length < points || grads.length < (long) points * n) throw new IllegalArgumentException("output too short");
        tiled(points, threads, (from, count, scratch) ->
                valuesAndGradients(x, from * n, count, scratch, values, from, grads, from * n));
    }

    private interface TileWork {
        void run(int from, int count, double[] scratch);
    }

    /**
     * Splits points into ceil(points / TILE) tiles of (nearly) equal size, fixed by the point count alone, and
     * gives each worker one scratch of exactly count x M doubles (so Blas never copies it).
     */
    private void tiled(int points, int threads, TileWork work) {
        int tiles = Parallel.tiles(points, TILE);
        if (tiles == 0) return;
        int size = (points + tiles - 1) / tiles;
        double[][] scratch = new double[Math.max(1, threads)][];
        Parallel.run(tiles, threads, (tile, worker) -> {
            int from = tile * size, count = Math.min(size, points - from);
            if (count <= 0) return;
            if (scratch[worker] == null || scratch[worker].length != count * m) scratch[worker] = new double[count * m];
            work.run(from, count, scratch[worker]);
        });
    }

    // ---- single points, plain loops (no BLAS): for checks and small work -------------------------------------

    /** phi(x) by a direct sum over the spectral samples. */
    public double value(double[] x) {
        double s = 0;
        for (int k = 0; k < m; k++) {
            double t = dot(k, x);
            s += a[k] * Math.cos(t) - b[k] * Math.sin(t);
        }
        return s;
    }

    /** grad phi(x) by a direct sum over the spectral samples. */
    public double[] gradient(double[] x) {
        double[] g = new double[n];
        for (int k = 0; k < m; k++) {
            double t = dot(k, x);
            double c = -(a[k] * Math.sin(t) + b[k] * Math.cos(t));
            for (int j = 0; j < n; j++) g[j] += c * z[k * n + j];
        }
        return g;
    }

    private double dot(int k, double[] x) {
        double t = 0;
        for (int j = 0; j < n; j++) t += z[k * n + j] * x[j];
        return t;
    }

    private void checkPoints(double[] x, int points) {
        if (x.length < (long) points * n) throw new IllegalArgumentException("x holds fewer than " + points + " points of dimension " + n);
    }
}
