///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx4g --add-modules jdk.incubator.vector
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
//SOURCES lib/ConditionalStep.java
//SOURCES lib/Blas.java
//SOURCES lib/ChiSquare.java
//SOURCES lib/FastTrig.java
//SOURCES lib/FastTrigVector.java
//SOURCES lib/KsPower.java
//SOURCES lib/GaussianField.java
//SOURCES lib/Parallel.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES asymptoticnormality/ClaimIds.java
//SOURCES asymptoticnormality/Cell.java
//SOURCES asymptoticnormality/ClaimChecks.java
//SOURCES asymptoticnormality/ConditionalModel.java
//SOURCES asymptoticnormality/ExactMoments.java
//SOURCES asymptoticnormality/FieldStudy.java
//SOURCES asymptoticnormality/Figures.java
//SOURCES asymptoticnormality/Limits.java
//SOURCES asymptoticnormality/Mgf.java
//SOURCES asymptoticnormality/Outputs.java
//SOURCES asymptoticnormality/SampleSummary.java
//SOURCES asymptoticnormality/Study.java

import asymptoticnormality.Cell;
import asymptoticnormality.ClaimChecks;
import asymptoticnormality.ClaimIds;
import asymptoticnormality.FieldStudy;
import asymptoticnormality.Figures;
import asymptoticnormality.Outputs;
import asymptoticnormality.Study;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
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
 * Stage asymptotic-normality: Theorem 1 of 000 (eqs 18-24) and Figure 5, checked three ways: (a) the exact
 * finite-N moments of eqs (11)-(12) followed to N = 1e8, (b) a Monte Carlo of the exact conditional model of
 * eqs (8)-(10), (c) one gradient-descent step on the simulated field of eqs (29)-(31); and the proof's steps: the MGF
 * of eq (22) against (b), and the saddle point of eq (23) against eq (22) by quadrature.
 */
@Command(name = "asymptotic-normality", mixinStandardHelpOptions = true,
        description = "Theorem 1 (asymptotic normality of the field after one GD step) and Figure 5 of 000")
class AsymptoticNormality implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--xs", split = ",", defaultValue = "0.1,0.5,1,1.5,2,3", description = "rescaled learning rates X = η√N") double[] xs;
    @Option(names = "--exact-dims", split = ",", defaultValue = "1e2,1e3,1e4,1e5,1e6,1e7,1e8", description = "N of the exact moments (a)") double[] exactDims;
    @Option(names = "--mc-dims", split = ",", defaultValue = "50,500,5000", description = "N of the Monte Carlo (b)") int[] mcDims;
    @Option(names = "--mc-draws", defaultValue = "1000000", description = "Monte Carlo draws per (N, X)") int mcDraws;
    @Option(names = "--field-dims", split = ",", defaultValue = "50,500", description = "N of the field simulation (c); empty: none") int[] fieldDims;
    @Option(names = "--field-m", split = ",", defaultValue = "5000,20000", description = "spectral samples M for each field N") int[] fieldM;
    @Option(names = "--field-realisations", defaultValue = "10", description = "independent fields per N (standard errors from their spread)") int fieldRealisations;
    @Option(names = "--field-points", defaultValue = "1000", description = "starting points per field realisation") int fieldPoints;
    @Option(names = "--fig5-points", defaultValue = "100000", description = "points of Figure 5 (N = 500, η = 0.1 η_opt), split over the realisations") int fig5Points;
    @Option(names = "--fig5-dims", defaultValue = "500", description = "N of Figure 5") int fig5Dims;
    @Option(names = "--fig5-m", defaultValue = "20000", description = "spectral samples M of Figure 5's fields") int fig5M;
    @Spec CommandSpec spec;
    private Path out, figures, claims;
    private long seed;
    private int threads;

    public static void main(String... args) { StageCli.main(new AsymptoticNormality(), args); }

    @Override
    public Integer call() {
        out = opts.out(); figures = check.figures(); claims = check.claims(); seed = opts.seed(); threads = opts.threads();
        validate();
        Provenance prov = new Provenance("asymptotic-normality", Path.of("stages/AsymptoticNormality.java"), spec);
        Claims checks = check.load(ClaimIds.ALL);
        ForkJoinPool pool = new ForkJoinPool(threads);
        List<Study.ExactRow> exact = Study.exact(xs, exactDims);
        List<Cell> mc = Study.monteCarlo(xs, mcDims, mcDraws, seed, pool);
        List<Cell> field = FieldStudy.cells(new FieldStudy.Settings(fieldRealisations, fieldPoints, seed, threads), fieldDims, fieldM, xs);
        Cell fig5 = FieldStudy.figure5(new FieldStudy.Settings(fieldRealisations, fig5Points / fieldRealisations, seed, threads), fig5Dims, fig5M);
        List<double[]> curves = Study.varianceCurves(mcDims, 4.0, 200);
        List<double[]> ecdf = Study.ecdf(fig5, 1000);
        List<Study.SaddleRow> saddle = Study.saddle(xs, exactDims);
        List<Study.MgfRow> mgf = Study.mgf(mc);
        write(prov, exact, mc, field, curves, ecdf);
        Outputs.saddle(out.resolve("saddle.csv"), prov, saddle);
        Outputs.mgf(out.resolve("mgf.csv"), prov, mgf);
        ClaimChecks.observe(checks, exact, mc, field, fig5, fieldRealisations, saddle, mgf);
        int differ = checks.finish(out.resolve("checks.csv"), prov);
        if (differ > 0) return StageCli.CLAIMS_DIFFER;
        Figures.figure5(figures, ecdf, fig5.method(), fig5.dims(), fig5.eta(), fig5.sample().n());
        List<Study.ExactRow> decided = ClaimChecks.atLargestN(exact);
        Figures.variance(figures, curves, mcDims, concat(mc, field), decided, decided.stream()
                .map(r -> new double[] {r.x(), checks.claim(ClaimChecks.sigma2ExactId(r.x())).expected()}).toList());
        return StageCli.OK;
    }

    private void validate() {
        Require.each(spec, "--xs", xs, 1e-6, 100);
        Require.each(spec, "--exact-dims", exactDims, 1, 1e15);
        Require.each(spec, "--mc-dims", mcDims, 1, 1_000_000_000);
        Require.range(spec, "--mc-draws", mcDraws, 1000, 1_000_000_000);
        Require.that(spec, fieldDims.length == fieldM.length, "--field-dims " + java.util.Arrays.toString(fieldDims)
                + " and --field-m " + java.util.Arrays.toString(fieldM) + " need the same number of values (one M per N)");
        if (fieldDims.length > 0) {
            Require.each(spec, "--field-dims", fieldDims, 1, 1_000_000);
            Require.each(spec, "--field-m", fieldM, 2, 100_000_000);
        }
        Require.range(spec, "--field-realisations", fieldRealisations, 2, 1_000_000);
        Require.range(spec, "--field-points", fieldPoints, 2, 1_000_000_000);
        Require.range(spec, "--fig5-points", fig5Points, 2L * fieldRealisations, 1_000_000_000);
        Require.range(spec, "--fig5-dims", fig5Dims, 1, 1_000_000);
        Require.range(spec, "--fig5-m", fig5M, 2, 100_000_000);
        double worst = 8.0 * fig5M * (fig5Dims + 4.0 * 128 * threads) + 8.0 * fig5Points;
        for (int i = 0; i < fieldDims.length; i++) {
            worst = Math.max(worst, 8.0 * fieldM[i] * (fieldDims[i] + 4.0 * 128 * threads) + 8.0 * fieldRealisations * fieldPoints * xs.length);
        }
        // Z (M x N), four per-thread tile arrays of 128 x M (FieldStudy.TILE), the Φ1 values kept
        Require.memory(spec, worst + 8.0 * 3 * mcDraws * threads, "the field sizes (--field-m, --fig5-m) and --mc-draws at " + threads + " threads");
    }

    private void write(Provenance prov, List<Study.ExactRow> exact, List<Cell> mc, List<Cell> field,
                       List<double[]> curves, List<double[]> ecdf) {
        Outputs.exact(out.resolve("exact.csv"), prov, exact);
        Outputs.cells(out.resolve("cells.csv"), prov, concat(mc, field));
        Outputs.curves(out.resolve("variance-curves.csv"), prov, curves);
        Outputs.ecdf(out.resolve("figure5.csv"), prov, ecdf);
    }

    private static List<Cell> concat(List<Cell> a, List<Cell> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
