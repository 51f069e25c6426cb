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
//SOURCES lib/AtomicFiles.java
//SOURCES lib/Artifact.java
//SOURCES lib/BadInput.java
//SOURCES lib/Blas.java
//SOURCES lib/FastTrig.java
//SOURCES lib/GaussianField.java
//SOURCES lib/Parallel.java
//SOURCES lib/Progress.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/Require.java
//SOURCES lib/RunOptions.java
//SOURCES lib/StageCli.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES blackbox/Idx.java
//SOURCES blackbox/MnistFiles.java
//SOURCES blackbox/Dataset.java
//SOURCES blackbox/Sgemm.java
//SOURCES blackbox/Kernels.java
//SOURCES blackbox/VectorKernels.java
//SOURCES blackbox/VectorKernels256.java
//SOURCES blackbox/FieldDraw.java
//SOURCES blackbox/BlackBoxField.java
//SOURCES blackbox/Trainer.java
//SOURCES blackbox/Logistic.java
//SOURCES blackbox/EtaCrit.java
//SOURCES blackbox/Locate.java
//SOURCES blackbox/OnField.java
//SOURCES blackbox/Run.java
//SOURCES blackbox/Sweep.java
//SOURCES blackbox/Schemas.java
//SOURCES blackbox/Training.java

import blackbox.BlackBoxField;
import blackbox.Dataset;
import blackbox.EtaCrit;
import blackbox.MnistFiles;
import blackbox.Schemas;
import blackbox.Sweep;
import blackbox.Training;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lib.Artifact;
import lib.Provenance;
import lib.Require;
import lib.RunOptions;
import lib.StageCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * make blackbox-sweep: trains the "black box" random-field classifier of 000 §4.2 (eqs 32-33) on the
 * sine-separated plane and on MNIST even/odd for every (N_P = dim beta, field, start, eta), and the
 * logistic-regression baseline; records Figure 9's trained slice. The expensive half of blackbox-mnist (about an
 * hour at paper scale), kept apart so that re-checking claims or redrawing figures does not retrain. MNIST comes
 * from mnist-data's manifest; an empty manifest means the sine set only. With --shard it trains one independent part
 * (a data set's baseline, or one field realisation at one N_P), with --gather it joins the parts into the same
 * artifacts, byte for byte, so that the parts can run as separate jobs (make's blackbox-sweep shards; Slurm).
 */
@Command(name = "blackbox-sweep", mixinStandardHelpOptions = true,
        description = "Train the random-field classifier on sine and MNIST data over an eta grid (000 §4.2).")
public class BlackboxSweep implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RunOptions opts;
    @Option(names = "--mnist-manifest", defaultValue = "data/mnist-data/files.csv", description = "mnist-data's files.csv") Path manifest;
    @Option(names = "--mnist-dir", defaultValue = "data/cache/mnist", description = "folder of the verified IDX files") Path mnistDir;
    @Option(names = "--m", defaultValue = "20000", description = "spectral samples M of the field") int m;
    @Option(names = "--params", split = ",", defaultValue = "500,5000", description = "N_P = dim beta values") int[] params;
    @Option(names = "--mnist-params", split = ",", defaultValue = "500,5000", description = "N_P values for MNIST") int[] mnistParams;
    @Option(names = "--eta-min", defaultValue = "0.001") double etaMin;
    @Option(names = "--eta-max", defaultValue = "10") double etaMax;
    @Option(names = "--etas", defaultValue = "17", description = "points of the log eta grid") int etaCount;
    @Option(names = "--fields", defaultValue = "1", description = "field realisations per (data set, N_P)") int fields;
    @Option(names = "--starts", defaultValue = "3", description = "initial beta per field") int starts;
    @Option(names = "--batch", defaultValue = "128", description = "minibatch size of SGD (000 §4.2: 128)") int batch;
    @Option(names = "--epochs", defaultValue = "10", description = "training length in passes over the training set (000 §4.2: 10)") int epochs;
    @Option(names = "--sine-train", defaultValue = "6000") int sineTrain;
    @Option(names = "--sine-test", defaultValue = "1000") int sineTest;
    @Option(names = "--mnist-train", defaultValue = "0", description = "first items of the MNIST training set (0: all)") int mnistTrain;
    @Option(names = "--mnist-test", defaultValue = "0", description = "first items of the MNIST test set (0: all)") int mnistTest;
    @Option(names = "--read-params", split = ",", description = "N_P of the MNIST fields blackbox-studies reads (none by default)")
    int[] readParams = new int[0];
    @Option(names = "--read-epochs", split = ",", description = "epochs after which those fields' columns are read for the study "
            + "(at most --epochs)") int[] readEpochs = new int[0];
    @Option(names = "--fine", defaultValue = "2", description = "fine etas per grid step, placed in the step where the pilot saw "
            + "the drop on the fields read") int fine;
    @Option(names = "--pilot-epochs", defaultValue = "1", description = "epochs of the pilot that places the fine etas") int pilotEpochs;

    @Option(names = "--shard", description = "train one shard only, into --out: <dataset>-data (its data-set row, baseline and "
            + "Figure 9 points) or <dataset>-np<N_P>-field<f> (one field realisation), dataset sine or mnist") String shard;
    @Option(names = "--split-params", split = ",", description = "N_P of the MNIST fields whose grid is trained in two shards "
            + "(<key> the lower half with the pilot and fine etas, <key>-upper the upper half; none by default)")
    int[] splitParams = new int[0];
    @Option(names = "--upper", description = "for the lower half of a split field: the folder its upper half's shard wrote") Path upperDir;
    @Option(names = "--gather", description = "join the shards in this folder (one sub-folder per shard key) into --out "
            + "instead of training: the same artifacts as one run of every shard") Path gather;

    public static void main(String... args) { StageCli.main(new BlackboxSweep(), args); }

    @Override public Integer call() {
        long seed = opts.seed();
        int threads = opts.threads();
        Path out = opts.out();
        validate(threads);
        Provenance prov = new Provenance("blackbox-sweep", Path.of("stages/BlackboxSweep.java"), spec)
                .define("blackbox.arithmetic", BlackBoxField.ARITHMETIC);
        Training.Shard one = shard == null ? null : validShard();
        Require.that(spec, one == null || gather == null, "--shard and --gather exclude each other");
        boolean haveMnist = mnistAvailable(prov);
        Sweep.Settings s = new Sweep.Settings(m, EtaCrit.logGrid(etaMin, etaMax, etaCount), fields, starts, batch, epochs, seed,
                new Sweep.Readings("mnist", readParams, java.util.Arrays.stream(readEpochs).sorted().distinct().toArray(), fine, pilotEpochs));
        Training training = new Training(s);
        if (gather != null) {
            List<Training.Shard> all = Training.shards(params, mnistParams, fields);
            training.gather(gather, all, prov.deterministic());
            training.writeGathered(out, prov);
            System.err.println("summary: " + training.gatheredSummary(all.size()));   // workflow/run-stage puts it on the stage's line
            return StageCli.OK;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            if (one != null) {
                trainShard(training, one, haveMnist, pool, prov);
                training.writeShard(out, one, prov);
                return StageCli.OK;
            }
            training.experiment(Dataset.sine(sineTrain, seed, "train"), Dataset.sine(sineTest, seed, "test"), params, pool, true);
            if (haveMnist) {
                training.experiment(Dataset.mnist(mnistDir, true, mnistTrain), Dataset.mnist(mnistDir, false, mnistTest),
                        mnistParams, pool, false);
            }
        } finally {
            pool.shutdown();
        }
        training.write(out, prov);
        return StageCli.OK;
    }

    /** One shard, exactly as the one-process run trains it (an MNIST shard without MNIST has no rows, as there). */
    private void trainShard(Training training, Training.Shard one, boolean haveMnist, ExecutorService pool, Provenance provenance) {
        boolean sine = one.dataset().equals("sine");
        if (!sine && !haveMnist) return;
        Dataset train = sine ? Dataset.sine(sineTrain, opts.seed(), "train") : Dataset.mnist(mnistDir, true, mnistTrain);
        Dataset test = sine ? Dataset.sine(sineTest, opts.seed(), "test") : Dataset.mnist(mnistDir, false, mnistTest);
        if (one.data()) {
            training.dataShard(train, test, sine && params.length > 0);
        } else if (one.upper()) {
            training.fieldPart(train, test, one.nParams(), one.field(), Sweep.Part.UPPER, null, pool);
        } else if (split(one)) {
            Sweep.Upper upper = Training.readUpper(upperDir, one, epochs, provenance.deterministic());
            training.fieldPart(train, test, one.nParams(), one.field(), Sweep.Part.LOWER, upper, pool);
        } else {
            training.fieldShard(train, test, one.nParams(), one.field(), sine && one.nParams() == params[0] && one.field() == 0, pool);
        }
    }

    /** Whether a field shard is trained in two halves (--split-params): its upper half is a shard of this sweep. */
    private boolean split(Training.Shard one) {
        return !one.data() && Training.upperShards(mnistParams, splitParams, fields).contains(one.upperHalf());
    }

    /** --shard names a shard of this sweep's parameters. */
    private Training.Shard validShard() {
        Training.Shard one = Training.Shard.parse(shard);
        Require.that(spec, one != null, "--shard = '" + shard + "' is not <dataset>-data or <dataset>-np<N_P>-field<f> with dataset "
                + Training.DATASETS);
        Require.that(spec, Training.shards(params, mnistParams, fields).contains(one)
                        || Training.upperShards(mnistParams, splitParams, fields).contains(one), "--shard = '" + shard + "' is not a shard of "
                + "--params " + java.util.Arrays.toString(params) + ", --mnist-params " + java.util.Arrays.toString(mnistParams)
                + ", --fields " + fields + ", --split-params " + java.util.Arrays.toString(splitParams));
        Require.that(spec, one.upper() || !split(one) || upperDir != null, "--shard " + shard + " is the lower half of a split field: "
                + "name its upper half's folder with --upper");
        return one;
    }

    private void validate(int threads) {
        Require.range(spec, "--m", m, 2, 10_000_000);
        Require.each(spec, "--params", params, 1, 1_000_000);
        Require.that(spec, mnistParams != null, "--mnist-params needs a value");
        if (mnistParams.length > 0) Require.each(spec, "--mnist-params", mnistParams, 1, 1_000_000);
        Require.range(spec, "--eta-min", etaMin, 1e-12, 1e12);
        Require.range(spec, "--eta-max", etaMax, etaMin, 1e12);
        Require.range(spec, "--etas", etaCount, 2, 10_000);
        Require.range(spec, "--fields", fields, 1, 10_000);
        Require.range(spec, "--starts", starts, 1, 10_000);
        Require.range(spec, "--batch", batch, 1, 1_000_000);
        Require.range(spec, "--epochs", epochs, 1, 100_000);
        Require.range(spec, "--sine-train", sineTrain, batch, 100_000_000);
        Require.range(spec, "--sine-test", sineTest, 1, 100_000_000);
        Require.range(spec, "--mnist-train", mnistTrain, 0, 60_000);
        Require.range(spec, "--mnist-test", mnistTest, 0, 10_000);
        for (int np : readParams) {
            Require.that(spec, java.util.Arrays.stream(mnistParams).anyMatch(x -> x == np), "--read-params " + np + " is not one of --mnist-params");
        }
        Require.that(spec, readParams.length == 0 || readEpochs.length > 0, "--read-params needs --read-epochs");
        if (readEpochs.length > 0) Require.each(spec, "--read-epochs", readEpochs, 1, epochs);
        for (int np : splitParams) {
            Require.that(spec, java.util.Arrays.stream(mnistParams).anyMatch(x -> x == np), "--split-params " + np + " is not one of --mnist-params");
        }
        Require.that(spec, splitParams.length == 0 || starts == 1, "--split-params needs --starts 1 (a half is a range of one start's etas)");
        Require.range(spec, "--fine", fine, 0, 100);
        Require.range(spec, "--pilot-epochs", pilotEpochs, 1, epochs);
        int pMax = java.util.stream.IntStream.concat(java.util.Arrays.stream(params), java.util.Arrays.stream(mnistParams)).max().orElseThrow();
        int trainMax = Math.max(sineTrain, mnistTrain == 0 ? 60_000 : mnistTrain);
        // Z_beta (M x N_P, float, off-heap) and Z_in (M x 784) per field, the projections of the training inputs (M per
        // input, float: the largest array at paper scale), per-thread batch buffers
        Require.memory(spec, 4.0 * m * (pMax + 784) * threads + 4.0 * m * trainMax + 4.0 * 8 * batch * m * threads,
                "--m " + m + " with N_P up to " + pMax + ", " + trainMax + " training inputs and " + threads + " threads");
    }

    /** MNIST is used when mnist-data's manifest lists the four files; they are verified against the pinned SHA-256. */
    private boolean mnistAvailable(Provenance prov) {
        if (Artifact.readInputRows(manifest, Schemas.MNIST_FILES, prov).rows() == 0) {
            System.err.println("blackbox-sweep: empty MNIST manifest (offline profile): sine data set only");
            return false;
        }
        MnistFiles.verify(mnistDir);
        return true;
    }
}
