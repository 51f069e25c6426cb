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
//SOURCES lib/Observation.java
//SOURCES lib/Require.java
//SOURCES lib/RunOptions.java
//SOURCES lib/Verdict.java
//SOURCES lib/Progress.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES pspin/ClaimIds.java
//SOURCES pspin/Complexity.java
//SOURCES pspin/ConstantCoupling.java
//SOURCES pspin/Descent.java
//SOURCES pspin/Figures.java
//SOURCES pspin/Goe.java
//SOURCES pspin/Lapack.java
//SOURCES pspin/Landscape.java
//SOURCES pspin/ShiftedGoe.java
//SOURCES pspin/Spherical2.java
//SOURCES lib/Stats.java
//SOURCES pspin/Tensor.java

import java.nio.file.Path;
import java.util.concurrent.Callable;
import lib.CheckOptions;
import lib.Claims;
import lib.RunOptions;
import lib.Provenance;
import lib.Require;
import lib.StageCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import pspin.ClaimIds;
import pspin.Landscape;

/**
 * Stage pspin-complexity: the landscape of the pure spherical p-spin (002, 004, 001). Complexity Theta_{k,p}, Theta_p
 * and the energies E_inf, E_k (ABC 2013); the Hessian at a critical point as a shifted GOE, simulated at N; projected
 * gradient descent on dense p = 3 tensors; the spread of its energy curves against N.
 */
@Command(name = "pspin-complexity", mixinStandardHelpOptions = true,
        description = "Complexity, Hessian spectra and gradient descent of the spherical p-spin glass")
class PspinComplexity implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--ps", split = ",", defaultValue = "3,4,5", description = "p values of the complexity curves") int[] ps;
    @Option(names = "--hessian-n", defaultValue = "500", description = "N of the shifted-GOE simulation") int hessianN;
    @Option(names = "--hessian-draws", defaultValue = "40", description = "GOE draws") int hessianDraws;
    @Option(names = "--shift-n", defaultValue = "50", description = "N of the tensors measuring the Hessian shift") int shiftN;
    @Option(names = "--shift-samples", defaultValue = "1000", description = "tensors measuring the Hessian shift") int shiftSamples;
    @Option(names = "--gd-n", split = ",", defaultValue = "25,50,100,200", description = "N values of gradient descent") int[] gdN;
    @Option(names = "--gd-samples", defaultValue = "6", description = "disorder samples per N") int gdSamples;
    @Option(names = "--gd-starts", defaultValue = "6", description = "random starts per sample") int gdStarts;
    @Option(names = "--gd-eta", defaultValue = "0.15", description = "GD step size") double eta;
    @Option(names = "--gd-steps", defaultValue = "2500", description = "maximum GD steps") int gdSteps;
    @Option(names = "--gd-tol", defaultValue = "1e-5", description = "stop when |grad_S H|/sqrt N < tol") double gdTol;
    @Option(names = "--spread-step", defaultValue = "100", description = "step at which the spread-vs-N fit is made") int spreadStep;
    @Option(names = "--floor-draws", defaultValue = "200", description = "GOE draws per N sampling the finite-N floor window") int floorDraws;
    @Option(names = "--modest-n", defaultValue = "10", description = "the modest N of 004's global-optimum statement") int modestN;
    @Option(names = "--modest-samples", defaultValue = "60", description = "disorder samples at the modest N") int modestSamples;
    @Option(names = "--p2-n", defaultValue = "1000", description = "N of the p = 2 minimum (lambda_min)") int p2N;
    @Option(names = "--p2-draws", defaultValue = "6", description = "draws of J per reading at p = 2") int p2Draws;
    @Option(names = "--critical-n", defaultValue = "8", description = "N at which the p = 2 critical points are counted") int criticalN;
    @Option(names = "--critical-starts", defaultValue = "400", description = "Newton starts counting them") int criticalStarts;
    @Option(names = "--coupling-n", defaultValue = "1000", description = "N of the constant-coupling minimum") int couplingN;
    @Option(names = "--coupling-starts", defaultValue = "100", description = "descent starts of the constant-coupling minimum") int couplingStarts;
    @Spec CommandSpec spec;
    private Path out, figures, claims;
    private long seed;
    private int threads;

    public static void main(String... args) { StageCli.main(new PspinComplexity(), args); }

    private void validate() {
        Require.each(spec, "--ps", ps, 3, 20);
        Require.range(spec, "--hessian-n", hessianN, 3, 5000);
        Require.range(spec, "--hessian-draws", hessianDraws, 2, 100_000);
        Require.range(spec, "--shift-n", shiftN, 3, 400);
        Require.range(spec, "--shift-samples", shiftSamples, 3, 1_000_000);
        Require.each(spec, "--gd-n", gdN, 3, 400);
        Require.range(spec, "--gd-samples", gdSamples, 1, 10_000);
        Require.range(spec, "--gd-starts", gdStarts, 1, 10_000);
        Require.range(spec, "--gd-eta", eta, 1e-6, 10);
        Require.range(spec, "--gd-steps", gdSteps, 1, 10_000_000);
        Require.range(spec, "--gd-tol", gdTol, 0, 1);
        Require.range(spec, "--spread-step", spreadStep, 0, 10_000_000);
        Require.range(spec, "--floor-draws", floorDraws, 2, 100_000);
        Require.range(spec, "--modest-n", modestN, 3, 400);
        Require.range(spec, "--modest-samples", modestSamples, 2, 100_000);
        Require.range(spec, "--p2-n", p2N, 2, 5000);
        Require.range(spec, "--p2-draws", p2Draws, 2, 10_000);
        Require.range(spec, "--critical-n", criticalN, 2, 200);
        Require.range(spec, "--critical-starts", criticalStarts, 1, 1_000_000);
        Require.range(spec, "--coupling-n", couplingN, 3, 1_000_000);
        Require.range(spec, "--coupling-starts", couplingStarts, 1, 10_000);
        int nMax = java.util.Arrays.stream(gdN).max().orElse(0);
        // a dense tensor of N^3 doubles per worker, the GOE of --hessian-n and --p2-n
        Require.memory(spec, 8.0 * threads * (Math.pow(Math.max(nMax, Math.max(modestN, shiftN)), 3) * 2
                + Math.pow(Math.max(hessianN, p2N), 2) * 3), "--gd-n, --hessian-n and --p2-n");
    }

    @Override
    public Integer call() {
        out = opts.out(); figures = check.figures(); claims = check.claims(); seed = opts.seed(); threads = opts.threads();
        validate();
        Provenance prov = new Provenance("pspin-complexity", Path.of("stages/PspinComplexity.java"), spec);
        Claims checks = check.load(ClaimIds.ALL);
        Landscape.Settings s = new Landscape.Settings(ps, hessianN, hessianDraws, shiftN, shiftSamples, gdN, gdSamples,
                gdStarts, eta, gdSteps, gdTol, spreadStep, floorDraws, modestN, modestSamples, p2N, p2Draws, criticalN,
                criticalStarts, couplingN, couplingStarts, seed, threads);
        Landscape run = new Landscape(s, out, prov);
        run.complexity(checks);          // Theta_{k,p}, Theta_p, E_inf, E_k; 002's threshold, ground state, Sigma(0), F(u); E_k order
        run.hessianShift(checks);        // the shift measured on real tensors against 002's code
        run.hessianSpectra(checks);      // shifted GOE at N: semicircle, Catalan moments, index fraction, spectrum at u = -1.7
        run.quadratic(checks);           // 004's p = 2 statements and the constant coupling J = -1
        run.descent(checks);             // projected GD on dense p = 3 tensors: the floor; spread of curves against N (001)
        run.modest(checks);              // modest N: descent reaches the global optimum
        int differ = checks.finish(out.resolve("checks.csv"), prov);
        if (differ != 0) return StageCli.CLAIMS_DIFFER;
        run.figures(figures);
        return StageCli.OK;
    }
}
