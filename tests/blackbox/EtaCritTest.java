package blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EtaCritTest {
    @Test
    void interpolatesTheMidpointCrossingInLogEta() {
        double[] etas = {0.01, 0.1, 1, 10};
        double[] acc = {0.9, 0.8, 0.5, 0.5};
        // oracle by hand: midpoint (0.9 + 0.5)/2 = 0.7 lies 1/3 of the way from 0.8 (eta 0.1) to 0.5 (eta 1)
        assertEquals(Math.pow(10, -1 + 1.0 / 3), EtaCrit.estimate(etas, acc, 0.5), 1e-12);
    }

    @Test
    void ignoresDipsBeforeTheBestAccuracyAndReportsNoDropAsNaN() {
        double[] etas = {0.01, 0.1, 1};
        // midpoint 0.7 lies halfway from 0.9 (eta 0.1) to 0.5 (eta 1): eta = 10^-0.5; the low 0.55 before the best is no drop
        assertEquals(Math.pow(10, -0.5), EtaCrit.estimate(etas, new double[] {0.55, 0.9, 0.5}, 0.5), 1e-12);
        assertTrue(Double.isNaN(EtaCrit.estimate(etas, new double[] {0.6, 0.8, 0.9}, 0.5)));
    }

    @Test
    void theCrossingIsTheFirstStepBelowTheMidpointAboveTheBestAndItsWidthIsTheResolution() {
        double[] etas = {0.01, 0.03, 0.1, 0.3, 1};
        double[] acc = {0.95, 0.96, 0.94, 0.51, 0.50};
        assertEquals(3, EtaCrit.crossing(etas, acc, 0.5));   // midpoint 0.73: first below it past the best (0.96 at 0.03)
        assertEquals(Math.log10(3), EtaCrit.log10Step(etas, acc, 0.5), 1e-15);
        assertEquals(-1, EtaCrit.crossing(etas, new double[] {0.9, 0.95, 0.96, 0.95, 0.9}, 0.5));
        assertTrue(Double.isNaN(EtaCrit.log10Step(etas, new double[] {0.9, 0.95, 0.96, 0.95, 0.9}, 0.5)));
    }

    @Test
    void logGridEndsAtItsBounds() {
        double[] g = EtaCrit.logGrid(1e-3, 10, 13);
        assertEquals(1e-3, g[0], 0);
        assertEquals(10, g[12], 1e-12);
        assertEquals(Math.pow(10, -3 + 1.0 / 3), g[1], 1e-15);
    }
}
