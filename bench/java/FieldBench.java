///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx4g -XX:MaxDirectMemorySize=6g --add-modules jdk.incubator.vector
//COMPILE_OPTIONS --add-modules jdk.incubator.vector
//DEPS info.picocli:picocli:4.7.7
//DEPS org.bytedeco:openblas:0.3.28-1.5.11
//DEPS org.bytedeco:openblas:0.3.28-1.5.11:linux-x86_64
//DEPS org.bytedeco:javacpp:1.5.11:linux-x86_64
//SOURCES ../../stages/lib/Blas.java
//SOURCES ../../stages/lib/GaussianField.java
//SOURCES ../../stages/lib/Parallel.java
//SOURCES ../../stages/lib/Streams.java
//SOURCES ../../stages/lib/FastTrig.java
//SOURCES ../../stages/lib/FastTrigVector.java
//SOURCES ../../stages/gdmoments/FieldStep.java
//SOURCES lib/KernelProbe.java

import gdmoments.FieldStep;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import lib.Blas;
import lib.FastTrig;
import lib.GaussianField;
import lib.KernelProbe;
import lib.Parallel;
import lib.Streams;
import org.bytedeco.openblas.global.openblas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Benchmark harness of the field kernel (lib/GaussianField) and of the one-step experiment of Figure 8
 * (gdmoments/FieldStep), with the bare GEMMs they are built on. Every timed run is preceded by warm-up runs in the
 * same JVM; each timed repetition prints one CSV line {@code bench,impl,round,rep,threads,n,m,points,seconds} on
 * stdout (diagnostics on stderr), so rounds of Java and NumPy can be interleaved by the caller (workflow/bench.mk).
 */
@Command(name = "field-bench", mixinStandardHelpOptions = true,
        subcommands = {FieldBench.Kernel.class, FieldBench.OneStep.class, FieldBench.Gemm.class,
                FieldBench.Breakdown.class, FieldBench.SinCos.class, FieldBench.Dump.class})
class FieldBench implements Callable<Integer> {
    public static void main(String... args) {
        System.exit(new CommandLine(new FieldBench()).execute(args));
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    /** Sizes and repetition counts shared by every benchmark. */
    static class Sizes {
        @Option(names = "--n", defaultValue = "500", description = "dimension N") int n;
        @Option(names = "--m", defaultValue = "20000", description = "spectral samples M") int m;
        @Option(names = "--points", defaultValue = "10000", description = "points") int points;
        @Option(names = "--box", defaultValue = "1e6", description = "points uniform in [-box, box]^N (000 §4.1)") double box;
        @Option(names = "--seed", defaultValue = "20190613") long seed;
        @Option(names = "--threads", defaultValue = "2") int threads;
        @Option(names = "--warmup", defaultValue = "1", description = "untimed runs first") int warmup;
        @Option(names = "--repeats", defaultValue = "3", description = "timed runs") int repeats;
        @Option(names = "--warmup-points", defaultValue = "1024", description = "points of each warm-up run (kernel, one-step)") int warmupPoints;
        @Option(names = "--round", defaultValue = "0", description = "round label of the output lines") int round;
        @Option(names = "--label", defaultValue = "java", description = "implementation label of the output lines") String label;

        GaussianField field() {
            return GaussianField.sample(n, m, seed, threads);
        }

        double[] points() {
            double[] x = new double[Math.multiplyExact(points, n)];
            SplittableRandom rng = Streams.of(seed, "bench/points");
            for (int i = 0; i < x.length; i++) x[i] = box * (2 * rng.nextDouble() - 1);
            return x;
        }

        /** The Figure 8 grid: 20 learning rates log-spaced over [0.02, 20] eta_opt, eta_opt = (N+1)^(-1/2). */
        double[] etas(int count) {
            double opt = 1 / Math.sqrt(n + 1.0), out[] = new double[count];
            for (int i = 0; i < count; i++) out[i] = opt * 0.02 * Math.pow(1000, count == 1 ? 0.5 : i / (count - 1.0));
            return out;
        }

        void emit(String bench, String impl, int rep, int thr, double seconds) {
            System.out.printf(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%d,%d,%.6f%n", bench, impl, round, rep, thr, n, m, points, seconds);
            System.out.flush();
        }

        void time(String bench, String impl, int thr, Runnable run) {
            time(bench, impl, thr, run, run);
        }

        /** {@code warm} runs --warmup times untimed, then {@code run} --repeats times, each timed and printed. */
        void time(String bench, String impl, int thr, Runnable warm, Runnable run) {
            for (int w = 0; w < warmup; w++) warm.run();
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                run.run();
                emit(bench, impl, r, thr, (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    /** Benchmark (1): values and gradients at the points, GaussianField.valuesAndGradients. */
    @Command(name = "kernel", description = "value+gradient of the field at the points")
    static class Kernel implements Callable<Integer> {
        @Mixin Sizes s;

        @Override
        public Integer call() {
            GaussianField field = s.field();
            double[] x = s.points(), values = new double[s.points], grads = new double[x.length];
            int wp = Math.min(s.points, s.warmupPoints);
            s.time("kernel", s.label, s.threads, () -> field.valuesAndGradients(x, wp, values, grads, s.threads),
                    () -> field.valuesAndGradients(x, s.points, values, grads, s.threads));
            System.err.printf(Locale.ROOT, "kernel: sum of values %.17g, sum of |grad| %.17g%n",
                    Arrays.stream(values).sum(), Arrays.stream(grads).map(Math::abs).sum());
            return 0;
        }
    }

    /** Benchmark (2): the one-step experiment of Figure 8, gdmoments.FieldStep.values (points drawn inside). */
    @Command(name = "one-step", description = "phi(x0 - eta grad phi(x0)) for 20 learning rates, projections reused")
    static class OneStep implements Callable<Integer> {
        @Mixin Sizes s;
        @Option(names = "--etas", defaultValue = "20") int etaCount;

        @Override
        public Integer call() {
            GaussianField field = s.field();
            double[] etas = s.etas(etaCount);
            double[][][] out = new double[1][][];
            int wp = Math.min(s.points, s.warmupPoints);
            s.time("one-step", s.label, s.threads, () -> FieldStep.values(field, wp, s.box, etas, s.seed, "bench/x0", s.threads),
                    () -> out[0] = FieldStep.values(field, s.points, s.box, etas, s.seed, "bench/x0", s.threads));
            System.err.printf(Locale.ROOT, "one-step: sum of phi(x1) at the largest eta %.17g (FastTrig combine: %s)%n",
                    Arrays.stream(out[0][etaCount - 1]).sum(), lib.FastTrig.implementation());
            return 0;
        }
    }

    /** The tile geometry of GaussianField's tiled drivers: ceil(points / TILE) tiles of nearly equal size. */
    static int tileSize(int points) {
        int tiles = Parallel.tiles(points, GaussianField.TILE);
        return (points + tiles - 1) / tiles;
    }

    static DoubleBuffer direct(int len) {
        return ByteBuffer.allocateDirect(Math.multiplyExact(len, Double.BYTES)).order(ByteOrder.nativeOrder()).asDoubleBuffer();
    }

    /**
     * Bare GEMMs of the kernel's shapes through the same OpenBLAS: the projection X Z^T (points x N times N x M)
     * and the gradient product C Z (points x M times M x N), (a) per tile on one OpenBLAS thread with direct
     * buffers (no JNI copy) on 1 and on --threads Java threads, (b) per tile from heap arrays exactly as the kernel
     * calls Blas (JNI copies included), (c) the projection as one call on 1 and 2 OpenBLAS threads (--whole).
     */
    @Command(name = "gemm", description = "bare GEMM rates of the kernel's shapes")
    static class Gemm implements Callable<Integer> {
        @Mixin Sizes s;
        @Option(names = "--whole", negatable = true, defaultValue = "true", description = "also the whole product in one call") boolean whole;

        @Override
        public Integer call() {
            int n = s.n, m = s.m, tile = tileSize(s.points), tiles = Parallel.tiles(s.points, tile);
            GaussianField field = s.field();
            DoubleBuffer z = field.zOffHeap();
            double[] x = s.points();
            DoubleBuffer xd = Blas.offHeap(x);
            Blas.init();
            for (int thr : new int[] {1, s.threads}) {
                DoubleBuffer[] theta = new DoubleBuffer[thr], g = new DoubleBuffer[thr];
                for (int w = 0; w < thr; w++) {
                    theta[w] = direct(tile * m);
                    g[w] = direct(tile * n);
                }
                s.time("gemm-tiles-xzt", "direct", thr, () -> Parallel.run(tiles, thr, (t, w) -> {
                    int p = Math.min(tile, s.points - t * tile);
                    Blas.dgemm(false, true, p, m, n, 1, xd.duplicate().position(t * tile * n), n, z.duplicate().clear(), n,
                            0, theta[w].duplicate().clear(), m);
                }));
                s.time("gemm-tiles-cz", "direct", thr, () -> Parallel.run(tiles, thr, (t, w) -> {
                    int p = Math.min(tile, s.points - t * tile);
                    Blas.dgemm(false, false, p, n, m, 1, theta[w].duplicate().clear(), m, z.duplicate().clear(), n,
                            0, g[w].duplicate().clear(), n);
                }));
                double[][] thetaH = new double[thr][tile * m];
                double[] gH = new double[x.length];
                s.time("gemm-tiles-xzt", "heap-" + s.label, thr, () -> Parallel.run(tiles, thr, (t, w) -> {
                    int p = Math.min(tile, s.points - t * tile);
                    Blas.dgemm(false, true, p, m, n, 1, DoubleBuffer.wrap(x, t * tile * n, x.length - t * tile * n), n,
                            z.duplicate().clear(), n, 0, DoubleBuffer.wrap(thetaH[w], 0, p * m), m);
                }));
                s.time("gemm-tiles-cz", "heap-" + s.label, thr, () -> Parallel.run(tiles, thr, (t, w) -> {
                    int p = Math.min(tile, s.points - t * tile);
                    Blas.dgemm(false, false, p, n, m, 1, DoubleBuffer.wrap(thetaH[w], 0, p * m), m, z.duplicate().clear(), n,
                            0, DoubleBuffer.wrap(gH, t * tile * n, gH.length - t * tile * n), n);
                }));
            }
            if (whole) {
                DoubleBuffer c = direct(Math.multiplyExact(s.points, m));
                for (int thr : new int[] {1, 2}) {
                    openblas.blas_set_num_threads(thr);
                    s.time("gemm-whole-xzt", "direct", thr, () -> Blas.dgemm(false, true, s.points, m, n, 1,
                            xd.duplicate().clear(), n, z.duplicate().clear(), n, 0, c.duplicate().clear(), m));
                }
                openblas.blas_set_num_threads(1);
            }
            return 0;
        }
    }

    /**
     * Where the time of valuesAndGradients goes, on one thread, tile by tile as the kernel runs: the projection GEMM
     * as called (heap, JNI copies), sinCos alone, gradientsFromProjections as called (sinCos + coefficient loop +
     * gradient GEMM), the gradient GEMM alone as called, and both GEMMs on direct buffers (no copies).
     */
    @Command(name = "breakdown", description = "timer breakdown of the kernel on one thread")
    static class Breakdown implements Callable<Integer> {
        @Mixin Sizes s;

        @Override
        public Integer call() {
            int n = s.n, m = s.m, tile = tileSize(s.points), tiles = Parallel.tiles(s.points, tile);
            GaussianField field = s.field();
            DoubleBuffer z = field.zOffHeap();
            double[] x = s.points(), values = new double[s.points], grads = new double[x.length];
            double[] theta = new double[tile * m], sin = new double[m], cos = new double[m];
            DoubleBuffer xd = Blas.offHeap(x), thetaD = direct(tile * m), gD = direct(tile * n);
            String[] names = {"project-as-called", "sincos", "gradients-from-projections-as-called",
                    "gemm-cz-as-called", "gemm-xzt-direct", "gemm-cz-direct", "whole-kernel-1-thread"};
            for (int rep = -s.warmup; rep < s.repeats; rep++) {
                long[] ns = new long[names.length];
                for (int t = 0; t < tiles; t++) {
                    int from = t * tile, p = Math.min(tile, s.points - from);
                    double[] th = p == tile ? theta : new double[p * m];
                    long t0 = System.nanoTime();
                    field.project(x, from * n, p, th);
                    long t1 = System.nanoTime();
                    for (int i = 0; i < p; i++) FastTrig.sinCos(th, i * m, m, sin, cos);
                    long t2 = System.nanoTime();
                    field.gradientsFromProjections(th, p, th, values, from, grads, from * n);
                    long t3 = System.nanoTime();
                    Blas.dgemm(false, false, p, n, m, 1.0, DoubleBuffer.wrap(th, 0, p * m), m, z.duplicate().clear(), n,
                            0.0, DoubleBuffer.wrap(grads, from * n, grads.length - from * n), n);
                    long t4 = System.nanoTime();
                    Blas.dgemm(false, true, p, m, n, 1, xd.duplicate().position(from * n), n, z.duplicate().clear(), n,
                            0, thetaD.duplicate().clear(), m);
                    long t5 = System.nanoTime();
                    Blas.dgemm(false, false, p, n, m, 1, thetaD.duplicate().clear(), m, z.duplicate().clear(), n,
                            0, gD.duplicate().clear(), n);
                    long t6 = System.nanoTime();
                    ns[0] += t1 - t0; ns[1] += t2 - t1; ns[2] += t3 - t2; ns[3] += t4 - t3; ns[4] += t5 - t4; ns[5] += t6 - t5;
                }
                long t0 = System.nanoTime();
                field.valuesAndGradients(x, s.points, values, grads, 1);
                ns[6] = System.nanoTime() - t0;
                if (rep >= 0) for (int k = 0; k < names.length; k++) s.emit("breakdown-" + s.label, names[k], rep, 1, ns[k] / 1e9);
            }
            return 0;
        }
    }

    /**
     * FastTrig.sinCos (the stages' or the proposed one) against the scalar reference loop in bench/java/lib/KernelProbe
     * and against Math.sin/cos, on the projections of one tile of the benchmark points (their real argument
     * distribution): bit-for-bit comparison with the reference, then timings.
     */
    @Command(name = "sincos", description = "FastTrig.sinCos vs the scalar reference and Math.sin/cos")
    static class SinCos implements Callable<Integer> {
        @Mixin Sizes s;

        @Override
        public Integer call() {
            int m = s.m, p = tileSize(s.points);
            GaussianField field = s.field();
            double[] x = s.points(), theta = new double[p * m];
            field.project(x, 0, p, theta);
            double[] s1 = new double[m], c1 = new double[m], s2 = new double[m], c2 = new double[m];
            long differ = 0;
            double maxDiff = 0;
            for (int i = 0; i < p; i++) {
                KernelProbe.sinCosReference(theta, i * m, m, s1, c1);
                FastTrig.sinCos(theta, i * m, m, s2, c2);
                for (int k = 0; k < m; k++) {
                    if (Double.doubleToLongBits(s1[k]) != Double.doubleToLongBits(s2[k])) differ++;
                    if (Double.doubleToLongBits(c1[k]) != Double.doubleToLongBits(c2[k])) differ++;
                    maxDiff = Math.max(maxDiff, Math.max(Math.abs(s1[k] - s2[k]), Math.abs(c1[k] - c2[k])));
                }
            }
            System.err.printf(Locale.ROOT, "sincos: %d of %d results differ in their bits, max |difference| %.3g%n",
                    differ, 2L * p * m, maxDiff);
            s.time("sincos-tile", "scalar-reference", 1, () -> {
                for (int i = 0; i < p; i++) KernelProbe.sinCosReference(theta, i * m, m, s1, c1);
            });
            s.time("sincos-tile", "math-sin-cos", 1, () -> {
                for (int i = 0; i < p * m; i++) {
                    s1[i % m] = Math.sin(theta[i]);
                    c1[i % m] = Math.cos(theta[i]);
                }
            });
            s.time("sincos-tile", "FastTrig-" + s.label, 1, () -> {
                for (int i = 0; i < p; i++) FastTrig.sinCos(theta, i * m, m, s2, c2);
            });
            return differ == 0 ? 0 : 1;
        }
    }

    /**
     * Inputs and outputs of a small case for the NumPy cross-check, as raw little-endian float64 files in --dir:
     * z (M x N), a, b (M), x (points x N, as the kernel receives them), theta = X Z^T, values, grads (points x N);
     * x0 (points x N, as FieldStep draws them per tile), etas, one-step (etas x points). meta.txt holds the sizes.
     */
    @Command(name = "dump", description = "write a small case for the NumPy cross-check")
    static class Dump implements Callable<Integer> {
        @Mixin Sizes s;
        @Option(names = "--dir", required = true) Path dir;
        @Option(names = "--etas", defaultValue = "20") int etaCount;

        @Override
        public Integer call() throws IOException {
            Files.createDirectories(dir);
            int n = s.n, m = s.m, pts = s.points;
            GaussianField field = s.field();
            double[] x = s.points(), values = new double[pts], grads = new double[x.length], theta = new double[pts * m];
            field.valuesAndGradients(x, pts, values, grads, s.threads);
            field.project(x, 0, pts, theta);
            double[] etas = s.etas(etaCount);
            double[][] step = FieldStep.values(field, pts, s.box, etas, s.seed, "bench/x0", s.threads);
            // FieldStep's starting points: tile t's from stream t
            int tiles = FieldStep.tiles(pts, m);
            double[] x0 = new double[pts * n];
            for (int t = 0; t < tiles; t++) {
                SplittableRandom rng = Streams.of(s.seed, "bench/x0", t);
                for (int i = FieldStep.start(t, pts, tiles) * n; i < FieldStep.start(t + 1, pts, tiles) * n; i++) {
                    x0[i] = s.box * (2 * rng.nextDouble() - 1);
                }
            }
            write("z", field.z());
            write("a", field.a());
            write("b", field.b());
            write("x", x);
            write("theta", theta);
            write("values", values);
            write("grads", grads);
            write("x0", x0);
            write("etas", etas);
            write("one-step", Arrays.stream(step).flatMapToDouble(Arrays::stream).toArray());
            Files.writeString(dir.resolve("meta.txt"), String.format(Locale.ROOT, "n=%d%nm=%d%npoints=%d%netas=%d%nbox=%s%n",
                    n, m, pts, etaCount, Double.toString(s.box)));
            return 0;
        }

        private void write(String name, double[] v) throws IOException {
            ByteBuffer buf = ByteBuffer.allocate(v.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            buf.asDoubleBuffer().put(v);
            Files.write(dir.resolve(name + ".bin"), buf.array());
        }
    }
}
