package pspin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * E_inf and E_k of the pure p-spin, checked against roots found by bisection on independently coded functions:
 * the left edge of the Hessian law, and the Kac-Rice rate computed by quadrature (no closed form of I_1).
 */
class ComplexityTest {

    /** Bisection on a sign change of f in [a, b], to 1e-13. */
    static double bisect(java.util.function.DoubleUnaryOperator f, double a, double b) {
        double fa = f.applyAsDouble(a);
        assertTrue(fa * f.applyAsDouble(b) < 0, "bracket");
        for (int i = 0; i < 200 && b - a > 1e-13; i++) {
            double m = (a + b) / 2, fm = f.applyAsDouble(m);
            if (fa * fm <= 0) b = m; else { a = m; fa = fm; }
        }
        return (a + b) / 2;
    }

    /** Composite Simpson rule, n even. */
    static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n, s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) s += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        return s * h / 3;
    }

    /**
     * Theta_{k,p}(u) for u < -E_inf coded from its definition: log(p-1)/2 - (p-2)u^2/(4(p-1)) - (k+1) I_1(u) with
     * I_1(u) = (2/E^2) int_u^{-E} sqrt(z^2 - E^2) dz by Simpson (substitution z = -E cosh t removes the root singularity).
     */
    static double thetaByQuadrature(int k, int p, double u) {
        double e = 2 * Math.sqrt((p - 1.0) / p);
        double tmax = acosh(-u / e);
        // z = -E cosh t, dz = -E sinh t dt, sqrt(z^2 - E^2) = E sinh t: int = E^2 int_0^tmax sinh^2 t dt
        double integral = e * e * simpson(t -> Math.sinh(t) * Math.sinh(t), 0, tmax, 2000);
        double i1 = 2 / (e * e) * integral;
        return 0.5 * Math.log(p - 1) - (p - 2.0) * u * u / (4 * (p - 1)) - (k + 1) * i1;
    }

    static double acosh(double x) { return Math.log(x + Math.sqrt(x * x - 1)); }

    static Stream<Arguments> eInfAgainstLeftEdge() {
        return Stream.of(Arguments.of(3), Arguments.of(4), Arguments.of(5));
    }

    @ParameterizedTest
    @MethodSource
    void eInfAgainstLeftEdge(int p) {
        // oracle: bisection on the left edge -p u - 2 sqrt(p(p-1)) of the Hessian law at energy u (semicircle of
        // radius 2 sqrt(p(p-1)) centred at -p u), which is zero at u = -E_inf
        double root = bisect(u -> -p * u - 2 * Math.sqrt(p * (p - 1.0)), -5, 0);
        assertEquals(-root, Complexity.eInf(p), 1e-12);
        assertEquals(root, Complexity.leftEdgeZero(p), 1e-12);
    }

    @Test
    void eInfOfP3IsTheClosedForm() {
        // oracle: closed form 2 sqrt(2/3) = 1.6329931618554521 (ABC 2013 eq 2.5 at p = 3)
        assertEquals(1.6329931618554521, Complexity.eInf(3), 1e-15);
    }

    static Stream<Arguments> eKAgainstBisectionOnQuadrature() {
        return Stream.of(Arguments.of(0, 3), Arguments.of(1, 3), Arguments.of(2, 3), Arguments.of(3, 3),
                Arguments.of(0, 4), Arguments.of(0, 5));
    }

    @ParameterizedTest
    @MethodSource
    void eKAgainstBisectionOnQuadrature(int k, int p) {
        // oracle: bisection on Theta_{k,p} coded with a Simpson quadrature of I_1 (error ~1e-12 at 2000 panels)
        double e = 2 * Math.sqrt((p - 1.0) / p);
        double root = -bisect(u -> thetaByQuadrature(k, p, u), -3, -e - 1e-9);
        assertEquals(root, Complexity.eK(k, p), 1e-8);
    }

    @Test
    void groundStateP3AgainstKacRiceQuadratureAndABC() {
        // oracle 1: bisection on the Kac-Rice density rate 1/2 + log(2)/2 - u^2/2 + Omega(2u/E_inf), Omega by Simpson in
        // l = 2 cos t (smooth integrand outside the bulk, |x| > 2): below -E_inf Theta_{0,3} is this rate
        double e = Complexity.eInf(3);
        double root = -bisect(u -> {
            double x = 2 * u / e;
            double omega = 2 / Math.PI * simpson(t -> Math.log(Math.abs(2 * Math.cos(t) - x)) * Math.sin(t) * Math.sin(t),
                    0, Math.PI, 4000);
            return 0.5 + 0.5 * Math.log(2) - u * u / 2 + omega;
        }, -2, -e - 1e-6);
        assertEquals(root, Complexity.eK(0, 3), 1e-8);
        // oracle 2: ABC 2013 (Table/Section 2) print E_0 = 1.657 for p = 3: three decimals
        assertEquals(1.657, Complexity.eK(0, 3), 5e-4);
        // ordering E_0 > E_1 > E_2 > E_3 > E_inf (index-k points appear closer to the floor as k grows)
        assertTrue(Complexity.eK(0, 3) > Complexity.eK(1, 3) && Complexity.eK(1, 3) > Complexity.eK(2, 3)
                && Complexity.eK(2, 3) > Complexity.eK(3, 3) && Complexity.eK(3, 3) > e);
    }

    @Test
    void thetaContinuousAtTheFloorAndAtZero() {
        // oracle: Theta_{k,p}(-E_inf) = log(p-1)/2 - (p-2)/p from both sides (I_1(-E_inf) = 0); Theta_p(0) = log(p-1)/2
        for (int p = 3; p <= 5; p++) {
            double e = Complexity.eInf(p);
            assertEquals(Complexity.thetaK(2, p, -e + 1e-12), Complexity.thetaK(2, p, -e - 1e-12), 1e-9);
            assertEquals(0.5 * Math.log(p - 1) - (p - 2.0) / p, Complexity.thetaK(0, p, -e), 1e-12);
            assertEquals(0.5 * Math.log(p - 1), Complexity.theta(p, 0), 1e-15);
        }
    }

    @Test
    void omegaQuadratureAgainstClosedForm() {
        // oracle: Omega(x) = x^2/4 - 1/2 for |x| <= 2 (log potential of the semicircle)
        for (double x : new double[] {0, 0.7, -1.5}) {
            assertEquals(x * x / 4 - 0.5, Complexity.omegaQuadrature(x, 2_000_000), 1e-4);
        }
    }

    @Test
    void semicircleCdfAgainstQuadrature() {
        // oracle: Simpson integral of the density
        for (double x : new double[] {-1.5, -0.3, 0, 1.2}) {
            assertEquals(simpson(Complexity::semicircleDensity, -2, x, 20000), Complexity.semicircleCdf(x), 1e-6);
        }
    }

    /**
     * Oracle: ABC's Theta_p on [-E_inf, 0] is log(p-1)/2 - (p-2)u^2/(4(p-1)), so the coefficient of u^2 in
     * -Sigma is (p-2)/(4(p-1)); computed here from the Kac-Rice quadrature (no closed form of Omega).
     */
    @ParameterizedTest
    @MethodSource("eInfAgainstLeftEdge")
    void freeEnergyCoefficientIsAbcsCoefficientNotOneHalf(int p) {
        double c = Complexity.freeEnergyCoefficient(p, 0.5, 2_000_000);
        assertEquals((p - 2.0) / (4 * (p - 1)), c, 2e-4);
        assertTrue(Math.abs(c - 0.5) > 0.3);
    }

    /** E_k decreases to E_inf: E_k - E_inf falls like k^(-2/3) (the exponent from I_1(u) ~ (-E_inf - u)^(3/2)). */
    @Test
    void theEkDecreaseToTheFloorLikeKToTheMinusTwoThirds() {
        double prev = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= 20; k++) {
            double e = Complexity.eK(k, 3);
            assertTrue(e < prev && e > Complexity.eInf(3), "k = " + k);
            prev = e;
        }
        double a = Complexity.eK(1_000_000, 3) - Complexity.eInf(3), b = Complexity.eK(8_000_000, 3) - Complexity.eInf(3);
        assertEquals(-2.0 / 3, Math.log(b / a) / Math.log(8), 2e-3);
    }

    /**
     * Oracle: ABC Thm 2.8, Theta_p(0) = log(p-1)/2, the largest rate of the Kac-Rice density (at u = 0); at p = 2 it is 0
     * (004's 2N critical points). The grid search's maximum must sit at u = 0 and agree to the quadrature's error.
     */
    @ParameterizedTest
    @MethodSource("ps")
    void theTotalRateIsTheClosedFormAtUZero(int p) {
        double[] r = Landscape.totalRate(p);
        assertEquals(0, r[0], 1e-12);
        assertEquals(0.5 * Math.log(p - 1), r[1], 1e-5);
        assertEquals(0.5 * Math.log(p - 1), r[2], 1e-5);
    }

    static Stream<Integer> ps() {
        return Stream.of(2, 3, 5, 10);
    }
}
