///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS --add-modules jdk.incubator.vector
//COMPILE_OPTIONS --add-modules jdk.incubator.vector
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
//SOURCES lib/Blas.java
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
//SOURCES lib/FastTrig.java
//SOURCES lib/FastTrigVector.java
//SOURCES lib/GaussianField.java
//SOURCES lib/Parallel.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES eulerminimum/ClaimIds.java
//SOURCES eulerminimum/BigMath.java
//SOURCES eulerminimum/ClaimChecks.java
//SOURCES eulerminimum/Departure.java
//SOURCES eulerminimum/EulerCharacteristic.java
//SOURCES eulerminimum/FieldCheck.java
//SOURCES eulerminimum/Figures.java
//SOURCES eulerminimum/GdOptimum.java
//SOURCES eulerminimum/Level.java
//SOURCES eulerminimum/Outputs.java
//SOURCES eulerminimum/Shape.java
//SOURCES eulerminimum/Study.java
//SOURCES eulerminimum/EulerMinimumSteps.java

import eulerminimum.ClaimIds;
import eulerminimum.EulerMinimumSteps;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import lib.CheckOptions;
import lib.Claims;
import lib.Require;
import lib.RunOptions;
import lib.Provenance;
import lib.StageCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Stage euler-minimum: the expected Euler characteristic of excursion sets in the unit N-ball (000 §3.4,
 * eqs 25-28), evaluated in arbitrary precision; the level u*(N) where it is 1/2 (the paper's expected
 * minimum) against -√N and one GD step (eq 14, from gd-moments); Figure 7; a check on simulated fields.
 */
@Command(name = "euler-minimum", mixinStandardHelpOptions = true,
        description = "Expected Euler characteristic and expected minimum in the unit ball (000 §3.4, Figure 7)")
class EulerMinimum implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--gd-optimum", defaultValue = "data/gd-moments/optimum.csv", description = "gd-moments optimum.csv (eq 14)") Path gdOptimum;
    @Option(names = "--level-dims", split = ",", defaultValue = "1,2,3,4,5,10,20,50,100,200,500", description = "N of the levels u*(N)") int[] levelDims;
    @Option(names = "--curve-dims", split = ",", defaultValue = "1,2,5,10,50,100,200,500", description = "N of the E χ curves (Figure 7 left)") int[] curveDims;
    @Option(names = "--curve-points", defaultValue = "241", description = "levels u per curve") int curvePoints;
    @Option(names = "--mc-fields", defaultValue = "400", description = "simulated fields per N for N = 1, 2 (0: no field check)") int mcFields;
    @Option(names = "--mc-m", defaultValue = "1000", description = "spectral samples M of each simulated field") int mcM;
    @Option(names = "--mc-grid", defaultValue = "101", description = "grid points per axis on [-1, 1]") int mcGrid;
    @Spec CommandSpec spec;
    private Path out, figures, claims;
    private long seed;
    private int threads;

    public static void main(String... args) { StageCli.main(new EulerMinimum(), args); }

    @Override
    public Integer call() {
        out = opts.out(); figures = check.figures(); claims = check.claims(); seed = opts.seed(); threads = opts.threads();
        validate();
        Provenance prov = new Provenance("euler-minimum", Path.of("stages/EulerMinimum.java"), spec);
        Claims registry = check.load(ClaimIds.ALL);
        Map<Integer, Double> gd = EulerMinimumSteps.readGd(gdOptimum, prov);
        var curves = EulerMinimumSteps.curves(curveDims, curvePoints, threads);
        var levels = EulerMinimumSteps.levels(levelDims, threads);
        var shape = EulerMinimumSteps.shape(curveDims, levels, threads);
        var fields = EulerMinimumSteps.fieldCheck(mcFields, mcM, mcGrid, seed, threads);
        EulerMinimumSteps.write(out, prov, curves, levels, gd, fields, shape);
        EulerMinimumSteps.observe(registry, levels, gd, fields, shape);
        int differ = registry.finish(out.resolve("checks.csv"), prov);
        if (differ != 0) return StageCli.CLAIMS_DIFFER;
        EulerMinimumSteps.figure7(figures, curves, levels, gd, fields, registry);
        return StageCli.OK;
    }

    private void validate() {
        Require.each(spec, "--level-dims", levelDims, 1, 100_000);
        Require.each(spec, "--curve-dims", curveDims, 1, 100_000);
        Require.range(spec, "--curve-points", curvePoints, 2, 1_000_000);
        Require.range(spec, "--mc-fields", mcFields, 0, 100_000_000);
        Require.range(spec, "--mc-m", mcM, 2, 10_000_000);
        Require.range(spec, "--mc-grid", mcGrid, 3, 4001);
        // per thread: cos and sin of the grid points' projections (grid x M each) and the grid of values
        Require.memory(spec, 8.0 * threads * (2.0 * mcGrid * mcM + (double) mcGrid * mcGrid), "--mc-m " + mcM + " with --mc-grid "
                + mcGrid + " and " + threads + " threads");
    }
}
