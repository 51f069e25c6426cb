package studies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import lib.Artifact;
import lib.Claims;
import lib.Observation;
import lib.Provenance;
import lib.Stats;
import lib.Table;

/**
 * The eta_crit study as blackbox-mnist checks it: per (N_P, setting) the geometric mean of eta_crit over fields and the
 * standard error of its log10 (studies/CritError: the field-to-field spread, pooled over the cells of the field-size
 * series, and the step the crossing lies in); the slopes of log eta_crit against log M and against log(epochs), fitted by
 * weighted least squares with those errors; eta_crit and its sqrt(N) scaling decided over M, which 000 §4.2 leaves open
 * (studies/OverM); which setting, if any, reproduces both of the paper's values.
 */
public final class Analysis {
    /**
     * One (N_P, M, epochs): the fields with a drop, eta_crit (geometric mean), and the error of log10 eta_crit: its variance
     * from the fields' spread (spreadVar, with dof degrees of freedom) and from the grid (gridVar, from the widest step
     * log10Step a field's crossing lies in), sqrt of their sum; each field's eta_crit.
     */
    public record Cell(int nParams, int m, int epochs, int fields, double etaCrit, double spreadVar, double gridVar, double dof,
                       double log10Step, List<Double> perField) {
        /** A cell with a given log10 error, as from a grid alone (tests). */
        public Cell(int nParams, int m, int epochs, int fields, double etaCrit, double log10Se) {
            this(nParams, m, epochs, fields, etaCrit, 0, log10Se * log10Se, Double.POSITIVE_INFINITY, log10Se * Math.sqrt(12), List.of());
        }

        public double log10Se() { return Math.sqrt(spreadVar + gridVar); }

        /** The error of log10 eta_crit for a decision at 3 SE with the spread's few degrees of freedom (CritError). */
        public double calibratedLog10Se() { return CritError.calibrated(log10Se(), spreadVar, dof); }
    }

    /** A fitted power law eta_crit ∝ x^slope over one series. */
    public record Slope(int nParams, String over, double slope, double se, int points) {}

    final List<Cell> cells = new ArrayList<>();
    final int baseM, baseEpochs;
    /** Per N_P: {best normalised, best raw} per field. */
    final Map<Integer, List<double[]>> normalisation = new TreeMap<>();
    /** The perceptron: mean accuracy over seeds per eta, and the seeds' accuracies at the best eta. */
    final Map<Double, List<Double>> baseline = new TreeMap<>();
    int baselineParameters;
    int testItems = 10_000;
    /** Whether the study trained on all of MNIST (the paper's claims need it). */
    boolean fullMnist = true;
    /** Best test accuracy per (N_P, field) at the base setting. */
    final Map<Integer, List<Double>> bestAtBase = new TreeMap<>();
    /** The pooled field-to-field spread of log10 eta_crit (CritError). */
    CritError.Pooled pooled = new CritError.Pooled(0, 0, 0);

    Analysis(int baseM, int baseEpochs) {
        this.baseM = baseM;
        this.baseEpochs = baseEpochs;
    }

    /** Reads blackbox-studies's etacrit.csv (recorded as an input of prov); the series' base M and epochs from its provenance. */
    public static Analysis load(Path file, Provenance prov) {
        Table t = Artifact.readInput(file, Outputs.CRITS, prov);
        Analysis a = new Analysis(Integer.parseInt(t.meta("param.base-m")), Integer.parseInt(t.meta("param.base-epochs")));
        int test = Integer.parseInt(t.meta("param.mnist-test"));
        if (test > 0) a.testItems = test;
        int train = Integer.parseInt(t.meta("param.mnist-train"));
        a.fullMnist = (test == 0 || test == 10_000) && (train == 0 || train == 60_000);
        Map<String, List<double[]>> by = new TreeMap<>();
        for (int i = 0; i < t.rows(); i++) {
            if (t.integer(i, "m") == a.baseM && t.integer(i, "epochs") == a.baseEpochs) {
                a.bestAtBase.computeIfAbsent(t.intValue(i, "n_params"), k -> new ArrayList<>()).add(t.number(i, "best_accuracy"));
            }
            if (t.text(i, "eta_crit").isBlank()) continue;
            String key = String.format(Locale.ROOT, "%09d/%09d/%09d", t.integer(i, "n_params"), t.integer(i, "m"), t.integer(i, "epochs"));
            by.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {Math.log10(t.number(i, "eta_crit")), t.number(i, "log10_step")});
        }
        Table n = Artifact.readInput(file.resolveSibling("normalisation.csv"), Outputs.NORMALISATION, prov);
        for (int i = 0; i < n.rows(); i++) {
            a.normalisation.computeIfAbsent(n.intValue(i, "n_params"), k -> new ArrayList<>())
                    .add(new double[] {n.number(i, "best_accuracy_normalised"), n.number(i, "best_accuracy_raw")});
        }
        Table b = Artifact.readInput(file.resolveSibling("baseline.csv"), Outputs.BASELINE, prov);
        for (int i = 0; i < b.rows(); i++) {
            a.baseline.computeIfAbsent(b.number(i, "eta"), k -> new ArrayList<>()).add(b.number(i, "test_accuracy"));
            a.baselineParameters = b.intValue(i, "parameters");
        }
        // the spread is pooled over the field-size series (one degree of freedom per cell with two fields); the
        // training-length series reads the same fields at the base M, so it adds none of its own
        a.pooled = CritError.pool(by.entrySet().stream().filter(e -> Integer.parseInt(e.getKey().split("/")[2]) == a.baseEpochs)
                .map(e -> e.getValue().stream().mapToDouble(x -> x[0]).toArray()).toList());
        by.forEach((k, v) -> {
            String[] f = k.split("/");
            double mean = v.stream().mapToDouble(x -> x[0]).average().orElseThrow();
            double step = v.stream().mapToDouble(x -> x[1]).max().orElseThrow();
            a.cells.add(new Cell(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), v.size(), Math.pow(10, mean),
                    a.pooled.variance() / v.size(), CritError.gridVariance(step), a.pooled.dof(), step,
                    v.stream().map(x -> Math.pow(10, x[0])).toList()));
        });
        return a;
    }

    /** The cell of (N_P, M, epochs), null if the study has none with a drop. */
    Cell cell(int nParams, int m, int epochs) {
        return cells.stream().filter(c -> c.nParams() == nParams && c.m() == m && c.epochs() == epochs).findFirst().orElse(null);
    }

    List<Cell> series(int nParams, boolean overM) {
        return cells.stream().filter(c -> c.nParams() == nParams && (overM ? c.epochs() == baseEpochs : c.m() == baseM)).toList();
    }

    /**
     * Weighted least squares of log10 eta_crit on log10 x: the slope and its standard error, scaled up by the Birge
     * ratio sqrt(chi2/dof) when the points scatter more than their errors; NaN with fewer than three points.
     */
    Slope slope(int nParams, boolean overM) {
        List<Cell> s = series(nParams, overM);
        if (s.size() < 3) return new Slope(nParams, overM ? "M" : "epochs", Double.NaN, Double.NaN, s.size());
        int n = s.size();
        double[] x = new double[n], y = new double[n], var = new double[n];
        for (int i = 0; i < n; i++) {
            Cell c = s.get(i);
            x[i] = Math.log10(overM ? c.m() : c.epochs());
            y[i] = Math.log10(c.etaCrit());
            var[i] = c.log10Se() * c.log10Se();
        }
        double[] fit = Stats.wls(x, y, var);
        double chi2 = 0;
        for (int i = 0; i < n; i++) chi2 += Math.pow(y[i] - fit[0] - fit[1] * x[i], 2) / var[i];
        // Birge ratio: where the points scatter about the line more than their errors say (chi2/dof > 1: a field's
        // own variation that one field per setting cannot show), the slope's error grows by sqrt(chi2/dof)
        double inflate = Math.max(1, Math.sqrt(chi2 / (n - 2)));
        return new Slope(nParams, overM ? "M" : "epochs", fit[1], inflate * fit[3], n);
    }

    /** The claims of the study (paper-checks/blackbox-mnist.csv), at N_P = 500 and 5000. */
    public void checkClaims(Claims claims, double paper500, double paper5000) {
        OverM.check(this, claims);
        for (int np : new int[] {500, 5000}) {
            slopeClaim(claims, "eta_crit_m_slope_n" + np, slope(np, true), "M at " + baseEpochs + " epochs");
            slopeClaim(claims, "eta_crit_steps_slope_n" + np, slope(np, false), "epochs at M = " + baseM);
        }
        paperSetting(claims, paper500, paper5000);
        for (int np : new int[] {500, 5000}) normalisationClaim(claims, np);
        competitive(claims);
    }

    /** Binomial standard error of an accuracy on this test set. */
    double binomialSe(double p) { return Math.sqrt(p * (1 - p) / testItems); }

    /** 000 §4.2: normalising the inputs "makes a significant difference": best accuracy normalised minus raw, same fields. */
    private void normalisationClaim(Claims claims, int np) {
        String id = "normalisation_matters_n" + np;
        List<double[]> v = normalisation.get(np);
        if (v == null) {
            claims.undecidable(id, "the study has no normalisation runs at N_P = " + np);
            return;
        }
        double diff = v.stream().mapToDouble(x -> x[0] - x[1]).average().orElseThrow();
        double binomial = Math.sqrt(v.stream().mapToDouble(x -> binomialSe(x[0]) * binomialSe(x[0]) + binomialSe(x[1]) * binomialSe(x[1]))
                .sum()) / v.size();
        double spread = spreadSe(v.stream().mapToDouble(x -> x[0] - x[1]).toArray());
        double se = Math.max(binomial, spread);
        StringBuilder ev = new StringBuilder(String.format(Locale.ROOT, "N_P = %d, %d fields: best accuracy normalised − raw (pixels/255) = %.4f ± %.4f;", np, v.size(), diff, se));
        for (double[] x : v) ev.append(String.format(Locale.ROOT, " %.4f vs %.4f;", x[0], x[1]));
        claims.observe(id, Observation.estimate(diff, se).size(v.size(), "fields").evidence(ev.toString()));
    }

    /** 000 §4.2: "competitive" with models of a similar number of parameters: the black box at N_P = 5000 minus the perceptron. */
    private void competitive(Claims claims) {
        List<Double> box = bestAtBase.get(5000);
        if (box == null || baseline.isEmpty()) {
            claims.undecidable("competitive_similar_size", "the study has no N_P = 5000 runs at its base setting, or no baseline");
            return;
        }
        double boxMean = box.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double bestEta = Double.NaN, bestMean = -1;
        for (var e : baseline.entrySet()) {
            double m = e.getValue().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            if (m > bestMean) { bestMean = m; bestEta = e.getKey(); }
        }
        List<Double> seeds = baseline.get(bestEta);
        double se = Math.hypot(Math.max(binomialSe(boxMean) / Math.sqrt(box.size()), spreadSe(box.stream().mapToDouble(Double::doubleValue).toArray())),
                Math.max(binomialSe(bestMean) / Math.sqrt(seeds.size()), spreadSe(seeds.stream().mapToDouble(Double::doubleValue).toArray())));
        claims.observe("competitive_similar_size", Observation.estimate(boxMean - bestMean, se).size(box.size(), "fields").evidence(String.format(Locale.ROOT,
                "black box, N_P = 5000 (M = %d, %d epochs, %d fields): %.4f; perceptron with %d parameters (best eta %s, %d seeds): %.4f; difference %.4f ± %.4f",
                baseM, baseEpochs, box.size(), boxMean, baselineParameters, bestEta, seeds.size(), bestMean, boxMean - bestMean, se)));
    }

    /** Standard error of the mean from the spread of values (0 for one value). */
    static double spreadSe(double[] v) {
        if (v.length < 2) return 0;
        double m = java.util.Arrays.stream(v).average().orElseThrow(), ss = 0;
        for (double x : v) ss += (x - m) * (x - m);
        return Math.sqrt(ss / (v.length - 1) / v.length);
    }

    private void slopeClaim(Claims claims, String id, Slope s, String over) {
        if (!Double.isFinite(s.slope())) {
            claims.undecidable(id, "the study has " + s.points() + " settings with a drop over " + over + " at N_P = " + s.nParams() + " (three needed)");
            return;
        }
        StringBuilder ev = new StringBuilder(String.format(Locale.ROOT, "eta_crit ∝ %s^%.3f ± %.3f at N_P = %d; cells:", over.split(" ")[0],
                s.slope(), s.se(), s.nParams()));
        for (Cell c : series(s.nParams(), s.over().equals("M"))) {
            ev.append(String.format(Locale.ROOT, " M=%d e=%d: %.4f (±%.3f in log10, %d fields);", c.m(), c.epochs(), c.etaCrit(), c.log10Se(), c.fields()));
        }
        claims.observe(id, Observation.estimate(s.slope(), s.se()).against(-0.5, "eta_crit ∝ " + over.split(" ")[0] + "^(-1/2)")
                .size(s.points(), "settings").evidence(ev.toString()));
    }

    /** The setting whose two eta_crit lie closest to the paper's, in standard errors of log10 (the worse of the two). */
    private void paperSetting(Claims claims, double paper500, double paper5000) {
        double best = Double.POSITIVE_INFINITY;
        String where = "", all = "";
        for (Cell a : cells) {
            if (a.nParams() != 500) continue;
            for (Cell b : cells) {
                if (b.nParams() != 5000 || b.m() != a.m() || b.epochs() != a.epochs()) continue;
                double z = Math.max(Math.abs(Math.log10(a.etaCrit() / paper500)) / a.log10Se(),
                        Math.abs(Math.log10(b.etaCrit() / paper5000)) / b.log10Se());
                all += String.format(Locale.ROOT, " M=%d e=%d: %.4f, %.4f (worse |z| %.1f);", a.m(), a.epochs(), a.etaCrit(), b.etaCrit(), z);
                if (z < best) { best = z; where = String.format(Locale.ROOT, "M = %d, %d epochs", a.m(), a.epochs()); }
            }
        }
        if (!Double.isFinite(best)) {
            claims.undecidable("eta_crit_paper_setting", "the study has no setting with a drop at both N_P = 500 and 5000");
            return;
        }
        claims.observe("eta_crit_paper_setting", best, String.format(Locale.ROOT,
                "closest setting %s: worse of |log10(eta_crit/paper)|/se = %.2f; every setting (N_P = 500, 5000):%s", where, best, all));
    }
}
