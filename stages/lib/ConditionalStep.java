package lib;

import java.util.SplittableRandom;

/**
 * The conditional model of one gradient-descent step on the isotropic field with k(r) = exp(−r²/2) (000 eqs 8-10):
 * given φ0 and ξ² = |∇φ(x0)|² ~ χ²_N, Φ1 = φ(x0 − η∇φ(x0)) is normal with mean m1 and variance v1. Shared by
 * gd-moments (quadrature and Monte Carlo of eqs 11-12) and asymptotic-normality (Theorem 1).
 */
public final class ConditionalStep {
    private ConditionalStep() {}

    /** eq (8): E[Φ1 | φ0, ξ²] = e^{−η²ξ²/2}(φ0 − ηξ²). */
    public static double m1(double phi0, double xi2, double eta) {
        return Math.exp(-eta * eta * xi2 / 2) * (phi0 - eta * xi2);
    }

    /** eq (9): Var[Φ1 | φ0, ξ²] = 1 − e^{−η²ξ²}(1 + η²ξ²), written as −expm1(−u) − u e^{−u} (no cancellation at u ≫ 0). */
    public static double v1(double xi2, double eta) {
        double u = eta * eta * xi2;
        return Math.max(0, -Math.expm1(-u) - u * Math.exp(-u));
    }

    /** χ²_k: a squared normal for k = 1, else 2·Gamma(k/2) by Marsaglia and Tsang (2000) (shape k/2 ≥ 1). */
    public static double chiSquared(SplittableRandom rng, int k) {
        if (k < 1) throw new IllegalArgumentException("chi-squared needs k >= 1 degrees of freedom, got " + k);
        if (k == 1) {
            double z = rng.nextGaussian();
            return z * z;
        }
        double d = k / 2.0 - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = rng.nextGaussian();
            double v = 1 + c * z;
            if (v <= 0) continue;
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * z * z * z * z || Math.log(u) < z * z / 2 + d * (1 - v + Math.log(v))) return 2 * d * v;
        }
    }
}
