package blackbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The "black box" classifier of 000 §4.2, eqs (32)-(33): a fixed random field phi(x) = sum_m a_m cos(z_m.x) -
 * b_m sin(z_m.x) on x = [beta; x_input], output sigmoid(phi). Z is split by columns into Z_beta (M x N_P) and
 * Z_in (M x N_I), so z_m.x = u_m + v_m with u = Z_beta beta (one product per batch, shared by its examples) and
 * v = Z_in x_input (per example, independent of beta: computed once per field and training set when it fits in
 * memory, and kept for every training on it, see {@link #inputs}). With C = cos v, S = sin v and p = a cos u - b sin u, q = a sin u + b cos u, phi = C p - S q
 * (angle addition), so the per-run work is a product, and cos/sin of v are taken once per example for all runs.
 * R runs (columns of B, N_P x R) are trained at once on the same field and batch order: the products over Z_beta
 * then cost little more than reading Z_beta, twice per batch.
 *
 * M is split into fixed tiles (independent of the thread count), each padded to a multiple of 16 rows with zero
 * rows (a = b = 0, so they add exact zeros); partial sums are added in tile order, and every product is one of
 * the element-wise defined {@link Kernels}, so results depend neither on the threads nor on the kernels chosen.
 */
public final class BlackBoxField implements AutoCloseable {
    public final int m;
    public final int nParams;
    public final int nInput;
    /** N_P and N_I padded with zero columns to multiples of 16 (Kernels' lanes). */
    final int npPad;
    final int niPad;
    float[][] zBeta;      // per tile: lenPad x npPad, row-major
    float[][] zIn;        // per tile: Z_in transposed, niPad x lenPad (v = Z_in x is a tn product: no lane sums)
    final float[][] a;    // per tile: lenPad (0 in the padding)
    final float[][] b;
    final int[] tileStart;   // tile t covers rows tileStart[t] .. tileStart[t+1]-1 of Z
    final int[] lenPad;      // rows of tile t after padding
    final Kernels kernels;

    /** The definition of the kernels' arithmetic, for the provenance of what is trained with it (Provenance.define). */
    public static final String ARITHMETIC = Kernels.DEFINITION;

    /** Tile length in rows of Z: a tile's cos/sin block of a batch (128 x 2 TILE floats) stays in L2. */
    static final int TILE = 2048;

    /**
     * @param z row-major M x (nParams + nInput) Gaussian matrix of the field (GaussianField's Z), columns [beta | x_in]
     */
    public BlackBoxField(double[] z, double[] a, double[] b, int m, int nParams, int nInput) {
        this(z, a, b, m, nParams, nInput, Kernels.get());
    }

    BlackBoxField(double[] z, double[] a, double[] b, int m, int nParams, int nInput, Kernels kernels) {
        int n = nParams + nInput;
        if (z.length != (long) m * n || a.length != m || b.length != m) throw new IllegalArgumentException("field sizes");
        this.m = m;
        this.nParams = nParams;
        this.nInput = nInput;
        this.kernels = kernels;
        npPad = pad16(nParams);
        niPad = pad16(nInput);
        int tiles = (m + TILE - 1) / TILE;
        tileStart = new int[tiles + 1];
        lenPad = new int[tiles];
        for (int t = 0; t <= tiles; t++) tileStart[t] = Math.min(m, t * TILE);
        zBeta = new float[tiles][];
        zIn = new float[tiles][];
        this.a = new float[tiles][];
        this.b = new float[tiles][];
        for (int t = 0; t < tiles; t++) {
            int lo = tileStart[t];
            int len = tileStart[t + 1] - lo;
            lenPad[t] = pad16(len);
            zBeta[t] = new float[lenPad[t] * npPad];
            zIn[t] = new float[lenPad[t] * niPad];
            this.a[t] = new float[lenPad[t]];
            this.b[t] = new float[lenPad[t]];
            for (int i = 0; i < len; i++) {
                int src = (lo + i) * n;
                for (int j = 0; j < nParams; j++) zBeta[t][i * npPad + j] = (float) z[src + j];
                for (int j = 0; j < nInput; j++) zIn[t][j * lenPad[t] + i] = (float) z[src + nParams + j];
                this.a[t][i] = (float) a[lo + i];
                this.b[t][i] = (float) b[lo + i];
            }
        }
    }

    /** Rows per block of the element-wise loops between the products (tiles are padded to a multiple of it). */
    static final int BLOCK = 16;

    static int pad16(int n) { return (n + Kernels.LANES - 1) / Kernels.LANES * Kernels.LANES; }

    int tiles() { return lenPad.length; }

    /**
     * Inputs (rows of x, N_I wide: x[index[i]] or, index == null, x[from + i]) transposed into xT (niPad x ld, the
     * padding rows left as they are: zero).
     */
    void transposeInputs(float[] x, int[] index, int from, int rows, float[] xT, int ld) {
        for (int i = 0; i < rows; i++) {
            int src = (index != null ? index[i] : from + i) * nInput;
            for (int j = 0; j < nInput; j++) xT[j * ld + i] = x[src + j];
        }
    }

    /** v (rows x lenPad, from row vOff) = the projections of tile t of the inputs in xT (niPad x ld). */
    void project(int t, float[] xT, int ld, int rows, float[] v, int vOff) {
        kernels.tn(niPad, lenPad[t], rows, zIn[t], 0, lenPad[t], xT, 0, ld, v, vOff, lenPad[t]);
    }

    /**
     * The input projections v = Z_in x of a set of inputs, per tile (n x lenPad), computed once; or null per tile
     * when they are computed batch by batch. Both give the same bits (nt computes each element alone).
     */
    final class Inputs {
        final float[] x;         // n x N_I
        final int n;
        final float[][] v;       // per tile: n x lenPad, or null

        Inputs(float[] x, int n, boolean store, ExecutorService pool) {
            this.n = n;
            this.x = x;
            this.v = new float[tiles()][];
            if (!store) return;
            int chunk = 128;
            map(pool, t -> {
                float[] vt = new float[n * lenPad[t]];
                float[] xT = new float[niPad * chunk];
                for (int i = 0; i < n; i += chunk) {
                    int rows = Math.min(chunk, n - i);
                    transposeInputs(x, null, i, rows, xT, chunk);
                    project(t, xT, chunk, rows, vt, i * lenPad[t]);
                }
                v[t] = vt;
                return null;
            });
        }
    }

    /** The projections of the last training set trained on (see {@link #inputs}); dropped by close(). */
    private Inputs kept;
    /** How many times projections of a whole training set were computed and stored (tests count the reuse). */
    int projectionsStored;

    /**
     * The projections v = Z_in x of a training set for every training on this field: computed once and kept while
     * the trainings use the same inputs (the same array d.x(), which must not change, and the same n), so the
     * coarse and the fine pass of blackbox-studies, or any trainings one after another on one field, pay for them
     * once. Stored when they fit beside everything else (Trainer.storeInputs: at M = 2e4 and 60000 MNIST images
     * 4.8 GB), else computed batch by batch; the bits are the same either way. A training set that is not the kept
     * one replaces it (the old one released first).
     */
    synchronized Inputs inputs(Dataset d, ExecutorService pool) {
        if (kept != null && kept.x == d.x() && kept.n == d.n()) return kept;
        kept = null;
        boolean store = Trainer.storeInputs(this, d.n());
        kept = new Inputs(d.x(), d.n(), store, pool);
        if (store) projectionsStored++;
        return kept;
    }

    /** Bytes of the stored projections of n inputs. */
    long inputBytes(int n) {
        long rows = 0;
        for (int l : lenPad) rows += l;
        return 4L * n * rows;
    }

    /** Buffers of one batch step for R runs and up to maxRows inputs, one set per tile; reused batch after batch. */
    final class Work {
        final int r;
        final int maxRows;
        final float[] betaT;       // R x npPad
        final float[][] su, cu;    // per tile: lenPad x R
        final float[][] pq;        // per tile: R x 2 lenPad: [p | -q] by run
        final float[][] vb;        // per tile: maxRows x lenPad (projections of this batch, when not stored)
        final float[][] cs;        // per tile: maxRows x 2 lenPad: [cos v | sin v] by input
        final float[][] phi;       // per tile: maxRows x R
        final float[][] crs;       // per tile: R x 2 lenPad
        final float[][] w;         // per tile: lenPad x R
        final float[][] g;         // per tile: R x npPad
        final float[] xb;          // this batch's inputs transposed: niPad x maxRows

        Work(int r, int maxRows) {
            this.r = r;
            this.maxRows = maxRows;
            int tiles = tiles();
            betaT = new float[r * npPad];
            su = new float[tiles][];
            cu = new float[tiles][];
            pq = new float[tiles][];
            vb = new float[tiles][];
            cs = new float[tiles][];
            phi = new float[tiles][];
            crs = new float[tiles][];
            w = new float[tiles][];
            g = new float[tiles][];
            xb = new float[niPad * maxRows];
            for (int t = 0; t < tiles; t++) {
                int l = lenPad[t];
                su[t] = new float[l * r];
                cu[t] = new float[l * r];
                pq[t] = new float[r * 2 * l];
                vb[t] = new float[maxRows * l];
                cs[t] = new float[maxRows * 2 * l];
                phi[t] = new float[maxRows * r];
            }
        }

        /** The gradient buffers, allocated when a step first needs them (phi alone does not). */
        void gradientBuffers() {
            if (g[0] != null) return;
            for (int t = 0; t < tiles(); t++) {
                crs[t] = new float[r * 2 * lenPad[t]];
                w[t] = new float[lenPad[t] * r];
                g[t] = new float[r * npPad];
            }
        }

        /** beta (N_P x R row-major, the public layout) into betaT (R x npPad). */
        void setBeta(float[] beta) {
            for (int j = 0; j < nParams; j++) {
                for (int k = 0; k < r; k++) betaT[k * npPad + j] = beta[j * r + k];
            }
        }

        /** u = Z_beta beta for tile t, then cos u, sin u and [p | -q]. */
        void slice(int t) {
            productU(t);
            sinCosU(t);
            coefficients(t);
        }

        /** u = Z_beta beta (lenPad x R) of tile t, into su (sin u replaces it). */
        void productU(int t) {
            kernels.nt(lenPad[t], r, npPad, zBeta[t], 0, npPad, betaT, 0, npPad, su[t], 0, r);
        }

        /** sin u in place of u, cos u into cu. */
        void sinCosU(int t) {
            kernels.sinCos(su[t], 0, lenPad[t] * r, su[t], 0, cu[t], 0);
        }

        /** [p | -q] by run from sin u and cos u: p = a cos u - b sin u, q = a sin u + b cos u. */
        void coefficients(int t) {
            int l = lenPad[t];
            float[] at = a[t];
            float[] bt = b[t];
            float[] pqt = pq[t];
            float[] sut = su[t];
            float[] cut = cu[t];
            // blocks of 16 rows: the run-major writes fill a cache line each, the row-major reads stay in L1
            for (int i0 = 0; i0 < l; i0 += BLOCK) {
                for (int k = 0; k < r; k++) {
                    int p = k * 2 * l;
                    for (int i = i0; i < i0 + BLOCK; i++) {
                        int idx = i * r + k;
                        float cv = cut[idx];
                        float sv = sut[idx];
                        pqt[p + i] = at[i] * cv - bt[i] * sv;
                        pqt[p + l + i] = -(at[i] * sv + bt[i] * cv);
                    }
                }
            }
        }

        /** The batch's inputs index[0..rows) of in into xb, where their projections are not stored. */
        void gather(Inputs in, int[] index, int rows) {
            if (in.v[0] != null) return;
            transposeInputs(in.x, index, 0, rows, xb, maxRows);
        }

        /**
         * cos and sin of the projections of this batch's inputs into cs ([cos v | sin v] by input): the stored
         * projections of inputs index[0..rows) of in, or (none stored, or in == null) computed from xb.
         */
        void inputs(int t, Inputs in, int[] index, int rows) {
            int l = lenPad[t];
            float[] cst = cs[t];
            if (in != null && in.v[t] != null) {
                float[] vt = in.v[t];
                for (int i = 0; i < rows; i++) {
                    kernels.sinCos(vt, index[i] * l, l, cst, i * 2 * l + l, cst, i * 2 * l);
                }
                return;
            }
            float[] vbt = vb[t];
            project(t, xb, maxRows, rows, vbt, 0);
            for (int i = 0; i < rows; i++) kernels.sinCos(vbt, i * l, l, cst, i * 2 * l + l, cst, i * 2 * l);
        }

        /** This tile's contribution to phi (rows x R): [C S] [p; -q]. */
        void phiPart(int t, int rows) {
            int l2 = 2 * lenPad[t];
            kernels.nt(rows, r, l2, cs[t], 0, l2, pq[t], 0, l2, phi[t], 0, r);
        }

        /** phi = sum of the tiles' parts in tile order (rows x R). */
        float[] sumPhi(int rows) {
            float[] out = new float[rows * r];
            for (int t = 0; t < tiles(); t++) {
                float[] part = phi[t];
                for (int i = 0; i < rows * r; i++) out[i] += part[i];
            }
            return out;
        }

        /**
         * This tile's contribution to the gradient in beta (R x npPad) of sum_i res_i phi(x_i):
         * Z_beta^T w with w_m = -(a_m sum_i res_i sin(theta_mi) + b_m sum_i res_i cos(theta_mi)).
         */
        void gradient(int t, float[] res, int rows) {
            residualSums(t, res, rows);
            weights(t);
            productG(t);
        }

        /** crs (R x 2 lenPad) = [C S]^T res: sum_i res_i cos v_i and sum_i res_i sin v_i per row of Z and run. */
        void residualSums(int t, float[] res, int rows) {
            int l2 = 2 * lenPad[t];
            kernels.tn(rows, l2, r, cs[t], 0, l2, res, 0, r, crs[t], 0, l2);
        }

        /** w (lenPad x R) from crs and sin u, cos u (angle addition). */
        void weights(int t) {
            int l = lenPad[t];
            float[] crst = crs[t];
            float[] at = a[t];
            float[] bt = b[t];
            float[] sut = su[t];
            float[] cut = cu[t];
            float[] wt = w[t];
            for (int i0 = 0; i0 < l; i0 += BLOCK) {   // as in coefficients
                for (int k = 0; k < r; k++) {
                    int p = k * 2 * l;
                    for (int i = i0; i < i0 + BLOCK; i++) {
                        int idx = i * r + k;
                        float cr = crst[p + i];
                        float sr = crst[p + l + i];
                        float sinSum = sut[idx] * cr + cut[idx] * sr;   // sum_i res_i sin(u + v_i)
                        float cosSum = cut[idx] * cr - sut[idx] * sr;   // sum_i res_i cos(u + v_i)
                        wt[idx] = -(at[i] * sinSum + bt[i] * cosSum);
                    }
                }
            }
        }

        /** g (R x npPad) = Z_beta^T w of tile t. */
        void productG(int t) {
            kernels.tn(lenPad[t], npPad, r, zBeta[t], 0, npPad, w[t], 0, r, g[t], 0, npPad);
        }

        /** beta -= eta_k g (g summed over tiles in tile order), columns j in [lo, hi). */
        void update(float[] beta, double[] etas, int lo, int hi) {
            float[] sum = new float[hi - lo];
            for (int k = 0; k < r; k++) {
                java.util.Arrays.fill(sum, 0f);
                for (int t = 0; t < tiles(); t++) {
                    float[] gt = g[t];
                    for (int j = lo; j < hi; j++) sum[j - lo] += gt[k * npPad + j];
                }
                double eta = etas[k % etas.length];
                for (int j = lo; j < hi; j++) beta[j * r + k] -= (float) (eta * sum[j - lo]);
            }
        }
    }

    /** phi at rows of x (rows x N_I) for each of the R columns of beta (N_P x R); returns rows x R. */
    public float[] phi(float[] beta, int r, float[] x, int rows, ExecutorService pool) {
        return phi(new Work(r, Math.max(rows, 1)), beta, x, 0, rows, pool);
    }

    /** The same with reused buffers, for rows <= work.maxRows inputs starting at row xOff of x. */
    float[] phi(Work work, float[] beta, float[] x, int xOff, int rows, ExecutorService pool) {
        if (rows > work.maxRows) throw new IllegalArgumentException("rows " + rows + " > " + work.maxRows);
        transposeInputs(x, null, xOff, rows, work.xb, work.maxRows);
        work.setBeta(beta);
        map(pool, t -> {
            work.slice(t);
            work.inputs(t, null, null, rows);
            work.phiPart(t, rows);
            return null;
        });
        return work.sumPhi(rows);
    }

    interface TileTask<T> { T run(int t) throws Exception; }

    /** Runs task for every tile on the pool; results in tile order. */
    <T> List<T> map(ExecutorService pool, TileTask<T> task) {
        return map(pool, tiles(), task);
    }

    /** Runs task for 0 .. count-1 on the pool; results in index order. */
    static <T> List<T> map(ExecutorService pool, int count, TileTask<T> task) {
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            final int tt = t;
            futures.add(pool.submit(() -> task.run(tt)));
        }
        List<T> out = new ArrayList<>();
        try {
            for (Future<T> f : futures) out.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    /** Drops the field matrices early (the garbage collector frees them). */
    @Override public synchronized void close() {
        zBeta = null;
        zIn = null;
        kept = null;
    }
}
