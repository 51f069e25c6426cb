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

    /**
     * One (N, X, t) of the saddle-point analysis of eq (23): log E[e^{t(Φ1 − μ_N)}] by quadrature of eq (22), the saddle
     * value of eq (23)'s first line, its second line as printed, and the derived limit of what the saddle point drops.
     */
    public record SaddleRow(double dims, double x, double t, double logMgf, double saddle, double secondLine, double dropped) {
        /** What the saddle point drops at this N: log-MGF minus the saddle value. */
        public double gap() { return logMgf - saddle; }

        /** √N (gap − dropped term): bounded if the dropped term is the whole O(1) gap. */
        public double scaledRemainder() { return Math.sqrt(dims) * (gap() - dropped); }
    }

    /** Eq (23) against eq (22) at every N, X and t of {@link Mgf#TS}. */
    public static List<SaddleRow> saddle(double[] xs, double[] dims) {
        List<SaddleRow> rows = new ArrayList<>();
        for (double n : dims) {
            for (double x : xs) {
                for (double t : Mgf.TS) {
                    rows.add(new SaddleRow(n, x, t, Mgf.logMgfCentred(n, x, t), Mgf.saddleValue(x, t), Mgf.secondLine(x, t),
                            Mgf.droppedTerm(x, t)));
                }
            }
        }
        return rows;
    }

    /**
     * One Monte Carlo cell's E[e^{t(Φ1 − E Φ1)}] (the mean of the draws' exponentials, its standard error from their
     * spread) beside eq (22) by quadrature, as printed and with its t² term's sign flipped.
     */
    public record MgfRow(int dims, double x, double t, int draws, double monteCarlo, double se, double eq22, double eq22Flipped) {
        public double z() { return (monteCarlo - eq22) / se; }

        /** How far the flipped form lies from the printed one, in this cell's standard errors. */
        public double shiftFlipped() { return Math.abs(eq22Flipped - eq22) / se; }
    }

    /** (b) for eq (22): every Monte Carlo cell at every t of {@link Mgf#TS}, centred at the exact E[Φ1] (eq 11). */
    public static List<MgfRow> mgf(List<Cell> mc) {
        List<MgfRow> rows = new ArrayList<>();
        for (Cell c : mc) {
            double[] y = c.sample().sorted();
            for (double t : Mgf.TS) {
                double sum = 0, sum2 = 0;
                for (double v : y) {
                    double e = Math.exp(t * (v - c.meanExact()));
                    sum += e;
                    sum2 += e * e;
                }
                int n = y.length;
                double mean = sum / n;
                double se = Math.sqrt(Math.max(0, sum2 / n - mean * mean) / (n - 1));
                rows.add(new MgfRow(c.dims(), c.x(), t, n, mean, se, Mgf.eq22Centred(c.dims(), c.eta(), t, c.meanExact(), Mgf.PRINTED),
                        Mgf.eq22Centred(c.dims(), c.eta(), t, c.meanExact(), Mgf.FLIPPED)));
            }
        }
        return rows;
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
