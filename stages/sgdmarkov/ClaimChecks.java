package sgdmarkov;

import lib.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lib.Claims;
import lib.Observation;
import lib.OpenParameter;

/** Observes every claim of paper-checks/sgd-markov.csv from the computed numbers; lib/Verdict decides. */
public final class ClaimChecks {
    private ClaimChecks() {}

    /**
     * The sizes some claims are about (below them the claim is undecided, whatever the numbers): the MNIST finite sum of
     * the spread claims, the chain time and number of the slice's linear-scaling runs (the cold runs mix slowly), the
     * annealing stage length, and Theorem 8's window [T/2^octaves, T].
     */
    public record Scope(int mnistItems, double scalingTime, int scalingChains, long stageSteps, int horizon, int octaves) {
        public static final Scope PAPER = new Scope(10000, 200000, 32, 30000, 1 << 20, 3);
    }

    // ---- §3.2: the Markov step on MNIST ---------------------------------------------------------------------------

    public static void markovStep(Claims c, MnistStudy m) {
        StepMoments.Exact ex = m.stepExact;
        StepMoments.Draws w = m.withReplacement, wo = m.withoutReplacement;
        int l = w.batch(), n = ex.n();
        double fpc = (n - l) / (n - 1.0), cov = ex.trace() / l;
        c.observe("step-mean-unbiased", Observation.estimate(w.meanAlongU(), w.meanAlongUSe())
                .against(ex.bias(), "mean step error along u of sampling items in proportion to their loss (no reweighting)")
                .size(w.draws(), "batches").evidence(fmt("u.(g_B - grad f) averaged over %d batches of %d (with replacement) "
                        + "= %.4g +- %.3g; the loss-proportional sampler's bias |b| = %.4g; without replacement %.4g +- %.3g; "
                        + "finite sum of the first %d MNIST images at w0 = w* / 2, |grad f(w0)| = %.4g", w.draws(), l,
                        w.meanAlongU(), w.meanAlongUSe(), ex.bias(), wo.meanAlongU(), wo.meanAlongUSe(), n, norm(ex.mean()))));
        c.observe("step-cov-with-replacement", Observation.estimate(w.meanSquare() / cov, w.meanSquareSe() / cov)
                .against(fpc, "the finite-population factor (n - l)/(n - 1)").size(w.draws(), "batches")
                .evidence(fmt("E|g_B - grad f|^2 / (tr Sigma / l) over %d batches of l = %d drawn with replacement from "
                        + "n = %d: %.4f +- %.4f (tr Sigma = %.5g; (n - l)/(n - 1) = %.4f)", w.draws(), l, n,
                        w.meanSquare() / cov, w.meanSquareSe() / cov, ex.trace(), fpc)));
        c.observe("step-cov-without-replacement", Observation.estimate(wo.meanSquare() / cov, wo.meanSquareSe() / cov)
                .against(fpc, "the finite-population factor (n - l)/(n - 1)").size(wo.draws(), "batches")
                .evidence(fmt("E|g_B - grad f|^2 / (tr Sigma / l) over %d batches of l = %d distinct items from n = %d: "
                        + "%.4f +- %.4f, not 1: the derived (n - l)/(n - 1) = %.4f", wo.draws(), l, n, wo.meanSquare() / cov,
                        wo.meanSquareSe() / cov, fpc)));
        c.observe("step-cov-fpc", Observation.estimate(wo.meanSquare() / cov / fpc, wo.meanSquareSe() / cov / fpc)
                .against(1 / fpc, "the notes' 1/l without the factor").size(wo.draws(), "batches")
                .evidence(fmt("E|g_B - grad f|^2 / (tr Sigma (n - l) / (l (n - 1))) without replacement, l = %d, n = %d: "
                        + "%.4f +- %.4f", l, n, wo.meanSquare() / cov / fpc, wo.meanSquareSe() / cov / fpc)));
    }

    // ---- Assumption 14 and real SGD against the model -------------------------------------------------------------

    public static void realSgd(Claims c, MnistStudy m, Scope scope) {
        RealSgd.Spectrum s = m.spectrum;
        int d = s.d();
        c.observe("a14-scale", Observation.exact(s.traceSigma() / d).evidence(fmt("tr Cov(grad f_w(w*)) / d = %.4g / %d = %.4g "
                + "on the first %d MNIST images (ridge %.3g)", s.traceSigma(), d, s.traceSigma() / d, m.items, m.ridge)));
        c.observe("a14-isotropy", Observation.exact(s.topSigma() / (s.traceSigma() / d)).evidence(fmt("lambda_max(Sigma) / "
                + "(tr Sigma / d) = %.4g / %.4g = %.4g; %d of %d eigen-directions of H carry no gradient noise (Sigma_kk < 1e-12 "
                + "max)", s.topSigma(), s.traceSigma() / d, s.topSigma() / (s.traceSigma() / d), silent(s), d)));
        RealSgd.Chains b = m.base;
        double[] qb = b.meanQuadratic(), qBoth = m.both.meanQuadratic(), qA = m.alphaOnly.meanQuadratic();
        double model = m.model(b.alpha(), b.batch()), a14 = m.gibbsA14(b.alpha(), b.batch());
        String sizes = fmt("%d chains x %d steps after %d, alpha = %.3g, l = %d, n = %d", b.chains(), b.steps(), b.burn(),
                b.alpha(), b.batch(), m.items);
        boolean paper = m.items == scope.mnistItems();
        String notPaper = fmt("the spread claims are about the finite sum of the first %d images; this run uses %d",
                scope.mnistItems(), m.items);
        double[] eb = b.meanExcess();
        String spread = fmt("real SGD: (1/2)(w - w*)^T H (w - w*) = %.5g +- %.3g, f - f* = %.5g +- %.3g; model eq (3) with the "
                + "true covariance %.5g; Assumption 14 + Gibbs at alpha/(2l): d alpha/(4l) = %.5g (%s)", qb[0], qb[1], eb[0],
                eb[1], model, a14, sizes);
        if (paper) {
            c.observe("real-sgd-a14", Observation.estimate(qb[0] / a14, qb[1] / a14).against(model / a14,
                    "the model with the true gradient covariance").size(b.chains(), "chains").evidence(spread));
            c.observe("real-sgd-model", Observation.estimate(qb[0] / model, qb[1] / model).size(b.chains(), "chains")
                    .evidence(spread + fmt("; real/model at (%.3g, %d) %.4f, at (%.3g, %d) %.4f: the error grows with the spread; "
                            + "f - f* exceeds its quadratic part by %.1f %%; by direction: %s", m.both.alpha(), m.both.batch(),
                            qBoth[0] / m.model(m.both.alpha(), m.both.batch()), m.alphaOnly.alpha(), m.alphaOnly.batch(),
                            qA[0] / m.model(m.alphaOnly.alpha(), m.alphaOnly.batch()), 100 * (eb[0] / qb[0] - 1), directionBands(m))));
            double[] rb = ratio(qBoth, qb), ra = ratio(qA, qb);
            String ls = fmt("(1/2)(w - w*)^T H (w - w*): (%.3g, %d) %.5g +- %.3g; (%.3g, %d) %.5g +- %.3g; (%.3g, %d) %.5g +- %.3g; "
                            + "model ratios %.4f and %.4f", b.alpha(), b.batch(), qb[0], qb[1], m.both.alpha(), m.both.batch(),
                    qBoth[0], qBoth[1], m.alphaOnly.alpha(), m.alphaOnly.batch(), qA[0], qA[1],
                    m.model(m.both.alpha(), m.both.batch()) / model, m.model(m.alphaOnly.alpha(), m.alphaOnly.batch()) / model);
            c.observe("linear-scaling-real-both", Observation.estimate(rb[0], rb[1]).size(b.chains(), "chains")
                    .evidence("spread at (2 alpha, 2 l) / at (alpha, l) = " + fmt("%.4f +- %.4f; ", rb[0], rb[1]) + ls));
            c.observe("linear-scaling-real-alpha", Observation.estimate(ra[0], ra[1]).size(b.chains(), "chains")
                    .evidence("spread at (2 alpha, l) / at (alpha, l) = " + fmt("%.4f +- %.4f; ", ra[0], ra[1]) + ls));
        } else {
            for (String id : new String[] {"real-sgd-a14", "real-sgd-model", "linear-scaling-real-both", "linear-scaling-real-alpha"}) {
                c.undecidable(id, notPaper);
            }
        }
    }

    static int silent(RealSgd.Spectrum s) {
        double max = 0;
        for (double v : s.sigmaDiag()) max = Math.max(max, v);
        int k = 0;
        for (double v : s.sigmaDiag()) if (v < 1e-12 * max) k++;
        return k;
    }

    /**
     * Where the model fails, direction by direction: the summed real over summed model variance in bands of the Hessian's
     * eigenvalue h (in units of the ridge lambda, the smallest h), over the directions that carry gradient noise.
     */
    static String directionBands(MnistStudy m) {
        RealSgd.Spectrum s = m.spectrum;
        double[] real = m.base.directionVariances(), model = RealSgd.modelVariances(s, m.base.alpha(), m.base.batch(), false);
        double max = 0;
        for (double v : s.sigmaDiag()) max = Math.max(max, v);
        double[] edges = {1, 3, 30, Double.POSITIVE_INFINITY};
        StringBuilder b = new StringBuilder();
        for (int band = 0; band < 3; band++) {
            double r = 0, mo = 0;
            int count = 0;
            for (int k = 0; k < s.d(); k++) {
                double h = s.h()[k] / m.ridge;
                if (s.sigmaDiag()[k] < 1e-12 * max || h < edges[band] || h >= edges[band + 1]) continue;
                r += real[k];
                mo += model[k];
                count++;
            }
            b.append(fmt("%sh/lambda in [%.0f, %s): %d directions, real/model %.4f", band == 0 ? "" : "; ", edges[band],
                    band == 2 ? "inf" : fmt("%.0f", edges[band + 1]), count, count == 0 ? Double.NaN : r / mo));
        }
        return b.toString();
    }

    // ---- §2: Theorems 7-8, Remarks 9-10 on least squares -----------------------------------------------------------

    public static void leastSquares(Claims c, LsStudy st, Scope scope) {
        for (LsStudy.Problem p : st.problems) {
            double worst = 0;
            Theorem7.Row at = null;
            for (Theorem7.Row r : st.theorem7) {
                if (!r.problem().equals(p.name())) continue;
                if (r.worstRatio() >= worst) {
                    worst = r.worstRatio();
                    at = r;
                }
            }
            LeastSquares ls = p.ls();
            double stab = new ExactMoments(ls, 1).stabilityLimit();
            c.observe("thm7-bound-" + p.name(), Observation.exact(worst).evidence(fmt("max over t and over %d steps alpha <= "
                    + "1/(L sigma) (l = 1 and %d) of the exact E f(x_{t+1}) - f* over the bound: %.6f, at l = %d, alpha = %.4g "
                    + "(%.2f/(L sigma_min)); m = %.4g, L = %.4g, sigma_min = %.4g; single-sample SGD stays bounded up to "
                    + "alpha = %.4g = %.3g/(L sigma_min): the step condition is sufficient, not necessary", count(st, p.name()),
                    LsStudy.BATCH, worst, at.batch(), at.alpha(), at.alphaFraction(), ls.m(), ls.bigL(), ls.sigmaMin(1), stab,
                    stab * ls.bigL() * ls.sigmaMin(1))));
        }
        double rate = 0;
        Theorem7.Row slow = null;
        for (Theorem7.Row r : st.theorem7) {
            double v = Math.max(r.meanRate(), r.secondMomentRate()) / (1 - r.alpha() * st.problems.stream()
                    .filter(p -> p.name().equals(r.problem())).findFirst().orElseThrow().ls().m());
            if (v >= rate) {
                rate = v;
                slow = r;
            }
        }
        c.observe("thm7-rate", Observation.exact(rate).evidence(fmt("max over problems, l and alpha of the exact asymptotic rate "
                + "max(rho(second moment), max|1 - alpha h|) / (1 - alpha m) = %.12f (at %s, l = %d, alpha = %.4g: second-moment "
                + "rate %.8f, mean rate %.8f; the rate seen from x0 there %.8f): the gap reaches its floor at exactly 1 - alpha m, "
                + "the mean's slowest mode driving it through the state-dependent noise", rate, slow.problem(), slow.batch(),
                slow.alpha(), slow.secondMomentRate(), slow.meanRate(), slow.observedRate())));
        double tight = 1;
        String tEv = "";
        for (int i = 0; i < st.problems.size(); i++) {
            double[] t = st.tightness.get(i);
            double v = t[1] / t[2] / t[3];
            if (Math.abs(v - 1) >= Math.abs(tight - 1)) tight = v;
            tEv += fmt("%s: exact floor %.5g / bound %.5g = %.5f vs m/(2L) = %.5f; ", st.problems.get(i).name(), t[1], t[2],
                    t[1] / t[2], t[3]);
        }
        c.observe("thm7-floor-tightness", Observation.exact(tight).evidence(fmt("at alpha = %.2f/(L sigma_min), l = 1: ",
                LsStudy.SMALL_FRACTION) + tEv + fmt("worst (exact/bound)/(m/(2L)) = %.5f", tight)));
        double[] sim = Stats.meanSe(st.simulatedFloor);
        c.observe("thm7-floor-simulation", Observation.estimate(sim[0] / st.simulatedExact, sim[1] / st.simulatedExact)
                .against(st.simulatedBound / st.simulatedExact, "Theorem 7's floor alpha L sigma0 / (2m)")
                .size(st.simulatedFloor.length, "runs").evidence(fmt("multi, l = 1, alpha = %.4g: simulated floor %.5g +- %.3g "
                        + "(%d runs), exact %.5g, bound %.5g", st.simulatedAlpha, sim[0], sim[1], st.simulatedFloor.length,
                        st.simulatedExact, st.simulatedBound)));
        decay(c, st, scope);
        remarks(c, st);
    }

    private static int count(LsStudy st, String problem) {
        int k = 0;
        for (Theorem7.Row r : st.theorem7) if (r.problem().equals(problem)) k++;
        return k;
    }

    private static void decay(Claims c, LsStudy st, Scope scope) {
        LsStudy.Decay d = st.decays.get(0), slow = st.decays.get(1);
        Theorem8.Schedule s = d.schedule();
        boolean window = s.horizon() == scope.horizon() && s.checkpoints()[0] == scope.horizon() >> scope.octaves();
        String what = fmt("alpha_t = alpha0/(t + t0), alpha0 = 2/m = %.4g, t0 = %.0f (alpha_1 < 1/(L sigma), sigma = 2 sigma_min); "
                + "slope of log gap against log(t + t0) over t in [%d, %d]", s.alpha0(), s.t0(), s.checkpoints()[0], s.horizon());
        String other = fmt("; at alpha0 = 1/(4m) (below the notes' alpha0 > 1/m) the exact slope is %.4f", slow.exactSlope());
        if (!window) {
            String why = fmt("the claim is about the window [%d, %d]; this run has [%d, %d]", scope.horizon() >> scope.octaves(),
                    scope.horizon(), s.checkpoints()[0], s.horizon());
            c.undecidable("thm8-decay-exact", why);
            c.undecidable("thm8-decay-runs", why);
            return;
        }
        c.observe("thm8-decay-exact", Observation.exact(d.exactSlope()).evidence(what + fmt(": exact recursion %.5f", d.exactSlope())
                + other));
        c.observe("thm8-decay-runs", Observation.estimate(d.runsSlope()[0], d.runsSlope()[1])
                .against(-0.5, "O(1/sqrt(t)), the rate of SGD without strong convexity").size(st.decayRuns(), "runs")
                .evidence(what + fmt(": %d runs %.4f +- %.4f (jackknife over 16 groups); exact %.5f", st.decayRuns(),
                        d.runsSlope()[0], d.runsSlope()[1], d.exactSlope()) + other));
    }

    private static void remarks(Claims c, LsStudy st) {
        double floorWorst = 1, sigmaWorst = 1, range = Double.POSITIVE_INFINITY, contraction = 1, sigmaMin = Double.POSITIVE_INFINITY;
        String fEv = "", sEv = "", rEv = "", cEv = "", mEv = "";
        for (int i = 0; i < st.problems.size(); i++) {
            LsStudy.Remark9 r = st.remark9.get(i);
            LeastSquares ls = st.problems.get(i).ls();
            double f = r.batch() * r.floorBatch() / r.floor1();
            if (Math.abs(f - 1) >= Math.abs(floorWorst - 1)) floorWorst = f;
            fEv += fmt("%s: alpha = %.4g, F(l=1) = %.5g, F(l=%d) = %.5g, l F(l)/F(1) = %.5f; ", r.problem(), r.smallAlpha(), r.floor1(),
                    r.batch(), r.floorBatch(), f);
            double s = r.batch() * r.sigmaMinBatch() / r.sigmaMin1();
            if (Math.abs(s - 1) >= Math.abs(sigmaWorst - 1)) sigmaWorst = s;
            sEv += fmt("%s: sigma_min(1) = %.5g, sigma_min(%d) = %.5g = 1 + (sigma_min(1) - 1)/l, the notes' sigma/l = %.5g; ",
                    r.problem(), r.sigmaMin1(), r.batch(), r.sigmaMinBatch(), r.sigmaMin1() / r.batch());
            double g = r.stabilityLimit() / r.notesStepLimit();
            range = Math.min(range, g);
            rEv += fmt("%s: l = %d diverges beyond alpha = %.4g, the notes' sigma/l admits alpha <= l/(L sigma) = %.4g (ratio %.4f); ",
                    r.problem(), r.batch(), r.stabilityLimit(), r.notesStepLimit(), g);
            double k = (1 - r.singleRate()) / (1 - r.notesRate());
            if (Math.abs(k - 1) >= Math.abs(contraction - 1)) contraction = k;
            cEv += fmt("%s: step alpha/l = %.4g, exact contraction of E[x - x*] %.8f = 1 - alpha m/l, the notes' 1 - alpha/(m l) "
                    + "= %.8f (m = %.4g); ", r.problem(), r.singleStep(), r.singleRate(), r.notesRate(), ls.m());
            sigmaMin = Math.min(sigmaMin, Math.min(r.sigmaMin1(), r.sigmaMinBatch()));
            mEv += fmt("%s: sigma_min = %.5g (l = 1), %.5g (l = %d); ", r.problem(), r.sigmaMin1(), r.sigmaMinBatch(), r.batch());
        }
        c.observe("remark9-floor", Observation.exact(floorWorst).evidence(fEv + "worst " + fmt("%.5f", floorWorst)));
        c.observe("remark9-sigma", Observation.exact(sigmaWorst).evidence(sEv + "worst l sigma_min(l)/sigma_min(1) = "
                + fmt("%.5f", sigmaWorst)));
        c.observe("remark9-step-range", Observation.exact(range).evidence(rEv + "smallest ratio " + fmt("%.4f", range)));
        c.observe("remark9-contraction", Observation.exact(contraction).evidence(cEv + "worst (1 - exact)/(alpha/(m l)) = "
                + fmt("%.5f", contraction)));
        c.observe("remark10-sigma", Observation.exact(sigmaMin).evidence(mEv + "smallest " + fmt("%.5f", sigmaMin)));
    }

    // ---- §3.3: the Gibbs law and its temperature ---------------------------------------------------------------------

    public static void quadratic(Claims c, QuadraticStudy q) {
        GaussianChain.Run r = q.at(QuadraticStudy.CLAIM_STEP);
        double gibbs = QuadraticStudy.TEMPERATURE / QuadraticStudy.LAMBDA;
        double[] v = r.variance();
        double exact = r.exact();
        String ev = fmt("eq (4) on f = x^2/2 at 1/beta = 1, alpha lambda = %.2f: stationary variance %.5f +- %.5f (%d chains x %d "
                + "steps); derived 1/(beta lambda (1 - alpha lambda/2)) = %.5f; Gibbs 1/(beta lambda) = %.5f", r.alpha(), v[0], v[1],
                r.chains(), r.steps(), exact, gibbs);
        c.observe("gibbs-quadratic", Observation.estimate(v[0] / gibbs, v[1] / gibbs).against(exact / gibbs,
                "the derived factor 1/(1 - alpha lambda/2)").size(r.chains(), "chains").evidence(ev));
        double worst = 0;
        GaussianChain.Run w = r;
        for (GaussianChain.Run x : q.gibbs) {
            double z = Math.abs(x.variance()[0] / x.exact() - 1) / (x.variance()[1] / x.exact());
            if (z > worst) {
                worst = z;
                w = x;
            }
        }
        c.observe("gibbs-quadratic-exact", Observation.estimate(v[0] / exact, v[1] / exact).against(gibbs / exact,
                "the Gibbs variance 1/(beta lambda)").size(r.chains(), "chains").evidence(ev + fmt("; over the %d steps of the grid "
                + "the largest |simulated/derived - 1| is %.2f standard errors (alpha lambda = %.2f)", q.gibbs.size(), worst, w.alpha())));
        GaussianChain.Run t = q.temperature;
        double[] tv = t.variance();
        double scale = QuadraticStudy.TEMPERATURE_BATCH * QuadraticStudy.LAMBDA / t.alpha();
        String tev = fmt("eq (3) on f = x^2/2, alpha = %.3g, l = %d: l lambda Var/alpha = %.5f +- %.5f (%d chains x %d steps); "
                + "derived 1/(2 - alpha lambda) = %.5f; 1/beta = alpha/(2l) gives 1/2, alpha/l gives 1", t.alpha(),
                QuadraticStudy.TEMPERATURE_BATCH, tv[0] * scale, tv[1] * scale, t.chains(), t.steps(), 1 / (2 - t.alpha()));
        c.observe("temperature-half", Observation.estimate(tv[0] * scale, tv[1] * scale).size(t.chains(), "chains").evidence(tev));
        c.observe("temperature-remark16", Observation.estimate(tv[0] * scale, tv[1] * scale).size(t.chains(), "chains").evidence(tev));
    }

    public static void slice(Claims c, SliceStudy s, Scope scope) {
        Gibbs g = s.gibbs;
        double t = SliceStudy.TEMPERATURE;
        double alt = g.meanEnergy(2 * t) - g.meanEnergy(t);
        SliceStudy.Point p = s.sweepAt(SliceStudy.CLAIM_STEP);
        double[] e = p.run().meanEnergy();
        c.observe("gibbs-slice-finite-step", Observation.estimate(e[0] - p.gibbsEnergy(), e[1])
                .against(alt, "E[f] of the Gibbs law at alpha/l (Remark 16) minus at alpha/(2l)").size(p.run().chains(), "chains")
                .evidence(fmt("eq (3) at alpha = %.3g, l = %.3g (1/beta = %.4g) on the field slice: E[f] = %.5f +- %.5f, Gibbs by "
                        + "quadrature %.5f; TV to Gibbs on %dx%d bins %.4f (halves of the chains differ by %.4f)", p.run().alpha(),
                        p.run().batch(), t, e[0], e[1], p.gibbsEnergy(), SliceStudy.BINS.perAxis(), SliceStudy.BINS.perAxis(),
                        p.tv(), p.tvHalves()) + "; TV (sampling floor) by step:" + tvByStep(s)));
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>(), ss = new ArrayList<>();
        for (SliceStudy.Point q : s.sweep) {
            if (q.run().alpha() > SliceStudy.LIMIT_MAX_STEP) continue;
            xs.add(q.run().alpha());
            ys.add(q.run().meanEnergy()[0] - q.gibbsEnergy());
            ss.add(q.run().meanEnergy()[1]);
        }
        double[] fit = Stats.wls(unbox(xs), unbox(ys), java.util.Arrays.stream(unbox(ss)).map(sd -> sd * sd).toArray());
        c.observe("gibbs-slice-limit", Observation.estimate(fit[0], fit[2]).against(alt,
                "E[f] of the Gibbs law at alpha/l (Remark 16) minus at alpha/(2l)").size(s.sweep.get(0).run().chains(), "chains per step")
                .evidence(fmt("weighted line through E_alpha[f] - E_Gibbs[f] at the %d steps alpha <= %.2f (l = 8 alpha): intercept "
                        + "%.5f +- %.5f, slope %.5f +- %.5f per unit alpha; Gibbs E[f] = %.5f at 1/beta = %.4g", xs.size(),
                        SliceStudy.LIMIT_MAX_STEP, fit[0], fit[2], fit[1], fit[3], g.meanEnergy(t), t)));
        SliceStudy.Point base = s.scaling.get(0), both = s.scaling.get(1), alpha = s.scaling.get(2), batch = s.scaling.get(3);
        String ev = fmt("effective temperatures (Gibbs mean energy inverted): (%.3g, %.0f) %.5f +- %.5f, (%.3g, %.0f) %.5f +- %.5f, "
                        + "(%.3g, %.0f) %.5f +- %.5f, (%.3g, %.0f) %.5f +- %.5f; alpha/(2l) = %.5f, %.5f, %.5f, %.5f",
                base.run().alpha(), base.run().batch(), base.tEff(), base.tEffSe(), both.run().alpha(), both.run().batch(), both.tEff(),
                both.tEffSe(), alpha.run().alpha(), alpha.run().batch(), alpha.tEff(), alpha.tEffSe(), batch.run().alpha(),
                batch.run().batch(), batch.tEff(), batch.tEffSe(), base.run().temperature(), both.run().temperature(),
                alpha.run().temperature(), batch.run().temperature());
        boolean sized = base.run().alpha() * base.run().steps() >= scope.scalingTime() && base.run().chains() >= scope.scalingChains();
        for (Object[] x : new Object[][] {{"linear-scaling-slice-both", both}, {"linear-scaling-slice-alpha", alpha},
                {"linear-scaling-slice-batch", batch}}) {
            SliceStudy.Point q = (SliceStudy.Point) x[1];
            if (!sized) {
                c.undecidable((String) x[0], fmt("the claim is about %d chains of time %.0f (alpha x steps); this run has %d of %.0f",
                        scope.scalingChains(), scope.scalingTime(), base.run().chains(), base.run().alpha() * base.run().steps()));
                continue;
            }
            double[] r = ratio(new double[] {q.tEff(), q.tEffSe()}, new double[] {base.tEff(), base.tEffSe()});
            c.observe((String) x[0], Observation.estimate(r[0], r[1]).size(base.run().chains(), "chains")
                    .evidence(fmt("T_eff(%.3g, %.0f) / T_eff(%.3g, %.0f) = %.4f +- %.4f; ", q.run().alpha(), q.run().batch(),
                            base.run().alpha(), base.run().batch(), r[0], r[1]) + ev));
        }
        anneal(c, s, scope);
    }

    private static void anneal(Claims c, SliceStudy s, Scope scope) {
        Gibbs g = s.gibbs;
        double cold = SliceStudy.COLD[SliceStudy.COLD.length - 1] / 2;
        double[] masses = g.basinMasses(cold);
        c.observe("gibbs-zero-temperature", Observation.exact(masses[0]).evidence(fmt("Gibbs mass of the global minimum's basin by "
                + "quadrature: %.5f at 1/beta = %.4g, %.5f at %.4g, %.5f at %.4g; %d basins on the grid", masses[0], cold,
                g.basinMasses(4 * cold)[0], 4 * cold, g.basinMasses(16 * cold)[0], 16 * cold, g.minima().size())));
        for (String schedule : new String[] {"moderate", "cold"}) {
            String id = "annealing-" + schedule;
            // a claim at one stage length needs that length; one over the stage lengths (a limit) takes every length run
            SliceStudy.Anneal a = s.annealAt(schedule, scope.stageSteps()), quench = s.annealAt(schedule, 0);
            if ((a == null && !c.claim(id).conditional()) || quench == null) {
                c.undecidable(id, fmt("the claim is about stages of %d steps and the quench; this run has stage lengths %s",
                        scope.stageSteps(), s.anneal.stream().map(x -> Long.toString(x.stageSteps())).distinct().toList()));
                continue;
            }
            double pg = g.basinMasses(quench.finalTemperature())[0];
            StringBuilder curve = new StringBuilder();
            for (SliceStudy.Anneal x : s.anneal) {
                if (x.schedule().equals(schedule)) curve.append(fmt(" %d:%.3f", x.stageSteps(), x.fractionGlobal()[0]));
            }
            if (c.claim(id).conditional()) {
                // the notes' convergence is for stages long enough to equilibrate: decided over the stage lengths run
                List<OpenParameter.At> at = new ArrayList<>();
                for (SliceStudy.Anneal x : s.anneal) {
                    if (x.schedule().equals(schedule) && x.stageSteps() > 0) {
                        at.add(new OpenParameter.At(x.stageSteps(), annealing(x, quench, pg, curve)));
                    }
                }
                c.observeOver(id, at);
            } else {
                c.observe(id, annealing(a, quench, pg, curve));
            }
        }
    }

    /** The fraction of runs ending in the global basin minus its Gibbs mass at the final temperature, binomial SE. */
    private static Observation annealing(SliceStudy.Anneal a, SliceStudy.Anneal quench, double pg, CharSequence curve) {
        int runs = a.basins().length, hits = (int) Math.round(a.fractionGlobal()[0] * runs);
        double pt = (hits + 1.0) / (runs + 2.0), se = Math.sqrt(pt * (1 - pt) / runs);
        return Observation.estimate(a.fractionGlobal()[0] - pg, se)
                .against(quench.fractionGlobal()[0] - pg, "gradient descent from the same starts (no annealing)")
                .size(runs, "runs").evidence(fmt("%d stages (alpha %.4g..%.4g, l = 1) of %d steps: %d of %d runs end in the global "
                        + "basin (%.4f +- %.4f); Gibbs mass at the final 1/beta = %.4g: %.4f; fraction by stage length:%s", a.alphas().length,
                        a.alphas()[0], a.alphas()[a.alphas().length - 1], a.stageSteps(), hits, runs, a.fractionGlobal()[0], se,
                        a.finalTemperature(), pg, curve));
    }

    static String tvByStep(SliceStudy s) {
        StringBuilder b = new StringBuilder();
        for (SliceStudy.Point q : s.sweep) b.append(fmt(" %.3g: %.4f (%.4f)", q.run().alpha(), q.tv(), q.tvHalves() / 2));
        return b.toString();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** {a/b, its delta-method standard error} of two independent estimates {value, se}. */
    static double[] ratio(double[] a, double[] b) {
        double r = a[0] / b[0];
        return new double[] {r, Math.abs(r) * Math.sqrt(Math.pow(a[1] / a[0], 2) + Math.pow(b[1] / b[0], 2))};
    }

    static double[] unbox(List<Double> v) {
        double[] x = new double[v.size()];
        for (int i = 0; i < x.length; i++) x[i] = v.get(i);
        return x;
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }

    static String fmt(String f, Object... args) { return String.format(Locale.ROOT, f, args); }
}
