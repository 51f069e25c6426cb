package progress;

import asymptoticnormality.ExactMoments;
import asymptoticnormality.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * n = 1 is 000's single step: the exact sampler's first GD step at η_opt = (N+1)^{-1/2} (000 eq 13, X = √N η_opt → 1)
 * against 000's exact moments (eqs 11-12), Theorem 1's centring −√N X e^{-X²/2} (eq 19) and the corrected limiting
 * variance σ_c²(X) = 1 + X²e^{-X²}(1 − 2X² + X⁴/2) of stage asymptotic-normality (the printed σ²(X) = 1 + X²e^{-X²}
 * is the alternative). Moments of Φ1 = f(x_1) in 000's units (not divided by √N).
 */
public final class OneStep {
    private OneStep() {}

    public record Row(long dims, double eta, double x, int runs, Stats.Moments phi1, double eq11, double eq12,
                      double leadingMean, double sigma2Corrected, double sigma2Printed) {
        /** E[Φ1]/√N and its standard error. */
        public double scaledMean() { return phi1.mean() / Math.sqrt(dims); }

        public double seScaledMean() { return phi1.seMean() / Math.sqrt(dims); }
    }

    public static List<Row> run(long[] dims, int runs, long seed, int threads) {
        List<Row> rows = new ArrayList<>();
        for (long n : dims) {
            double x = Math.sqrt(n / (n + 1.0));
            ExactRuns.Paths p = ExactRuns.run(new Algorithm.GradientDescent(x), n, 1, runs, seed, "one-step/N" + n, threads,
                    PathSampler.Complement.DERIVED);
            double[] phi1 = new double[runs];
            double s = Math.sqrt(n);
            for (int r = 0; r < runs; r++) phi1[r] = p.value(r, 1) * s;
            double eta = 1 / Math.sqrt(n + 1.0);
            rows.add(new Row(n, eta, x, runs, Stats.of(phi1), ExactMoments.mean(n, eta), ExactMoments.variance(n, eta),
                    Limits.mu(n, x), Limits.sigma2Corrected(x), Limits.sigma2Paper(x)));
        }
        return rows;
    }
}
