package gdmoments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each closed form of eqs (11)-(17) against an independent oracle: quadrature, a second algorithm, mpmath. */
class MomentsTest {

    static Stream<Arguments> closedFormsAgainstQuadrature() {
        return Stream.of(1, 2, 10, 100, 500, 5000).flatMap(n -> Stream.of(0.02, 0.3, 1.0, 1.7, 5.0, 20.0)
                .map(mult -> Arguments.of(n, mult * Moments.etaOpt(n))));
    }

    @ParameterizedTest
    @MethodSource
    void closedFormsAgainstQuadrature(int n, double eta) {
        Quadrature.MomentEstimate q = Quadrature.moments(n, eta);
        // oracle: Gauss-Legendre quadrature of eq (10) over chi_N (its own error estimate, floor 1e-13 for rounding)
        assertEquals(q.mean(), Moments.mean(n, eta), 10 * q.meanError() + 1e-13 * Math.max(1, Math.abs(q.mean())));
        assertEquals(q.variance(), Moments.variance(n, eta), 10 * q.varianceError() + 1e-12);
        // law of total variance: eq (12) = E[v1] + Var(m1); E[v1] alone is the quadrature of eq (9)
        assertEquals(Quadrature.expectedV1(n, eta).value(), Moments.expectedV1(n, eta), 1e-12);
        assertEquals(Moments.variance(n, eta), Moments.expectedV1(n, eta) + Moments.varianceOfM1(n, eta), 1e-11);
    }

    @Test
    void etaOptIsTheBrentMinimumOfTheQuadrature() {
        for (int n : new int[] {1, 7, 500}) {
            // oracle: Brent's method on the quadrature of eq (10), independent of eqs (11) and (13); accuracy ~1e-8 relative
            assertEquals(1, CrossChecks.etaOptBrentQuadrature(n) / Moments.etaOpt(n), 1e-6);
        }
    }

    @Test
    void eq17IsExactlyMinusTwoOverThreeRootThree() {
        // oracle: closed form -2/(3 sqrt 3) (algebra of eq 14 at N = 1)
        assertEquals(-2 / (3 * Math.sqrt(3)), Moments.meanAtOpt(1), 2e-16);
        assertEquals(Moments.mean(1, Math.sqrt(0.5)), Moments.meanAtOpt(1), 2e-16);
    }

    @Test
    void highPrecisionValues() {
        // oracle: mpmath at 40 digits (eq 14 at N = 500, eq 15 at N = 500, F_N, 1/F_N)
        assertEquals(-13.542140979634670667, Moments.meanAtOpt(500), 1e-13);
        assertEquals(-13.562437855552413951, Moments.asymptote(500), 1e-13);
        assertEquals(0.99850212194282465700, Moments.stepLength(500), 1e-14);
        assertEquals(3.4568044907525040229e-42, Moments.normalCdf(-13.56), 1e-12 * 3.46e-42);
        assertEquals(2.8561741427150859166, Moments.randomSearchTries(-0.385), 1e-13);
    }

    @Test
    void normalTailAgainstContinuedFraction() {
        for (double x : new double[] {3, 8, 13.56, 20}) {
            // oracle: Laplace's continued fraction of the Mills ratio, Q(x) = phi(x)/(x + 1/(x + 2/(x + 3/(x + ...))))
            double cf = x;
            for (int k = 200; k >= 1; k--) cf = x + k / cf;
            double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) / cf;
            assertEquals(tail, Moments.normalCdf(-x), 1e-13 * tail);
        }
    }

    @Test
    void gapAndStepLengthOrders() {
        // oracle: the derived expansions E = -sqrt(N/e)(1 - 3/(4N) + O(N^-2)), step = 1 - 3/(4N) + O(N^-2)
        for (int n : new int[] {1000, 10000, 100000}) {
            double gap = Moments.meanAtOpt(n) - Moments.asymptote(n);
            assertEquals(Moments.gapLeadingTerm(n), gap, 2.0 / n * Moments.gapLeadingTerm(n));
            assertEquals(0.75, n * (1 - Moments.stepLength(n)), 2.0 / n);
        }
    }

    @Test
    void finiteMMeanTendsToEq11() {
        int n = 500;
        double eta = Moments.etaOpt(n);
        // oracle: eq (11), the M -> infinity limit; the derived relative correction is about -N/(2M)
        assertEquals(Moments.mean(n, eta), Moments.meanFiniteM(n, 1e12, eta), 1e-7);
        double rel = Moments.meanFiniteM(n, 20000, eta) / Moments.mean(n, eta) - 1;
        assertEquals(Moments.relativeBiasLeading(n, 20000), rel, 0.1 * Math.abs(rel));
        assertTrue(rel < 0);
    }
}
