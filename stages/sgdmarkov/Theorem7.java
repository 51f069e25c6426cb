package sgdmarkov;

import java.util.ArrayList;
import java.util.List;

/**
 * Theorem 7 of 003 (and Remark 9's mini-batch version) against the exact moments of SGD on a least-squares finite
 * sum. For each step alpha <= 1/(L sigma_min) the tightest admissible constants are sigma = 1/(L alpha) (the largest
 * the step condition allows) and sigma0 = sigma0(sigma); the bound is
 * <pre>
 *   E f(x_{t+1}) - f* <= F_b + (1 - alpha m)^t (f(x0) - f* - F_b),   F_b = alpha L sigma0 / (2 m),
 * </pre>
 * checked at every t of the exact recursion until the transient is below 1e-9 of the start.
 */
public final class Theorem7 {
    private Theorem7() {}

    /** One step size: the constants, the bound's floor, the exact floor, the worst ratio over t, and the rates. */
    public record Row(String problem, int batch, boolean replacement, double alpha, double alphaFraction, double sigma,
                      double sigma0, double boundFloor, double exactFloor, double worstRatio, int steps,
                      double observedRate, double meanRate, double secondMomentRate) {}

    /** The transient must fall below this fraction of the start before the scan stops. */
    static final double TRANSIENT = 1e-9;
    /** Longest exact recursion per step size. */
    static final int MAX_STEPS = 4_000_000;

    /** The rows for step sizes alpha = fraction / (L sigma_min(k)), for each fraction. */
    public static List<Row> scan(String name, LeastSquares ls, int batch, boolean replacement, double[] fractions, double[] x0) {
        double k = ls.batchFactor(batch, replacement);
        ExactMoments em = new ExactMoments(ls, k);
        double sigmaMin = ls.sigmaMin(k);
        List<Row> rows = new ArrayList<>();
        for (double fr : fractions) {
            double alpha = fr / (ls.bigL() * sigmaMin);
            double sigma = 1 / (ls.bigL() * alpha);
            double sigma0 = ls.sigma0(sigma, k);
            double fb = alpha * ls.bigL() * sigma0 / (2 * ls.m());
            double rate = 1 - alpha * ls.m();
            double[] v = em.start(x0), tmp = new double[v.length];
            double gap0 = em.gap(v), worst = 0;
            int steps = (int) Math.min(MAX_STEPS, Math.ceil(Math.log(TRANSIENT) / Math.log(rate)) + 10);
            double pow = 1;
            for (int t = 0; t < steps; t++) {
                em.step(v, alpha, tmp);
                double bound = fb + pow * (gap0 - fb);
                worst = Math.max(worst, em.gap(v) / bound);
                pow *= rate;
            }
            rows.add(new Row(name, batch, replacement, alpha, fr, sigma, sigma0, fb, em.floor(alpha), worst, steps,
                    em.observedRate(alpha, x0, Math.min(steps, 200_000)), em.meanRadius(alpha), em.secondMomentRadius(alpha)));
        }
        return rows;
    }
}
