package sgdmarkov;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * 003's statements decided by exact expectations on least squares and exact laws on a quadratic: Lemmas 5 and 6
 * ({@link DescentLemmas}), Remark 9's cost and Remark 11's crossover ({@link Costs}), the stationary law of eq (3) by
 * the discrete Lyapunov equation next to the Gibbs law ({@link Lyapunov}, with chains as the independent route), and
 * the Gibbs law at high temperature on the field slice's box (quadrature, {@link Gibbs}).
 */
public final class ExactStudy {
    /** Remark 9's cost at alpha = this / (L sigma_min) (first order in alpha, as remark9-floor), and a larger step for the evidence. */
    public static final double COST_FRACTION = 0.01, COST_FRACTION_LARGE = 0.3;
    /**
     * Remark 11: the fit uses these n (the multi problem's set replicated), whose crossovers lie where Theorem 8's SGD
     * is in its O(1/t) regime (t >= 1e5, far past t0); the evidence adds the smaller n, whose crossovers fall in the
     * schedule's transient. Targets gap0 10^{-j/20}, 7 decades.
     */
    public static final double[] REMARK11_N = {1600, 3200, 6400, 12800, 25600};
    public static final double[] REMARK11_EVIDENCE_N = {100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600};
    public static final int REMARK11_DECADES = 7, REMARK11_PER_DECADE = 20;
    /** Theorem 8's sigma for Remark 11's schedule, as in the theorem8 claims: 2 sigma_min. */
    public static final double REMARK11_SIGMA = 2;
    /** eq (3) on the multi problem's H at alpha = this / L, l = 1 (the stiffest direction's factor 1/(1 - alpha L/2) = 2). */
    public static final double LYAPUNOV_FRACTION = 1;
    /** High temperature as multiples of the range of f on the box. */
    public static final double HIGH_T = 100, HIGHER_T = 1000;

    public record Settings(int lyapunovChains, long lyapunovSteps, long seed, int threads) {}

    public final List<DescentLemmas.Case> lemmas = new ArrayList<>();
    public final List<Costs.Remark9Cost> remark9 = new ArrayList<>();
    public Costs.Remark11 remark11;
    public RealMatrix hessian, lyapunov, gibbs;
    public double lyapunovAlpha;
    public Lyapunov.Chains chains;
    /** (temperature, TV to uniform) rows of the high-temperature check, and the derived first-order coefficient E_U|f - Ef|/2. */
    public final List<double[]> highT = new ArrayList<>();
    public double range, halfMeanAbsDeviation;

    public static ExactStudy run(Settings s, LsStudy ls, Gibbs slice) {
        ExactStudy st = new ExactStudy();
        for (LsStudy.Problem p : ls.problems) {
            st.lemmas.addAll(DescentLemmas.scan(p.name(), p.ls(), LsStudy.BATCH, s.seed()));
            for (double fr : new double[] {COST_FRACTION, COST_FRACTION_LARGE}) st.remark9.add(Costs.remark9(p.name(), p.ls(), LsStudy.BATCH, fr));
        }
        LeastSquares multi = ls.problems.get(1).ls();
        st.remark11 = Costs.remark11(multi, REMARK11_SIGMA, REMARK11_DECADES, REMARK11_PER_DECADE);
        st.hessian = multi.hessian();
        st.lyapunovAlpha = LYAPUNOV_FRACTION / multi.bigL();
        st.lyapunov = Lyapunov.eq3(st.hessian, st.lyapunovAlpha, 1);
        st.gibbs = Lyapunov.gibbs(st.hessian, st.lyapunovAlpha, 1);
        long burn = (long) Math.ceil(20 / (st.lyapunovAlpha * multi.m()));
        st.chains = Lyapunov.simulate(st.hessian, st.lyapunovAlpha, 1, s.lyapunovChains(), burn, s.lyapunovSteps(), s.seed(),
                "lyapunov-eq3", s.threads());
        st.range = slice.range();
        st.halfMeanAbsDeviation = slice.uniformMeanAbsDeviation() / 2;
        for (double t : new double[] {SliceStudy.TEMPERATURE, 1, 10 * st.range, HIGH_T * st.range, HIGHER_T * st.range}) {
            st.highT.add(new double[] {t, slice.tvToUniform(t)});
        }
        return st;
    }

    public double tvAt(double temperature) {
        for (double[] r : highT) if (r[0] == temperature) return r[1];
        throw new IllegalArgumentException("no high-temperature row at " + temperature);
    }
}
