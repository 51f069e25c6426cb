package geometry;

/**
 * The Anderson-Darling goodness-of-fit test of a fully specified continuous law (Anderson and Darling 1954):
 * A² = −n − (1/n) Σ_{i=1..n} (2i − 1) [log u_(i) + log(1 − u_(n+1−i))], u = F(x) the probability integral
 * transforms in ascending order. The logarithms are taken as inputs so that tails far out (u ~ 1e-30) keep their
 * precision. Null law: the n → ∞ limit (Marsaglia and Marsaglia 2004, "Evaluating the Anderson-Darling
 * distribution", J. Stat. Softw. 9(2), their ADinf; its error is below 2e-6, and the finite-n correction is below
 * 1e-4 for n ≥ 1000, the sizes used here). Beyond z = 8 (p ≈ 1e-4) their polynomial falls off faster than the
 * true tail, which is that of the largest term of A² = Σ_j Z_j²/(j(j+1)), Z_j²/2: P(A² > z) ∝ e^{−z}/√z; there the
 * tail is continued in that form from z = 8.
 */
final class AndersonDarling {
    private AndersonDarling() {}

    /** A² from ascending log u and log(1 − u) of the same points (logQ[i] = log(1 − u_i), also ascending in u). */
    static double statistic(double[] logU, double[] logQ) {
        int n = logU.length;
        double s = 0;
        for (int i = 1; i <= n; i++) s += (2.0 * i - 1) * (logU[i - 1] + logQ[n - i]);
        return -n - s / n;
    }

    /** P(A² ≤ z) in the limit n → ∞ (Marsaglia and Marsaglia 2004, ADinf). */
    static double cdf(double z) {
        if (z <= 0) return 0;
        if (z > TAIL_FROM) return 1 - pValue(z);
        if (z < 2) {
            return Math.exp(-1.2337141 / z) / Math.sqrt(z)
                    * (2.00012 + (.247105 - (.0649821 - (.0347962 - (.011672 - .00168691 * z) * z) * z) * z) * z);
        }
        return Math.exp(-Math.exp(inner(z)));
    }

    /** Where the exponential tail takes over from the polynomial. */
    static final double TAIL_FROM = 8;

    /** P(A² > z): for z ≥ 2 as −expm1(−e^{...}), so that small p-values keep their digits; beyond 8 the e^{−z}/√z tail. */
    static double pValue(double z) {
        if (z < 2) return 1 - cdf(z);
        if (z > TAIL_FROM) return -Math.expm1(-Math.exp(inner(TAIL_FROM))) * Math.sqrt(TAIL_FROM / z) * Math.exp(TAIL_FROM - z);
        return -Math.expm1(-Math.exp(inner(z)));
    }

    private static double inner(double z) {
        return 1.0776 - (2.30695 - (.43424 - (.082433 - (.008056 - .0003146 * z) * z) * z) * z) * z;
    }

    /** The z with P(A² > z) = alpha (bisection on the monotone tail). */
    static double criticalValue(double alpha) {
        double lo = 0.05, hi = 60;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (pValue(mid) > alpha) lo = mid; else hi = mid;
        }
        return (lo + hi) / 2;
    }
}
