package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expectations over χ²_N by quadrature against the distribution's closed-form moments and Laplace transform. */
class ChiSquareTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 500, 5000})
    void knownMomentsAtModerateN(int n) {
        // oracle: E[q] = N, E[q^2] = N(N+2), E[e^{-q/4}] = (3/2)^{-N/2} for q ~ chi^2_N
        assertEquals(1, ChiSquare.expectation(n, q -> 1).value(), 1e-13);
        assertEquals(n, ChiSquare.expectation(n, q -> q).value(), 1e-13 * n);
        assertEquals(n * (n + 2.0), ChiSquare.expectation(n, q -> q * q).value(), 1e-13 * n * n);
        assertEquals(Math.pow(1.5, -n / 2.0), ChiSquare.expectation(n, q -> Math.exp(-q / 4)).value(), 1e-14);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e6, 1e8})
    void laplaceTransformAtHugeN(double n) {
        // oracle: E[e^{-s q}] = (1 + 2s)^{-N/2}; at s = 1/(2N) it is (1 + 1/N)^{-N/2} -> e^{-1/2}, written with log1p;
        // the variance of q about its mean, 2N, through the centred second moment (no cancellation of N^2 terms)
        double s = 1 / (2 * n);
        assertEquals(Math.exp(-n / 2 * Math.log1p(1 / n)), ChiSquare.expectation(n, q -> Math.exp(-s * q)).value(), 1e-12);
        assertEquals(2 * n, ChiSquare.expectation(n, q -> (q - n) * (q - n)).value(), 1e-10 * n);
    }
}
