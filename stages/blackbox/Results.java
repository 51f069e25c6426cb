package blackbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import lib.Artifact;
import lib.Claims;
import lib.Provenance;
import lib.Schema;

/** Everything blackbox-mnist measures, its artifacts and its claims. */
public final class Results {
    public static final Schema MNIST_FILES = Schema.of("mnist-files", 1, Schema.text("role"), Schema.text("file"),
            Schema.integer("items"), Schema.integer("bytes"), Schema.text("sha256"), Schema.text("source"));
    static final Schema SWEEP = Schema.of("blackbox-sweep", 1, Schema.text("dataset"), Schema.integer("n_params"),
            Schema.integer("field"), Schema.integer("start"), Schema.num("eta"), Schema.num("test_accuracy"),
            Schema.num("train_accuracy_last_epoch"), Schema.num("train_loss_last_epoch"));
    static final Schema ETA_CRIT = Schema.of("blackbox-eta-crit", 1, Schema.text("dataset"), Schema.integer("n_params"),
            Schema.integer("field"), Schema.integer("start"), Schema.num("best_accuracy"), Schema.num("chance_accuracy"),
            Schema.text("eta_crit"));
    static final Schema SUMMARY = Schema.of("blackbox-summary", 1, Schema.text("dataset"), Schema.integer("n_params"),
            Schema.integer("runs"), Schema.num("best_accuracy_mean"), Schema.num("best_accuracy_se"),
            Schema.integer("runs_with_drop"), Schema.text("eta_crit_geomean"), Schema.text("log10_eta_crit_se"),
            Schema.text("eta_crit_sqrt_n"));
    static final Schema BASELINE = Schema.of("blackbox-baseline", 1, Schema.text("dataset"), Schema.num("eta"),
            Schema.num("test_accuracy"));
    static final Schema SLICE = Schema.of("blackbox-figure9", 1, Schema.num("x1"), Schema.num("x2"), Schema.num("phi"));

    /** The baseline's own grid: logistic regression needs larger steps than the field (its best eta is near 10). */
    static final double[] BASELINE_ETAS = EtaCrit.logGrid(1e-3, 100, 16);

    final Sweep.Settings settings;
    final List<Sweep.Run> runs = new ArrayList<>();
    final List<Sweep.Timing> timings = new ArrayList<>();
    final List<List<?>> baseline = new ArrayList<>();
    final List<List<?>> etaCrit = new ArrayList<>();
    final Map<String, Summary> summaries = new LinkedHashMap<>();
    final Map<String, Double> chance = new LinkedHashMap<>();
    double[][] slice;           // Figure 9: x1, x2, phi on a grid
    Dataset sineTest;           // Figure 9: the points
    int sliceParams;
    double sliceEta;

    /**
     * Per (data set, N_P): mean best accuracy, geometric mean of eta_crit and the standard error of log10 eta_crit
     * (spread over runs and grid resolution; NaN with fewer than two runs showing a drop).
     */
    public record Summary(String dataset, int nParams, int runs, double bestMean, double bestSe, int withDrop,
                          double etaCrit, double log10Se) {}

    public Results(Sweep.Settings settings) { this.settings = settings; }

    /** Sweeps every N_P on one data set, then the baseline; the sine set also gives Figure 9. */
    public void experiment(Dataset rawTrain, Dataset rawTest, int[] params, ExecutorService pool, boolean figure9) {
        Dataset.Normalisation norm = Dataset.Normalisation.of(rawTrain);
        Dataset train = norm.apply(rawTrain);
        Dataset test = norm.apply(rawTest);
        double p = test.positiveFraction();
        chance.put(train.name(), Math.max(p, 1 - p));
        for (int i = 0; i < params.length; i++) {
            Sweep.SliceProbe probe = figure9 && i == 0 ? (f, beta, r, best) -> probeSlice(f, beta, r, best, norm, pool) : null;
            if (probe != null) {
                sineTest = rawTest;
                sliceParams = params[i];
            }
            List<Sweep.Run> rs = Sweep.run(train, test, params[i], settings, pool, timings, probe);
            runs.addAll(rs);
            summarise(train.name(), params[i], rs);
        }
        for (double eta : BASELINE_ETAS) {
            baseline.add(List.of(train.name(), eta, Logistic.accuracy(train, test, eta, settings.batch(), settings.epochs(),
                    lib.Streams.of(settings.seed(), "baseline-" + train.name()).nextLong())));
        }
    }

    private void probeSlice(BlackBoxField f, float[] beta, int r, int best, Dataset.Normalisation norm, ExecutorService pool) {
        float[] col = new float[f.nParams];
        for (int j = 0; j < f.nParams; j++) col[j] = beta[j * r + best];
        sliceEta = settings.etas()[best % settings.etas().length];
        int g = 121;
        float[] x = new float[g * g * 2];
        slice = new double[g * g][];
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) {
                double x1 = -3 + 6.0 * j / (g - 1);
                double x2 = -3 + 6.0 * i / (g - 1);
                int k = i * g + j;
                x[2 * k] = (float) ((x1 - norm.mean()[0]) / norm.scale());
                x[2 * k + 1] = (float) ((x2 - norm.mean()[1]) / norm.scale());
                slice[k] = new double[] {x1, x2, 0};
            }
        }
        float[] phi = f.phi(col, 1, x, g * g, pool);
        for (int k = 0; k < g * g; k++) slice[k][2] = phi[k];
    }

    private void summarise(String dataset, int nParams, List<Sweep.Run> rs) {
        double[] etas = settings.etas();
        int e = etas.length;
        List<Double> best = new ArrayList<>();
        List<Double> logCrit = new ArrayList<>();
        for (int at = 0; at + e <= rs.size(); at += e) {
            double[] acc = new double[e];
            for (int k = 0; k < e; k++) acc[k] = rs.get(at + k).testAccuracy();
            double max = java.util.Arrays.stream(acc).max().orElseThrow();
            double crit = EtaCrit.estimate(etas, acc, chance.get(dataset));
            Sweep.Run r0 = rs.get(at);
            etaCrit.add(List.of(dataset, nParams, r0.field(), r0.start(), max, chance.get(dataset), text(crit)));
            best.add(max);
            if (Double.isFinite(crit)) logCrit.add(Math.log10(crit));
        }
        double[] b = meanSe(best);
        double[] lc = meanSe(logCrit);
        // The crossing is only known to lie between two grid points: add the standard deviation of a uniform
        // position within one log10 grid step, step/sqrt(12), to the spread over runs (in quadrature).
        double step = etas.length > 1 ? Math.log10(etas[1] / etas[0]) : 0;
        double spread = Double.isFinite(lc[1]) ? lc[1] : 0;
        double se = logCrit.size() < 2 ? Double.NaN : Math.hypot(spread, step / Math.sqrt(12));
        summaries.put(dataset + "/" + nParams, new Summary(dataset, nParams, best.size(), b[0], b[1], logCrit.size(),
                logCrit.isEmpty() ? Double.NaN : Math.pow(10, lc[0]), se));
    }

    static double[] meanSe(List<Double> v) {
        if (v.isEmpty()) return new double[] {Double.NaN, Double.NaN};
        double mean = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        if (v.size() < 2) return new double[] {mean, Double.NaN};
        double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return new double[] {mean, Math.sqrt(ss / (v.size() - 1) / v.size())};
    }

    static String text(double v) { return Double.isFinite(v) ? Double.toString(v) : ""; }

    public void write(Path out, Provenance prov) {
        List<List<?>> rows = new ArrayList<>();
        for (Sweep.Run r : runs) {
            rows.add(List.of(r.dataset(), r.nParams(), r.field(), r.start(), r.eta(), r.testAccuracy(), r.trainAccuracy(), r.trainLoss()));
        }
        Artifact.write(out.resolve("sweep.csv"), SWEEP, prov, rows);
        Artifact.write(out.resolve("eta-crit.csv"), ETA_CRIT, prov, etaCrit);
        List<List<?>> sum = new ArrayList<>();
        for (Summary s : summaries.values()) {
            sum.add(List.of(s.dataset(), s.nParams(), s.runs(), s.bestMean(), Double.isFinite(s.bestSe()) ? s.bestSe() : 0.0,
                    s.withDrop(), text(s.etaCrit()), text(s.log10Se()), text(s.etaCrit() * Math.sqrt(s.nParams()))));
        }
        Artifact.write(out.resolve("summary.csv"), SUMMARY, prov, sum);
        Artifact.write(out.resolve("baseline.csv"), BASELINE, prov, baseline);
        List<List<?>> sl = new ArrayList<>();
        if (slice != null) for (double[] p : slice) sl.add(List.of(p[0], p[1], p[2]));
        Artifact.write(out.resolve("figure9.csv"), SLICE, prov, sl);
        StringBuilder sb = new StringBuilder();
        for (Sweep.Timing t : timings) {
            sb.append(String.format(Locale.ROOT, "# wall time: %s N_P=%d field %d, %d runs at once: %.1f s%n",
                    t.dataset(), t.nParams(), t.field(), t.runs(), t.seconds()));
        }
        lib.AtomicFiles.writeText(out.resolve("timings.run"), w -> w.write(sb.toString()));
    }

    /** 000 §4.2 and eq (34); MNIST claims need the full MNIST sets at N_P = 500 and 5000. */
    public void checkClaims(Claims claims, boolean fullMnist) {
        // eq (34) arithmetic, independent of any run
        claims.observe("eq34_product_n5000", 0.03 * Math.sqrt(5000), "0.03*sqrt(5000) evaluated in double precision");
        claims.observe("eq34_product_n500", 0.13 * Math.sqrt(500), "0.13*sqrt(500) evaluated in double precision");
        Summary s500 = summaries.get("mnist/500");
        Summary s5000 = summaries.get("mnist/5000");
        String why = "needs the full MNIST sets at N_P = 500 and 5000 (quick profile or offline)";
        if (!fullMnist || s5000 == null) {
            for (String id : List.of("mnist_accuracy_n5000", "eta_crit_mnist_n500", "eta_crit_mnist_n5000", "eta_crit_sqrt_n_ratio")) {
                claims.skip(id, why);
            }
            return;
        }
        claims.observe("mnist_accuracy_n5000", s5000.bestMean(), seOrNaN(s5000.bestSe()), String.format(Locale.ROOT,
                "mean over %d runs of the best test accuracy on the eta grid; baseline logistic regression %.4f",
                s5000.runs(), bestBaseline("mnist")));
        critClaim(claims, "eta_crit_mnist_n500", s500);
        critClaim(claims, "eta_crit_mnist_n5000", s5000);
        if (s500 != null && Double.isFinite(s500.etaCrit()) && Double.isFinite(s5000.etaCrit())) {
            double ratio = s5000.etaCrit() * Math.sqrt(5000) / (s500.etaCrit() * Math.sqrt(500));
            double se = ratio * Math.log(10) * Math.hypot(s500.log10Se(), s5000.log10Se());
            if (!(se > 0) && claims.claim("eta_crit_sqrt_n_ratio").kind().equals("sigma")) {
                claims.skip("eta_crit_sqrt_n_ratio", "a standard error needs at least two runs with a drop per N_P");
                return;
            }
            claims.observe("eta_crit_sqrt_n_ratio", ratio, seOrNaN(se), String.format(Locale.ROOT,
                    "eta_crit*sqrt(N): %.3f (N=500), %.3f (N=5000)", s500.etaCrit() * Math.sqrt(500), s5000.etaCrit() * Math.sqrt(5000)));
        } else {
            claims.skip("eta_crit_sqrt_n_ratio", "no accuracy drop on the eta grid for one N_P");
        }
    }

    private static double seOrNaN(double se) { return Double.isFinite(se) && se > 0 ? se : Double.NaN; }

    private void critClaim(Claims claims, String id, Summary s) {
        if (s == null || !Double.isFinite(s.etaCrit())) {
            claims.skip(id, "no accuracy drop on the eta grid");
            return;
        }
        double se = s.etaCrit() * Math.log(10) * s.log10Se();   // delta method from the se of log10 eta_crit
        if (!(se > 0) && claims.claim(id).kind().equals("sigma")) {
            claims.skip(id, "a standard error needs at least two runs with a drop (fields x starts >= 2)");
            return;
        }
        claims.observe(id, s.etaCrit(), seOrNaN(se), String.format(Locale.ROOT,
                "geometric mean over %d of %d runs; standard error of log10 eta_crit %.3f", s.withDrop(), s.runs(), s.log10Se()));
    }

    double bestBaseline(String dataset) {
        double best = 0;
        for (List<?> row : baseline) if (row.get(0).equals(dataset)) best = Math.max(best, (Double) row.get(2));
        return best;
    }
}
