///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx3g
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//DEPS org.apache.commons:commons-math3:3.6.1
//DEPS org.jfree:jfreechart:1.5.6
//DEPS org.jfree:org.jfree.svg:5.0.7
//DEPS me.tongfei:progressbar:0.10.2
//DEPS org.bytedeco:openblas:0.3.28-1.5.11
//DEPS org.bytedeco:openblas:0.3.28-1.5.11:linux-x86_64
//DEPS org.bytedeco:javacpp:1.5.11:linux-x86_64
//SOURCES lib/AtomicFiles.java
//SOURCES lib/Artifact.java
//SOURCES lib/BadInput.java
//SOURCES lib/Charts.java
//SOURCES lib/Claim.java
//SOURCES lib/CheckOptions.java
//SOURCES lib/ClaimLines.java
//SOURCES lib/Claims.java
//SOURCES lib/OpenParameter.java
//SOURCES lib/Observation.java
//SOURCES lib/Require.java
//SOURCES lib/RunOptions.java
//SOURCES lib/Verdict.java
//SOURCES lib/Progress.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Stats.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES pspin/DescentClaimIds.java
//SOURCES pspin/Complexity.java
//SOURCES pspin/Descent.java
//SOURCES pspin/DescentStudy.java
//SOURCES pspin/Figures.java
//SOURCES pspin/Goe.java
//SOURCES pspin/GroundStates.java
//SOURCES pspin/Lapack.java
//SOURCES pspin/Pool.java
//SOURCES pspin/ShiftedGoe.java
//SOURCES pspin/Tensor.java

import java.nio.file.Path;
import java.util.concurrent.Callable;
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
import pspin.DescentClaimIds;
import pspin.DescentStudy;
import pspin.GroundStates;

/**
 * Stage pspin-descent: projected gradient descent on dense p = 3 spherical spin-glass tensors (004, 001). Where descent
 * ends against the floor -E_inf and the ground state -E_0 as N grows, confirmed on a second seed; the finite-N ground
 * state at small N by many descents (does a run reach it, and how does it scale with N); the spread of the energy
 * curves against N. The landscape it is compared with (complexity, E_k, the Hessian law): stage pspin-complexity.
 */
@Command(name = "pspin-descent", mixinStandardHelpOptions = true,
        description = "Gradient descent on dense p = 3 spherical spin-glass tensors")
class PspinDescent implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--gd-n", split = ",", defaultValue = "25,50,100,200", description = "N values of gradient descent") int[] gdN;
    @Option(names = "--gd-samples", defaultValue = "6", description = "disorder samples per N") int gdSamples;
    @Option(names = "--gd-starts", defaultValue = "6", description = "random starts per sample") int gdStarts;
    @Option(names = "--gd-eta", defaultValue = "0.15", description = "GD step size") double eta;
    @Option(names = "--gd-steps", defaultValue = "2500", description = "maximum GD steps") int gdSteps;
    @Option(names = "--gd-tol", defaultValue = "1e-5", description = "stop when |grad_S H|/sqrt N < tol") double gdTol;
    @Option(names = "--spread-step", defaultValue = "100", description = "step at which the spread-vs-N fit is made") int spreadStep;
    @Option(names = "--floor-draws", defaultValue = "200", description = "GOE draws per N sampling the finite-N floor window") int floorDraws;
    @Option(names = "--ground-n", split = ",", defaultValue = "10,20,40", description = "N values of the ground-state search;"
            + " the first is the modest N of 004's global-optimum statement") int[] groundN;
    @Option(names = "--ground-samples", split = ",", defaultValue = "60,30,24", description = "disorder samples at each ground N")
    int[] groundSamples;
    @Option(names = "--ground-starts", defaultValue = "50", description = "GD starts in each of the two batches per sample")
    int groundStarts;
    @Option(names = "--ground-steps", defaultValue = "2500", description = "maximum GD steps of the ground-state search")
    int groundSteps;
    @Option(names = "--confirm-seed", defaultValue = "20261207", description = "seed of the confirmation run of the floor "
            + "claim at the largest N (fixed before it first ran; never used before)") long confirmSeed;
    @Spec CommandSpec spec;

    public static void main(String... args) { StageCli.main(new PspinDescent(), args); }

    private void validate(int threads) {
        Require.each(spec, "--gd-n", gdN, 3, 400);
        Require.range(spec, "--gd-samples", gdSamples, 1, 10_000);
        Require.range(spec, "--gd-starts", gdStarts, 1, 10_000);
        Require.range(spec, "--gd-eta", eta, 1e-6, 10);
        Require.range(spec, "--gd-steps", gdSteps, 1, 10_000_000);
        Require.range(spec, "--gd-tol", gdTol, 0, 1);
        Require.range(spec, "--spread-step", spreadStep, 0, 10_000_000);
        Require.range(spec, "--floor-draws", floorDraws, 2, 100_000);
        Require.each(spec, "--ground-n", groundN, 3, 100);
        for (int i = 1; i < groundN.length; i++) {
            Require.that(spec, groundN[i] > groundN[i - 1], "--ground-n must increase (the first is the modest N), got "
                    + java.util.Arrays.toString(groundN));
        }
        Require.each(spec, "--ground-samples", groundSamples, 2, 100_000);
        Require.that(spec, groundSamples.length == groundN.length, "--ground-samples needs one count per --ground-n value, got "
                + groundSamples.length + " for " + groundN.length);
        Require.range(spec, "--ground-starts", groundStarts, 1, 10_000);
        Require.range(spec, "--ground-steps", groundSteps, 1, 10_000_000);
        int nMax = Math.max(java.util.Arrays.stream(gdN).max().orElse(0), groundN[groundN.length - 1]);
        // a dense tensor of N^3 doubles (and its symmetrised copy) per worker, a GOE of the largest N per floor draw
        Require.memory(spec, 8.0 * threads * (Math.pow(nMax, 3) * 2 + Math.pow(nMax, 2) * 3), "--gd-n and --ground-n");
    }

    @Override
    public Integer call() {
        Path out = opts.out();
        int threads = opts.threads();
        validate(threads);
        Provenance prov = new Provenance("pspin-descent", Path.of("stages/PspinDescent.java"), spec);
        Claims checks = check.load(DescentClaimIds.ALL);
        DescentStudy run = new DescentStudy(new DescentStudy.Settings(gdN, gdSamples, gdStarts, eta, gdSteps, gdTol,
                spreadStep, floorDraws, opts.seed(), confirmSeed, threads), out, prov);
        run.descent(checks);             // projected GD on dense p = 3 tensors: the floor and its confirmation; spread vs N (001)
        GroundStates ground = new GroundStates(new GroundStates.Settings(groundN, groundSamples, groundStarts, eta, groundSteps,
                gdTol, opts.seed(), threads), out, prov);
        ground.run(checks);              // ground states at small N: does a run reach them at a modest N; their scale in N
        int differ = checks.finish(out.resolve("checks.csv"), prov);
        if (differ != 0) return StageCli.CLAIMS_DIFFER;
        run.figures(check.figures(), checks);
        ground.figures(check.figures(), checks);
        return StageCli.OK;
    }
}
