package progress;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Sample moments with their standard errors, and the Bonferroni max-|z| test the validation claims use. */
public final class Stats {
    private Stats() {}

    private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);

    /**
     * n, mean, unbiased variance and the fourth central moment: se(mean) = sd/√n; se(var) = √((m4 − var²)/n) (the
     * delta method, no normality assumed); sd and se(sd) = se(var)/(2 sd).
     */
    public record Moments(int n, double mean, double var, double m4) {
        public double seMean() { return Math.sqrt(var / n); }

        public double seVar() { return Math.sqrt(Math.max(0, m4 - var * var) / n); }

        public double sd() { return Math.sqrt(var); }

        public double seSd() { return seVar() / (2 * sd()); }
    }

    public static Moments of(double[] x) { return of(x, 0, x.length); }

    public static Moments of(double[] x, int from, int to) {
        int n = to - from;
        double mean = 0;
        for (int i = from; i < to; i++) mean += x[i];
        mean /= n;
        double s2 = 0, s4 = 0;
        for (int i = from; i < to; i++) {
            double d = x[i] - mean;
            s2 += d * d;
            s4 += d * d * d * d;
        }
        return new Moments(n, mean, n > 1 ? s2 / (n - 1) : Double.NaN, s4 / n);
    }

    /** Mean and standard deviation of a few replicate estimates; se = sd/√G. */
    public record Replicates(int g, double mean, double sd) {
        public double se() { return sd / Math.sqrt(g); }
    }

    public static Replicates replicates(double[] est) {
        Moments m = of(est);
        return new Replicates(est.length, m.mean(), Math.sqrt(m.var()));
    }

    /**
     * The Bonferroni test that none of K statistics differs from its prediction: p = min(1, K · 2Φ(−max|z|)).
     * Its power against an alternative that shifts statistic k by delta_k standard errors is at least
     * max_k P(|Z + delta_k| > z*) with z* = Φ^{-1}(1 − level/(2K)) (a lower bound: the other statistics can only add
     * rejections); {@code sizeFactor} is the factor on the sample size at which that bound reaches 0.9.
     */
    public record MaxZ(int k, double maxAbsZ, int worst, double p, double power, double sizeFactor) {}

    public static MaxZ maxZ(double[] z, double[] deltaAlt, double level) { return maxZ(z, deltaAlt, level, Double.POSITIVE_INFINITY); }

    /**
     * As above with Student-t tails of {@code dof} degrees of freedom for each z (a standard error estimated from
     * dof + 1 replicates, e.g. field realisations): p and z* from the t distribution, so the scan does not reject
     * more often than its level when the standard errors are themselves uncertain.
     */
    public static MaxZ maxZ(double[] z, double[] deltaAlt, double level, double dof) {
        int k = z.length, worst = 0;
        for (int i = 1; i < k; i++) if (Math.abs(z[i]) > Math.abs(z[worst])) worst = i;
        double maxZ = Math.abs(z[worst]);
        org.apache.commons.math3.distribution.RealDistribution tails = Double.isInfinite(dof) ? STD
                : new org.apache.commons.math3.distribution.TDistribution(null, dof);
        double p = Math.min(1, k * 2 * tails.cumulativeProbability(-maxZ));
        double zCrit = tails.inverseCumulativeProbability(1 - level / (2 * k));
        double power = 0, bestDelta = 0;
        for (double d : deltaAlt) {
            power = Math.max(power, lib.Verdict.power(zCrit, d));
            bestDelta = Math.max(bestDelta, Math.abs(d));
        }
        double need = zCrit + STD.inverseCumulativeProbability(lib.Verdict.POWER);
        double factor = bestDelta > 0 ? Math.pow(need / bestDelta, 2) : Double.POSITIVE_INFINITY;
        return new MaxZ(k, maxZ, worst, p, power, factor);
    }

    /** Least squares y = X beta (columns of X as given, rows = observations); null when singular or underdetermined. */
    public static double[] leastSquares(double[][] x, double[] y) {
        int n = y.length, q = x[0].length;
        if (n < q) return null;
        org.ejml.data.DMatrixRMaj a = new org.ejml.data.DMatrixRMaj(n, q), b = new org.ejml.data.DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < q; j++) a.set(i, j, x[i][j]);
            b.set(i, 0, y[i]);
        }
        org.ejml.data.DMatrixRMaj out = new org.ejml.data.DMatrixRMaj(q, 1);
        var solver = org.ejml.dense.row.factory.LinearSolverFactory_DDRM.leastSquaresQrPivot(true, false);
        if (!solver.setA(a) || solver.quality() < 1e-12) return null;
        solver.solve(b, out);
        double[] beta = new double[q];
        for (int j = 0; j < q; j++) beta[j] = out.get(j, 0);
        return beta;
    }
}
