package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import lib.GaussianField;
import org.junit.jupiter.api.Test;

class LandscapeTest {
    /**
     * Oracle: the direct spectral sums (GaussianField.value/gradient). Bicubic Hermite error bounds: value h^4 max|f''''|/384
     * per axis, gradient O(h^3); with h = 0.04 and derivatives of a unit-variance field with unit correlation length up to
     * about 10 (M = 64 terms, |z| up to ~4), below 1e-6 and 1e-4.
     */
    @Test
    void interpolationMatchesTheSpectralSums() {
        GaussianField field = GaussianField.sample(2, 64, 5);
        Landscape land = Landscape.of(field, 0.125, 2, 5, 0.04, 2);
        SplittableRandom rng = new SplittableRandom(8);
        for (int k = 0; k < 500; k++) {
            double x = rng.nextDouble(-4.9, 4.9), y = rng.nextDouble(-4.9, 4.9);
            double[] g = new double[2];
            double v = land.valueGrad(x, y, g);
            assertEquals(land.exactValue(x, y), v, 1e-6);
            double[] ge = land.exactGradient(x, y);
            assertEquals(ge[0], g[0], 1e-4);
            assertEquals(ge[1], g[1], 1e-4);
            assertEquals(v, land.value(x, y), 0.0);
        }
        // outside the box: the spectral sums themselves
        assertEquals(land.exactValue(7, -8), land.value(7, -8), 1e-14);
    }

    /** At the nodes the interpolant reproduces the exact values and gradients. */
    @Test
    void nodesAreExact() {
        GaussianField field = GaussianField.sample(2, 64, 6);
        Landscape land = Landscape.of(field, 1, 3, 2, 0.5, 1);
        for (double x = -2; x < 2; x += 0.5) {
            for (double y = -2; y < 2; y += 0.5) {
                double[] g = new double[2];
                assertEquals(land.exactValue(x, y), land.valueGrad(x, y, g), 1e-12);
                double[] ge = land.exactGradient(x, y);
                assertEquals(ge[0], g[0], 1e-12);
                assertEquals(ge[1], g[1], 1e-12);
            }
        }
    }
}
