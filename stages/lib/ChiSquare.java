package lib;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Expectations over ξ² ~ χ²_N, the law of the squared gradient in 000 §3.1 (gd-moments, asymptotic-normality), by
 * Gauss-Legendre quadrature (Commons Math) in t = √ξ² (the χ_N density ∝ t^{N−1}e^{−t²/2} is smooth in t, also at
 * N = 1), self-normalised (divided by the quadrature of the density
 * itself, so no Γ(N/2) enters). The range [max(0, t* − 40), t* + 16] around the mode t* = √(N−1) holds all but
 * ~e^{−128} of the mass, cut into panels of width 1/2; each panel is integrated with 20 and with 30 nodes and the
 * sum of the differences is the reported error estimate.
 */
public final class ChiSquare {
    private ChiSquare() {}

    private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();
    private static final double PANEL = 0.5;

    /** A quadrature value with its error estimate. */
    public record Estimate(double value, double error) {}

    /** E[f(ξ²)] for ξ² ~ χ²_N (N ≥ 1; a double so that N = 1e8 and beyond need no cast). */
    public static Estimate expectation(double n, DoubleUnaryOperator f) {
        // the χ_N density up to a constant, relative to t* = √(N−1) without cancellation of O(N) logarithms:
        // (N−1) ln(t/t*) − (t − t*)(t + t*)/2; the constant cancels because the result is self-normalised
        double mode = Math.sqrt(Math.max(n - 1, 0));
        DoubleUnaryOperator density = t -> Math.exp((n == 1 ? 0 : (n - 1) * Math.log1p((t - mode) / mode))
                - (t - mode) * (t + mode) / 2);
        double lo = Math.max(0, mode - 40);
        double hi = mode + 16;
        int panels = (int) Math.ceil((hi - lo) / PANEL);
        double sum = 0, err = 0, norm = 0, normErr = 0;
        for (int i = 0; i < panels; i++) {
            double a = lo + i * PANEL;
            double b = Math.min(hi, a + PANEL);
            DoubleUnaryOperator g = t -> density.applyAsDouble(t) * f.applyAsDouble(t * t);
            double fine = integrate(30, a, b, g);
            sum += fine;
            err += Math.abs(fine - integrate(20, a, b, g));
            double nf = integrate(30, a, b, density);
            norm += nf;
            normErr += Math.abs(nf - integrate(20, a, b, density));
        }
        double value = sum / norm;
        return new Estimate(value, (err + Math.abs(value) * normErr) / norm + 1e-15 * Math.abs(value));
    }

    private static double integrate(int points, double a, double b, DoubleUnaryOperator g) {
        GaussIntegrator rule = FACTORY.legendreHighPrecision(points, a, b);
        return rule.integrate(g::applyAsDouble);
    }
}
