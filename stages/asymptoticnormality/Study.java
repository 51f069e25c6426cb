package asymptoticnormality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/** The exact route (a) and the Monte Carlo route (b) of the check of Theorem 1. */
public final class Study {
    private Study() {}

    /** One row of the exact finite-N moments followed towards N → ∞. */
    public record ExactRow(double dims, double x, double meanExact, double mu, double meanMinusMu, double varExact,
                           double sigma2Paper, double sigma2Corrected) {
        /** √N (E[Φ1] − μ_N): tends to Limits.meanCorrection(X). */
        public double scaledMeanError() { return Math.sqrt(dims) * meanMinusMu; }

        /** N (Var_N − σ_c²): tends to a constant if σ_c² is the limit. */
        public double scaledVarError() { return dims * (varExact - sigma2Corrected); }
    }

    /** (a): eqs (11)-(12) at η = X/√N for every N and X. */
    public static List<ExactRow> exact(double[] xs, double[] dims) {
        List<ExactRow> rows = new ArrayList<>();
        for (double n : dims) {
            for (double x : xs) {
                double eta = Limits.eta(n, x);
                rows.add(new ExactRow(n, x, ExactMoments.mean(n, eta), Limits.mu(n, x), ExactMoments.meanMinusMu(n, x),
                        ExactMoments.variance(n, eta), Limits.sigma2Paper(x), Limits.sigma2Corrected(x)));
            }
        }
        return rows;
    }

    /** (b): draws of the conditional model for every N and X, one seeded stream family per cell. */
    public static List<Cell> monteCarlo(double[] xs, int[] dims, int draws, long seed, ForkJoinPool pool) {
        List<Cell> cells = new ArrayList<>();
        for (int n : dims) {
            for (double x : xs) {
                String label = String.format(Locale.ROOT, "conditional-model/N=%d/X=%s", n, x);
                double[] sample = ConditionalModel.sample(n, Limits.eta(n, x), draws, seed, label, pool);
                cells.add(Cell.of("conditional-model", n, x, sample));
            }
        }
        return cells;
    }

    /** Rows (X, σ², σ_c², N, exact Var at N) on a grid of X for the variance figure. */
    public static List<double[]> varianceCurves(int[] dims, double xMax, int points) {
        List<double[]> rows = new ArrayList<>();
        for (int n : dims) {
            for (int i = 0; i <= points; i++) {
                double x = xMax * i / points;
                rows.add(new double[] {x, Limits.sigma2Paper(x), Limits.sigma2Corrected(x), n,
                        ExactMoments.variance(n, Limits.eta(n, x))});
            }
        }
        return rows;
    }

    /** About {@code points} quantiles of a sample's ECDF with the theorem's normal CDF N(μ_N(X), σ²(X)) beside them. */
    public static List<double[]> ecdf(Cell cell, int points) {
        double[] sorted = cell.sample().sorted();
        int n = sorted.length;
        var law = new org.apache.commons.math3.distribution.NormalDistribution(null, cell.mu(), Math.sqrt(cell.sigma2Paper()));
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < points; k++) {
            int i = (int) Math.min(n - 1, Math.round((k + 0.5) * n / points));
            rows.add(new double[] {sorted[i], (i + 1.0) / n, law.cumulativeProbability(sorted[i])});
        }
        return rows;
    }
}
