///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx3g
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
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES pspin/ClaimIds.java
//SOURCES pspin/Complexity.java
//SOURCES pspin/ConstantCoupling.java
//SOURCES pspin/CriticalPoints.java
//SOURCES pspin/Descent.java
//SOURCES pspin/Euler2.java
//SOURCES pspin/FieldMoments.java
//SOURCES pspin/Figures.java
//SOURCES pspin/Goe.java
//SOURCES pspin/Lapack.java
//SOURCES pspin/Landscape.java
//SOURCES pspin/LocalLaws.java
//SOURCES pspin/Morse2.java
//SOURCES pspin/Pool.java
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
import pspin.LocalLaws;
import pspin.Morse2;

/**
 * Stage pspin-complexity: the landscape of the pure spherical p-spin (002, 004). Complexity Theta_{k,p}, Theta_p and
 * the energies E_inf, E_k (ABC 2013); the Hessian at a critical point as a shifted GOE, simulated at N, and its shift
 * measured on dense p = 3 tensors; the p = 2 case and constant couplings. Gradient descent: stage pspin-descent.
 */
@Command(name = "pspin-complexity", mixinStandardHelpOptions = true,
        description = "Complexity and Hessian spectra of the spherical p-spin glass")
class PspinComplexity implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--ps", split = ",", defaultValue = "3,4,5", description = "p values of the complexity curves") int[] ps;
    @Option(names = "--hessian-n", defaultValue = "500", description = "N of the shifted-GOE simulation") int hessianN;
    @Option(names = "--hessian-draws", defaultValue = "40", description = "GOE draws") int hessianDraws;
    @Option(names = "--shift-n", defaultValue = "50", description = "N of the tensors measuring the Hessian shift") int shiftN;
    @Option(names = "--shift-samples", defaultValue = "1000", description = "tensors measuring the Hessian shift") int shiftSamples;
    @Option(names = "--p2-n", defaultValue = "1000", description = "N of the p = 2 minimum (lambda_min)") int p2N;
    @Option(names = "--p2-draws", defaultValue = "6", description = "draws of J per reading at p = 2") int p2Draws;
    @Option(names = "--critical-n", defaultValue = "8", description = "N at which the p = 2 critical points are counted") int criticalN;
    @Option(names = "--critical-starts", defaultValue = "400", description = "Newton starts counting them") int criticalStarts;
    @Option(names = "--coupling-n", defaultValue = "1000", description = "N of the constant-coupling minimum") int couplingN;
    @Option(names = "--coupling-starts", defaultValue = "100", description = "descent starts of the constant-coupling minimum") int couplingStarts;
    @Option(names = "--moments-n", defaultValue = "20", description = "N of the tensors measuring the joint law of f and its gradient") int momentsN;
    @Option(names = "--moments-samples", defaultValue = "4000", description = "tensors measuring it") int momentsSamples;
    @Option(names = "--newton-n", defaultValue = "30", description = "N of the tensors whose critical points Newton's method finds") int newtonN;
    @Option(names = "--newton-samples", defaultValue = "300", description = "tensors searched by Newton's method") int newtonSamples;
    @Option(names = "--euler-draws", defaultValue = "10", description = "matrices per N of the p = 2 Euler characteristics and Morse pairs") int eulerDraws;
    @Option(names = "--euler-level", defaultValue = "6", description = "subdivisions of the icosphere counting Euler characteristics at N = 3") int eulerLevel;
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
        Require.range(spec, "--p2-n", p2N, 2, 5000);
        Require.range(spec, "--p2-draws", p2Draws, 2, 10_000);
        Require.range(spec, "--critical-n", criticalN, 2, 200);
        Require.range(spec, "--critical-starts", criticalStarts, 1, 1_000_000);
        Require.range(spec, "--coupling-n", couplingN, 3, 1_000_000);
        Require.range(spec, "--coupling-starts", couplingStarts, 1, 10_000);
        Require.range(spec, "--moments-n", momentsN, 3, 200);
        Require.range(spec, "--moments-samples", momentsSamples, 3, 10_000_000);
        Require.range(spec, "--newton-n", newtonN, 3, 200);
        Require.range(spec, "--newton-samples", newtonSamples, 3, 1_000_000);
        Require.range(spec, "--euler-draws", eulerDraws, 1, 10_000);
        Require.range(spec, "--euler-level", eulerLevel, 2, 8);
        // a dense tensor of N^3 doubles per worker, the GOE of --hessian-n and --p2-n
        Require.memory(spec, 8.0 * threads * (Math.pow(Math.max(shiftN, Math.max(momentsN, newtonN)), 3) * 2
                + Math.pow(Math.max(hessianN, p2N), 2) * 3), "--shift-n, --moments-n, --newton-n, --hessian-n and --p2-n");
    }

    @Override
    public Integer call() {
        out = opts.out(); figures = check.figures(); claims = check.claims(); seed = opts.seed(); threads = opts.threads();
        validate();
        Provenance prov = new Provenance("pspin-complexity", Path.of("stages/PspinComplexity.java"), spec);
        Claims checks = check.load(ClaimIds.ALL);
        Landscape.Settings s = new Landscape.Settings(ps, hessianN, hessianDraws, shiftN, shiftSamples, p2N, p2Draws,
                criticalN, criticalStarts, couplingN, couplingStarts, seed, threads);
        Landscape run = new Landscape(s, out, prov);
        run.complexity(checks);          // Theta_{k,p}, Theta_p, E_inf, E_k; 002's threshold, ground state, Sigma(0), F(u); E_k
                                         // order; 004's exponentially many critical points for every p >= 3
        LocalLaws local = new LocalLaws(new LocalLaws.Settings(momentsN, momentsSamples, newtonN, newtonSamples, seed, threads),
                out, prov);
        local.fieldMoments(checks);      // 002's joint law of f and its gradient at a point, on dense p = 3 tensors
        run.hessianShift(checks);        // the shift and lambda_min(u) measured on real tensors against 002's code and E_th
        run.hessianSpectra(checks);      // shifted GOE at N: semicircle, Catalan moments, index fraction, spectrum at u = -1.7,
                                         // lambda_min at u = 0
        local.criticalPoints(checks);    // critical points of real tensors by Newton: the spectrum at u = 0 and u = -1
        run.quadratic(checks);           // 004's p = 2 statements and the constant coupling J = -1
        new Morse2(new Morse2.Settings(eulerDraws, eulerLevel, criticalStarts, criticalN, seed), out, prov)
                .run(checks);            // p = 2: Euler characteristics of excursion sets (002, 004), critical points in pairs
        int differ = checks.finish(out.resolve("checks.csv"), prov);
        if (differ != 0) return StageCli.CLAIMS_DIFFER;
        run.figures(figures, checks);
        local.figures(figures, checks);
        return StageCli.OK;
    }
}
