package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lib.GaussianField;
import org.junit.jupiter.api.Test;

class GibbsTest {
    /** A landscape with the field switched off (a = b = 0): f = s |x|^2 / (2 r^2), whose Gibbs law is Gaussian. */
    static Landscape bowl(double scale, double radius, double half) {
        GaussianField zero = GaussianField.of(2, 1, new double[] {1, 0}, new double[1], new double[1]);
        return Landscape.of(zero, scale, radius, half, 0.05, 2);
    }

    /**
     * Oracle: f = lambda |x|^2 / 2 with lambda = s/r^2 has Gibbs law N(0, T/lambda I_2): E f = T (equipartition),
     * Var f = T^2, the quadrant [0, w]^2 holds (Phi(w sqrt(lambda/T)) - 1/2)^2; midpoint rule error O(q^2).
     */
    @Test
    void gaussianBowl() {
        Landscape land = bowl(0.5, 1, 8);
        Gibbs g = Gibbs.of(land, 0.01, 2);
        for (double t : new double[] {0.05, 0.2, 1}) {
            assertEquals(t, g.meanEnergy(t), 2e-4 * t);
            assertEquals(t * t, g.energyVariance(t), 1e-3 * t * t);
            assertEquals(t, g.temperatureOf(g.meanEnergy(t), t / 8, 8 * t), 1e-9 * t);
        }
        Bins bins = new Bins(2, 1);
        double[] m = g.binMasses(0.2, bins);
        double lambda = 0.5, p = org.apache.commons.math3.special.Erf.erf(Math.sqrt(lambda / 0.2) / Math.sqrt(2)) / 2;
        assertEquals(p * p, m[3], 1e-4);
        assertEquals(1 - 4 * p * p, m[4], 4e-4);
        assertEquals(1, g.basinMasses(0.2).length);
    }

    /** Two wells: the watershed finds both minima and their masses sum to one. */
    @Test
    void basinsPartitionTheGrid() {
        GaussianField wave = GaussianField.of(2, 1, new double[] {1.2, 0}, new double[] {-1}, new double[1]);
        Landscape land = Landscape.of(wave, 1, 2.5, 6, 0.05, 2);   // f = -cos(1.2 x) + |x|^2/12.5: wells near x = 0, +-5.2
        Gibbs g = Gibbs.of(land, 0.02, 2);
        double[] m = g.basinMasses(0.5);
        double s = 0;
        for (double v : m) s += v;
        assertEquals(1, s, 1e-12);
        assertEquals(0, g.minima().get(0)[0], 0.02);   // the global minimum at the origin
        assertEquals(0, g.basinOf(0.1, 0.1));
    }
}
