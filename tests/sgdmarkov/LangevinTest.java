package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LangevinTest {
    /**
     * Oracle: eq (3) on the bowl f = lambda |x|^2/2 is two independent copies of the quadratic chain, stationary variance
     * alpha/(l lambda (2 - alpha lambda)) per coordinate (GaussianChain's derivation), so E f = lambda V.
     */
    @Test
    void bowlEnergyMatchesTheDerivedVariance() {
        Landscape land = GibbsTest.bowl(0.5, 1, 8);
        Gibbs g = Gibbs.of(land, 0.02, 2);
        double lambda = 0.5, alpha = 1.0, batch = 4;
        Langevin.Run r = Langevin.stationary(g, new Bins(10, 4), alpha, batch, 16, 2000, 20000, 3, "bowl", 2);
        double v = GaussianChain.stationaryVariance(alpha, lambda, alpha * alpha / batch);
        double[] e = r.meanEnergy();
        assertEquals(lambda * v, e[0], 4 * e[1]);
        assertEquals(alpha / (2 * batch), r.temperature(), 0.0);
    }

    /** Annealing on a single well ends in basin 0 every time. */
    @Test
    void annealingOnOneWell() {
        Gibbs g = Gibbs.of(GibbsTest.bowl(0.5, 1, 8), 0.05, 1);
        for (int b : Langevin.anneal(g, new double[] {0.5, 0.25}, 1, 200, 3, 20, 500, 0.5, 1, "a", 2)) assertEquals(0, b);
    }
}
