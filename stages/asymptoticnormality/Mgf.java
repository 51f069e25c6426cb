package asymptoticnormality;

import lib.ChiSquare;

/**
 * The moment generating function of Φ1 in the proof of Theorem 1 (000 eqs 22-24).
 *
 * <p>Eq (22): averaging e^{t m1 + t² v1/2} over φ0 ~ N(0,1) gives
 * E[e^{tΦ1}] = e^{t²/2} E_ξ[exp{−(t²/2) u e^{−u} − t g(ξ²)}] with u = η²ξ², g(s) = ηs e^{−η²s/2}.
 * Eq (23) replaces the ξ² ~ χ²_N expectation by its value at the saddle point ξ² = N. At η = X/√N, g(N) = −μ_N(X)
 * and the saddle value of log E[e^{t(Φ1 − μ_N)}] is (t²/2)(1 − X²e^{−X²}). What the step drops is
 * G = log E_ξ[exp{h(ξ²) − h(N)}], h(s) = −(t²/2)η²s e^{−η²s} − t g(s): with ξ² = N + √(2N)Z the linear term
 * fluctuates at O(1), t(g(ξ²) − g(N)) = t√2 X e^{−X²/2}(1 − X²/2) Z + O(N^{−1/2}), so
 * G → t² X² e^{−X²}(1 − X²/2)² ({@link #droppedTerm}); the quadratic term's fluctuation is O(N^{−1/2}).
 * Everything is evaluated relative to the saddle point, so nothing of size √N is exponentiated.
 */
public final class Mgf {
    private Mgf() {}

    /** +1: eq (22) as printed; −1: the sign of its t² term flipped (the form that would give σ² = 1 + X²e^{−X²}). */
    public static final int PRINTED = 1;
    public static final int FLIPPED = -1;
    /** The arguments of the MGF checked: t = ±1 gives both its odd part (the centring) and its even part (the variance). */
    public static final double[] TS = {-1, 1};

    /** log E_ξ[exp{s·(−(t²/2) u e^{−u}) − t(g(ξ²) − g(N))}] by quadrature over χ²_N (s = the sign of the t² term). */
    static double logExpectation(double n, double eta, double t, int sign) {
        double gN = g(n, eta);
        ChiSquare.Estimate e = ChiSquare.expectation(n, q -> {
            double u = eta * eta * q;
            return Math.exp(-sign * t * t / 2 * u * Math.exp(-u) - t * (g(q, eta) - gN));
        });
        return Math.log(e.value());
    }

    /** g(s) = ηs e^{−η²s/2}: minus the conditional mean of Φ1 given ξ² = s (eq 8 averaged over φ0). */
    static double g(double s, double eta) {
        return eta * s * Math.exp(-eta * eta * s / 2);
    }

    /** Eq (22)'s right side for the centred variable: E[e^{t(Φ1 − c)}] = exp{t²/2 − t(c + g(N))} E_ξ[...]. */
    public static double eq22Centred(double n, double eta, double t, double c, int sign) {
        return Math.exp(t * t / 2 - t * (c + g(n, eta)) + logExpectation(n, eta, t, sign));
    }

    /** log E[e^{t(Φ1 − μ_N(X))}] at η = X/√N, from eq (22) by quadrature (μ_N(X) = −g(N) exactly). */
    public static double logMgfCentred(double n, double x, double t) {
        return t * t / 2 + logExpectation(n, Limits.eta(n, x), t, PRINTED);
    }

    /** The first line of eq (23) for the centred variable: the exponent at ξ² = N, (t²/2)(1 − X²e^{−X²}). */
    public static double saddleValue(double x, double t) {
        return t * t / 2 * (1 - x * x * Math.exp(-x * x));
    }

    /** The second line of eq (23) for the centred variable, as printed: σ²(X) t²/2 with σ²(X) = 1 + X²e^{−X²} (eq 20). */
    public static double secondLine(double x, double t) {
        return Limits.sigma2Paper(x) * t * t / 2;
    }

    /** The derived limit of what the saddle point drops: t² X² e^{−X²}(1 − X²/2)² (class comment). */
    public static double droppedTerm(double x, double t) {
        double b = 1 - x * x / 2;
        return t * t * x * x * Math.exp(-x * x) * b * b;
    }
}
