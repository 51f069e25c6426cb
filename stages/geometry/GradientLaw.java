package geometry;

import java.util.Arrays;
import java.util.SplittableRandom;
import lib.GaussianField;
import lib.Parallel;
import lib.Streams;
import org.apache.commons.math3.special.Gamma;

/**
 * The law of Ξ0² = |∇φ(x0)|² on the simulated field (000 eqs 29-31) against the χ²_N of 000 §3.1 (each gradient
 * component N(0, −k''(0) = 1), independent). Points x0 are uniform in a large box, as in 000 §4.1, so that on one
 * realisation the phases z_m·x0 are effectively independent and uniform.
 *
 * <p><b>The finite-M law</b> (derived here; the best alternative to χ²_N the project knows). Marginally over the
 * realisation and the point, ∇φ(x0) = −Σ_m (a_m sin θ_m + b_m cos θ_m) z_m with θ_m uniform and independent of
 * (a_m, b_m) ~ N(0, 1/M)², so each coefficient is exactly N(0, 1/M) and ∇φ | Z ~ N(0, S), S = ZᵀZ/M Wishart. Then
 * E Ξ0² = E tr S = N and Var Ξ0² = 2 E tr S² + Var tr S = 2N(M + N + 1)/M + 2N/M = 2N (1 + (N + 2)/M), with
 * E tr W² = MN(M + N + 1) for W ~ Wishart_N(M, I). Within one realisation the points share Z, a, b: the
 * realisation's mean Σ_m (a_m² + b_m²)|z_m|²/2 varies between realisations with variance (N² + 4N)/M.
 */
final class GradientLaw {
    private GradientLaw() {}

    /** Ξ0² at {@code points} uniform points of each of {@code realisations} independent fields; xi2[r][p]. */
    record Sample(int n, int m, int realisations, int points, double box, double[][] xi2) {
        double[] pooled() {
            double[] v = new double[realisations * points];
            for (int r = 0; r < realisations; r++) System.arraycopy(xi2[r], 0, v, r * points, points);
            return v;
        }
    }

    static Sample sample(int n, int m, int realisations, int points, double box, String label, long seed, int threads) {
        double[][] out = new double[realisations][];
        Parallel.run(realisations, threads, r -> {
            GaussianField f = GaussianField.sample(n, m, Streams.of(seed, label + "-field", r).nextLong());
            SplittableRandom rng = Streams.of(seed, label + "-points", r);
            double[] x = new double[points * n];
            for (int i = 0; i < x.length; i++) x[i] = box * (2 * rng.nextDouble() - 1);
            double[] v = new double[points], g = new double[points * n];
            f.valuesAndGradients(x, points, v, g, 1);
            double[] s = new double[points];
            for (int p = 0; p < points; p++) {
                double q = 0;
                for (int j = 0; j < n; j++) q += g[p * n + j] * g[p * n + j];
                s[p] = q;
            }
            out[r] = s;
        });
        return new Sample(n, m, realisations, points, box, out);
    }

    /** The Anderson-Darling statistic of the values against χ²_dof and its asymptotic p-value. */
    record Test(double a2, double p, int size) {}

    static Test test(double[] values, int dof) {
        double[] x = values.clone();
        Arrays.sort(x);
        double[] logU = new double[x.length], logQ = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            logU[i] = logCdf(dof, x[i]);
            logQ[i] = logTail(dof, x[i]);
        }
        double a2 = AndersonDarling.statistic(logU, logQ);
        return new Test(a2, AndersonDarling.pValue(a2), x.length);
    }

    static double logCdf(int dof, double x) {
        return Math.log(Math.max(Double.MIN_VALUE, Gamma.regularizedGammaP(dof / 2.0, x / 2)));
    }

    static double logTail(int dof, double x) {
        return Math.log(Math.max(Double.MIN_VALUE, Gamma.regularizedGammaQ(dof / 2.0, x / 2)));
    }

    /** An alternative law of Ξ0²: scale·χ²_dof (dof may be fractional). */
    record Alternative(String label, double scale, double dof) {
        double mean() { return scale * dof; }

        double variance() { return 2 * scale * scale * dof; }
    }

    /** 000 §4.1 prints w ~ CN(0, M⁻¹ 1); read with the usual E|w_m|² = 1/M it halves every variance: Ξ0² ~ χ²_N/2. */
    static Alternative halfVariance(int n) {
        return new Alternative("chi2_N/2 (w ~ CN(0, 1/M) read as E|w_m|^2 = 1/M)", 0.5, n);
    }

    /** The finite-M law matched in mean N and variance 2N(1 + (N+2)/M) (class comment) by a scaled χ². */
    static Alternative finiteM(int n, int m) {
        double s = 1 + (n + 2.0) / m;
        return new Alternative("finite-M law at M = " + m + " (variance 2N(1+(N+2)/M), as a scaled chi2)", s, n / s);
    }

    /** Var Ξ0² on the simulated field, marginally over realisations and points (class comment). */
    static double finiteMVariance(int n, int m) {
        return 2.0 * n * (1 + (n + 2.0) / m);
    }

    /**
     * The probability integral transform of the alternative under χ²_dof, tabulated: the alternative's CDF g_k at
     * grid points x_k and log F(x_k), log(1 − F(x_k)) of χ²_dof, so that draws of the transform cost an interpolation.
     */
    record PitTable(double[] g, double[] logU, double[] logQ) {
        static PitTable of(Alternative alt, int dof, int points) {
            double sd = Math.sqrt(alt.variance());
            double lo = Math.max(0, alt.mean() - 12 * sd), hi = alt.mean() + 14 * sd;
            double[] g = new double[points], lu = new double[points], lq = new double[points];
            for (int k = 0; k < points; k++) {
                double x = lo + (hi - lo) * k / (points - 1);
                g[k] = Gamma.regularizedGammaP(alt.dof() / 2, x / (2 * alt.scale()));
                lu[k] = logCdf(dof, x);
                lq[k] = logTail(dof, x);
            }
            return new PitTable(g, lu, lq);
        }

        /** A² of {@code size} draws from the alternative, from sorted uniforms mapped through the table. */
        double statistic(int size, SplittableRandom rng) {
            double[] v = new double[size];
            for (int i = 0; i < size; i++) v[i] = rng.nextDouble();
            Arrays.sort(v);
            double[] lu = new double[size], lq = new double[size];
            int k = 0;
            for (int i = 0; i < size; i++) {
                while (k < g.length - 2 && g[k + 1] <= v[i]) k++;
                double t = g[k + 1] > g[k] ? Math.max(0, Math.min(1, (v[i] - g[k]) / (g[k + 1] - g[k]))) : 0;
                lu[i] = logU[k] + t * (logU[k + 1] - logU[k]);
                lq[i] = logQ[k] + t * (logQ[k + 1] - logQ[k]);
            }
            return AndersonDarling.statistic(lu, lq);
        }
    }

    /** Power of the level-alpha test against the alternative at a sample size, and the size at which it reaches 0.9. */
    record Power(double power, int reps, double sizeNeeded) {}

    /** Sizes are doubled from {@code size} while the power stays below the target, up to {@code maxSize}. */
    static Power power(Alternative alt, int dof, int size, int reps, double alpha, double target, int maxSize, long seed) {
        PitTable table = PitTable.of(alt, dof, 20001);
        double crit = AndersonDarling.criticalValue(alpha);
        double p = rejectionRate(table, size, reps, crit, alt.label(), seed);
        if (p >= target) return new Power(p, reps, Double.NaN);
        double prevSize = size, prevP = p;
        for (long s = 2L * size; s <= maxSize; s *= 2) {
            double q = rejectionRate(table, (int) s, reps, crit, alt.label(), seed);
            if (q >= target) {
                // interpolate the power linearly in log size between the bracketing sizes
                double f = (target - prevP) / (q - prevP);
                return new Power(p, reps, Math.exp(Math.log(prevSize) + f * (Math.log(s) - Math.log(prevSize))));
            }
            prevSize = s;
            prevP = q;
        }
        return new Power(p, reps, Double.POSITIVE_INFINITY);
    }

    static double rejectionRate(PitTable table, int size, int reps, double crit, String label, long seed) {
        int rejected = 0;
        for (int r = 0; r < reps; r++) {
            if (table.statistic(size, Streams.of(seed, "ad-power-" + label + "-" + size, r)) > crit) rejected++;
        }
        return rejected / (double) reps;
    }

    /** The variance of the pooled values with a jackknife standard error over realisations (the independent units). */
    record Variance(double value, double se) {}

    static Variance variance(double[][] xi2) {
        int r = xi2.length;
        double total = pooledVariance(xi2, -1);
        double[] loo = new double[r];
        double mean = 0;
        for (int i = 0; i < r; i++) {
            loo[i] = pooledVariance(xi2, i);
            mean += loo[i] / r;
        }
        double ss = 0;
        for (double v : loo) ss += (v - mean) * (v - mean);
        return new Variance(total, Math.sqrt((r - 1.0) / r * ss));
    }

    private static double pooledVariance(double[][] xi2, int skip) {
        double s = 0, n = 0;
        for (int i = 0; i < xi2.length; i++) {
            if (i == skip) continue;
            for (double v : xi2[i]) { s += v; n++; }
        }
        double mean = s / n, ss = 0;
        for (int i = 0; i < xi2.length; i++) {
            if (i == skip) continue;
            for (double v : xi2[i]) ss += (v - mean) * (v - mean);
        }
        return ss / (n - 1);
    }
}
