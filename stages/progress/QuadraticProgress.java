package progress;

import java.util.ArrayList;
import java.util.List;

/**
 * Predictable progress on a random quadratic ({@link RandomQuadratic}): GD's scaled cost f(x_k)/N across independent
 * (H, b, x_0) at N = 10 ... 1e5 by the tridiagonal sampler, its spread fitted against N per step (as
 * {@link SpreadFit}), the mean and N x variance against the semicircle limits, and the tridiagonal sampler against
 * the dense GOE at a small N.
 */
public final class QuadraticProgress {
    /** The model of the claims: spectrum [1, 5] (lambda = 3, s = 1), eta = 0.2 (1 - eta h in [0, 0.8]), rho = 1. */
    public static final double LAMBDA = 3, S = 1, ETA = 0.2, RHO = 1;
    /** Quadrature points of the semicircle limits (geometric convergence; 4000 is far past rounding). */
    static final int QUADRATURE = 4000;

    public record Settings(long[] dims, int steps, int runs, int groups, int validationDims, int validationRuns, long seed, int threads) {}

    /** One step of the dense-versus-tridiagonal check: mean and variance of f/N in each, with standard errors. */
    public record Check(int step, String statistic, double dense, double seDense, double tridiagonal, double seTridiagonal) {
        public double z() { return (dense - tridiagonal) / Math.hypot(seDense, seTridiagonal); }
    }

    public final Settings s;
    public final RandomQuadratic.Model model;
    public final List<RandomQuadratic.Runs> runs = new ArrayList<>();
    public SpreadFit.Fit[] fits;
    /** limit[k] = {mean, N var} of the semicircle limit, collapsed[k] the same with h = lambda. */
    public double[][] limit, collapsed;
    public final List<Check> validation = new ArrayList<>();

    public QuadraticProgress(Settings s) {
        this.s = s;
        this.model = new RandomQuadratic.Model(LAMBDA, S, ETA, RHO, s.steps());
    }

    public QuadraticProgress run() {
        long t0 = System.nanoTime();
        for (long n : s.dims()) runs.add(RandomQuadratic.tridiagonal(model, n, s.runs(), s.seed(), "quadratic/N" + n, s.threads()));
        fits = new SpreadFit.Fit[s.steps()];
        double[] dims = new double[runs.size()];
        for (int j = 0; j < dims.length; j++) dims[j] = runs.get(j).dims();
        for (int k = 1; k <= s.steps(); k++) {
            double[][] v = new double[runs.size()][];
            for (int j = 0; j < v.length; j++) v[j] = column(runs.get(j), k);
            fits[k - 1] = SpreadFit.fit("gd", "quadratic", k, dims, v, s.groups());
        }
        limit = new double[s.steps() + 1][];
        collapsed = new double[s.steps() + 1][];
        for (int k = 0; k <= s.steps(); k++) {
            limit[k] = RandomQuadratic.limit(model, k, QUADRATURE);
            collapsed[k] = RandomQuadratic.collapsed(model, k);
        }
        validate();
        System.err.printf(java.util.Locale.ROOT, "predictable-progress: random quadratic %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return this;
    }

    private void validate() {
        RandomQuadratic.Runs dense = RandomQuadratic.dense(model, s.validationDims(), s.validationRuns(), s.seed(), "quadratic-dense",
                s.threads());
        RandomQuadratic.Runs tri = RandomQuadratic.tridiagonal(model, s.validationDims(), s.validationRuns(), s.seed(),
                "quadratic-tridiagonal", s.threads());
        for (int k = 0; k <= s.steps(); k++) {
            Stats.Moments a = Stats.of(column(dense, k)), b = Stats.of(column(tri, k));
            validation.add(new Check(k, "mean", a.mean(), a.seMean(), b.mean(), b.seMean()));
            validation.add(new Check(k, "variance", a.var(), a.seVar(), b.var(), b.seVar()));
        }
    }

    static double[] column(RandomQuadratic.Runs r, int k) {
        double[] v = new double[r.runs()];
        for (int i = 0; i < v.length; i++) v[i] = r.value(i, k);
        return v;
    }

    public RandomQuadratic.Runs largest() {
        RandomQuadratic.Runs best = runs.get(0);
        for (RandomQuadratic.Runs r : runs) if (r.dims() > best.dims()) best = r;
        return best;
    }
}
