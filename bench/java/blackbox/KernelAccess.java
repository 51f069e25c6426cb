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

    /** Independent FMA chains of {@link #fmaChains}. */
    public static final int CHAINS = 12;

    /**
     * 12 chains of `iterations` fused multiply-adds on float vectors of `bits` (512 or 256); returns their sum. The
     * chains take their shape from a, so one method serves both widths (one width per JVM: Peak).
     */
    public static float fmaChains(int bits, int iterations) {
        VectorSpecies<Float> f = bits == 512 ? FloatVector.SPECIES_512 : FloatVector.SPECIES_256;
        return chains(FloatVector.broadcast(f, 0.999f), iterations);
    }

    private static float chains(FloatVector a, int iterations) {
        FloatVector b = a.broadcast(1e-3f);
        // distinct starting values, so that the compiler cannot merge the chains
        FloatVector c0 = a.broadcast(0f), c1 = a.broadcast(1f), c2 = a.broadcast(2f), c3 = a.broadcast(3f), c4 = a.broadcast(4f),
                c5 = a.broadcast(5f), c6 = a.broadcast(6f), c7 = a.broadcast(7f), c8 = a.broadcast(8f), c9 = a.broadcast(9f),
                c10 = a.broadcast(10f), c11 = a.broadcast(11f);
        for (int i = 0; i < iterations; i++) {
            c0 = c0.fma(a, b); c1 = c1.fma(a, b); c2 = c2.fma(a, b); c3 = c3.fma(a, b); c4 = c4.fma(a, b); c5 = c5.fma(a, b);
            c6 = c6.fma(a, b); c7 = c7.fma(a, b); c8 = c8.fma(a, b); c9 = c9.fma(a, b); c10 = c10.fma(a, b); c11 = c11.fma(a, b);
        }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11).reduceLanes(VectorOperators.ADD);
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

    /** The parts of a step, in the order the step runs them (Trainer.step, BlackBoxField.Work). */
    public static final String[] PARTS = {"u = Z_beta beta", "sin/cos u", "p q", "sin/cos v", "phi = [C S][p;-q]",
            "crs = [C S]^T res", "w", "g = Z_beta^T w", "residuals sums update"};

    /** What a breakdown measured: per part, thread CPU seconds and work (flops, bytes of Z_beta or v, sin/cos arguments). */
    public record Parts(double[] cpu, double[] flops, double[] bytes, double[] arguments, double wall, double processCpu) {}

    /**
     * Trains like Trainer.train (Trainer.step's sequence of tile tasks, stored projections) on inputs x (n x N_I) for
     * the given batches, each part timed inside its tile task by the thread's CPU clock, so that other load and the
     * hand-over between tasks do not count; the sums over tiles and batches per part.
     */
    public static Parts breakdown(BlackBoxField f, float[] x, int[] label, int n, double[] etas, int batch, int batches,
                                  long seed, ExecutorService pool) {
        int p = PARTS.length;
        long[] ns = new long[p];
        double[] flops = new double[p], bytes = new double[p], args = new double[p];
        int r = etas.length;
        float[] beta = Trainer.initialBeta(f.nParams, etas.length, 1, seed);
        BlackBoxField.Inputs in = f.inputs(new Dataset("bench", n, f.nInput, x, label), pool);
        BlackBoxField.Work w = f.new Work(r, batch);
        w.gradientBuffers();
        int[] order = Trainer.permutation(n, lib.Streams.of(seed, "order", 0));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long wall0 = System.nanoTime(), process0 = os.getProcessCpuTime();
        for (int bi = 0; bi < batches; bi++) {
            int start = (bi * batch) % (n - batch + 1);
            int[] index = java.util.Arrays.copyOfRange(order, start, start + batch);
            long c0 = mx.getCurrentThreadCpuTime();
            w.setBeta(beta);
            add(ns, 8, mx.getCurrentThreadCpuTime() - c0);
            f.map(pool, t -> {
                long[] c = new long[6];
                c[0] = mx.getCurrentThreadCpuTime();
                w.productU(t);
                c[1] = mx.getCurrentThreadCpuTime();
                w.sinCosU(t);
                c[2] = mx.getCurrentThreadCpuTime();
                w.coefficients(t);
                c[3] = mx.getCurrentThreadCpuTime();
                w.inputs(t, in, index, batch);
                c[4] = mx.getCurrentThreadCpuTime();
                w.phiPart(t, batch);
                c[5] = mx.getCurrentThreadCpuTime();
                for (int k = 0; k < 5; k++) add(ns, k, c[k + 1] - c[k]);
                return null;
            });
            c0 = mx.getCurrentThreadCpuTime();
            float[] phi = w.sumPhi(batch);
            float[] res = new float[batch * r];
            for (int i = 0; i < batch; i++) {
                for (int k = 0; k < r; k++) res[i * r + k] = (float) ((Trainer.sigmoid(phi[i * r + k]) - label[index[i]]) / batch);
            }
            add(ns, 8, mx.getCurrentThreadCpuTime() - c0);
            f.map(pool, t -> {
                long[] c = new long[4];
                c[0] = mx.getCurrentThreadCpuTime();
                w.residualSums(t, res, batch);
                c[1] = mx.getCurrentThreadCpuTime();
                w.weights(t);
                c[2] = mx.getCurrentThreadCpuTime();
                w.productG(t);
                c[3] = mx.getCurrentThreadCpuTime();
                for (int k = 0; k < 3; k++) add(ns, 5 + k, c[k + 1] - c[k]);
                return null;
            });
            BlackBoxField.map(pool, (f.nParams + 511) / 512, c -> {
                long u0 = mx.getCurrentThreadCpuTime();
                w.update(beta, etas, c * 512, Math.min(f.nParams, (c + 1) * 512));
                add(ns, 8, mx.getCurrentThreadCpuTime() - u0);
                return null;
            });
        }
        double wall = (System.nanoTime() - wall0) / 1e9, processCpu = (os.getProcessCpuTime() - process0) / 1e9;
        for (int t = 0; t < f.tiles(); t++) {
            double l = f.lenPad[t];
            flops[0] += 2 * l * r * f.npPad;
            bytes[0] += 4 * l * f.npPad;
            args[1] += l * r;
            args[3] += l * batch;
            bytes[3] += 4 * l * batch;
            flops[4] += 2 * batch * r * 2 * l;
            flops[5] += 2 * batch * r * 2 * l;
            flops[7] += 2 * l * r * f.npPad;
            bytes[7] += 4 * l * f.npPad;
        }
        double[] cpu = new double[p];
        for (int k = 0; k < p; k++) {
            cpu[k] = ns[k] / 1e9;
            flops[k] *= batches;
            bytes[k] *= batches;
            args[k] *= batches;
        }
        return new Parts(cpu, flops, bytes, args, wall, processCpu);
    }

    private static synchronized void add(long[] ns, int part, long nanos) { ns[part] += nanos; }
}
