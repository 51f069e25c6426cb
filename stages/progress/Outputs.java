package progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.Artifact;
import lib.Provenance;
import lib.Schema;

/** The stage's artifacts: schemas and writers. Scaled cost = f(x_k)/√N throughout. */
public final class Outputs {
    private Outputs() {}

    /** Mean and spread of the scaled cost per (algorithm, sampler, N, step). */
    public static final Schema CURVES = Schema.of("progress-curves", 1, Schema.text("algorithm"), Schema.text("sampler"),
            Schema.integer("dims"), Schema.integer("step"), Schema.integer("runs"), Schema.num("mean_cost"), Schema.num("se_mean"),
            Schema.num("sd_cost"), Schema.num("se_sd"), Schema.num("mean_grad2"));
    /** The first runs of every exact (algorithm, N), step by step (the picture of predictable progress). */
    public static final Schema PATHS = Schema.of("progress-sample-paths", 1, Schema.text("algorithm"), Schema.integer("dims"),
            Schema.integer("run"), Schema.integer("step"), Schema.num("cost"));
    /** The N → ∞ limit of the scaled cost and of |∇f|²/N; gd-memoryless: 000's one step iterated (the alternative). */
    public static final Schema LIMIT = Schema.of("progress-limit", 1, Schema.text("algorithm"), Schema.integer("step"),
            Schema.num("cost"), Schema.num("grad2"));
    public static final Schema FITS = Schema.of("progress-spread-fit", 1, Schema.text("algorithm"), Schema.text("sampler"),
            Schema.integer("step"), Schema.num("b"), Schema.num("se_b"), Schema.num("b_pooled"), Schema.num("a_pooled"),
            Schema.num("c_pooled"), Schema.integer("replications"), Schema.integer("dims_count"), Schema.num("min_dims"),
            Schema.num("max_dims"));
    public static final Schema VALIDATION = Schema.of("progress-validation", 1, Schema.integer("dims"), Schema.integer("m"),
            Schema.integer("step"), Schema.text("statistic"), Schema.num("spectral"), Schema.num("se_spectral"), Schema.num("exact"),
            Schema.num("se_exact"), Schema.num("iid_variant"), Schema.num("se_variant"), Schema.num("bias_allowance"),
            Schema.num("z"), Schema.num("delta_alternative"));
    public static final Schema ONE_STEP = Schema.of("progress-one-step", 1, Schema.integer("dims"), Schema.num("eta"),
            Schema.num("x"), Schema.integer("runs"), Schema.num("mean_phi1"), Schema.num("se_mean"), Schema.num("var_phi1"),
            Schema.num("se_var"), Schema.num("eq11"), Schema.num("eq12"), Schema.num("leading_mean"),
            Schema.num("sigma2_corrected"), Schema.num("sigma2_printed"));
    public static final Schema SPAN = Schema.of("progress-span", 1, Schema.text("algorithm"), Schema.text("gradient_span"),
            Schema.integer("dims"), Schema.integer("runs"), Schema.num("max_residual"), Schema.num("min_residual"));
    public static final Schema NUMERICS = Schema.of("progress-numerics", 1, Schema.text("algorithm"), Schema.integer("dims"),
            Schema.num("min_pivot"), Schema.integer("escalations"), Schema.num("jitter"));
    public static final Schema BB_CURVES = Schema.of("progress-blackbox-curves", 1, Schema.integer("n_params"),
            Schema.text("optimiser"), Schema.integer("start"), Schema.integer("step"), Schema.num("train_loss"));
    public static final Schema BB_SPREAD = Schema.of("progress-blackbox-spread", 1, Schema.integer("n_params"),
            Schema.text("optimiser"), Schema.integer("step"), Schema.num("mean_loss"), Schema.num("sd_loss"), Schema.num("ln_sd"),
            Schema.num("se_ln_sd"));
    public static final Schema BB_SUMMARY = Schema.of("progress-blackbox-summary", 1, Schema.integer("n_params"),
            Schema.text("optimiser"), Schema.num("step_size"), Schema.integer("starts"), Schema.integer("train_size"),
            Schema.integer("m"), Schema.num("start_distance"), Schema.num("end_distance"));

    static final int PATHS_PER_SIZE = 25;

    /** Random quadratic: per (N, step) the mean and spread of f(x_k)/N; the semicircle limits (N = 0 rows: limit, N Var). */
    public static final Schema QUADRATIC = Schema.of("progress-quadratic", 1, Schema.integer("dims"), Schema.integer("step"),
            Schema.integer("runs"), Schema.num("mean_cost"), Schema.num("se_mean"), Schema.num("sd_cost"), Schema.num("se_sd"),
            Schema.num("limit_mean"), Schema.num("limit_n_var"), Schema.num("collapsed_mean"), Schema.num("collapsed_n_var"));
    public static final Schema QUADRATIC_CHECK = Schema.of("progress-quadratic-validation", 1, Schema.integer("dims"),
            Schema.integer("step"), Schema.text("statistic"), Schema.num("dense"), Schema.num("se_dense"), Schema.num("tridiagonal"),
            Schema.num("se_tridiagonal"));

    public static void quadratic(Path out, Provenance prov, QuadraticProgress q) {
        List<List<?>> rows = new ArrayList<>();
        for (RandomQuadratic.Runs r : q.runs) {
            for (int k = 0; k <= r.steps(); k++) {
                Stats.Moments m = Stats.of(QuadraticProgress.column(r, k));
                rows.add(List.of(r.dims(), k, r.runs(), m.mean(), m.seMean(), m.sd(), m.seSd(), q.limit[k][0], q.limit[k][1],
                        q.collapsed[k][0], q.collapsed[k][1]));
            }
        }
        Artifact.write(out.resolve("quadratic.csv"), QUADRATIC, prov, rows);
        rows = new ArrayList<>();
        for (QuadraticProgress.Check c : q.validation) {
            rows.add(List.of(q.s.validationDims(), c.step(), c.statistic(), c.dense(), c.seDense(), c.tridiagonal(), c.seTridiagonal()));
        }
        Artifact.write(out.resolve("quadratic-validation.csv"), QUADRATIC_CHECK, prov, rows);
    }

    public static void write(Path out, Provenance prov, Study st, BlackBoxStudy.Result bb, List<BlackBoxStudy.Size> sizes) {
        Artifact.write(out.resolve("curves.csv"), CURVES, prov, curves(st));
        Artifact.write(out.resolve("sample-paths.csv"), PATHS, prov, paths(st));
        Artifact.write(out.resolve("limit.csv"), LIMIT, prov, limit(st));
        Artifact.write(out.resolve("spread-fit.csv"), FITS, prov, fits(st));
        Artifact.write(out.resolve("validation.csv"), VALIDATION, prov, validation(st));
        Artifact.write(out.resolve("one-step.csv"), ONE_STEP, prov, oneStep(st));
        Artifact.write(out.resolve("span.csv"), SPAN, prov, span(st));
        Artifact.write(out.resolve("numerics.csv"), NUMERICS, prov, numerics(st));
        Artifact.write(out.resolve("blackbox-curves.csv"), BB_CURVES, prov, bbCurves(bb));
        Artifact.write(out.resolve("blackbox-spread.csv"), BB_SPREAD, prov, bbSpread(bb));
        Artifact.write(out.resolve("blackbox-summary.csv"), BB_SUMMARY, prov, bbSummary(bb, sizes));
    }

    static List<List<?>> curves(Study st) {
        List<List<?>> rows = new ArrayList<>();
        for (var e : st.exact.entrySet()) {
            for (ExactRuns.Paths p : e.getValue()) {
                for (int k = 0; k <= p.steps(); k++) {
                    double[] v = new double[p.runs()], g = new double[p.runs()];
                    for (int r = 0; r < p.runs(); r++) {
                        v[r] = p.value(r, k);
                        g[r] = p.grad2(r, k);
                    }
                    rows.add(curveRow(e.getKey(), "exact", p.dims(), k, v, g));
                }
            }
        }
        for (Contrast.Runs c : List.of(st.contrastGd, st.contrastAdam)) {
            for (SpectralRuns.Paths p : c.paths()) {
                for (int k = 0; k <= p.steps(); k++) {
                    double[] v = new double[p.runs()], g = new double[p.runs()];
                    for (int r = 0; r < p.runs(); r++) {
                        v[r] = p.value(r, k);
                        g[r] = p.grad2(r, k);
                    }
                    rows.add(curveRow(c.algorithm().name(), "spectral", p.dims(), k, v, g));
                }
            }
        }
        return rows;
    }

    private static List<?> curveRow(String alg, String sampler, long dims, int k, double[] v, double[] g) {
        Stats.Moments m = Stats.of(v);
        double sd = k == 0 && m.var() == 0 ? 0 : m.sd();
        double seSd = sd == 0 ? 0 : m.seSd();
        return List.of(alg, sampler, dims, k, v.length, m.mean(), m.seMean(), sd, seSd, Stats.of(g).mean());
    }

    static List<List<?>> paths(Study st) {
        List<List<?>> rows = new ArrayList<>();
        for (var e : st.exact.entrySet()) {
            for (ExactRuns.Paths p : e.getValue()) {
                for (int r = 0; r < Math.min(PATHS_PER_SIZE, p.runs()); r++) {
                    for (int k = 0; k <= p.steps(); k++) rows.add(List.of(e.getKey(), p.dims(), r, k, p.value(r, k)));
                }
            }
        }
        return rows;
    }

    static List<List<?>> limit(Study st) {
        List<List<?>> rows = new ArrayList<>();
        for (var e : st.limits.entrySet()) {
            for (int k = 0; k < e.getValue()[0].length; k++) rows.add(List.of(e.getKey(), k, e.getValue()[0][k], e.getValue()[1][k]));
        }
        for (int k = 0; k < st.memoryless.length; k++) rows.add(List.of("gd-memoryless", k, st.memoryless[k], 1.0));
        return rows;
    }

    static List<List<?>> fits(Study st) {
        List<List<?>> rows = new ArrayList<>();
        List<SpreadFit.Fit> all = new ArrayList<>();
        for (SpreadFit.Fit[] f : st.fits.values()) all.addAll(List.of(f));
        all.addAll(List.of(st.fitsGdSpectral));
        all.addAll(List.of(st.fitsAdam));
        for (SpreadFit.Fit f : all) {
            rows.add(List.of(f.algorithm(), f.sampler(), f.step(), f.b(), f.seB(), f.bPooled(), f.aPooled(), f.cPooled(),
                    f.replications(), f.dims(), f.minDims(), f.maxDims()));
        }
        return rows;
    }

    static List<List<?>> validation(Study st) {
        List<List<?>> rows = new ArrayList<>();
        for (Validation.Row r : st.validation) {
            rows.add(List.of(r.dims(), r.m(), r.step(), r.statistic(), r.spectral(), r.seSpectral(), r.exact(), r.seExact(),
                    r.variant(), r.seVariant(), r.biasAllowance(), r.z(), r.deltaAlt()));
        }
        return rows;
    }

    static List<List<?>> oneStep(Study st) {
        List<List<?>> rows = new ArrayList<>();
        for (OneStep.Row r : st.link) {
            rows.add(List.of(r.dims(), r.eta(), r.x(), r.runs(), r.phi1().mean(), r.phi1().seMean(), r.phi1().var(),
                    r.phi1().seVar(), r.eq11(), r.eq12(), r.leadingMean(), r.sigma2Corrected(), r.sigma2Printed()));
        }
        return rows;
    }

    static List<List<?>> span(Study st) {
        List<List<?>> rows = new ArrayList<>();
        for (Contrast.Span s : st.spans) {
            rows.add(List.of(s.algorithm(), Boolean.toString(s.gradientSpan()), s.dims(), s.runs(), s.maxResidual(), s.minResidual()));
        }
        return rows;
    }

    static List<List<?>> numerics(Study st) {
        List<List<?>> rows = new ArrayList<>();
        for (var e : st.exact.entrySet()) {
            for (ExactRuns.Paths p : e.getValue()) rows.add(List.of(e.getKey(), p.dims(), p.minPivot(), p.escalations(), PathSampler.JITTER));
        }
        return rows;
    }

    static List<List<?>> bbCurves(BlackBoxStudy.Result bb) {
        List<List<?>> rows = new ArrayList<>();
        if (bb == null) return rows;
        for (BlackBox.Curves c : bb.curves()) {
            for (boolean adam : new boolean[] {false, true}) {
                for (int s = 0; s < c.starts(); s++) {
                    for (int k = 0; k <= c.steps(); k++) rows.add(List.of(c.nParams(), adam ? "adam" : "gd", s, k, c.loss(adam, s, k)));
                }
            }
        }
        return rows;
    }

    static List<List<?>> bbSpread(BlackBoxStudy.Result bb) {
        List<List<?>> rows = new ArrayList<>();
        if (bb == null) return rows;
        for (BlackBox.Curves c : bb.curves()) {
            for (boolean adam : new boolean[] {false, true}) {
                for (int k = 0; k <= c.steps(); k++) {
                    BlackBoxStudy.Spread s = BlackBoxStudy.spread(c, adam, k);
                    rows.add(List.of(c.nParams(), adam ? "adam" : "gd", k, BlackBoxStudy.meanLoss(c, adam, k), s.sd(), s.lnSd(), s.seLnSd()));
                }
            }
        }
        return rows;
    }

    static List<List<?>> bbSummary(BlackBoxStudy.Result bb, List<BlackBoxStudy.Size> sizes) {
        List<List<?>> rows = new ArrayList<>();
        if (bb == null) return rows;
        for (int i = 0; i < bb.curves().size(); i++) {
            BlackBox.Curves c = bb.curves().get(i);
            BlackBoxStudy.Size s = sizes.get(i);
            rows.add(List.of(c.nParams(), "gd", s.etaGd(), c.starts(), bb.trainSize(), bb.m(), c.startDistance(), c.gdEndDistance()));
            rows.add(List.of(c.nParams(), "adam", s.lrAdam(), c.starts(), bb.trainSize(), bb.m(), c.startDistance(), c.adamEndDistance()));
        }
        return rows;
    }
}
