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
//SOURCES lib/Blas.java
//SOURCES lib/ChiSquare.java
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
//SOURCES lib/FastTrig.java
//SOURCES lib/FastTrigVector.java
//SOURCES lib/GaussianField.java
//SOURCES lib/Parallel.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES gdmoments/ClaimIds.java
//SOURCES gdmoments/Analysis.java
//SOURCES gdmoments/ClaimChecks.java
//SOURCES gdmoments/ConditionalMc.java
//SOURCES gdmoments/CrossChecks.java
//SOURCES gdmoments/EtaLimits.java
//SOURCES gdmoments/FieldStep.java
//SOURCES gdmoments/FieldStudy.java
//SOURCES gdmoments/Figures.java
//SOURCES gdmoments/Moments.java
//SOURCES gdmoments/Numbers.java
//SOURCES gdmoments/Outputs.java
//SOURCES gdmoments/Pooled.java
//SOURCES gdmoments/Quadrature.java
//SOURCES gdmoments/SampleMoments.java
//SOURCES gdmoments/Wls.java

import gdmoments.Analysis;
import gdmoments.ClaimChecks;
import gdmoments.ClaimIds;
import gdmoments.ConditionalMc;
import gdmoments.CrossChecks;
import gdmoments.EtaLimits;
import gdmoments.FieldStudy;
import gdmoments.Figures;
import gdmoments.Moments;
import gdmoments.Numbers;
import gdmoments.Outputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Stage gd-moments: the moments of the field after one gradient-descent step, 000 eqs (8)-(17) and Figures 3, 4, 8.
 * Every closed form is checked against quadrature of eq (10) and a Monte Carlo of the conditional model, and followed
 * to its limits η → 0 and η → ∞; one GD step on the simulated field (eqs 29-31) gives Figure 8, its variance test
 * again on realisations of a seed fixed before the run, and the finite-M study.
 */
@Command(name = "gd-moments", mixinStandardHelpOptions = true,
        description = "Eqs (8)-(17) of 000 with independent cross-checks; Figures 3, 4 and 8; finite-M bias of the simulated field")
class GdMoments implements Callable<Integer> {
    @Mixin RunOptions opts;
    @Mixin CheckOptions check;
    @Option(names = "--n", defaultValue = "500", description = "dimension N (Figures 3 and 8, the field study)") int n;
    @Option(names = "--m", defaultValue = "20000", description = "spectral samples M of the field for Figure 8") int m;
    @Option(names = "--samples", defaultValue = "10000", description = "starting points per M, split over the realisations") int samples;
    @Option(names = "--realisations", defaultValue = "20", description = "independent field realisations per M") int realisations;
    @Option(names = "--fig8-realisations", defaultValue = "80", description = "field realisations at Figure 8's M (--m), "
            + "the same points per realisation: Figure 8's claims are decided on them") int fig8Realisations;
    @Option(names = "--fig8-confirm-seed", defaultValue = "20261124", description = "seed of fig8-var-confirm's own realisations "
            + "and starting points at Figure 8's M (the seed its registry statement names, fixed before it ran)") long confirmSeed;
    @Option(names = "--etas", defaultValue = "20", description = "learning rates of Figure 8 (log grid)") int etaCount;
    @Option(names = "--eta-min", defaultValue = "0.02", description = "smallest learning rate of Figure 8, in units of η_opt") double etaMin;
    @Option(names = "--eta-max", defaultValue = "20", description = "largest learning rate of Figure 8, in units of η_opt") double etaMax;
    @Option(names = "--m-study", split = ",", defaultValue = "5000,20000,80000", description = "spectral sizes M of the finite-M study") int[] mStudy;
    @Option(names = "--m-study-etas", split = ",", defaultValue = "1,1.6", description = "learning rates of the finite-M study, in units of η_opt (the fit uses 1)") double[] mStudyEtas;
    @Option(names = "--mc-draws", defaultValue = "1000000", description = "Monte Carlo draws of the conditional model") int mcDraws;
    @Option(names = "--box", defaultValue = "1e6", description = "starting points uniform in [-box, box]^N (000 §4.1)") double box;
    @Option(names = "--optimum-max-n", defaultValue = "5000", description = "optimum.csv holds N = 1..this") int optimumMaxN;
    @Option(names = "--pdf-etas", split = ",", defaultValue = "0.1,0.3,1,2,3", description = "learning rates of Figure 3, in units of η_opt") double[] pdfEtas;
    @Option(names = "--pdf-points", defaultValue = "401", description = "points of each density in Figure 3") int pdfPoints;
    @Spec CommandSpec spec;
    private Path out, figures, claims;
    private long seed;
    private int threads;

    public static void main(String... args) { StageCli.main(new GdMoments(), args); }

    @Override
    public Integer call() {
        out = opts.out(); figures = check.figures(); claims = check.claims(); seed = opts.seed(); threads = opts.threads();
        validate();
        Provenance prov = new Provenance("gd-moments", Path.of("stages/GdMoments.java"), spec);
        Claims checks = check.load(ClaimIds.ALL);
        double[] etas = CrossChecks.logGrid(n, etaMin, etaMax, etaCount);
        ConditionalMc.Draws draws1 = ConditionalMc.draw(1, mcDraws, seed, threads);
        List<CrossChecks.Row> cross = new ArrayList<>(CrossChecks.rows(1, CrossChecks.logGrid(1, etaMin, etaMax, etaCount), draws1));
        cross.addAll(CrossChecks.rows(n, etas, ConditionalMc.draw(n, mcDraws, seed, threads)));
        List<Numbers.Row> numbers = Numbers.rows(n, draws1);
        List<EtaLimits.Row> limits = EtaLimits.rows(new int[] {1, n});
        List<double[]> optimum = Numbers.optimum(optimumMaxN);
        List<double[]> pdf = Analysis.pdf(n, pdfEtas, Moments.asymptote(n) - 6, 6, pdfPoints);
        Map<Integer, FieldStudy.Run> runs = FieldStudy.run(new FieldStudy.Settings(n, samples, realisations, m, fig8Realisations, box, seed, threads), etasByM(etas));
        List<Analysis.StepRow> fig8 = Analysis.figure8(n, runs.get(m), etas);
        FieldStudy.Run confirmRun = FieldStudy.confirmation(new FieldStudy.Settings(n, samples, realisations, m, fig8Realisations, box,
                confirmSeed, threads), etas);
        List<Analysis.StepRow> confirm = Analysis.figure8(n, confirmRun, etas);
        List<Analysis.StepRow> mAll = Analysis.mStudy(n, runs, mStudy, mStudyEtas);
        List<Analysis.StepRow> mRows = mAll.stream().filter(r -> r.eta() == Moments.etaOpt(n)).toList();
        List<Analysis.FitRow> fit = Analysis.fit(n, mRows);
        write(prov, cross, numbers, optimum, pdf, fig8, mAll, fit);
        Outputs.limits(out.resolve("limits.csv"), prov, limits);
        Outputs.oneStep(out.resolve("fig8-confirm.csv"), prov, confirm);
        ClaimChecks.closedForms(checks, cross, numbers);
        ClaimChecks.limits(checks, limits);
        ClaimChecks.field(checks, fig8, mRows, fit);
        ClaimChecks.confirmation(checks, confirm, confirmSeed);
        if (checks.finish(out.resolve("checks.csv"), prov) > 0) return StageCli.CLAIMS_DIFFER;
        Figures.figure3(figures, pdf);
        Figures.figure4(figures, optimum, List.of(new Figures.Printed(ClaimChecks.PAPER_N, "16", checks.claim("eq16-exact").expected()),
                new Figures.Printed(1, "17", checks.claim("eq17").expected())));
        Figures.eq12Lines(figures, cross);
        Figures.figure8(figures, fig8, confirm, confirmSeed);
        Figures.mStudy(figures, mRows);
        return StageCli.OK;
    }

    private void validate() {
        Require.range(spec, "--n", n, 1, 1_000_000);
        Require.range(spec, "--m", m, 2, 100_000_000);
        Require.range(spec, "--realisations", realisations, 2, 1_000_000);
        Require.range(spec, "--samples", samples, 2L * realisations, 1_000_000_000);
        Require.range(spec, "--fig8-realisations", fig8Realisations, 2, 1_000_000);
        Require.that(spec, samples % realisations == 0, "--samples = " + samples + " must be a multiple of --realisations = "
                + realisations + " (every realisation gets the same number of starting points)");
        Require.range(spec, "--etas", etaCount, 2, 10_000);
        Require.range(spec, "--eta-min", etaMin, 1e-12, 1e12);
        Require.range(spec, "--eta-max", etaMax, etaMin, 1e12);
        Require.each(spec, "--m-study", mStudy, 2, 100_000_000);
        Require.each(spec, "--m-study-etas", mStudyEtas, 1e-12, 1e12);
        Require.that(spec, java.util.Arrays.stream(mStudyEtas).anyMatch(x -> x == 1), "--m-study-etas must contain 1 (the fit uses η_opt)");
        Require.range(spec, "--mc-draws", mcDraws, 1000, 1_000_000_000);
        Require.range(spec, "--box", box, 1e-300, 1e300);
        Require.range(spec, "--optimum-max-n", optimumMaxN, 1, 10_000_000);
        Require.each(spec, "--pdf-etas", pdfEtas, 1e-12, 1e12);
        Require.range(spec, "--pdf-points", pdfPoints, 2, 1_000_000);
        int mMax = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(m), java.util.Arrays.stream(mStudy)).max().orElseThrow();
        // Z (M x N) and per-thread tiles (three M-vectors and two N-vectors per point) of the field study; the Monte
        // Carlo keeps a few arrays of its draws
        Require.memory(spec, 8.0 * mMax * (n + 3.0 * lib.GaussianField.TILE * threads) + 8.0 * 2 * lib.GaussianField.TILE * threads * n
                + 8.0 * 4 * mcDraws, "--m " + mMax + " at --n " + n + ", --mc-draws " + mcDraws + " and " + threads + " threads");
    }

    /** Figure 8's learning rates at its M, and η_opt (and the study's other η) at every M of the finite-M study: each M runs once. */
    private Map<Integer, double[]> etasByM(double[] etas) {
        Map<Integer, double[]> byM = new LinkedHashMap<>();
        double[] study = java.util.Arrays.stream(mStudyEtas).map(x -> x == 1 ? Moments.etaOpt(n) : x * Moments.etaOpt(n)).toArray();
        byM.put(m, FieldStudy.union(etas, new double[] {Moments.etaOpt(n)}, study));
        for (int ms : mStudy) byM.merge(ms, FieldStudy.union(new double[] {Moments.etaOpt(n)}, study), FieldStudy::union);
        return byM;
    }

    private void write(Provenance prov, List<CrossChecks.Row> cross, List<Numbers.Row> numbers, List<double[]> optimum,
                       List<double[]> pdf, List<Analysis.StepRow> fig8, List<Analysis.StepRow> mRows, List<Analysis.FitRow> fit) {
        Outputs.cross(out.resolve("cross-checks.csv"), prov, cross);
        Outputs.numbers(out.resolve("closed-forms.csv"), prov, numbers);
        Outputs.optimum(out.resolve("optimum.csv"), prov, optimum);
        Outputs.pdf(out.resolve("pdf.csv"), prov, pdf);
        Outputs.oneStep(out.resolve("one-step.csv"), prov, fig8);
        Outputs.mStudy(out.resolve("m-study.csv"), prov, mRows);
        Outputs.mFit(out.resolve("m-fit.csv"), prov, fit);
    }
}
