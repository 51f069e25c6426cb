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
 * breakdown (CPU seconds and work per part of a training step), peak (the FMA peak) and bandwidth (the rate at which the workers read tiles of Z_beta
 * from memory, the floor of the two Z_beta products) and sincos (the kernels' sin/cos: time per argument and error in
 * float ulps). Current stages only (it uses blackbox.Kernels).
 */
@Command(name = "blackbox-kernel-bench", mixinStandardHelpOptions = true,
        subcommands = {BlackboxKernelBench.Gemm.class, BlackboxKernelBench.Breakdown.class, BlackboxKernelBench.Bandwidth.class,
                BlackboxKernelBench.SinCos.class, BlackboxKernelBench.SinCosUlp.class, BlackboxKernelBench.Peak.class})
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
     * The machine's float32 FMA peak: each worker runs 12 independent chains of fused multiply-adds on vectors of
     * --bits (12 chains cover the 4-cycle latency of 2 to 3 FMA pipes), all workers at once; one JVM per width (a
     * second vector shape in the process would make the calls polymorphic). GFLOP/s per core by each worker thread's
     * CPU time (what a pinned core delivers, whatever else runs) and for all workers by wall time. Lines:
     * peak,bits,threads,gflops_per_core_cpu,gflops_all_wall,round.
     */
    @Command(name = "peak", description = "float32 FMA peak per core and for all workers (vector width --bits)")
    static class Peak implements Callable<Integer> {
        @Option(names = "--bits", defaultValue = "512", description = "512 or 256") int bits;
        @Option(names = "--threads", defaultValue = "2") int threads;
        @Option(names = "--seconds", defaultValue = "2", description = "seconds per measurement (after a warm-up)") double seconds;
        @Option(names = "--round", defaultValue = "0") int round;

        static final int ITERATIONS = 1 << 16;

        @Override public Integer call() throws Exception {
            int lanes = bits / 32;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                float[] sink = new float[threads];
                Gemm.Call[] calls = new Gemm.Call[threads];
                for (int t = 0; t < threads; t++) {
                    final int tt = t;
                    calls[t] = () -> sink[tt] += KernelAccess.fmaChains(bits, ITERATIONS);
                }
                Gemm.runAll(pool, calls, 1);
                double[] perCall = Gemm.runAll(pool, calls, seconds);
                double flops = 2.0 * lanes * KernelAccess.CHAINS * ITERATIONS;
                System.out.printf(Locale.ROOT, "peak,%d,%d,%.1f,%.1f,%d%n", bits, threads, flops / perCall[1] / 1e9, threads * flops / perCall[0] / 1e9,
                        round);
                if (sink[0] == 0.123f) System.err.println();   // keeps the chains alive
            } finally {
                pool.shutdown();
            }
            return 0;
        }
    }

    /**
     * Memory read rate: each worker sums its own tile-sized float array (as the stage's Z_beta tiles, far larger
     * than the caches) with 4 independent 16-lane accumulators, repeatedly. Lines:
     * bandwidth,threads,megabytes_per_worker,gigabytes_per_second (all workers, wall),round,gigabytes_per_cpu_second
     * (per worker, by its thread's CPU time).
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
                double[] perCall = Gemm.runAll(pool, calls, w.seconds);
                System.out.printf(Locale.ROOT, "bandwidth,%d,%.1f,%.2f,%d,%.2f%n", w.threads, 4.0 * n / 1e6, w.threads * 4.0 * n / perCall[0] / 1e9,
                        w.round, 4.0 * n / perCall[1] / 1e9);
                if (sink[0] == 0.123f) System.err.println();   // keeps the sums alive
            } finally {
                pool.shutdown();
            }
            return 0;
        }
    }

    /**
     * Per part of a training step (stored projections, R = --etas runs): thread CPU seconds summed over the tiles and
     * batches, and the part's work (flops of a product, bytes it reads of Z_beta or of the stored v, sin/cos
     * arguments), for the roofline accounting of blackbox_summary.py; then the whole steps' wall and process CPU
     * seconds. Lines: breakdown,label,dataset,np,runs,threads,batches,part,cpu_seconds,flops,bytes,arguments,round.
     */
    @Command(name = "breakdown", description = "CPU seconds and work per part of the training step (stored inputs)")
    static class Breakdown implements Callable<Integer> {
        @Mixin BenchSetup s;

        @Override public Integer call() {
            s.load();
            ExecutorService pool = Executors.newFixedThreadPool(s.threads);
            try {
                FieldDraw d = s.draw();
                BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), s.m, s.np, s.train.d());
                KernelAccess.breakdown(f, s.train.x(), s.train.label(), s.train.n(), s.etaGrid(), s.batch, 10, s.runSeed(), pool);
                KernelAccess.Parts p = KernelAccess.breakdown(f, s.train.x(), s.train.label(), s.train.n(), s.etaGrid(), s.batch, s.batches,
                        s.runSeed(), pool);
                String head = String.format(Locale.ROOT, "breakdown,%s,%s,%d,%d,%d,%d", s.label, s.dataset, s.np, s.etas, s.threads, s.batches);
                for (int i = 0; i < p.cpu().length; i++) {
                    System.out.printf(Locale.ROOT, "%s,%s,%.6f,%.6e,%.6e,%.6e,%d%n", head, KernelAccess.PARTS[i], p.cpu()[i], p.flops()[i],
                            p.bytes()[i], p.arguments()[i], s.round);
                }
                System.out.printf(Locale.ROOT, "%s,step wall,%.6f,0,0,0,%d%n", head, p.wall(), s.round);
                System.out.printf(Locale.ROOT, "%s,step process cpu,%.6f,0,0,0,%d%n", head, p.processCpu(), s.round);
                System.err.println("kernels: " + KernelAccess.kernels());
            } finally {
                pool.shutdown();
            }
            return 0;
        }
    }

    /**
     * sin/cos of float arguments, one thread, each implementation of the kernels (the same bits): ns per argument by
     * wall time and by the thread's CPU time (less sensitive to other load), on Gaussian arguments of standard
     * deviation --scale, and the largest error in float ulps against Math.sin/cos (double, not rounded). Lines:
     * sincos,impl,scale,ns_per_argument_wall,ns_per_argument_cpu,max_ulp_error,round.
     */
    @Command(name = "sincos", description = "sin/cos of float arguments: ns per argument and error in float ulps")
    static class SinCos implements Callable<Integer> {
        @Option(names = "--len", defaultValue = "43008", description = "arguments per call (a tile of u: 2048 x 21)") int len;
        @Option(names = "--scales", split = ",", defaultValue = "1,10,100") double[] scales;
        @Option(names = "--impls", split = ",", defaultValue = "chosen", description = "vector512, vector256, scalar or chosen "
                + "(the stage's choice here); one per JVM for a fair time (a second vector shape slows the first)") String[] impls;
        @Option(names = "--seconds", defaultValue = "1", description = "CPU seconds per measurement (after as much warm-up)") double seconds;
        @Option(names = "--round", defaultValue = "0") int round;

        @Override public Integer call() {
            for (String named : impls) {
                String impl = named.equals("chosen") ? KernelAccess.kernels() : named;
                for (double scale : scales) {
                    float[] x = Gemm.rnd(len, 11);
                    for (int i = 0; i < len; i++) x[i] *= (float) scale;
                    float[] s = new float[len], c = new float[len];
                    Runnable call = () -> KernelAccess.sinCos(impl, x, len, s, c);
                    double[] ns = time(call, impl.equals("scalar") ? Math.min(seconds, 0.5) : seconds);
                    double ulps = 0;
                    for (int i = 0; i < len; i++) ulps = Math.max(ulps, Math.max(ulps(s[i], Math.sin(x[i])), ulps(c[i], Math.cos(x[i]))));
                    System.out.printf(Locale.ROOT, "sincos,%s,%g,%.3f,%.3f,%.3f,%d%n", impl, scale, ns[0] / len, ns[1] / len, ulps, round);
                }
            }
            return 0;
        }

        /** |f - ref| in units of the float spacing at ref. */
        static double ulps(float f, double ref) { return Math.abs(f - ref) / Math.ulp((float) ref); }

        /** ns per call, wall and thread CPU: warm-up for `sec` CPU seconds, then as many calls as fit in `sec`. */
        static double[] time(Runnable call, double sec) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = mx.getCurrentThreadCpuTime();
            while (mx.getCurrentThreadCpuTime() - cpu0 < sec * 1e9) call.run();
            long start = System.nanoTime(), cpu1 = mx.getCurrentThreadCpuTime(), calls = 0;
            do {
                call.run();
                calls++;
            } while (mx.getCurrentThreadCpuTime() - cpu1 < sec * 1e9);
            return new double[] {(System.nanoTime() - start) / (double) calls, (mx.getCurrentThreadCpuTime() - cpu1) / (double) calls};
        }
    }

    /**
     * The largest error of the kernels' sin/cos in float ulps against Math.sin/cos (double, not rounded), over every
     * float x with |x| below --limit (both signs), on --threads workers. Lines:
     * sincos-ulp,impl,limit,floats,max_ulp_sin,at,max_ulp_cos,at,share_above_1_ulp.
     */
    @Command(name = "sincos-ulp", description = "every float below --limit: largest error of sin/cos in float ulps")
    static class SinCosUlp implements Callable<Integer> {
        @Option(names = "--limit", defaultValue = "524288", description = "|x| below this (the float path's range: 2^19)") float limit;
        @Option(names = "--threads", defaultValue = "2") int threads;

        /** The worst errors over a range of float bit patterns: {sin ulps, its x, cos ulps, its x, count above 1 ulp}. */
        static double[] scan(int fromBits, int toBits) {
            int chunk = 1 << 16;
            float[] x = new float[chunk], s = new float[chunk], c = new float[chunk];
            double[] worst = new double[5];
            for (long b = fromBits; b < toBits; b += chunk) {
                int n = (int) Math.min(chunk, toBits - b);
                for (int i = 0; i < n; i++) x[i] = Float.intBitsToFloat((int) (b + i));
                KernelAccess.sinCos(KernelAccess.kernels(), x, n, s, c);
                for (int i = 0; i < n; i++) {
                    double es = SinCos.ulps(s[i], Math.sin(x[i])), ec = SinCos.ulps(c[i], Math.cos(x[i]));
                    if (es > worst[0]) { worst[0] = es; worst[1] = x[i]; }
                    if (ec > worst[2]) { worst[2] = ec; worst[3] = x[i]; }
                    if (es > 1 || ec > 1) worst[4]++;
                }
            }
            return worst;
        }

        @Override public Integer call() throws Exception {
            int top = Float.floatToRawIntBits(limit);
            // both signs: bit patterns 0 .. top and the same with the sign bit, in slices over the workers
            int slices = 64;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            java.util.List<Future<double[]>> parts = new java.util.ArrayList<>();
            for (int sign : new int[] {0, Integer.MIN_VALUE}) {
                for (int k = 0; k < slices; k++) {
                    int lo = (int) ((long) top * k / slices), hi = (int) ((long) top * (k + 1) / slices);
                    parts.add(pool.submit(() -> scan(sign | lo, sign | hi)));
                }
            }
            double[] worst = new double[5];
            for (Future<double[]> f : parts) {
                double[] w = f.get();
                if (w[0] > worst[0]) { worst[0] = w[0]; worst[1] = w[1]; }
                if (w[2] > worst[2]) { worst[2] = w[2]; worst[3] = w[3]; }
                worst[4] += w[4];
            }
            pool.shutdown();
            long floats = 2L * top;
            System.out.printf(Locale.ROOT, "sincos-ulp,%s,%s,%d,%.4f,%s,%.4f,%s,%.5f%n", KernelAccess.kernels(), Float.toString(limit), floats,
                    worst[0], Float.toHexString((float) worst[1]), worst[2], Float.toHexString((float) worst[3]), worst[4] / floats);
            return 0;
        }
    }
}
