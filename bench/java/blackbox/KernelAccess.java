package blackbox;

import java.util.concurrent.ExecutorService;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Bench only (current kernel; not compiled into the baseline's harness): the products of one training step on
 * their own, and one step with a timer around each part, through the package-private Kernels and Work.
 */
public final class KernelAccess {
    private KernelAccess() {}

    public static String kernels() { return Kernels.get().name(); }

    /** The sum of a (length a multiple of 64) with 4 accumulators of the preferred float vector: a memory read. */
    public static float sum(float[] a) {
        VectorSpecies<Float> f = FloatVector.SPECIES_PREFERRED;
        int w = f.length();
        FloatVector s0 = FloatVector.zero(f), s1 = s0, s2 = s0, s3 = s0;
        for (int i = 0; i + 4 * w <= a.length; i += 4 * w) {
            s0 = s0.add(FloatVector.fromArray(f, a, i));
            s1 = s1.add(FloatVector.fromArray(f, a, i + w));
            s2 = s2.add(FloatVector.fromArray(f, a, i + 2 * w));
            s3 = s3.add(FloatVector.fromArray(f, a, i + 3 * w));
        }
        return s0.add(s1).add(s2).add(s3).reduceLanes(VectorOperators.ADD);
    }

    /** A kernels implementation by name: "vector512", "vector256" or "scalar". */
    static Kernels byName(String name) {
        Kernels k = switch (name) {
            case "scalar" -> Kernels.scalar();
            case "vector256" -> Kernels.vector("blackbox.VectorKernels256");
            default -> Kernels.vector("blackbox.VectorKernels");
        };
        if (k == null) throw new IllegalStateException("kernels " + name + " not available here");
        return k;
    }

    /** c (m x n) = a (m x k) b^T (n x k, rows of length ldb) with the named kernels. */
    public static void nt(String name, int m, int n, int k, float[] a, int lda, float[] b, int ldb, float[] c, int ldc) {
        byName(name).nt(m, n, k, a, 0, lda, b, 0, ldb, c, 0, ldc);
    }

    /** c (n x p) = b^T (n x rows) a (rows x p) with the named kernels. */
    public static void tn(String name, int rows, int p, int n, float[] a, int lda, float[] b, int ldb, float[] c, int ldc) {
        byName(name).tn(rows, p, n, a, 0, lda, b, 0, ldb, c, 0, ldc);
    }

    public static void sinCos(String name, float[] x, int len, float[] s, float[] c) {
        byName(name).sinCos(x, 0, len, s, 0, c, 0);
    }

    /** Seconds per part, summed over the steps timed: u and its sin/cos, inputs' sin/cos, phi, gradient, update. */
    public static final String[] PARTS = {"Z_beta beta (nt)", "sin/cos u and p q", "sin/cos v (stored v)", "[C S][p;-q] (nt)",
            "[C S]^T res (tn)", "w", "Z_beta^T w (tn)", "sum + update"};

    /**
     * Trains like Trainer.train on inputs x (n x N_I) for the given batches, one tile task per part so that each
     * part is timed on its own (the parts run on the pool one after the other); returns seconds per part.
     */
    public static double[] breakdown(BlackBoxField f, float[] x, int[] label, int n, double[] etas, int batch, int batches,
                                     long seed, ExecutorService pool) {
        double[] sec = new double[PARTS.length];
        int r = etas.length;
        float[] beta = Trainer.initialBeta(f.nParams, etas.length, 1, seed);
        BlackBoxField.Inputs in = f.new Inputs(x, n, true, pool);
        BlackBoxField.Work w = f.new Work(r, batch);
        w.gradientBuffers();
        int[] order = Trainer.permutation(n, lib.Streams.of(seed, "order", 0));
        for (int bi = 0; bi < batches; bi++) {
            int start = (bi * batch) % (n - batch + 1);
            int[] index = java.util.Arrays.copyOfRange(order, start, start + batch);
            long t0 = System.nanoTime();
            w.setBeta(beta);
            f.map(pool, t -> { f.kernels.nt(f.lenPad[t], r, f.npPad, f.zBeta[t], 0, f.npPad, w.betaT, 0, f.npPad, w.su[t], 0, r); return null; });
            long t1 = System.nanoTime();
            f.map(pool, t -> { w.slice(t); return null; });   // repeats the product: subtract part 0 below
            long t2 = System.nanoTime();
            f.map(pool, t -> { w.inputs(t, in, index, batch); return null; });
            long t3 = System.nanoTime();
            f.map(pool, t -> { w.phiPart(t, batch); return null; });
            long t4 = System.nanoTime();
            float[] phi = w.sumPhi(batch);
            float[] res = new float[batch * r];
            for (int i = 0; i < batch; i++) {
                for (int k = 0; k < r; k++) res[i * r + k] = (float) ((Trainer.sigmoid(phi[i * r + k]) - label[index[i]]) / batch);
            }
            long t5 = System.nanoTime();
            f.map(pool, t -> { f.kernels.tn(batch, 2 * f.lenPad[t], r, w.cs[t], 0, 2 * f.lenPad[t], res, 0, r, w.crs[t], 0, 2 * f.lenPad[t]); return null; });
            long t6 = System.nanoTime();
            f.map(pool, t -> { w.gradient(t, res, batch); return null; });   // repeats crs, adds w and Z_beta^T w
            long t7 = System.nanoTime();
            f.map(pool, t -> { f.kernels.tn(f.lenPad[t], f.npPad, r, f.zBeta[t], 0, f.npPad, w.w[t], 0, r, w.g[t], 0, f.npPad); return null; });
            long t8 = System.nanoTime();
            BlackBoxField.map(pool, (f.nParams + 511) / 512, c -> { w.update(beta, etas, c * 512, Math.min(f.nParams, (c + 1) * 512)); return null; });
            long t9 = System.nanoTime();
            double u = (t1 - t0) / 1e9, cr = (t6 - t5) / 1e9, g = (t8 - t7) / 1e9;
            sec[0] += u;
            sec[1] += (t2 - t1) / 1e9 - u;
            sec[2] += (t3 - t2) / 1e9;
            sec[3] += (t4 - t3) / 1e9;
            sec[4] += cr;
            sec[5] += (t7 - t6) / 1e9 - cr - g;
            sec[6] += g;
            sec[7] += (t5 - t4) / 1e9 + (t9 - t8) / 1e9;
        }
        return sec;
    }
}
