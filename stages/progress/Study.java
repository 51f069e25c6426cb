package progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the stage computes on the isotropic field: the exact runs of the three gradient span algorithms at
 * every N, their spread fits per step and their N → ∞ limits; the n = 1 link to 000; the sampler's validation
 * against the spectral field; the non-span contrast (Adam) and the span-membership check on the spectral field.
 */
public final class Study {
    /** All sizes of one run of the stage (see the stage's options). */
    public record Settings(long[] dims, int steps, int runs, int groups, double x, double momentum, long[] linkDims,
                           int linkRuns, int[] valDims, int valM, int valRealisations, int valStarts, int valExactRuns,
                           int valSteps, int[] contrastDims, int contrastM, int contrastRealisations, int contrastStarts,
                           int contrastGroups, int contrastSteps, double adamX, int spanDims, int spanM, int spanStarts, double box, long seed,
                           int threads) {}

    final Settings s;
    final List<Algorithm> algorithms = new ArrayList<>();
    final Map<String, ExactRuns.Paths[]> exact = new LinkedHashMap<>();
    final Map<String, double[][]> limits = new LinkedHashMap<>();
    final Map<String, SpreadFit.Fit[]> fits = new LinkedHashMap<>();
    double[] memoryless;
    List<OneStep.Row> link;
    final List<Validation.Row> validation = new ArrayList<>();
    Contrast.Runs contrastGd, contrastAdam;
    SpreadFit.Fit[] fitsGdSpectral, fitsAdam;
    final List<Contrast.Span> spans = new ArrayList<>();

    public Study(Settings s) {
        this.s = s;
        algorithms.add(new Algorithm.GradientDescent(s.x()));
        algorithms.add(new Algorithm.HeavyBall(s.x(), s.momentum()));
        algorithms.add(new Algorithm.Nesterov(s.x(), s.momentum()));
    }

    public void run() {
        long t0 = System.nanoTime();
        for (Algorithm a : algorithms) {
            ExactRuns.Paths[] per = new ExactRuns.Paths[s.dims().length];
            for (int j = 0; j < per.length; j++) {
                per[j] = ExactRuns.run(a, s.dims()[j], s.steps(), s.runs(), s.seed(), "exact/" + a.name() + "/N" + s.dims()[j],
                        s.threads(), PathSampler.Complement.DERIVED);
            }
            exact.put(a.name(), per);
            limits.put(a.name(), ExactRuns.limit(a, s.steps()));
            fits.put(a.name(), fits(a.name(), per));
        }
        t0 = log("exact runs", t0);
        memoryless = ExactRuns.memoryless(s.x(), s.steps());
        link = OneStep.run(s.linkDims(), s.linkRuns(), s.seed(), s.threads());
        t0 = log("one step", t0);
        Algorithm gd = algorithms.get(0);
        for (int n : s.valDims()) {
            validation.addAll(Validation.run(gd, n, s.valM(), s.valRealisations(), s.valStarts(), s.valExactRuns(), s.valSteps(),
                    s.box(), s.seed(), s.threads()));
        }
        t0 = log("validation", t0);
        Algorithm adam = new Algorithm.Adam(s.adamX());
        contrastGd = Contrast.run(gd, s.contrastDims(), s.contrastM(), s.contrastRealisations(), s.contrastStarts(),
                s.contrastSteps(), s.box(), s.seed(), s.threads());
        contrastAdam = Contrast.run(adam, s.contrastDims(), s.contrastM(), s.contrastRealisations(), s.contrastStarts(),
                s.contrastSteps(), s.box(), s.seed(), s.threads());
        t0 = log("contrast", t0);
        fitsGdSpectral = Contrast.fits(contrastGd, s.contrastGroups());
        fitsAdam = Contrast.fits(contrastAdam, s.contrastGroups());
        for (Algorithm a : List.of(gd, algorithms.get(1), algorithms.get(2), adam)) {
            spans.add(Contrast.span(a, s.spanDims(), s.spanM(), s.spanStarts(), s.steps(), s.box(), s.seed(), s.threads()));
        }
        log("span", t0);
    }

    private static long log(String what, long t0) {
        long t = System.nanoTime();
        System.err.printf(java.util.Locale.ROOT, "predictable-progress: %s %.1f s%n", what, (t - t0) / 1e9);
        return t;
    }

    /** Spread fits of one algorithm's exact runs at every step 1..steps. */
    SpreadFit.Fit[] fits(String name, ExactRuns.Paths[] per) {
        double[] dims = new double[per.length];
        for (int j = 0; j < dims.length; j++) dims[j] = per[j].dims();
        SpreadFit.Fit[] out = new SpreadFit.Fit[s.steps()];
        for (int k = 1; k <= s.steps(); k++) {
            double[][] v = new double[per.length][];
            for (int j = 0; j < per.length; j++) {
                v[j] = new double[per[j].runs()];
                for (int r = 0; r < v[j].length; r++) v[j][r] = per[j].value(r, k);
            }
            out[k - 1] = SpreadFit.fit(name, "exact", k, dims, v, s.groups());
        }
        return out;
    }

    /** The runs of an algorithm at the largest N. */
    ExactRuns.Paths largest(String name) {
        ExactRuns.Paths[] per = exact.get(name);
        ExactRuns.Paths best = per[0];
        for (ExactRuns.Paths p : per) if (p.dims() > best.dims()) best = p;
        return best;
    }

    int escalations() {
        int e = 0;
        for (ExactRuns.Paths[] per : exact.values()) for (ExactRuns.Paths p : per) e += p.escalations();
        return e;
    }

    double minPivot() {
        double m = Double.POSITIVE_INFINITY;
        for (ExactRuns.Paths[] per : exact.values()) for (ExactRuns.Paths p : per) m = Math.min(m, p.minPivot());
        return m;
    }
}
