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

import blackbox.BenchAccess;
import blackbox.BenchSetup;
import blackbox.BlackBoxField;
import blackbox.Dataset;
import blackbox.EtaCrit;
import blackbox.FieldDraw;
import blackbox.Trainer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Benchmark of the black-box training kernel (000 §4.2; blackbox/BlackBoxField + Trainer) as blackbox-sweep runs
 * it: one field, R learning rates trained together, batch 128, a fixed number of batches (the first
 * batches x 128 / epochs training images, `epochs` epochs). Subcommands: train (timed, one CSV line), export (the
 * field, data, initial parameters and batch order for the PyTorch baselines, and Java's own accuracies).
 * workflow/bench.mk builds a copy against the baseline commit's stages (BlackboxBenchBase.java, generated); it
 * uses only the API both have. The kernel's own benchmarks are in BlackboxKernelBench.java.
 */
@Command(name = "blackbox-bench", mixinStandardHelpOptions = true,
        subcommands = {BlackboxBench.Train.class, BlackboxBench.Export.class})
class BlackboxBench implements Callable<Integer> {
    public static void main(String... args) {
        System.exit(new CommandLine(new BlackboxBench()).execute(args));
    }

    @Override public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    /** Header of the CSV lines of train: bench,impl,round,threads,dataset,np,m,runs,batches,seconds,mean_accuracy. */
    @Command(name = "train", description = "time Trainer.train (one field, R runs, a fixed number of batches)")
    static class Train implements Callable<Integer> {
        @Mixin BenchSetup s;
        @Option(names = "--warmup-batches", defaultValue = "5", description = "batches of an untimed warm-up training first") int warm;
        @Option(names = "--accuracies", description = "write the per-run test accuracies here") Path accOut;

        @Override public Integer call() throws IOException {
            s.load();
            ExecutorService pool = Executors.newFixedThreadPool(s.threads);
            try {
                FieldDraw d = s.draw();
                BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), s.m, s.np, s.train.d());
                d = null;
                double[] etas = s.etaGrid();
                if (warm > 0) {
                    int wn = Math.min(s.train.n(), warm * s.batch);
                    Dataset w = new Dataset("warm", wn, s.train.d(), Arrays.copyOf(s.train.x(), wn * s.train.d()), Arrays.copyOf(s.train.label(), wn));
                    Trainer.train(f, w, etas, 1, s.batch, 1, s.runSeed(), pool, null);
                }
                long t0 = System.nanoTime();
                Trainer.Result res = Trainer.train(f, s.train, etas, 1, s.batch, s.epochs, s.runSeed(), pool, null);
                double sec = (System.nanoTime() - t0) / 1e9;
                double[] acc = Trainer.accuracy(f, res.beta(), etas.length, s.test, pool);
                s.emit("train", sec, Arrays.stream(acc).average().orElse(Double.NaN));
                if (accOut != null) writeAccuracies(accOut, etas, acc);
                f.close();
            } finally {
                pool.shutdown();
            }
            return 0;
        }
    }

    static void writeAccuracies(Path out, double[] etas, double[] acc) throws IOException {
        StringBuilder sb = new StringBuilder("eta,test_accuracy\n");
        for (int k = 0; k < etas.length; k++) sb.append(String.format(Locale.ROOT, "%s,%s%n", etas[k], acc[k]));
        Files.writeString(out, sb.toString());
    }

    /** Raw little-endian arrays for the PyTorch baselines (bench/torch/blackbox_torch.py reads them). */
    @Command(name = "export", description = "write the field, data, beta0 and batch order for PyTorch; then Java's accuracies")
    static class Export implements Callable<Integer> {
        @Mixin BenchSetup s;
        @Option(names = "--dir", required = true) Path dir;

        @Override public Integer call() throws IOException {
            s.load();
            Files.createDirectories(dir);
            FieldDraw d = s.draw();
            int n = s.np + s.train.d();
            float[] z = new float[d.z().length];
            for (int i = 0; i < z.length; i++) z[i] = (float) d.z()[i];
            writeF(dir.resolve("z.f32"), z);
            writeF(dir.resolve("a.f32"), toF(d.a()));
            writeF(dir.resolve("b.f32"), toF(d.b()));
            double[] etas = s.etaGrid();
            writeF(dir.resolve("beta0.f32"), Trainer.initialBeta(s.np, etas.length, 1, s.runSeed()));
            int[] order = new int[s.epochs * s.train.n()];
            for (int e = 0; e < s.epochs; e++) System.arraycopy(BenchAccess.order(s.train.n(), s.runSeed(), e), 0, order, e * s.train.n(), s.train.n());
            writeI(dir.resolve("order.i32"), order);
            writeF(dir.resolve("xtrain.f32"), s.train.x());
            writeI(dir.resolve("ytrain.i32"), s.train.label());
            writeF(dir.resolve("xtest.f32"), s.test.x());
            writeI(dir.resolve("ytest.i32"), s.test.label());
            float[] e32 = new float[etas.length];
            StringBuilder eta = new StringBuilder();
            for (double e : etas) eta.append(e).append('\n');
            Files.writeString(dir.resolve("etas.txt"), eta.toString());
            Files.writeString(dir.resolve("meta.txt"), String.format(Locale.ROOT,
                    "m %d%nnp %d%nni %d%nn %d%nruns %d%nbatch %d%nepochs %d%ntrain %d%ntest %d%ndataset %s%n",
                    s.m, s.np, s.train.d(), n, etas.length, s.batch, s.epochs, s.train.n(), s.test.n(), s.dataset));
            ExecutorService pool = Executors.newFixedThreadPool(s.threads);
            try {
                BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), s.m, s.np, s.train.d());
                Trainer.Result res = Trainer.train(f, s.train, etas, 1, s.batch, s.epochs, s.runSeed(), pool, null);
                writeAccuracies(dir.resolve("java-accuracy.csv"), etas, Trainer.accuracy(f, res.beta(), etas.length, s.test, pool));
            } finally {
                pool.shutdown();
            }
            return 0;
        }
    }

    static float[] toF(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
        return f;
    }

    static void writeF(Path p, float[] v) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        Files.write(p, b.array());
    }

    static void writeI(Path p, int[] v) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(v);
        Files.write(p, b.array());
    }

}
