package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GaussianChainTest {
    /** Oracle: the variance recursion V' = (1 - alpha lambda)^2 V + q iterated from 0 to its fixed point. */
    @ParameterizedTest
    @CsvSource({"0.01,1,0.02", "0.5,1,1", "1.5,1,3", "0.2,3,0.05", "1.9,1,0.1"})
    void stationaryVarianceIsTheFixedPointOfTheVarianceRecursion(double alpha, double lambda, double q) {
        double v = 0, rho = 1 - alpha * lambda;
        for (int t = 0; t < 200000; t++) v = rho * rho * v + q;
        assertEquals(v, GaussianChain.stationaryVariance(alpha, lambda, q), 1e-12 * v);
    }

    /** Oracle: the eq (4) form 1/(beta lambda (1 - alpha lambda/2)) with q = 2 alpha / beta, and its alpha -> 0 limit. */
    @ParameterizedTest
    @CsvSource({"0.5,1,1", "0.1,2,0.5", "1.2,1,2"})
    void eq4VarianceHasTheDerivedClosedForm(double alpha, double lambda, double temperature) {
        double beta = 1 / temperature;
        assertEquals(1 / (beta * lambda * (1 - alpha * lambda / 2)),
                GaussianChain.stationaryVariance(alpha, lambda, 2 * alpha / beta), 1e-14);
        assertEquals(1 / (beta * lambda), GaussianChain.stationaryVariance(1e-9, lambda, 2e-9 / beta), 1e-8);
    }

    /**
     * Oracle: the midpoint rule for |p - q|/2 of the two normal densities on 2e6 cells of [-12 sd, 12 sd] (error O(h^2)
     * away from the two kinks, O(h^2) at them as well since |p - q| is Lipschitz: below 1e-9).
     */
    @ParameterizedTest
    @CsvSource({"1,1.3333333333333333", "1,4", "0.25,0.3", "2,1"})
    void totalVariationMatchesQuadrature(double v1, double v2) {
        double w = 12 * Math.sqrt(Math.max(v1, v2));
        int cells = 2_000_000;
        double h = 2 * w / cells, tv = 0;
        for (int i = 0; i < cells; i++) {
            double x = -w + (i + 0.5) * h;
            tv += Math.abs(Outputs.normal(x, v1) - Outputs.normal(x, v2)) / 2 * h;
        }
        assertEquals(tv, GaussianChain.totalVariation(v1, v2), 1e-8);
    }

    /**
     * The simulation against the closed form: 16 chains x 20000 steps at alpha lambda = 0.5 (correlation time about one
     * step), relative standard error about 1/sqrt(16 x 20000 / 2) = 0.25 %: within 4 standard errors, and the Gibbs value
     * 1 (25 % away) is not.
     */
    @org.junit.jupiter.api.Test
    void simulatedVarianceMatchesTheClosedFormAndNotGibbs() {
        GaussianChain.Run r = GaussianChain.simulate(0.5, 1, 1.0, 16, 20000, 10, 5, 7, "test", 2);
        double[] v = r.variance();
        assertEquals(4.0 / 3, r.exact(), 1e-15);
        assertEquals(r.exact(), v[0], 4 * v[1]);
        assertTrue(Math.abs(v[0] - 1) > 20 * v[1]);
    }
}
