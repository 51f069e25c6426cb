package asymptoticnormality;

/**
 * The large-N limits of Φ1 under the scaling η = X/√N (000 eq 18): the paper's centring μ_N(X) (eq 19) and
 * variance σ²(X) (eq 20), and the variance that the exact moments (eqs 11-12) actually converge to.
 *
 * <p>Derivation of the corrected limit. Φ1 = m1 + √v1·W with m1 = e^{-η²ξ²/2}(φ0 − ηξ²) and
 * v1 = 1 − e^{-η²ξ²}(1 + η²ξ²) (eqs 8-9), ξ² ~ χ²_N, φ0, W ~ N(0,1). Write ξ² = N + √(2N)·Z with Z → N(0,1).
 * Then with g(s) = η s e^{-η² s/2}, g'(N) = (X/√N) e^{-X²/2}(1 − X²/2), so
 * ηξ² e^{-η²ξ²/2} = g(N) + √2 X e^{-X²/2}(1 − X²/2)·Z + O(N^{-1/2}): the O(√N) drift term fluctuates at O(1).
 * Hence Φ1 + √N X e^{-X²/2} → e^{-X²/2} φ0 − √2 X e^{-X²/2}(1 − X²/2) Z + √(1 − e^{-X²}(1+X²)) W, a normal
 * law with variance e^{-X²} + 2X²e^{-X²}(1 − X²/2)² + 1 − e^{-X²}(1 + X²) = 1 + X²e^{-X²}(1 − 2X² + X⁴/2).
 * The saddle point of eq (23) keeps ξ² = N and drops the 2X²e^{-X²}(1−X²/2)² term; it also flips the sign of
 * X²e^{-X²} (eq 22 gives e^{t²/2}·e^{-t²X²e^{-X²}/2}, i.e. 1 − X²e^{-X²}, not 1 + X²e^{-X²}). The two
 * variances agree only at X = 0 and X = 2.
 */
public final class Limits {
    private Limits() {}

    /** eq (19): μ_N(X) = −√N X e^{-X²/2}. */
    public static double mu(double n, double x) {
        return -Math.sqrt(n) * x * Math.exp(-x * x / 2);
    }

    /** eq (20) as printed: σ²(X) = 1 + X² e^{-X²}. */
    public static double sigma2Paper(double x) {
        return 1 + x * x * Math.exp(-x * x);
    }

    /** The limit of the exact Var(Φ1) (eq 12) at η = X/√N: 1 + X² e^{-X²}(1 − 2X² + X⁴/2). */
    public static double sigma2Corrected(double x) {
        double x2 = x * x;
        return 1 + x2 * Math.exp(-x2) * (1 - 2 * x2 + x2 * x2 / 2);
    }

    /** lim √N (E[Φ1] − μ_N(X)) = X³ e^{-X²/2}(1 − X²/4), from expanding eq (11): the centring error is O(N^{-1/2}). */
    public static double meanCorrection(double x) {
        return x * x * x * Math.exp(-x * x / 2) * (1 - x * x / 4);
    }

    /** η = X/√N (eq 18). */
    public static double eta(double n, double x) {
        return x / Math.sqrt(n);
    }
}
