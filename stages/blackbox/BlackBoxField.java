package blackbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * The "black box" classifier of 000 §4.2, eqs (32)-(33): a fixed random field phi(x) = sum_m a_m cos(z_m.x) -
 * b_m sin(z_m.x) on x = [beta; x_input], output sigmoid(phi). Z is split by columns into Z_beta (M x N_P) and
 * Z_in (M x N_I), so z_m.x = u_m + v_m with u = Z_beta beta (one product per batch, shared by its examples) and
 * v = Z_in x_input (per example, independent of beta). With C = cos v, S = sin v and
 * p = a cos u - b sin u, q = a sin u + b cos u, phi = C p - S q (angle addition), so the per-run work is a
 * product, and cos/sin are taken once per example for all runs. R runs (columns of B, N_P x R) are trained at once
 * on the same field and batch order: the products over Z_beta are then GEMMs whose cost barely grows with R.
 *
 * M is split into fixed tiles (independent of the thread count); partial sums are added in tile order, so results
 * do not depend on threads.
 */
public final class BlackBoxField implements AutoCloseable {
    public final int m;
    public final int nParams;
    public final int nInput;
    final FloatBuffer[] zBeta;  // per tile: its rows of Z_beta (len x N_P row-major), off-heap
    final float[][] zIn;        // per tile: its rows of Z_in (len x N_I row-major)
    final float[] a;
    final float[] b;
    final int[] tileStart;      // tile t covers rows tileStart[t] .. tileStart[t+1]-1

    /** Tile length in rows of Z: keeps a tile's cos/sin block of a batch (128 x TILE) in cache. */
    static final int TILE = 2048;

    /**
     * @param z row-major M x (nParams + nInput) Gaussian matrix of the field (GaussianField's Z), columns [beta | x_in]
     */
    public BlackBoxField(double[] z, double[] a, double[] b, int m, int nParams, int nInput) {
        int n = nParams + nInput;
        if (z.length != (long) m * n || a.length != m || b.length != m) throw new IllegalArgumentException("field sizes");
        this.m = m;
        this.nParams = nParams;
        this.nInput = nInput;
        this.a = toFloat(a);
        this.b = toFloat(b);
        int tiles = (m + TILE - 1) / TILE;
        tileStart = new int[tiles + 1];
        for (int t = 0; t <= tiles; t++) tileStart[t] = Math.min(m, t * TILE);
        zBeta = new FloatBuffer[tiles];
        zIn = new float[tiles][];
        float[] row = new float[nParams];
        for (int t = 0; t < tiles; t++) {
            int lo = tileStart[t];
            int len = tileStart[t + 1] - lo;
            zBeta[t] = ByteBuffer.allocateDirect(4 * len * nParams).order(ByteOrder.nativeOrder()).asFloatBuffer();
            zIn[t] = new float[len * nInput];
            for (int i = 0; i < len; i++) {
                int src = (lo + i) * n;
                for (int j = 0; j < nParams; j++) row[j] = (float) z[src + j];
                zBeta[t].put(row, 0, nParams);
                for (int j = 0; j < nInput; j++) zIn[t][i * nInput + j] = (float) z[src + nParams + j];
            }
            zBeta[t].flip();
        }
    }

    int tiles() { return tileStart.length - 1; }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
        return f;
    }

    /** Per-tile state for one batch: cos/sin of the input projections and the beta-dependent p, q, cos u, sin u. */
    final class Tile {
        final int t;
        final int lo;
        final int len;
        float[] c;
        float[] s;
        float[] cu;
        float[] su;
        float[] p;
        float[] q;

        Tile(int t) {
            this.t = t;
            this.lo = tileStart[t];
            this.len = tileStart[t + 1] - lo;
        }

        /** u = Z_beta beta for this tile's rows (len x R), then p, q. */
        void slice(float[] beta, int r) {
            float[] u = new float[len * r];
            Sgemm.gemm(false, false, len, r, nParams, 1f, zBeta[t], nParams, beta, r, 0f, u, r);
            cu = new float[len * r];
            su = new float[len * r];
            p = new float[len * r];
            q = new float[len * r];
            for (int i = 0; i < len; i++) {
                float ai = a[lo + i];
                float bi = b[lo + i];
                for (int k = 0; k < r; k++) {
                    int idx = i * r + k;
                    float cv = (float) Math.cos(u[idx]);
                    float sv = (float) Math.sin(u[idx]);
                    cu[idx] = cv;
                    su[idx] = sv;
                    p[idx] = ai * cv - bi * sv;
                    q[idx] = ai * sv + bi * cv;
                }
            }
        }

        /** C, S (rows x len) for a block of inputs x (rows x N_I). */
        void inputs(float[] x, int rows) {
            float[] v = new float[rows * len];
            Sgemm.gemm(false, true, rows, len, nInput, 1f, x, nInput, zIn[t], nInput, 0f, v, len);
            c = new float[rows * len];
            s = new float[rows * len];
            for (int i = 0; i < v.length; i++) {
                c[i] = (float) Math.cos(v[i]);
                s[i] = (float) Math.sin(v[i]);
            }
        }

        /** This tile's contribution to phi (rows x R): C p - S q. */
        float[] phi(int rows, int r) {
            float[] out = new float[rows * r];
            Sgemm.gemm(false, false, rows, r, len, 1f, c, len, p, r, 0f, out, r);
            Sgemm.gemm(false, false, rows, r, len, -1f, s, len, q, r, 1f, out, r);
            return out;
        }

        /**
         * This tile's contribution to the gradient in beta (N_P x R) of sum_i res_i phi(x_i):
         * Z_beta^T w with w_m = -(a_m sum_i res_i sin(theta_mi) + b_m sum_i res_i cos(theta_mi)).
         */
        float[] gradient(float[] res, int rows, int r) {
            float[] cr = new float[len * r];
            float[] sr = new float[len * r];
            Sgemm.gemm(true, false, len, r, rows, 1f, c, len, res, r, 0f, cr, r);
            Sgemm.gemm(true, false, len, r, rows, 1f, s, len, res, r, 0f, sr, r);
            float[] w = new float[len * r];
            for (int i = 0; i < len; i++) {
                float ai = a[lo + i];
                float bi = b[lo + i];
                for (int k = 0; k < r; k++) {
                    int idx = i * r + k;
                    float sinSum = su[idx] * cr[idx] + cu[idx] * sr[idx];   // sum_i res_i sin(u + v_i)
                    float cosSum = cu[idx] * cr[idx] - su[idx] * sr[idx];   // sum_i res_i cos(u + v_i)
                    w[idx] = -(ai * sinSum + bi * cosSum);
                }
            }
            float[] g = new float[nParams * r];
            Sgemm.gemm(true, false, nParams, r, len, 1f, zBeta[t], nParams, w, r, 0f, g, r);
            return g;
        }
    }

    /** phi at rows of x (rows x N_I) for each of the R columns of beta (N_P x R); returns rows x R. */
    public float[] phi(float[] beta, int r, float[] x, int rows, ExecutorService pool) {
        List<Tile> tiles = map(pool, t -> {
            Tile tile = new Tile(t);
            tile.slice(beta, r);
            tile.inputs(x, rows);
            return tile;
        });
        return sumPhi(tiles, rows, r);
    }

    float[] sumPhi(List<Tile> tiles, int rows, int r) {
        float[] phi = new float[rows * r];
        for (Tile tile : tiles) {
            float[] part = tile.phi(rows, r);
            for (int i = 0; i < phi.length; i++) phi[i] += part[i];
        }
        return phi;
    }

    interface TileTask<T> { T run(int t) throws Exception; }

    /** Runs task for every tile on the pool; results in tile order. */
    <T> List<T> map(ExecutorService pool, TileTask<T> task) {
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < tiles(); t++) {
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
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    /** Direct buffers are freed by the garbage collector; drop the references early. */
    @Override public void close() {
        java.util.Arrays.fill(zBeta, null);
    }
}
