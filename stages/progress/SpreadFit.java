package progress;

import java.util.ArrayList;
import java.util.List;

/**
 * The spread of the scaled cost across independent runs against N, and its rate. For one algorithm and step k,
 * s_k(N) = SD over runs of f(x_k)/√N. 001's theorem (in this project's derivation: the scaled cost is a smooth function
 * of finitely many averages over N independent coordinates, so its fluctuations are O(N^{-1/2})) predicts
 * s_k(N) = σ_k N^{-1/2} (1 + O(1/N)). The fit is ln s = a + b ln N + c/N (the c/N term absorbs the leading
 * finite-N correction; with fewer than four dimensions it is left out). The uncertainty of b comes from G
 * independent replications: the runs of every N are split into G groups in run order, b is fitted in each, and
 * the estimate is the mean of the G slopes with se = sd/√G. The pooled fit (all runs) is what the figure draws.
 */
public final class SpreadFit {
    private SpreadFit() {}

    /** One step's fit: the replication estimate of b, the pooled coefficients, the number of replications and dims. */
    public record Fit(String algorithm, String sampler, int step, double b, double seB, double bPooled, double aPooled,
                      double cPooled, int replications, int dims, double minDims, double maxDims, boolean correction) {}

    /** values[j] holds the scaled costs at this step of the runs at dims[j] (length R_j, R_j divisible by groups). */
    public static Fit fit(String algorithm, String sampler, int step, double[] dims, double[][] values, int groups) {
        boolean correction = dims.length >= 4;
        double[] slopes = new double[groups];
        for (int g = 0; g < groups; g++) {
            double[] lnSd = new double[dims.length];
            for (int j = 0; j < dims.length; j++) {
                int size = values[j].length / groups;
                lnSd[j] = Math.log(Stats.of(values[j], g * size, (g + 1) * size).sd());
            }
            double[] c = coefficients(dims, lnSd, correction);
            slopes[g] = c == null ? Double.NaN : c[1];
        }
        double[] lnPooled = new double[dims.length];
        for (int j = 0; j < dims.length; j++) lnPooled[j] = Math.log(Stats.of(values[j]).sd());
        double[] pooled = coefficients(dims, lnPooled, correction);
        Stats.Replicates rep = Stats.replicates(slopes);
        double min = Double.POSITIVE_INFINITY, max = 0;
        for (double d : dims) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return new Fit(algorithm, sampler, step, rep.mean(), rep.se(), pooled == null ? Double.NaN : pooled[1],
                pooled == null ? Double.NaN : pooled[0], pooled == null || !correction ? 0 : pooled[2], groups, dims.length,
                min, max, correction);
    }

    static double[] coefficients(double[] dims, double[] lnSd, boolean correction) {
        List<double[]> rows = new ArrayList<>();
        for (double d : dims) rows.add(correction ? new double[] {1, Math.log(d), 1 / d} : new double[] {1, Math.log(d)});
        return Stats.leastSquares(rows.toArray(new double[0][]), lnSd);
    }

    /** The pooled fit's spread at N: exp(a + b ln N + c/N). */
    public static double curve(Fit f, double n) {
        return Math.exp(f.aPooled() + f.bPooled() * Math.log(n) + f.cPooled() / n);
    }
}
