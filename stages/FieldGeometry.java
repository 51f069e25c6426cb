///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx3g --add-modules jdk.incubator.vector
//COMPILE_OPTIONS --add-modules jdk.incubator.vector
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
//SOURCES geometry/ClaimIds.java
//SOURCES geometry/AndersonDarling.java
//SOURCES geometry/ClaimChecks.java
//SOURCES geometry/Conditioning.java
//SOURCES geometry/Crossover.java
//SOURCES geometry/Excursions.java
//SOURCES geometry/Figures.java
//SOURCES geometry/GradientLaw.java
//SOURCES geometry/Kernel.java
//SOURCES geometry/NormalTail.java
//SOURCES geometry/Outputs.java
//SOURCES geometry/SignCheck.java
//SOURCES geometry/Study.java

import geometry.ClaimChecks;
import geometry.ClaimIds;
import geometry.Figures;
import geometry.Outputs;
import geometry.Study;
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

/**
 * Stage field-geometry: the claims of 000 no other stage checks. Eqs (6)-(9) by conditioning the joint Gaussian of
 * (φ, ∇φ) at two points (EJML) and the sign of Cov(Φ1, Ξ0); the whole law of Ξ0² on the simulated field; the
 * dimension below which random search beats one GD step (§3.2); Figures 2 and 6 with the Euler characteristics of
 * excursion sets counted on the grid against euler-minimum's E χ.
 */
@Command(name = "field-geometry", mixinStandardHelpOptions = true,
        description = "000 eqs (6)-(9), the law of Xi0^2, the random-search crossover (§3.2), Figures 2 and 6")
class FieldGeometry implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--cond-dims", split = ",", defaultValue = "1,2,3,10,50,200", description = "N of the conditioning draws") int[] condDims;
    @Option(names = "--cond-draws", defaultValue = "20", description = "conditioning draws per N") int condDraws;
    @Option(names = "--sign-n", defaultValue = "5", description = "N of the field estimate of Cov(Phi1, Xi0)") int signN;
    @Option(names = "--sign-m", defaultValue = "2000", description = "spectral samples M of those fields") int signM;
    @Option(names = "--sign-realisations", defaultValue = "40", description = "fields of the estimate") int signRealisations;
    @Option(names = "--sign-points", defaultValue = "500", description = "points per field") int signPoints;
    @Option(names = "--sign-step", defaultValue = "1", description = "|dx| of the estimate") double signStep;
    @Option(names = "--xi-n", defaultValue = "500", description = "N of the Xi0^2 law (000 §4.1: 500)") int xiN;
    @Option(names = "--xi-m", defaultValue = "20000", description = "spectral samples M (000 §4.1: 2e4)") int xiM;
    @Option(names = "--xi-realisations", defaultValue = "50", description = "fields of the Xi0^2 sample") int xiRealisations;
    @Option(names = "--xi-points", defaultValue = "100", description = "points per field") int xiPoints;
    @Option(names = "--xi-small-m", defaultValue = "500", description = "the small M where the finite-M variance is measured") int xiSmallM;
    @Option(names = "--xi-small-realisations", defaultValue = "400", description = "fields at the small M") int xiSmallRealisations;
    @Option(names = "--xi-small-points", defaultValue = "20", description = "points per field at the small M") int xiSmallPoints;
    @Option(names = "--power-reps", defaultValue = "200", description = "Monte Carlo samples of the test per power estimate") int powerReps;
    @Option(names = "--power-max-size", defaultValue = "1000000", description = "largest sample size searched for power 0.9") int powerMaxSize;
    @Option(names = "--box", defaultValue = "1e6", description = "starting points uniform in [-box, box]^N (000 §4.1)") double box;
    @Option(names = "--crossover-max-n", defaultValue = "200", description = "the random-search comparison covers N = 1..this") int crossMaxN;
    @Option(names = "--echi", defaultValue = "data/euler-minimum/echi.csv", description = "euler-minimum's E chi curves (N = 2 used)") Path echi;
    @Option(names = "--ec-levels", split = ",", defaultValue = "-2,-1,0,1,2", description = "levels u of Figure 6 (the nearest u of echi.csv is used)") double[] ecLevels;
    @Option(names = "--ec-fields", defaultValue = "1000", description = "fields of the Euler-characteristic count") int ecFields;
    @Option(names = "--ec-m", defaultValue = "1000", description = "spectral samples M of those fields") int ecM;
    @Option(names = "--ec-grid", defaultValue = "101", description = "grid points per axis on [-1, 1]") int ecGrid;
    @Option(names = "--picture-m", defaultValue = "5000", description = "spectral samples M of the realisations of Figures 2 and 6") int pictureM;
    @Option(names = "--picture-grid", defaultValue = "161", description = "grid points per axis of Figures 2 and 6") int pictureGrid;
    @Option(names = "--picture-candidates", defaultValue = "100", description = "realisations searched for Figure 6's illustration") int pictureCandidates;
    @Spec CommandSpec spec;

    public static void main(String... args) { StageCli.main(new FieldGeometry(), args); }

    @Override
    public Integer call() {
        validate();
        Path out = opts.out();
        Provenance prov = new Provenance("field-geometry", Path.of("stages/FieldGeometry.java"), spec);
        Claims claims = check.load(ClaimIds.ALL);
        long seed = opts.seed();
        int threads = opts.threads();
        var twoPoint = Study.twoPoint(condDims, condDraws, signN, signM, signRealisations, signPoints, signStep, box, seed, threads);
        var gradient = Study.gradientNorm(xiN, xiM, xiRealisations, xiPoints, xiSmallM, xiSmallRealisations, xiSmallPoints,
                box, powerReps, powerMaxSize, seed, threads);
        var search = Study.randomSearch(crossMaxN);
        var excursion = Study.excursion(echi, prov, ecLevels, ecFields, ecM, ecGrid, seed, threads);
        var step = Study.stepPicture(pictureM, pictureGrid, 2.5, seed);
        var picture = Study.excursionPicture(pictureM, pictureGrid, pictureCandidates, seed);
        Outputs.write(out, prov, twoPoint, gradient, search, excursion, step, picture);
        ClaimChecks.observe(claims, twoPoint, gradient, search, excursion);
        if (claims.finish(out.resolve("checks.csv"), prov) != 0) return StageCli.CLAIMS_DIFFER;
        Path figures = check.figures();
        Figures.figure2(figures, step);
        Figures.figure6(figures, picture);
        Figures.eulerCharacteristic(figures, excursion);
        Figures.gradientNorm(figures, gradient);
        Figures.crossover(figures, search, claims.claim("s32-crossover-oracle").expected());
        return StageCli.OK;
    }

    private void validate() {
        Require.each(spec, "--cond-dims", condDims, 1, 1000);
        Require.range(spec, "--cond-draws", condDraws, 1, 100_000);
        Require.range(spec, "--sign-n", signN, 1, 10_000);
        Require.range(spec, "--sign-m", signM, 1, 10_000_000);
        Require.range(spec, "--sign-realisations", signRealisations, 2, 100_000);
        Require.range(spec, "--sign-points", signPoints, 1, 10_000_000);
        Require.range(spec, "--sign-step", signStep, 1e-3, 10);
        Require.range(spec, "--xi-n", xiN, 1, 100_000);
        Require.range(spec, "--xi-m", xiM, 1, 10_000_000);
        Require.range(spec, "--xi-realisations", xiRealisations, 1, 100_000);
        Require.range(spec, "--xi-points", xiPoints, 1, 10_000_000);
        Require.range(spec, "--xi-small-m", xiSmallM, 1, 10_000_000);
        Require.range(spec, "--xi-small-realisations", xiSmallRealisations, 2, 100_000);
        Require.range(spec, "--xi-small-points", xiSmallPoints, 1, 10_000_000);
        Require.range(spec, "--power-reps", powerReps, 10, 1_000_000);
        Require.range(spec, "--power-max-size", powerMaxSize, 1, 100_000_000);
        Require.range(spec, "--box", box, 1, 1e12);
        Require.range(spec, "--crossover-max-n", crossMaxN, 2, 100_000);
        Require.each(spec, "--ec-levels", ecLevels, -10, 10);
        Require.range(spec, "--ec-fields", ecFields, 2, 10_000_000);
        Require.range(spec, "--ec-m", ecM, 1, 10_000_000);
        Require.range(spec, "--ec-grid", ecGrid, 5, 4001);
        Require.range(spec, "--picture-m", pictureM, 1, 10_000_000);
        Require.range(spec, "--picture-grid", pictureGrid, 5, 4001);
        Require.range(spec, "--picture-candidates", pictureCandidates, 1, 100_000);
        int workers = Math.max(1, opts.threads());
        // per worker: Z (M x N) on and off the heap, plus one tile of projections; the larger of the two field sizes
        double field = Math.max((double) xiM * xiN, (double) signM * signN) * 8 * 2 + 256.0 * Math.max(xiM, signM) * 8 * 2;
        Require.memory(spec, workers * field + (double) xiRealisations * xiPoints * 8 * 4, "--xi-m x --xi-n per thread");
    }
}
