package gdmoments;

import lib.ChiSquare;
import lib.ConditionalStep;

/**
 * Independent computation of the moments and the density of Φ1 by numerical integration of eq (10). The integral
 * over φ0 ~ N(0,1) is done analytically: Φ1 given ξ² is normal with mean μ(ξ²) = −ηξ²e^{−u/2} and variance
 * e^{−u} + v1 = 1 − u e^{−u} (u = η²ξ²); the integral over ξ² ~ χ²_N is numerical ({@link ChiSquare}).
 */
public final class Quadrature {
    private Quadrature() {}

    /** Mean and variance of Φ1 with quadrature error estimates. */
    public record MomentEstimate(double mean, double meanError, double variance, double varianceError) {}

    public static MomentEstimate moments(int n, double eta) {
        double e2 = eta * eta;
        ChiSquare.Estimate mean = ChiSquare.expectation(n, q -> condMean(q, eta));
        double mu = mean.value();
        // law of total variance over ξ²: E[(μ(ξ²) − E Φ1)²] + E[1 − u e^{−u}]
        ChiSquare.Estimate var = ChiSquare.expectation(n, q -> {
            double d = condMean(q, eta) - mu;
            double u = e2 * q;
            return d * d + 1 - u * Math.exp(-u);
        });
        return new MomentEstimate(mu, mean.error(), var.value(), var.error() + 2 * Math.abs(mu) * mean.error());
    }

    /** E[v1] alone (the first line of eq 12) by quadrature. */
    public static ChiSquare.Estimate expectedV1(int n, double eta) {
        return ChiSquare.expectation(n, q -> ConditionalStep.v1(q, eta));
    }

    /** E[Φ1 | ξ²] = E_{φ0}[m1] = −ηξ² e^{−η²ξ²/2}. */
    static double condMean(double q, double eta) {
        return -eta * q * Math.exp(-eta * eta * q / 2);
    }

    /** Density of Φ1 at y, eq (10). */
    public static ChiSquare.Estimate density(int n, double eta, double y) {
        double e2 = eta * eta;
        return ChiSquare.expectation(n, q -> {
            double u = e2 * q;
            double v = 1 - u * Math.exp(-u);
            double d = y - condMean(q, eta);
            return Math.exp(-d * d / (2 * v)) / Math.sqrt(2 * Math.PI * v);
        });
    }

    /** E[η|Ξ0|] at η = η_opt by quadrature (independent of the log-gamma form of eq 15). */
    public static ChiSquare.Estimate stepLength(int n) {
        double eta = Moments.etaOpt(n);
        return ChiSquare.expectation(n, q -> eta * Math.sqrt(q));
    }
}
