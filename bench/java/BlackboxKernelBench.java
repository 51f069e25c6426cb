///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx8g --add-modules jdk.incubator.vector
//COMPILE_OPTIONS --add-modules jdk.incubator.vector
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//DEPS me.tongfei:progressbar:0.10.2
//DEPS org.bytedeco:openblas:0.3.28-1.5.11
//DEPS org.bytedeco:openblas:0.3.28-1.5.11:linux-x86_64
//DEPS org.bytedeco:javacpp:1.5.11:linux-x86_64
//SOURCES ../../stages/lib/BadInput.java
//SOURCES ../../stages/lib/GaussianField.java
//SOURCES ../../stages/lib/Blas.java
//SOURCES ../../stages/lib/FastTrig.java
//SOURCES ../../stages/lib/Parallel.java
//SOURCES ../../stages/lib/Streams.java
//SOURCES ../../stages/blackbox/Idx.java
//SOURCES ../../stages/blackbox/Dataset.java
//SOURCES ../../stages/blackbox/Sgemm.java
//SOURCES ../../stages/blackbox/Kernels.java
//SOURCES ../../stages/blackbox/VectorKernels.java
//SOURCES ../../stages/blackbox/VectorKernels256.java
//SOURCES ../../stages/blackbox/FieldDraw.java
//SOURCES ../../stages/blackbox/BlackBoxField.java
//SOURCES ../../stages/blackbox/Trainer.java
//SOURCES ../../stages/blackbox/EtaCrit.java
//SOURCES blackbox/BenchAccess.java
//SOURCES blackbox/BenchSetup.java
//SOURCES blackbox/KernelAccess.java
//SOURCES ../proposed/FloatSinCos.java

import blackbox.BenchSetup;
import blackbox.BlackBoxField;
import blackbox.FieldDraw;
import blackbox.KernelAccess;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bytedeco.openblas.global.openblas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The black-box training kernel against the machine: gemm (the step's products, the kernels against bare
 * OpenBLAS SGEMM of the same shapes, as many workers as the stage's threads, each on its own operands),
 * breakdown (seconds per part of a training step) and bandwidth (the rate at which the workers read tiles of Z_beta
 * from memory, the floor of the two Z_beta products) and sincos (the kernels' sin/cos against the float32 proposal of
 * bench/proposed/FloatSinCos). Current stages only (it uses blackbox.Kernels).
 */
@Command(name = "blackbox-kernel-bench", mixinStandardHelpOptions = true,
        subcommands = {BlackboxKernelBench.Gemm.class, BlackboxKernelBench.Breakdown.class, BlackboxKernelBench.Bandwidth.class,
                BlackboxKernelBench.SinCos.class})
class BlackboxKernelBench implements Callable<Integer> {
    public static void main(String... args) {
        System.exit(new CommandLine(new BlackboxKernelBench()).execute(args));
    }

    @Override public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    /** Tile size and workers of gemm and bandwidth: as many workers as the stage's threads, each on its own tile. */
    static class Workers {
        @Option(names = "--np", defaultValue = "5000") int np;
        @Option(names = "--tile", defaultValue = "2048") int len;
        @Option(names = "--threads", defaultValue = "2") int threads;
        @Option(names = "--seconds", defaultValue = "2", description = "seconds per measurement") double seconds;
        @Option(names = "--round", defaultValue = "0") int round;
    }

    /**
     * The step's products one by one, on `threads` workers each on its own tile as the stage runs them: the
     * kernels (vector and scalar) against OpenBLAS SGEMM on direct buffers (no JNI copies), single-threaded per
     * worker (OPENBLAS_NUM_THREADS=1). Lines: gemm,impl,product,threads,m,n,k,seconds_per_call,gflops_total (wall),
     * gflops_per_cpu_second (per worker thread's CPU time: less sensitive to other load),round.
     */
    @Command(name = "gemm", description = "the step's products: kernels vs bare OpenBLAS SGEMM of the same shapes")
    static class Gemm implements Callable<Integer> {
        @Mixin Workers w;
        @Option(names = "--ni", defaultValue = "784") int ni;
        @Option(names = "--runs", defaultValue = "21") int r;
        @Option(names = "--rows", defaultValue = "128") int rows;
        @Option(names = "--impls", split = ",", defaultValue = "openblas,vector512,scalar") String[] impls;

        interface Call { void run(); }

        @Override public Integer call() throws Exception {
            int npPad = (w.np + 15) / 16 * 16;
            int niPad = (ni + 15) / 16 * 16;
            // name, m, n, k of c = op(a) op(b) as the step computes them per tile (flops 2 m n k)
            // nt: c (m x n) = a (m x k) b^T with b stored n x k; tn: c^T (n x m) = b^T a, a stored k x m, b k x n
            Object[][] shapes = {
                    {"u = Z_beta beta", "nt", w.len, r, npPad},
                    {"g = Z_beta^T w", "tn", npPad, r, w.len},
                    {"v = Z_in x", "tn", w.len, rows, niPad},
                    {"phi = [C S][p;-q]", "nt", rows, r, 2 * w.len},
                    {"crs = [C S]^T res", "tn", 2 * w.len, r, rows},
            };
            for (String impl : impls) {
                for (Object[] sh : shapes) {
                    String name = (String) sh[0];
                    boolean nt = sh[1].equals("nt");
                    int m = (Integer) sh[2], n = (Integer) sh[3], k = (Integer) sh[4];
                    ExecutorService pool = Executors.newFixedThreadPool(w.threads);
                    try {
                        Call[] calls = new Call[w.threads];
                        for (int t = 0; t < w.threads; t++) calls[t] = make(impl, name, nt, m, n, k, t);
                        // warm-up, then count calls in `seconds` per worker
                        runAll(pool, calls, 0.3);
                        double[] res = runAll(pool, calls, impl.equals("scalar") ? Math.min(w.seconds, 0.5) : w.seconds);
                        double perCall = res[0];
                        double gflops = 2.0 * m * n * k * w.threads / perCall / 1e9;
                        double cpuGflops = 2.0 * m * n * k / res[1] / 1e9;
                        System.out.printf(Locale.ROOT, "gemm,%s,%s,%d,%d,%d,%d,%.6e,%.2f,%.2f,%d%n", impl, name, w.threads, m, n, k, perCall, gflops,
                                cpuGflops, w.round);
                        System.out.flush();
                    } finally {
                        pool.shutdown();
                    }
                }
            }
            return 0;
        }

        /** Runs each worker's call repeatedly for `sec` seconds at once; returns the mean seconds per call. */
        static double[] runAll(ExecutorService pool, Call[] calls, double sec) throws Exception {
            Future<?>[] fs = new Future<?>[calls.length];
            long[] count = new long[calls.length];
            double[] took = new double[calls.length];
            double[] cpu = new double[calls.length];
            for (int t = 0; t < calls.length; t++) {
                final int tt = t;
                fs[t] = pool.submit(() -> {
                    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                    long t0 = System.nanoTime(), cpu0 = mx.getCurrentThreadCpuTime(), c = 0;
                    while (System.nanoTime() - t0 < sec * 1e9) { calls[tt].run(); c++; }
                    count[tt] = c;
                    took[tt] = (System.nanoTime() - t0) / 1e9;
                    cpu[tt] = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                });
            }
            for (Future<?> f : fs) f.get();
            double per = 0, perCpu = 0;
            for (int t = 0; t < calls.length; t++) {
                per += took[t] / count[t] / calls.length;
                perCpu += cpu[t] / count[t] / calls.length;
            }
            return new double[] {per, perCpu};
        }

        static float[] rnd(int n, long seed) {
            java.util.SplittableRandom g = new java.util.SplittableRandom(seed);
            float[] x = new float[n];
            for (int i = 0; i < n; i++) x[i] = (float) g.nextGaussian();
            return x;
        }

        static FloatBuffer direct(float[] v) {
            FloatBuffer b = ByteBuffer.allocateDirect(4 * v.length).order(ByteOrder.nativeOrder()).asFloatBuffer();
            b.put(v).flip();
            return b;
        }

        /** One worker's call of the product: operands as the kernel lays them out (see BlackBoxField.Work). */
        Call make(String impl, String name, boolean nt, int m, int n, int k, int worker) {
            long seed = 31L * worker + name.hashCode();
            switch (nt ? "nt" : "tn") {
                case "nt" -> {
                    // c (m x n) = a (m x k) b^T, b stored n x k
                    float[] a = rnd(m * k, seed), b = rnd(n * k, seed + 1), c = new float[m * n];
                    if (impl.equals("openblas")) {
                        FloatBuffer da = direct(a), db = direct(b), dc = direct(c);
                        return () -> openblas.cblas_sgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasTrans,
                                m, n, k, 1f, da, k, db, k, 0f, dc, n);
                    }
                    return () -> KernelAccess.nt(impl, m, n, k, a, k, b, k, c, n);
                }
                default -> {
                    // c (m x n) = a^T (m x k) b (k x n), a stored k x m (rows of the tile), c stored n x m by the kernel
                    float[] a = rnd(k * m, seed), b = rnd(k * n, seed + 1), c = new float[m * n];
                    if (impl.equals("openblas")) {
                        FloatBuffer da = direct(a), db = direct(b), dc = direct(c);
                        return () -> openblas.cblas_sgemm(openblas.CblasRowMajor, openblas.CblasTrans, openblas.CblasNoTrans,
                                m, n, k, 1f, da, m, db, n, 0f, dc, n);
                    }
                    return () -> KernelAccess.tn(impl, k, m, n, a, m, b, n, c, m);
                }
            }
        }
    }

    /**
     * Memory read rate: each worker sums its own tile-sized float array (as the stage's Z_beta tiles, far larger
     * than the caches) with 4 independent 16-lane accumulators, repeatedly. Lines:
     * bandwidth,threads,megabytes_per_worker,gigabytes_per_second (all workers),round.
     */
    @Command(name = "bandwidth", description = "memory read rate of tile-sized arrays, all workers at once")
    static class Bandwidth implements Callable<Integer> {
        @Mixin Workers w;

        @Override public Integer call() throws Exception {
            int n = w.len * ((w.np + 15) / 16 * 16);
            ExecutorService pool = Executors.newFixedThreadPool(w.threads);
            try {
                Gemm.Call[] calls = new Gemm.Call[w.threads];
                float[] sink = new float[w.threads];
                for (int t = 0; t < w.threads; t++) {
                    float[] a = Gemm.rnd(n, 7L * t);
                    final int tt = t;
                    calls[t] = () -> sink[tt] += KernelAccess.sum(a);
                }
                Gemm.runAll(pool, calls, 0.3);
                double perCall = Gemm.runAll(pool, calls, w.seconds)[0];
                System.out.printf(Locale.ROOT, "bandwidth,%d,%.1f,%.2f,%d%n", w.threads, 4.0 * n / 1e6, w.threads * 4.0 * n / perCall / 1e9,
                        w.round);
                if (sink[0] == 0.123f) System.err.println();   // keeps the sums alive
            } finally {
                pool.shutdown();
            }
            return 0;
        }
    }

    /** Time per part of the training step (medians over repeats are left to the caller). */
    @Command(name = "breakdown", description = "seconds per part of the training step (stored inputs)")
    static class Breakdown implements Callable<Integer> {
        @Mixin BenchSetup s;

        @Override public Integer call() {
            s.load();
            ExecutorService pool = Executors.newFixedThreadPool(s.threads);
            try {
                FieldDraw d = s.draw();
                BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), s.m, s.np, s.train.d());
                KernelAccess.breakdown(f, s.train.x(), s.train.label(), s.train.n(), s.etaGrid(), s.batch, 5, s.runSeed(), pool);
                double[] sec = KernelAccess.breakdown(f, s.train.x(), s.train.label(), s.train.n(), s.etaGrid(), s.batch, s.batches, s.runSeed(), pool);
                double total = Arrays.stream(sec).sum();
                for (int i = 0; i < sec.length; i++) {
                    System.out.printf(Locale.ROOT, "breakdown,%s,%s,%d,%d,%d,%s,%.6f,%.4f%n", s.label, s.dataset, s.np, s.threads, s.batches,
                            KernelAccess.PARTS[i], sec[i], sec[i] / total);
                }
                System.err.println("kernels: " + KernelAccess.kernels());
            } finally {
                pool.shutdown();
            }
            return 0;
        }
    }

    /**
     * sin/cos of float arguments, one thread: the kernels' (double inside, rounded to float) against the float32
     * proposal (bench/proposed/FloatSinCos), on Gaussian arguments of standard deviation --scale. Lines:
     * sincos,impl,scale,ns_per_argument,max_abs_error_vs_Math,share_of_outputs_differing_from_kernels,max_ulp_difference,round.
     */
    @Command(name = "sincos", description = "sin/cos of float arguments: the kernels against the float32 proposal")
    static class SinCos implements Callable<Integer> {
        @Option(names = "--len", defaultValue = "43008", description = "arguments per call (a tile of u: 2048 x 21)") int len;
        @Option(names = "--scales", split = ",", defaultValue = "1,10,100") double[] scales;
        @Option(names = "--seconds", defaultValue = "1") double seconds;
        @Option(names = "--round", defaultValue = "0") int round;

        interface Impl { void run(float[] x, float[] s, float[] c); }

        @Override public Integer call() {
            String kernels = KernelAccess.kernels();
            for (double scale : scales) {
                float[] x = Gemm.rnd(len, 11);
                for (int i = 0; i < len; i++) x[i] *= (float) scale;
                float[] s0 = new float[len], c0 = new float[len], s1 = new float[len], c1 = new float[len];
                Impl current = (a, s, c) -> KernelAccess.sinCos(kernels, a, a.length, s, c);
                Impl proposed = (a, s, c) -> blackbox.FloatSinCos.sinCos(a, 0, a.length, s, 0, c, 0);
                double nsCurrent = time(current, x, s0, c0), nsProposed = time(proposed, x, s1, c1);
                int differ = 0;
                long maxUlp = 0;
                double errCurrent = 0, errProposed = 0;
                for (int i = 0; i < len; i++) {
                    double sx = Math.sin(x[i]), cx = Math.cos(x[i]);
                    errCurrent = Math.max(errCurrent, Math.max(Math.abs(s0[i] - sx), Math.abs(c0[i] - cx)));
                    errProposed = Math.max(errProposed, Math.max(Math.abs(s1[i] - sx), Math.abs(c1[i] - cx)));
                    long ds = Math.abs(ordered(s0[i]) - ordered(s1[i])), dc = Math.abs(ordered(c0[i]) - ordered(c1[i]));
                    if (ds != 0 || dc != 0) differ++;
                    maxUlp = Math.max(maxUlp, Math.max(ds, dc));
                }
                System.out.printf(Locale.ROOT, "sincos,%s,%g,%.3f,%.3e,0,0,%d%n", kernels, scale, nsCurrent, errCurrent, round);
                System.out.printf(Locale.ROOT, "sincos,float32-proposal,%g,%.3f,%.3e,%.4f,%d,%d%n", scale, nsProposed, errProposed,
                        (double) differ / len, maxUlp, round);
            }
            return 0;
        }

        /** The float's position on the number line in ulps (monotone, +0 and -0 both 0). */
        static long ordered(float f) {
            int b = Float.floatToRawIntBits(f);
            return b < 0 ? -(long) (b & 0x7fffffff) : b;
        }

        /** ns per argument: warm-up, then as many calls as fit in `seconds`. */
        double time(Impl impl, float[] x, float[] s, float[] c) {
            long until = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < until) impl.run(x, s, c);
            long start = System.nanoTime(), calls = 0;
            until = start + (long) (seconds * 1e9);
            do {
                impl.run(x, s, c);
                calls++;
            } while (System.nanoTime() < until);
            return (System.nanoTime() - start) / (double) calls / x.length;
        }
    }
}
