package sgdmarkov;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.Artifact;
import lib.Provenance;
import lib.Schema;

/** The stage's CSV artifacts: schemas and writers (rows in a fixed order, numbers as Double.toString). */
public final class Outputs {
    private Outputs() {}

    public static final Schema PROBLEMS = Schema.of("sgd-markov-problems", 1, Schema.text("problem"), Schema.integer("n"),
            Schema.integer("d"), Schema.num("m"), Schema.num("L"), Schema.num("sigma_min"), Schema.num("sigma_min_batch8"),
            Schema.num("s0"), Schema.num("f_star"), Schema.num("stability_limit"));
    public static final Schema THEOREM7 = Schema.of("sgd-markov-theorem7", 1, Schema.text("problem"), Schema.integer("batch"),
            Schema.num("alpha"), Schema.num("alpha_fraction"), Schema.num("sigma"), Schema.num("sigma0"), Schema.num("bound_floor"),
            Schema.num("exact_floor"), Schema.num("worst_ratio"), Schema.integer("steps"), Schema.num("observed_rate"),
            Schema.num("mean_rate"), Schema.num("second_moment_rate"));
    public static final Schema FLOORS = Schema.of("sgd-markov-floors", 1, Schema.text("problem"), Schema.integer("batch"),
            Schema.num("alpha"), Schema.num("exact_floor"), Schema.text("bound_floor"));
    public static final Schema DECAY = Schema.of("sgd-markov-theorem8", 1, Schema.text("schedule"), Schema.num("alpha0"),
            Schema.num("t0"), Schema.integer("t"), Schema.num("exact_gap"), Schema.text("runs_mean_gap"));
    public static final Schema QUADRATIC = Schema.of("sgd-markov-quadratic", 1, Schema.text("chain"), Schema.num("alpha_lambda"),
            Schema.num("noise_variance"), Schema.integer("chains"), Schema.integer("steps"), Schema.num("variance"),
            Schema.num("variance_se"), Schema.num("derived_variance"), Schema.num("gibbs_variance"), Schema.num("tv_derived_to_gibbs"));
    public static final Schema QUADRATIC_HIST = Schema.of("sgd-markov-quadratic-histogram", 1, Schema.num("alpha_lambda"),
            Schema.num("x"), Schema.num("density"), Schema.num("gibbs_density"), Schema.num("derived_density"));
    public static final Schema SLICE = Schema.of("sgd-markov-slice", 1, Schema.text("experiment"), Schema.num("alpha"),
            Schema.num("batch"), Schema.num("temperature"), Schema.integer("chains"), Schema.integer("steps"),
            Schema.num("mean_energy"), Schema.num("mean_energy_se"), Schema.num("gibbs_energy"), Schema.num("tv"),
            Schema.num("tv_halves"), Schema.num("t_eff"), Schema.num("t_eff_se"));
    public static final Schema MARGINAL = Schema.of("sgd-markov-slice-marginal", 1, Schema.num("alpha"), Schema.num("x1"),
            Schema.num("density"), Schema.num("gibbs_density"));
    public static final Schema MINIMA = Schema.of("sgd-markov-slice-minima", 1, Schema.integer("basin"), Schema.num("x1"),
            Schema.num("x2"), Schema.num("f"), Schema.num("gibbs_mass_t16"), Schema.num("gibbs_mass_t64"));
    public static final Schema LANDSCAPE = Schema.of("sgd-markov-slice-landscape", 1, Schema.num("x1"), Schema.num("x2"),
            Schema.num("f"));
    public static final Schema ANNEAL = Schema.of("sgd-markov-annealing", 1, Schema.text("schedule"), Schema.integer("stage_steps"),
            Schema.integer("runs"), Schema.num("fraction_global"), Schema.num("fraction_se"), Schema.num("final_temperature"),
            Schema.num("gibbs_mass_final"));
    public static final Schema STEP = Schema.of("sgd-markov-step", 1, Schema.text("sampling"), Schema.integer("items"),
            Schema.integer("batch"), Schema.integer("draws"), Schema.num("mean_along_u"), Schema.num("mean_along_u_se"),
            Schema.num("loss_sampler_bias"), Schema.num("covariance_ratio"), Schema.num("covariance_ratio_se"), Schema.num("fpc"));
    public static final Schema REAL = Schema.of("sgd-markov-real-sgd", 1, Schema.text("config"), Schema.num("alpha"),
            Schema.integer("batch"), Schema.integer("chains"), Schema.integer("steps"), Schema.num("quadratic_excess"),
            Schema.num("quadratic_excess_se"), Schema.num("loss_excess"), Schema.num("loss_excess_se"), Schema.num("model"),
            Schema.num("a14_model"), Schema.num("a14_gibbs"));
    public static final Schema SPECTRUM = Schema.of("sgd-markov-mnist-spectrum", 1, Schema.integer("k"), Schema.num("h"),
            Schema.num("sigma_kk"), Schema.num("variance_real"), Schema.num("variance_model"), Schema.num("variance_a14"));

    public static final Schema LEMMAS = Schema.of("sgd-markov-lemmas", 1, Schema.text("problem"), Schema.integer("batch"),
            Schema.text("sampling"), Schema.num("alpha"), Schema.num("sigma_factor"), Schema.integer("points"),
            Schema.num("lemma5_violation"), Schema.num("lemma6_violation"), Schema.num("lemma6_tight_gap"), Schema.num("lemma5_min_slack"));
    public static final Schema COSTS = Schema.of("sgd-markov-remark9-cost", 1, Schema.text("problem"), Schema.integer("batch"),
            Schema.num("alpha_fraction"), Schema.num("alpha"), Schema.num("floor_batch"), Schema.num("floor_single"), Schema.num("target"),
            Schema.integer("batch_steps"), Schema.integer("single_steps"), Schema.num("cost_ratio"));
    public static final Schema REMARK11 = Schema.of("sgd-markov-remark11", 1, Schema.num("target"), Schema.integer("sgd_steps"),
            Schema.integer("gd_steps"));
    public static final Schema LYAPUNOV = Schema.of("sgd-markov-lyapunov", 1, Schema.integer("i"), Schema.integer("j"),
            Schema.num("lyapunov"), Schema.num("gibbs"));
    public static final Schema HIGH_T = Schema.of("sgd-markov-high-temperature", 1, Schema.num("temperature"), Schema.num("tv_to_uniform"),
            Schema.num("first_order"));

    public static void exact(Path out, Provenance prov, ExactStudy st) {
        List<List<?>> rows = new ArrayList<>();
        for (DescentLemmas.Case c : st.lemmas) {
            rows.add(List.of(c.problem(), c.batch(), c.replacement() ? "with" : "without", c.alpha(), c.sigmaFactor(), c.points(),
                    c.lemma5Violation(), c.lemma6Violation(), c.lemma6TightSlack(), c.lemma5MinSlack()));
        }
        Artifact.write(out.resolve("lemmas.csv"), LEMMAS, prov, rows);
        rows = new ArrayList<>();
        for (Costs.Remark9Cost r : st.remark9) {
            rows.add(List.of(r.problem(), r.batch(), r.fraction(), r.alpha(), r.floorBatch(), r.floorSingle(), r.target(), r.batchSteps(),
                    r.singleSteps(), r.costRatio()));
        }
        Artifact.write(out.resolve("remark9-cost.csv"), COSTS, prov, rows);
        rows = new ArrayList<>();
        Costs.Remark11 r11 = st.remark11;
        for (int j = 0; j < r11.targets().length; j++) rows.add(List.of(r11.targets()[j], r11.sgdSteps()[j], r11.gdSteps()[j]));
        Artifact.write(out.resolve("remark11.csv"), REMARK11, prov, rows);
        rows = new ArrayList<>();
        int d = st.lyapunov.getRowDimension();
        for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) rows.add(List.of(i, j, st.lyapunov.getEntry(i, j), st.gibbs.getEntry(i, j)));
        Artifact.write(out.resolve("lyapunov.csv"), LYAPUNOV, prov, rows);
        rows = new ArrayList<>();
        for (double[] t : st.highT) rows.add(List.of(t[0], t[1], st.halfMeanAbsDeviation / t[0]));
        Artifact.write(out.resolve("high-temperature.csv"), HIGH_T, prov, rows);
    }

    public static void leastSquares(Path out, Provenance prov, LsStudy st) {
        List<List<?>> rows = new ArrayList<>();
        for (LsStudy.Problem p : st.problems) {
            LeastSquares ls = p.ls();
            rows.add(List.of(p.name(), ls.n(), ls.d(), ls.m(), ls.bigL(), ls.sigmaMin(1), ls.sigmaMin(ls.batchFactor(LsStudy.BATCH, true)),
                    ls.s0(), ls.fStar(), new ExactMoments(ls, 1).stabilityLimit()));
        }
        Artifact.write(out.resolve("problems.csv"), PROBLEMS, prov, rows);
        rows = new ArrayList<>();
        for (Theorem7.Row r : st.theorem7) {
            rows.add(List.of(r.problem(), r.batch(), r.alpha(), r.alphaFraction(), r.sigma(), r.sigma0(), r.boundFloor(), r.exactFloor(),
                    r.worstRatio(), r.steps(), r.observedRate(), r.meanRate(), r.secondMomentRate()));
        }
        Artifact.write(out.resolve("theorem7.csv"), THEOREM7, prov, rows);
        rows = new ArrayList<>();
        for (LsStudy.FloorPoint f : st.floors) {
            rows.add(List.of(f.problem(), f.batch(), f.alpha(), f.exactFloor(), Double.isNaN(f.boundFloor()) ? "" : Double.toString(f.boundFloor())));
        }
        Artifact.write(out.resolve("floors.csv"), FLOORS, prov, rows);
        rows = new ArrayList<>();
        for (LsStudy.Decay d : st.decays) {
            int[] cp = d.schedule().checkpoints();
            for (int j = 0; j < cp.length; j++) {
                rows.add(List.of(d.label(), d.schedule().alpha0(), d.schedule().t0(), cp[j], d.exact()[j],
                        d.runsMean() == null ? "" : Double.toString(d.runsMean()[j])));
            }
        }
        Artifact.write(out.resolve("theorem8.csv"), DECAY, prov, rows);
    }

    public static void quadratic(Path out, Provenance prov, QuadraticStudy q) {
        List<List<?>> rows = new ArrayList<>(), hist = new ArrayList<>();
        List<GaussianChain.Run> all = new ArrayList<>(q.gibbs);
        all.add(q.temperature);
        for (GaussianChain.Run r : all) {
            String chain = r == q.temperature ? "eq3-l" + QuadraticStudy.TEMPERATURE_BATCH : "eq4";
            double gibbs = r == q.temperature ? r.alpha() / (2 * QuadraticStudy.TEMPERATURE_BATCH * r.lambda())
                    : QuadraticStudy.TEMPERATURE / r.lambda();
            double[] v = r.variance();
            rows.add(List.of(chain, r.alpha() * r.lambda(), r.q(), r.chains(), r.steps(), v[0], v[1], r.exact(), gibbs,
                    GaussianChain.totalVariation(r.exact(), gibbs)));
            if (r == q.temperature) continue;
            long total = 0;
            for (long c : r.histogram()) total += c;
            int bins = r.histogram().length;
            double width = 2 * r.halfWidth() / bins;
            for (int b = 0; b < bins; b++) {
                double x = -r.halfWidth() + (b + 0.5) * width;
                hist.add(List.of(r.alpha() * r.lambda(), x, r.histogram()[b] / (total * width), normal(x, gibbs), normal(x, r.exact())));
            }
        }
        Artifact.write(out.resolve("quadratic.csv"), QUADRATIC, prov, rows);
        Artifact.write(out.resolve("quadratic-histogram.csv"), QUADRATIC_HIST, prov, hist);
    }

    static double normal(double x, double v) {
        return Math.exp(-x * x / (2 * v)) / Math.sqrt(2 * Math.PI * v);
    }

    public static void slice(Path out, Provenance prov, SliceStudy s) {
        List<List<?>> rows = new ArrayList<>();
        for (SliceStudy.Point p : s.sweep) rows.add(sliceRow("sweep", p));
        for (SliceStudy.Point p : s.scaling) rows.add(sliceRow("scaling", p));
        Artifact.write(out.resolve("slice.csv"), SLICE, prov, rows);
        rows = new ArrayList<>();
        Bins bins = SliceStudy.BINS;
        int nb = bins.perAxis();
        double width = 2 * bins.halfWidth() / nb;
        double[] gm = marginal(s.gibbs.binMasses(SliceStudy.TEMPERATURE, bins), nb);
        for (SliceStudy.Point p : s.sweep) {
            double[] m = marginal(p.run().frequencies(0, 1), nb);
            for (int i = 0; i < nb; i++) {
                rows.add(List.of(p.run().alpha(), -bins.halfWidth() + (i + 0.5) * width, m[i] / width, gm[i] / width));
            }
        }
        Artifact.write(out.resolve("slice-marginal.csv"), MARGINAL, prov, rows);
        rows = new ArrayList<>();
        double[] m16 = s.gibbs.basinMasses(SliceStudy.TEMPERATURE), m64 = s.gibbs.basinMasses(SliceStudy.TEMPERATURE / 4);
        List<double[]> mins = s.gibbs.minima();
        for (int k = 0; k < mins.size(); k++) rows.add(List.of(k, mins.get(k)[0], mins.get(k)[1], mins.get(k)[2], m16[k], m64[k]));
        Artifact.write(out.resolve("slice-minima.csv"), MINIMA, prov, rows);
        rows = new ArrayList<>();
        int grid = 121;
        for (int i = 0; i < grid; i++) {
            for (int j = 0; j < grid; j++) {
                double x = -6 + 12.0 * i / (grid - 1), y = -6 + 12.0 * j / (grid - 1);
                rows.add(List.of(x, y, s.landscape.value(x, y)));
            }
        }
        Artifact.write(out.resolve("slice-landscape.csv"), LANDSCAPE, prov, rows);
        rows = new ArrayList<>();
        for (SliceStudy.Anneal a : s.anneal) {
            double[] f = a.fractionGlobal();
            rows.add(List.of(a.schedule(), a.stageSteps(), a.basins().length, f[0], f[1], a.finalTemperature(),
                    s.gibbs.basinMasses(a.finalTemperature())[0]));
        }
        Artifact.write(out.resolve("annealing.csv"), ANNEAL, prov, rows);
    }

    private static List<?> sliceRow(String experiment, SliceStudy.Point p) {
        Langevin.Run r = p.run();
        double[] e = r.meanEnergy();
        return List.of(experiment, r.alpha(), r.batch(), r.temperature(), r.chains(), r.steps(), e[0], e[1], p.gibbsEnergy(), p.tv(),
                p.tvHalves(), p.tEff(), p.tEffSe());
    }

    /** The x1-marginal of bin masses (the overflow bin dropped). */
    static double[] marginal(double[] masses, int nb) {
        double[] m = new double[nb];
        for (int i = 0; i < nb; i++) for (int j = 0; j < nb; j++) m[i] += masses[i * nb + j];
        return m;
    }

    public static void mnist(Path out, Provenance prov, MnistStudy m) {
        List<List<?>> rows = new ArrayList<>();
        int n = m.stepExact.n();
        for (StepMoments.Draws d : new StepMoments.Draws[] {m.withReplacement, m.withoutReplacement}) {
            double cov = m.stepExact.trace() / d.batch();
            rows.add(List.of(d.replacement() ? "with" : "without", n, d.batch(), d.draws(), d.meanAlongU(), d.meanAlongUSe(),
                    m.stepExact.bias(), d.meanSquare() / cov, d.meanSquareSe() / cov, (n - d.batch()) / (n - 1.0)));
        }
        Artifact.write(out.resolve("step.csv"), STEP, prov, rows);
        rows = new ArrayList<>();
        String[] names = {"base", "both-doubled", "alpha-doubled"};
        RealSgd.Chains[] chains = {m.base, m.both, m.alphaOnly};
        for (int i = 0; i < 3; i++) {
            RealSgd.Chains c = chains[i];
            double[] q = c.meanQuadratic(), e = c.meanExcess();
            rows.add(List.of(names[i], c.alpha(), c.batch(), c.chains(), c.steps(), q[0], q[1], e[0], e[1], m.model(c.alpha(), c.batch()),
                    RealSgd.excess(m.spectrum, RealSgd.modelVariances(m.spectrum, c.alpha(), c.batch(), true)),
                    m.gibbsA14(c.alpha(), c.batch())));
        }
        Artifact.write(out.resolve("real-sgd.csv"), REAL, prov, rows);
        rows = new ArrayList<>();
        RealSgd.Spectrum s = m.spectrum;
        double[] real = m.base.directionVariances(), model = RealSgd.modelVariances(s, m.base.alpha(), m.base.batch(), false),
                a14 = RealSgd.modelVariances(s, m.base.alpha(), m.base.batch(), true);
        for (int k = 0; k < s.d(); k++) rows.add(List.of(k, s.h()[k], s.sigmaDiag()[k], real[k], model[k], a14[k]));
        Artifact.write(out.resolve("mnist-spectrum.csv"), SPECTRUM, prov, rows);
    }
}
