package gdmoments;

import lib.ChiSquare;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * The closed forms of 000 §3.1-3.2 (eqs 8-17) for one gradient-descent step x1 = x0 − η∇φ(x0) on the isotropic
 * field with k(r) = exp(−r²/2), plus the leading finite-M correction of the spectral simulation (eqs 29-31).
 * Powers are taken in log space (log1p) so that N up to 1e6 neither overflows nor loses the small bases.
 */
public final class Moments {
    private Moments() {}

    /** eq (11): E[Φ1] = −Nη(1 + η²)^{−N/2−1}. */
    public static double mean(double n, double eta) {
        return -n * eta * Math.exp(-(n / 2 + 1) * Math.log1p(eta * eta));
    }

    /** Eq (11) with the exponent −N/2 in place of −N/2 − 1: the alternative the Monte Carlo checks of eq (11) must see. */
    public static double meanExponentSlip(double n, double eta) {
        return -n * eta * Math.exp(-(n / 2) * Math.log1p(eta * eta));
    }

    /**
     * eq (12) as printed in closed form: 1 + Nη²(1+2η²)^{−N/2−2}(N+1−2η²) − N²η²(1+η²)^{−N−2}. This is the total
     * variance E[v1] + Var(m1) (law of total variance; derivation in {@link #expectedV1} and {@link #varianceOfM1}).
     */
    public static double variance(double n, double eta) {
        double e2 = eta * eta;
        double p = Math.exp(-(n / 2 + 2) * Math.log1p(2 * e2));
        double q = Math.exp(-(n + 2) * Math.log1p(e2));
        return 1 + n * e2 * p * (n + 1 - 2 * e2) - n * n * e2 * q;
    }

    /**
     * The first line of eq (12), E_ξ[v1] alone, in closed form: with E[e^{−tξ²}] = (1+2t)^{−N/2} and
     * E[ξ²e^{−tξ²}] = N(1+2t)^{−N/2−1} at t = η², E[v1] = 1 − (1+2η²)^{−N/2−1}(1 + 2η² + Nη²).
     */
    public static double expectedV1(double n, double eta) {
        double e2 = eta * eta;
        return 1 - Math.exp(-(n / 2 + 1) * Math.log1p(2 * e2)) * (1 + 2 * e2 + n * e2);
    }

    /**
     * Var_{φ0,ξ²}(m1) = E[e^{−η²ξ²}(1 + η²ξ⁴)] − E[Φ1]², with E[ξ⁴e^{−tξ²}] = N(N+2)(1+2t)^{−N/2−2}:
     * (1+2η²)^{−N/2} + η²N(N+2)(1+2η²)^{−N/2−2} − N²η²(1+η²)^{−N−2}. E[v1] + Var(m1) equals eq (12)'s closed form.
     */
    public static double varianceOfM1(double n, double eta) {
        double e2 = eta * eta;
        double l2 = Math.log1p(2 * e2);
        return Math.exp(-n / 2 * l2) + e2 * n * (n + 2) * Math.exp(-(n / 2 + 2) * l2)
                - n * n * e2 * Math.exp(-(n + 2) * Math.log1p(e2));
    }

    /** eq (13): η_opt = (N+1)^{−1/2}, the root of d/dη E[Φ1]. */
    public static double etaOpt(double n) {
        return 1 / Math.sqrt(n + 1);
    }

    /** eq (14), exact: E[Φ1 | η_opt] = −N(N+1)^{−1/2}((N+2)/(N+1))^{−N/2−1}. */
    public static double meanAtOpt(double n) {
        return -n / Math.sqrt(n + 1) * Math.exp(-(n / 2 + 1) * Math.log1p(1 / (n + 1)));
    }

    /** eq (14), leading term: −√(N/e). */
    public static double asymptote(double n) {
        return -Math.sqrt(n / Math.E);
    }

    /**
     * The O(N^{−1/2}) term of eq (14), derived: ln((N+2)/(N+1))·(N/2+1) = 1/2 + 1/(4N) + O(N^{−2}) and
     * N/√(N+1) = √N(1 − 1/(2N) + O(N^{−2})), so E[Φ1|η_opt] = −√(N/e)(1 − 3/(4N) + O(N^{−2})) and
     * E[Φ1|η_opt] + √(N/e) = (3/(4√e)) N^{−1/2} + O(N^{−3/2}).
     */
    public static double gapLeadingTerm(double n) {
        return 3 / (4 * Math.sqrt(Math.E)) / Math.sqrt(n);
    }

    /** eq (15): E[η_opt|Ξ0|] = (N+1)^{−1/2} √2 Γ((N+1)/2)/Γ(N/2) (mean of the χ_N distribution), via log-gamma. */
    public static double stepLength(double n) {
        return Math.sqrt(2 / (n + 1)) * Math.exp(Gamma.logGamma((n + 1) / 2) - Gamma.logGamma(n / 2));
    }

    /** Standard normal CDF F_N(x), accurate in the far lower tail: erfc(−x/√2)/2. */
    public static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    /** Expected number of random-search evaluations to reach a value ≤ x: 1/F_N(x) (geometric waiting time). */
    public static double randomSearchTries(double x) {
        return 1 / normalCdf(x);
    }

    /**
     * Ensemble mean of Φ1 for the spectral field of eqs (29)-(31) with M terms (derived here, not in the paper).
     * With uniform phases, φ(x0) = Σ c_m and ∇φ(x0) = −Σ s_m z_m with c_m, s_m iid N(0, 1/M) independent of Z, and
     * Φ1 = Σ_m c_m cos δ_m − s_m sin δ_m with δ_m = η z_m·g, g = Σ_k s_k z_k. Stein's lemma gives
     * E[s_m sin δ_m] = (η/M) E[|z_m|² cos δ_m]; given Z, z_m·g ~ N(0, (|z_m|²/M)(|z_m|² + W)) with W ~ χ²_{M−1}
     * independent of q = |z_m|² ~ χ²_N; averaging cos over it and W gives
     * E[Φ1]_M = −η E_q[q e^{−η²q²/(2M)} (1 + η²q/M)^{−(M−1)/2}],
     * which tends to eq (11) as M → ∞. The factor e^{−η²q²/(2M)} is the self-term z_m·z_m ≈ N of the step's phase:
     * at η_opt the relative bias is ≈ −N/(2M).
     */
    public static double meanFiniteM(int n, double m, double eta) {
        double e2 = eta * eta;
        return -eta * ChiSquare.expectation(n, q -> q * Math.exp(-e2 * q * q / (2 * m) - (m - 1) / 2 * Math.log1p(e2 * q / m))).value();
    }

    /** Leading-order relative finite-M bias of E[Φ1] at η_opt: −N/(2M) (from {@link #meanFiniteM}, q ≈ N). */
    public static double relativeBiasLeading(double n, double m) {
        return -n / (2 * m);
    }
}
