package sgdmarkov;

import java.util.ArrayList;
import java.util.List;

/**
 * The cost comparisons of 003 Remarks 9 and 11, by the exact moment recursion ({@link ExactMoments}): iterations and
 * gradient evaluations until E f(x_t) - f* first falls to a target, from x0 = 0.
 * <ul>
 * <li>Remark 9: mini-batch SGD (l, step alpha) against single-sample SGD at step alpha/l, to a target both reach
 *     (twice the larger of their floors); cost = l x iterations and iterations.</li>
 * <li>Remark 11: single-sample SGD with Theorem 8's schedule against full-batch GD (step 1/L, n gradients a step). The
 *     per-sample statistics are held fixed while n grows (the data set replicated n/n0 times: H, the noise law and
 *     every SGD moment are those of the base set), so only GD's cost of n per step changes, the premise of the
 *     notes' comparison O(n log(1/eps)) against O(1/eps).</li>
 * </ul>
 */
public final class Costs {
    private Costs() {}

    /** Iteration cap of one first-passage search (a target never reached is an error, not a silent cap). */
    static final long MAX_STEPS = 200_000_000L;

    /** First t with gap <= target at constant alpha. */
    public static long stepsTo(ExactMoments em, double alpha, double target, double[] x0) {
        double[] v = em.start(x0), tmp = new double[v.length];
        for (long t = 1; t <= MAX_STEPS; t++) {
            em.step(v, alpha, tmp);
            if (em.gap(v) <= target) return t;
        }
        throw new IllegalStateException("target " + target + " not reached in " + MAX_STEPS + " steps at alpha " + alpha);
    }

    /** Remark 9 at one step: batch and single-sample floors, the target, iterations of each and the cost ratio. */
    public record Remark9Cost(String problem, int batch, double fraction, double alpha, double floorBatch, double floorSingle, double target,
                              long batchSteps, long singleSteps) {
        /** Gradient evaluations of single-sample SGD over those of mini-batch SGD. */
        public double costRatio() { return (double) singleSteps / ((double) batch * batchSteps); }
    }

    /** At alpha = fraction / (L sigma_min(1)). */
    public static Remark9Cost remark9(String problem, LeastSquares ls, int batch, double fraction) {
        double alpha = fraction / (ls.bigL() * ls.sigmaMin(1));
        ExactMoments mb = new ExactMoments(ls, ls.batchFactor(batch, true)), one = new ExactMoments(ls, 1);
        double fb = mb.floor(alpha), f1 = one.floor(alpha / batch), target = 2 * Math.max(fb, f1);
        double[] x0 = new double[ls.d()];
        return new Remark9Cost(problem, batch, fraction, alpha, fb, f1, target, stepsTo(mb, alpha, target, x0), stepsTo(one, alpha / batch, target, x0));
    }

    /**
     * Remark 11: first-passage times of single-sample SGD under Theorem 8's schedule and of GD at step 1/L, for the
     * targets gap0 x 10^{-j/perDecade}, j = 1..; SGD's times are found in one pass of the recursion.
     */
    public record Remark11(double gap0, double[] targets, long[] sgdSteps, long[] gdSteps, double alpha0, double t0) {
        /**
         * The target at which n GD steps cost as many gradients as SGD's steps (log-log interpolation), NaN if none in
         * range: coarse targets favour SGD (n T_GD > T_SGD), fine ones GD; the first change of side, coarse to fine.
         */
        public double crossover(double n) {
            for (int j = 1; j < targets.length; j++) {
                double r0 = Math.log(n * gdSteps[j - 1] / (double) sgdSteps[j - 1]), r1 = Math.log(n * gdSteps[j] / (double) sgdSteps[j]);
                if (r0 > 0 && r1 <= 0) {
                    double w = -r0 / (r1 - r0);
                    return Math.exp((1 - w) * Math.log(targets[j - 1]) + w * Math.log(targets[j]));
                }
            }
            return Double.NaN;
        }
    }

    public static Remark11 remark11(LeastSquares ls, double sigmaFactor, int decades, int perDecade) {
        double[] x0 = new double[ls.d()];
        ExactMoments em = new ExactMoments(ls, 1);
        double gap0 = em.gap(em.start(x0));
        int count = decades * perDecade;
        double[] targets = new double[count];
        for (int j = 0; j < count; j++) targets[j] = gap0 * Math.pow(10, -(j + 1.0) / perDecade);
        double alpha0 = 2 / ls.m(), t0 = Math.ceil(alpha0 * ls.bigL() * sigmaFactor * ls.sigmaMin(1));   // Theorem 8's conditions
        long[] sgd = new long[count];
        double[] v = em.start(x0), tmp = new double[v.length];
        int j = 0;
        for (long t = 1; j < count; t++) {
            if (t > MAX_STEPS) throw new IllegalStateException("Remark 11: target " + targets[j] + " not reached in " + MAX_STEPS + " SGD steps");
            em.step(v, alpha0 / (t + t0), tmp);
            double g = em.gap(v);
            while (j < count && g <= targets[j]) sgd[j++] = t;
        }
        return new Remark11(gap0, targets, sgd, gdSteps(ls, targets, x0), alpha0, t0);
    }

    /** GD at step 1/L: the exact deterministic gap, first passage below each target. */
    static long[] gdSteps(LeastSquares ls, double[] targets, double[] x0) {
        int d = ls.d();
        double[][] h = ls.hessian().getData();
        double[] xs = ls.xStar(), e = new double[d], next = new double[d];
        for (int i = 0; i < d; i++) e[i] = x0[i] - xs[i];
        double eta = 1 / ls.bigL();
        long[] out = new long[targets.length];
        int j = 0;
        for (long t = 1; j < targets.length; t++) {
            if (t > MAX_STEPS) throw new IllegalStateException("Remark 11: GD did not reach " + targets[j]);
            for (int i = 0; i < d; i++) {
                double s = e[i];
                for (int q = 0; q < d; q++) s -= eta * h[i][q] * e[q];
                next[i] = s;
            }
            System.arraycopy(next, 0, e, 0, d);
            double g = 0;
            for (int i = 0; i < d; i++) for (int q = 0; q < d; q++) g += e[i] * h[i][q] * e[q];
            g /= 2;
            while (j < targets.length && g <= targets[j]) out[j++] = t;
        }
        return out;
    }

    /** The crossover targets eps*(n) at the given n, and the least-squares slope of ln eps* against ln n. */
    public static double[] crossoverSlope(Remark11 r, double[] ns) {
        List<Double> x = new ArrayList<>(), y = new ArrayList<>();
        for (double n : ns) {
            double e = r.crossover(n);
            if (Double.isNaN(e)) continue;
            x.add(Math.log(n));
            y.add(Math.log(e));
        }
        if (x.size() < 2) return new double[] {Double.NaN, x.size()};
        double[] xx = x.stream().mapToDouble(Double::doubleValue).toArray(), yy = y.stream().mapToDouble(Double::doubleValue).toArray();
        return new double[] {lib.Stats.slope(xx, yy), x.size()};
    }
}
