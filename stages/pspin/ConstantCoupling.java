package pspin;

import java.util.SplittableRandom;

/**
 * 004 §3: with J_{i1..ip} = −1 for every tuple of distinct indices (004's convention), H_{N,p}(σ) = −Σ over ordered
 * distinct tuples of σ_{i1}..σ_{ip} = −p! e_p(σ), e_p the elementary symmetric polynomial, on the unit sphere; 004 says
 * the minimiser is σ_i = N^{-1/2} with H ~ −N^{p/2}. For p = 2, 3, by Newton's identities with s_k = Σ σ_i^k:
 * 2 e_2 = s1² − s2, 6 e_3 = s1³ − 3 s1 s2 + 2 s3, and ∂(6 e_3)/∂σ_i = 3(s1² − s2) − 6 s1 σ_i + 6 σ_i².
 * At σ_i = N^{-1/2}: H = −N(N−1)/N = −(N − 1) (p = 2), −N(N−1)(N−2)/N^{3/2} (p = 3): −N^{p/2}(1 + O(p²/N)).
 */
public final class ConstantCoupling {
    private ConstantCoupling() {}

    static double energy(double[] s, int p) {
        double s1 = 0, s2 = 0, s3 = 0;
        for (double x : s) { s1 += x; s2 += x * x; s3 += x * x * x; }
        if (p == 2) return -(s1 * s1 - s2);
        if (p == 3) return -(s1 * s1 * s1 - 3 * s1 * s2 + 2 * s3);
        throw new IllegalArgumentException("p = 2 or 3, got " + p);
    }

    static double[] gradient(double[] s, int p) {
        double s1 = 0, s2 = 0;
        for (double x : s) { s1 += x; s2 += x * x; }
        double[] g = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            g[i] = p == 2 ? -(2 * s1 - 2 * s[i]) : -(3 * (s1 * s1 - s2) - 6 * s1 * s[i] + 6 * s[i] * s[i]);
        }
        return g;
    }

    /** H at the point 004 names, σ_i = N^{-1/2}. */
    public static double atUniform(int n, int p) {
        double[] s = new double[n];
        java.util.Arrays.fill(s, 1 / Math.sqrt(n));
        return energy(s, p);
    }

    /**
     * The lowest value found by projected gradient descent from random starts, and the distance of its minimiser to
     * ±N^{-1/2}·1. For p = 3, H ≈ −s³ + 3s along the uniform direction (s = Σσ_i) has a local minimum near s = −1 that
     * catches every start with s below 1 (for a uniform start s is about N(0, 1)), so the number of starts matters.
     */
    public record Result(double minimum, double distanceToUniform, int starts, int n, int p) {}

    public static Result minimise(int n, int p, int starts, SplittableRandom rng) {
        double best = Double.POSITIVE_INFINITY, dist = Double.NaN;
        double scale = Math.pow(n, p / 2.0 - 1);   // the gradient's size at the minimiser: step 1/(p scale N)
        for (int r = 0; r < starts; r++) {
            double[] s = new double[n];
            for (int i = 0; i < n; i++) s[i] = Goe.Normal.next(rng);
            Spherical2.normalise(s);
            double step = 0.5 / (p * scale * n), e = energy(s, p);
            for (int it = 0; it < 5000 && step > 1e-18; it++) {
                double[] g = gradient(s, p), t = s.clone();
                for (int i = 0; i < n; i++) t[i] -= step * g[i];
                Spherical2.normalise(t);
                double et = energy(t, p);
                if (et < e) { s = t; e = et; step *= 1.2; } else step *= 0.5;
            }
            if (e < best) {
                best = e;
                double sign = Math.signum(java.util.Arrays.stream(s).sum()), d = 0;
                for (double x : s) d += Math.pow(x - sign / Math.sqrt(n), 2);
                dist = Math.sqrt(d);
            }
        }
        return new Result(best, dist, starts, n, p);
    }
}
