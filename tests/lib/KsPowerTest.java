package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class KsPowerTest {
    /** Oracle: the tabulated asymptotic Kolmogorov quantiles K_0.05 = 1.3581, K_0.01 = 1.6276, K_0.001 = 1.9495. */
    @Test
    void quantilesMatchTheKolmogorovTable() {
        assertEquals(1.3581, KsPower.quantile(0.05), 1e-4);
        assertEquals(1.6276, KsPower.quantile(0.01), 1e-4);
        assertEquals(1.9495, KsPower.quantile(0.001), 1e-4);
    }

    /** Oracle: for a pure shift of N(0,1) by m the largest distance is at x = m/2: 2Φ(m/2) − 1. */
    @Test
    void distanceOfShiftedNormalsIsTheClosedForm() {
        NormalDistribution z = new NormalDistribution(null, 0, 1);
        KsPower.Distance d = KsPower.normals(0, 1, 0.3, 1);
        assertEquals(2 * z.cumulativeProbability(0.15) - 1, d.d(), 1e-12);
        assertEquals(0.15, d.x(), 1e-6);
    }

    /**
     * The power bound against a simulation of the test itself: 400 samples of n = 2000 draws from N(0.1, 1) tested
     * against N(0, 1) at level 0.01; the rejection rate must not fall below the bound by more than its binomial error.
     */
    @Test
    void thePowerBoundHoldsForTheSimulatedTest() {
        int n = 2000, reps = 400;
        KsPower.Distance d = KsPower.normals(0, 1, 0.1, 1);
        double bound = KsPower.power(n, d, 0.01);
        SplittableRandom rng = new SplittableRandom(3);
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        NormalDistribution f = new NormalDistribution(null, 0, 1);
        int rejected = 0;
        for (int r = 0; r < reps; r++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = 0.1 + rng.nextGaussian();
            if (ks.kolmogorovSmirnovTest(f, x) < 0.01) rejected++;
        }
        double rate = rejected / (double) reps, se = Math.sqrt(bound * (1 - bound) / reps);
        assertTrue(bound > 0.2 && bound < 0.95, "a case where the bound is informative: " + bound);
        assertTrue(rate >= bound - 3 * se, "rejection rate " + rate + " below the power bound " + bound);
        assertEquals(bound, KsPower.power(KsPower.drawsFor(d, 0.01, bound), d, 0.01), 1e-9);
    }
}
