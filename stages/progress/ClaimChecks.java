package progress;

import java.util.List;
import java.util.Locale;
import lib.Claims;
import lib.Observation;

/**
 * Observes every claim of paper-checks/predictable-progress.csv; lib/Verdict decides. Rates and the limit curve are
 * judged only on fits that reach N ≥ {@link #RATE_MIN_DIMS} (the range), the black-box claims only at the
 * N_P of 001's comparison ({@link #BB_SMALL}, {@link #BB_LARGE}); smaller runs report them undecidable.
 */
public final class ClaimChecks {
    private ClaimChecks() {}

    static final double RATE = -0.5;
    static final double RATE_ALT = -0.4;
    static final double RATE_MIN_DIMS = 1e5;
    static final double LINK_MIN_DIMS = 1e6;
    static final int BB_SMALL = 500, BB_LARGE = 5000;
    static final String[] ALGORITHMS = {"gd", "heavy-ball", "nesterov"};

    public static void observe(Claims claims, Study st, BlackBoxStudy.Result bb) {
        spread(claims, st);
        limitCurve(claims, st);
        span(claims, st);
        contrast(claims, st);
        oneStep(claims, st);
        sampler(claims, st);
        blackBox(claims, bb);
    }

    static void spread(Claims claims, Study st) {
        for (String a : ALGORITHMS) {
            SpreadFit.Fit f = last(st.fits.get(a));
            String ev = fmt("%s at step %d, N = %.0f..%.0e, %d replications x %d runs per N: spread of f/√N ∝ N^b with "
                    + "b = %.4f ± %.4f (pooled fit %.4f, c/N term %.3f); spread·√N at the largest N = %.4f",
                    a, f.step(), f.minDims(), f.maxDims(), f.replications(), st.s.runs() / f.replications(), f.b(), f.seB(),
                    f.bPooled(), f.cPooled(), SpreadFit.curve(f, f.maxDims()) * Math.sqrt(f.maxDims()));
            claims.observe("001-deterministic-" + a, Observation.estimate(f.b(), f.seB())
                    .size(f.replications(), "replications").evidence(ev));
            if (f.maxDims() < RATE_MIN_DIMS) {
                claims.undecidable("rate-" + a, fmt("the fit reaches N = %.0f; the rate is judged on fits reaching N ≥ %.0e", f.maxDims(), RATE_MIN_DIMS));
            } else {
                claims.observe("rate-" + a, Observation.estimate(f.b(), f.seB()).against(RATE_ALT, "a 20 % slower rate, N^-0.4")
                        .size(f.replications(), "replications").evidence(ev));
            }
        }
    }

    static void limitCurve(Claims claims, Study st) {
        ExactRuns.Paths p = st.largest("gd");
        int n = p.steps();
        double[] c = st.limits.get("gd")[0];
        if (p.dims() < RATE_MIN_DIMS) {
            String why = fmt("the largest N is %d; the limit curve is compared at N ≥ %.0e", p.dims(), RATE_MIN_DIMS);
            claims.undecidable("limit-curve-gd", why);
            claims.undecidable("limit-curve-gd-all-steps", why);
            return;
        }
        double[] z = new double[n], alt = new double[n];
        Stats.Moments last = null;
        for (int k = 1; k <= n; k++) {
            Stats.Moments m = step(p, k);
            z[k - 1] = (m.mean() - c[k]) / m.seMean();
            alt[k - 1] = (st.memoryless[k] - c[k]) / m.seMean();
            if (k == n) last = m;
        }
        claims.observe("limit-curve-gd", Observation.estimate(last.mean() - c[n], last.seMean())
                .against(st.memoryless[n] - c[n], "000's one step iterated without memory, c_{k+1} = e^{-X²/2}(c_k − X)")
                .size(p.runs(), "runs").evidence(fmt("GD X = %s at N = %d, step %d: mean f/√N = %.6f ± %.6f; derived limit c_n = %.6f; "
                        + "memoryless iteration %.4f", st.s.x(), p.dims(), n, last.mean(), last.seMean(), c[n], st.memoryless[n])));
        Stats.MaxZ t = Stats.maxZ(z, alt, claims.claim("limit-curve-gd-all-steps").expected());
        claims.observe("limit-curve-gd-all-steps", Observation.test(t.p(), t.power()).sizeNeeded(p.runs() * t.sizeFactor())
                .size(p.runs(), "runs").evidence(fmt("GD at N = %d, steps 1..%d: max |mean − c_k|/SE = %.2f at step %d, Bonferroni p = %.3g; "
                        + "power ≥ %.4f against the memoryless iteration", p.dims(), n, t.maxAbsZ(), t.worst() + 1, t.p(), t.power())));
    }

    static void span(Claims claims, Study st) {
        Contrast.Span worst = null, adam = null;
        for (Contrast.Span s : st.spans) {
            if (s.gradientSpan() && (worst == null || s.maxResidual() > worst.maxResidual())) worst = s;
            if (!s.gradientSpan()) adam = s;
        }
        StringBuilder all = new StringBuilder();
        for (Contrast.Span s : st.spans) all.append(fmt(" %s: max %.3g, min %.3g;", s.algorithm(), s.maxResidual(), s.minResidual()));
        String ev = fmt("relative distance of x_n − x_0 from span(∇f(x_0..x_{n−1})) on the spectral field, N = %d, %d runs, n = %d:%s",
                worst.dims(), worst.runs(), st.s.steps(), all);
        claims.observe("001-span-momentum", Observation.exact(worst.maxResidual()).evidence(ev));
        claims.observe("adam-leaves-span", Observation.exact(adam.minResidual()).evidence(ev));
    }

    static void contrast(Claims claims, Study st) {
        SpreadFit.Fit a = last(st.fitsAdam), g = last(st.fitsGdSpectral);
        claims.observe("contrast-adam-deterministic", Observation.estimate(a.b(), a.seB()).size(a.replications(), "replications")
                .evidence(fmt("spectral field, M = %d, N = %.0f..%.0f, step %d: Adam b = %.4f ± %.4f (pooled %.4f); GD on the same "
                        + "fields b = %.4f ± %.4f", st.s.contrastM(), a.minDims(), a.maxDims(), a.step(), a.b(), a.seB(), a.bPooled(),
                        g.b(), g.seB())));
    }

    static void oneStep(Claims claims, Study st) {
        List<OneStep.Row> small = st.link.stream().filter(r -> r.dims() <= 100).toList();
        double[] z = new double[2 * small.size()], alt = new double[2 * small.size()];
        StringBuilder ev = new StringBuilder();
        for (int i = 0; i < small.size(); i++) {
            OneStep.Row r = small.get(i);
            z[2 * i] = (r.phi1().mean() - r.eq11()) / r.phi1().seMean();
            alt[2 * i] = (r.leadingMean() - r.eq11()) / r.phi1().seMean();
            z[2 * i + 1] = (r.phi1().var() - r.eq12()) / r.phi1().seVar();
            alt[2 * i + 1] = (r.sigma2Corrected() - r.eq12()) / r.phi1().seVar();
            ev.append(fmt(" N = %d: mean %.4f ± %.4f (eq 11 %.4f), var %.4f ± %.4f (eq 12 %.4f);", r.dims(), r.phi1().mean(),
                    r.phi1().seMean(), r.eq11(), r.phi1().var(), r.phi1().seVar(), r.eq12()));
        }
        Stats.MaxZ t = Stats.maxZ(z, alt, claims.claim("n1-law-eqs11-12").expected());
        int runs = st.s.linkRuns();
        claims.observe("n1-law-eqs11-12", Observation.test(t.p(), t.power()).sizeNeeded(runs * t.sizeFactor()).size(runs, "runs per N")
                .evidence(fmt("exact sampler, one GD step at η_opt = (N+1)^{-1/2}, %d runs per N:%s max |z| = %.2f, Bonferroni p = %.3g; "
                        + "power ≥ %.4f against the large-N forms (mean −√N X e^{-X²/2}, variance σ_c²(X))", runs, ev, t.maxAbsZ(), t.p(), t.power())));
        OneStep.Row big = st.link.stream().max(java.util.Comparator.comparingLong(OneStep.Row::dims)).orElseThrow();
        if (big.dims() < LINK_MIN_DIMS) {
            claims.undecidable("n1-thm1-variance", fmt("the largest N of the link is %d, the limits are judged at N ≥ %.0e", big.dims(), LINK_MIN_DIMS));
            claims.undecidable("n1-first-step-eta-opt", fmt("the largest N of the link is %d, the limits are judged at N ≥ %.0e", big.dims(), LINK_MIN_DIMS));
            return;
        }
        claims.observe("n1-thm1-variance", Observation.estimate(big.phi1().var(), big.phi1().seVar())
                .against(big.sigma2Printed(), "000's printed σ²(X) = 1 + X²e^{-X²}").size(big.runs(), "runs")
                .evidence(fmt("N = %d, X = %.7f: Var Φ1 = %.5f ± %.5f; eq (12) %.5f; corrected σ_c²(X) %.5f; printed σ²(X) %.5f",
                        big.dims(), big.x(), big.phi1().var(), big.phi1().seVar(), big.eq12(), big.sigma2Corrected(), big.sigma2Printed())));
        claims.observe("n1-first-step-eta-opt", Observation.estimate(big.scaledMean(), big.seScaledMean())
                .against(-1, "the scale −√N of the expected minimum (000 §3.4: √e lower than one step)").size(big.runs(), "runs")
                .evidence(fmt("N = %d: E[Φ1]/√N = %.7f ± %.7f; eq (14)/√N = %.7f", big.dims(), big.scaledMean(), big.seScaledMean(),
                        big.eq11() / Math.sqrt(big.dims()))));
    }

    static void sampler(Claims claims, Study st) {
        List<Validation.Row> rows = st.validation;
        double[] z = new double[rows.size()], alt = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            z[i] = rows.get(i).z();
            alt[i] = rows.get(i).deltaAlt();
        }
        Stats.MaxZ t = Stats.maxZ(z, alt, claims.claim("sampler-vs-spectral").expected(), st.s.valRealisations() - 1);
        Validation.Row w = rows.get(t.worst());
        int runs = st.s.valRealisations() * st.s.valStarts();
        claims.observe("sampler-vs-spectral", Observation.test(t.p(), t.power()).sizeNeeded(runs * t.sizeFactor())
                .size(runs, "spectral runs per N").evidence(fmt("%d statistics (N = %s, steps 1..%d; mean and variance of f/√N, mean |∇f|²/N): "
                        + "max |z| = %.2f (N = %d, step %d, %s: spectral %.5f ± %.5f, exact %.5f ± %.5f), Bonferroni p (t, %d dof) = %.3g; "
                        + "power ≥ %.4f against i.i.d. N(0,1) complement components (largest shift %.0f SE)", rows.size(),
                        java.util.Arrays.toString(st.s.valDims()), st.s.valSteps(), t.maxAbsZ(), w.dims(), w.step(), w.statistic(),
                        w.spectral(), w.seSpectral(), w.exact(), w.seExact(), st.s.valRealisations() - 1, t.p(), t.power(),
                        java.util.Arrays.stream(alt).map(Math::abs).max().orElse(0))));
        claims.observe("sampler-jitter", Observation.exact(st.escalations()).evidence(fmt(
                "escalations beyond the base jitter %.0e over all exact runs: %d; smallest conditional pivot %.3g", PathSampler.JITTER,
                st.escalations(), st.minPivot())));
    }

    static void blackBox(Claims claims, BlackBoxStudy.Result bb) {
        BlackBox.Curves small = find(bb, BB_SMALL), large = find(bb, BB_LARGE);
        if (small == null || large == null) {
            String why = bb == null ? "no MNIST in this run (empty manifest)" : fmt("the black box ran at N_P = %s, not %d and %d",
                    bb.curves().stream().map(c -> Integer.toString(c.nParams())).toList(), BB_SMALL, BB_LARGE);
            for (String id : new String[] {"blackbox-gd-spread-shrinks", "blackbox-adam-spread-shrinks", "blackbox-distinct-ends"}) {
                claims.undecidable(id, why);
            }
            return;
        }
        for (boolean adam : new boolean[] {false, true}) {
            int k = large.steps();
            BlackBoxStudy.Spread s0 = BlackBoxStudy.spread(small, adam, k), s1 = BlackBoxStudy.spread(large, adam, k);
            double v = s1.lnSd() - s0.lnSd(), se = Math.hypot(s0.seLnSd(), s1.seLnSd());
            String name = adam ? "adam" : "gd";
            claims.observe("blackbox-" + name + "-spread-shrinks", Observation.estimate(v, se).size(large.starts(), "starts per N_P")
                    .evidence(fmt("%s, %d starts, step %d, MNIST subset of %d: SD of the training loss %.5f (N_P = %d, mean %.4f) → %.5f "
                            + "(N_P = %d, mean %.4f): ln ratio %.3f ± %.3f (jackknife); N^{-1/2} in N = N_P + 784 would give %.3f, in N_P %.3f",
                            name, large.starts(), k, bb.trainSize(), s0.sd(), BB_SMALL, BlackBoxStudy.meanLoss(small, adam, k), s1.sd(),
                            BB_LARGE, BlackBoxStudy.meanLoss(large, adam, k), v, se, -0.5 * Math.log((BB_LARGE + 784.0) / (BB_SMALL + 784.0)),
                            -0.5 * Math.log((double) BB_LARGE / BB_SMALL))));
        }
        claims.observe("blackbox-distinct-ends", Observation.exact(large.gdEndDistance() / large.startDistance()).evidence(fmt(
                "GD at N_P = %d: mean distance between the final β of different starts %.4f, between the starts %.4f (Adam: %.4f)",
                BB_LARGE, large.gdEndDistance(), large.startDistance(), large.adamEndDistance())));
    }

    // ---- random quadratic: 001's class contains it --------------------------------------------------------------------

    static final double QUAD_RATE_ALT = -1;

    public static void quadratic(Claims claims, QuadraticProgress q) {
        SpreadFit.Fit f = last(q.fits);
        RandomQuadratic.Runs big = q.largest();
        int n = q.s.steps();
        String model = fmt("f(x) = x^T H x/2 + b^T x, H = %s I + GOE (semicircle on [%s, %s]), b ~ N(0, I), x_0 ~ N(0, %s² I), "
                + "GD step %s, %d steps", QuadraticProgress.LAMBDA, QuadraticProgress.LAMBDA - 2 * QuadraticProgress.S,
                QuadraticProgress.LAMBDA + 2 * QuadraticProgress.S, QuadraticProgress.RHO, QuadraticProgress.ETA, n);
        String ev = fmt("%s; N = %.0f..%.0e, %d replications x %d runs per N: spread of f(x_n)/N ∝ N^b with b = %.4f ± %.4f "
                + "(pooled %.4f)", model, f.minDims(), f.maxDims(), f.replications(), q.s.runs() / f.replications(), f.b(), f.seB(), f.bPooled());
        claims.observe("001-quadratic-concentrates", Observation.estimate(f.b(), f.seB()).size(f.replications(), "replications").evidence(ev));
        if (f.maxDims() < RATE_MIN_DIMS) {
            String why = fmt("the largest N is %.0f; the rate and the limits are judged at N ≥ %.0e", f.maxDims(), RATE_MIN_DIMS);
            for (String id : new String[] {"quadratic-rate", "quadratic-limit-curve", "quadratic-spread-constant"}) claims.undecidable(id, why);
        } else {
            claims.observe("quadratic-rate", Observation.estimate(f.b(), f.seB())
                    .against(QUAD_RATE_ALT, "N^-1, the spread of a linear spectral statistic (H random, b and x_0 not)")
                    .size(f.replications(), "replications").evidence(ev));
            double[] z = new double[n], alt = new double[n];
            for (int k = 1; k <= n; k++) {
                Stats.Moments m = Stats.of(QuadraticProgress.column(big, k));
                z[k - 1] = (m.mean() - q.limit[k][0]) / m.seMean();
                alt[k - 1] = (q.collapsed[k][0] - q.limit[k][0]) / m.seMean();
            }
            Stats.Moments last = Stats.of(QuadraticProgress.column(big, n));
            Stats.MaxZ t = Stats.maxZ(z, alt, claims.claim("quadratic-limit-curve").expected());
            claims.observe("quadratic-limit-curve", Observation.test(t.p(), t.power()).sizeNeeded(big.runs() * t.sizeFactor())
                    .size(big.runs(), "runs").evidence(fmt("N = %d, steps 1..%d: max |mean − c_k|/SE = %.2f at step %d, Bonferroni p = %.3g; "
                            + "at step %d mean %.6f ± %.6f, semicircle limit c_n = %.6f, spectrum collapsed to its mean (h = λ) %.6f; "
                            + "power ≥ %.4f against the collapsed spectrum", big.dims(), n, t.maxAbsZ(), t.worst() + 1, t.p(), n,
                            last.mean(), last.seMean(), q.limit[n][0], q.collapsed[n][0], t.power())));
            double nv = big.dims() * last.var(), se = big.dims() * last.seVar(), v = q.limit[n][1];
            claims.observe("quadratic-spread-constant", Observation.estimate(nv / v, se / v)
                    .against(q.collapsed[n][1] / v, "the spectrum collapsed to its mean (h = λ)").size(big.runs(), "runs")
                    .evidence(fmt("N = %d, step %d: N Var(f/N) = %.6f ± %.6f; derived ∫ v_n dμ_sc = %.6f; collapsed spectrum %.6f; "
                            + "spread·√N = %.5f against √(∫ v_n dμ_sc) = %.5f", big.dims(), n, nv, se, v, q.collapsed[n][1],
                            Math.sqrt(nv), Math.sqrt(v))));
        }
        double[] z = new double[q.validation.size()], alt = new double[z.length];
        QuadraticProgress.Check worst = q.validation.get(0);
        for (int i = 0; i < z.length; i++) {
            QuadraticProgress.Check c = q.validation.get(i);
            z[i] = c.z();
            if (Math.abs(c.z()) >= Math.abs(worst.z())) worst = c;
            // alternative: Gaussian N(0, s²/N) off-diagonals instead of s chi_{N-k}/√N, whose spectrum collapses to lambda
            alt[i] = c.statistic().equals("mean") ? (q.collapsed[c.step()][0] - q.limit[c.step()][0]) / Math.hypot(c.seDense(), c.seTridiagonal()) : 0;
        }
        Stats.MaxZ t = Stats.maxZ(z, alt, claims.claim("quadratic-tridiagonal").expected());
        claims.observe("quadratic-tridiagonal", Observation.test(t.p(), t.power()).sizeNeeded(q.s.validationRuns() * t.sizeFactor())
                .size(q.s.validationRuns(), "runs").evidence(fmt("N = %d, %d runs each, steps 0..%d, mean and variance of f/N: max |z| = %.2f "
                        + "(step %d, %s: dense %.6f ± %.6f, tridiagonal %.6f ± %.6f), Bonferroni p = %.3g; power ≥ %.4f against Gaussian "
                        + "off-diagonals (spectrum collapsed to λ)", q.s.validationDims(), q.s.validationRuns(), n, t.maxAbsZ(), worst.step(),
                        worst.statistic(), worst.dense(), worst.seDense(), worst.tridiagonal(), worst.seTridiagonal(), t.p(), t.power())));
    }

    static BlackBox.Curves find(BlackBoxStudy.Result bb, int np) {
        if (bb == null) return null;
        return bb.curves().stream().filter(c -> c.nParams() == np).findFirst().orElse(null);
    }

    static Stats.Moments step(ExactRuns.Paths p, int k) {
        double[] v = new double[p.runs()];
        for (int r = 0; r < v.length; r++) v[r] = p.value(r, k);
        return Stats.of(v);
    }

    static SpreadFit.Fit last(SpreadFit.Fit[] f) { return f[f.length - 1]; }

    static String fmt(String f, Object... args) { return String.format(Locale.ROOT, f, args); }
}
