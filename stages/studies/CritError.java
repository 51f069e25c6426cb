package studies;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The standard error of log10 eta_crit of one (N_P, M, epochs) cell of the study. Two parts:
 * <ul>
 * <li>the grid: the crossing is only known to lie inside the step it falls in, whose log10 width w gives a uniform
 *     position error of variance w²/12 (a known quantity, not estimated; not divided by the number of fields, since
 *     fields whose drops lie in the same step share it);</li>
 * <li>the field realisation: the spread of log10 eta_crit between fields, s²/n for n fields, where s² is pooled over
 *     the cells of the field-size series (Σ (y − ȳ_cell)² / Σ (n_cell − 1)): two fields per cell give one degree of freedom
 *     each, so the pool has one per cell instead of resting on one.</li>
 * </ul>
 * A decision at 3 SE from an error whose spread part is estimated with ν degrees of freedom would reject too often;
 * {@link #calibrated} widens it by the ratio of Student's t quantile to the normal one at the same level, ν from
 * Welch-Satterthwaite (the grid part has infinitely many), so that 3 calibrated SE have the normal coverage of 3 SE.
 */
public final class CritError {
    private CritError() {}

    /** The decisions' half-width in SE (lib/Verdict's Z_INTERVAL) and its one-sided normal level. */
    static final double Z = lib.Verdict.Z_INTERVAL;
    static final double LEVEL = new NormalDistribution(null, 0, 1).cumulativeProbability(Z);

    /** The pooled spread: its variance and degrees of freedom, and how many cells gave it. */
    public record Pooled(double variance, double dof, int cells) {}

    /** The pooled within-group variance of groups of values (groups of one add nothing). */
    public static Pooled pool(List<double[]> groups) {
        double ss = 0;
        int dof = 0, cells = 0;
        for (double[] g : groups) {
            if (g.length < 2) continue;
            double mean = java.util.Arrays.stream(g).average().orElseThrow();
            for (double y : g) ss += (y - mean) * (y - mean);
            dof += g.length - 1;
            cells++;
        }
        return new Pooled(dof > 0 ? ss / dof : 0, dof, cells);
    }

    /** The variance of a uniform position inside a step of log10 width w. */
    public static double gridVariance(double log10Step) { return log10Step * log10Step / 12; }

    /** Welch-Satterthwaite degrees of freedom of se² = spreadVar (dof degrees) + a known part; infinite without a spread part. */
    public static double dof(double se, double spreadVar, double dof) {
        if (!(spreadVar > 0) || !(dof > 0)) return Double.POSITIVE_INFINITY;
        return Math.pow(se, 4) / (spreadVar * spreadVar / dof);
    }

    /** se widened by t_ν(LEVEL) / z(LEVEL), ν = {@link #dof}: 3 of these have the coverage of 3 known SE. */
    public static double calibrated(double se, double spreadVar, double dof) {
        return se * widening(dof(se, spreadVar, dof));
    }

    /** t_ν(LEVEL) / z(LEVEL), at least 1 (1 for infinite ν). */
    public static double widening(double nu) {
        if (!Double.isFinite(nu) || nu > 1e7) return 1;
        return Math.max(1, new TDistribution(null, nu).inverseCumulativeProbability(LEVEL) / Z);
    }
}
