///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx3g --add-modules jdk.incubator.vector
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
//SOURCES lib/Progress.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES samplefield/ClaimIds.java
//SOURCES samplefield/Checks.java
//SOURCES samplefield/Figures.java
//SOURCES samplefield/Model.java
//SOURCES samplefield/Outputs.java
//SOURCES samplefield/Pairs.java
//SOURCES samplefield/Replicates.java
//SOURCES samplefield/SampleFieldRun.java
//SOURCES samplefield/Slice.java
//SOURCES samplefield/Study.java

import java.nio.file.Path;
import java.util.Arrays;
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
import samplefield.ClaimIds;
import samplefield.SampleFieldRun;

/**
 * Stage sample-field: the spectral simulation of 000 eqs (29)-(31) (lib/GaussianField) proves its own statistics.
 * For each N of --dims, R independent realisations with M spectral samples, each evaluated at the ends of pairs of
 * far-apart points: mean, variance, E|grad phi|^2 / N and the covariances of (phi, grad phi) at distances r against
 * k(r) = exp(-r^2/2) and its derivatives, with standard errors over realisations. Figure 1: a 2-D slice of a
 * realisation at the largest N.
 */
@Command(name = "sample-field", mixinStandardHelpOptions = true,
        description = "Simulate the Gaussian random field of 000 eqs (29)-(31) and check its moments and covariances")
class SampleField implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--dims", split = ",", defaultValue = "2,500", description = "dimensions N") int[] dims;
    @Option(names = "--m", defaultValue = "20000", description = "spectral samples M per realisation") int m;
    @Option(names = "--points", defaultValue = "20000", description = "points per N, over all realisations (pairs: half)") int points;
    @Option(names = "--realisations", defaultValue = "20", description = "independent field realisations per N") int realisations;
    @Option(names = "--distances", split = ",", defaultValue = "0.25,0.5,1,1.5,2", description = "pair distances r") double[] distances;
    @Option(names = "--half-width", defaultValue = "1e6", description = "points uniform in [-L, L]^N (000 section 4.1)") double halfWidth;
    @Option(names = "--slice-grid", defaultValue = "101", description = "Figure 1 lattice points per axis") int sliceGrid;
    @Option(names = "--slice-half-width", defaultValue = "5", description = "Figure 1 covers [-h, h]^2") double sliceHalfWidth;
    @Spec CommandSpec spec;
    private Path out, figures, claims;
    private long seed;
    private int threads;

    public static void main(String... args) { StageCli.main(new SampleField(), args); }

    @Override
    public Integer call() {
        out = opts.out(); figures = check.figures(); claims = check.claims(); seed = opts.seed(); threads = opts.threads();
        validate();
        Provenance prov = new Provenance("sample-field", Path.of("stages/SampleField.java"), spec);
        Claims checks = check.load(ClaimIds.ALL);
        SampleFieldRun run = new SampleFieldRun(m, points, realisations, distances, halfWidth, seed, threads);
        run.study(dims, sliceGrid, sliceHalfWidth);   // per N: R realisations, moments and covariance cells
        run.write(out, prov);                          // moments.csv, covariance.csv, slice.csv
        run.check(checks);                             // mean, variance, E|grad|^2/N, covariances, the CN convention
        int differ = checks.finish(out.resolve("checks.csv"), prov);
        if (differ != 0) return StageCli.CLAIMS_DIFFER;
        run.figures(figures, checks);                  // figure1 (slice at the largest N), covariance
        return StageCli.OK;
    }

    private void validate() {
        Require.each(spec, "--dims", dims, 2, 1_000_000);
        Require.range(spec, "--m", m, 2, 100_000_000);
        Require.range(spec, "--realisations", realisations, 2, 1_000_000);
        Require.range(spec, "--points", points, 2L * realisations * distances.length, 1_000_000_000);
        Require.each(spec, "--distances", distances, 1e-6, 100);
        Require.range(spec, "--half-width", halfWidth, 1e-300, 1e300);
        Require.range(spec, "--slice-grid", sliceGrid, 2, 4001);
        Require.range(spec, "--slice-half-width", sliceHalfWidth, 1e-6, 1e6);
        int nMax = Arrays.stream(dims).max().orElseThrow();
        // Z (M x N), per-thread tiles of GaussianField.TILE points (three M-vectors each), the slice's four grid x M arrays
        Require.memory(spec, 8.0 * m * (nMax + 3.0 * lib.GaussianField.TILE * threads + 4.0 * sliceGrid),
                "--m " + m + " with N up to " + nMax + " and " + threads + " threads");
    }
}
