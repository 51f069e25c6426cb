///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx1g
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//DEPS org.apache.commons:commons-math3:3.6.1
//DEPS org.ejml:ejml-all:0.46.1
//DEPS org.jfree:jfreechart:1.5.6
//DEPS org.jfree:org.jfree.svg:5.0.7
//SOURCES lib/AtomicFiles.java
//SOURCES lib/Artifact.java
//SOURCES lib/BadInput.java
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
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES lib/Verdict.java
//SOURCES deeplinear/ClaimIds.java
//SOURCES deeplinear/Descent.java
//SOURCES deeplinear/Figures.java
//SOURCES deeplinear/Landscape.java
//SOURCES deeplinear/Mat.java
//SOURCES deeplinear/Network.java
//SOURCES deeplinear/Study.java

import deeplinear.ClaimIds;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import deeplinear.Study;
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

/**
 * Stage deep-linear: 004's statements on deep linear networks f(W_1, ..., W_d) = ||W_d ... W_1 X − Y||² (section 4),
 * on small random instances with exact Hessians: convex in each W_i, neither convex nor concave, every local minimum
 * global, degenerate saddles only for depth >= 3.
 */
@Command(name = "deep-linear", mixinStandardHelpOptions = true,
        description = "Landscape of deep linear networks: convexity, local minima, saddles")
class DeepLinear implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--depths", split = ",", defaultValue = "2,3,4", description = "numbers of layers d") int[] depths;
    @Option(names = "--instances", defaultValue = "8", description = "random data sets (X, Y) per depth") int instances;
    @Option(names = "--samples", defaultValue = "12", description = "data points per instance (at least the input width 4)") int samples;
    @Option(names = "--points", defaultValue = "50", description = "random parameter points per instance for the convexity checks") int points;
    @Option(names = "--starts", defaultValue = "8", description = "gradient-descent starts per instance") int starts;
    @Option(names = "--max-steps", defaultValue = "200000", description = "gradient-descent step budget") int maxSteps;
    @Spec CommandSpec spec;

    public static void main(String... args) { StageCli.main(new DeepLinear(), args); }

    private void validate() {
        Require.each(spec, "--depths", depths, 2, 6);
        Require.range(spec, "--instances", instances, 1, 10_000);
        Require.range(spec, "--samples", samples, 4, 100_000);
        Require.range(spec, "--points", points, 1, 1_000_000);
        Require.range(spec, "--starts", starts, 1, 100_000);
        Require.range(spec, "--max-steps", maxSteps, 1, 100_000_000);
    }

    @Override
    public Integer call() {
        Path out = opts.out();
        int threads = opts.threads();
        validate();
        Provenance prov = new Provenance("deep-linear", Path.of("stages/DeepLinear.java"), spec);
        Claims checks = check.load(ClaimIds.ALL);
        Study run = new Study(new Study.Settings(depths, instances, samples, points, starts, maxSteps, opts.seed(), threads), out, prov);
        run.convexity(checks);           // convex in each W_i; neither convex nor concave
        run.localMinima(checks);         // descent from random starts ends at the global minimum (Eckart-Young)
        run.saddles(checks);             // depth 2: every saddle strict; depth 3: W = 0 a degenerate saddle
        int differ = checks.finish(out.resolve("checks.csv"), prov);
        if (differ != 0) return StageCli.CLAIMS_DIFFER;
        run.figures(check.figures());
        return StageCli.OK;
    }
}
