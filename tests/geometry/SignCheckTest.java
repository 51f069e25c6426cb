package geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignCheckTest {
    @Test
    void theKernelsDifferencesGivePlusOne() {
        double[] c = SignCheck.byDifferences(new int[] {1, 2, 7}, 5, 3);
        assertEquals(1, c[0], 1e-8);
        assertTrue(c[1] < 1e-8);
    }

    /** The spectral field has covariance k for every M, so its estimate lies within 4 SE of +1 (and far from −1). */
    @Test
    void theSimulatedFieldGivesPlusOneWithinItsStandardError() {
        SignCheck.FieldEstimate f = SignCheck.onField(3, 300, 12, 300, 0.8, 1e6, 5, 2);
        assertTrue(Math.abs(f.mean() - 1) < 4 * f.se(), f.mean() + " +- " + f.se());
        assertTrue(Math.abs(f.mean() + 1) > 20 * f.se());
    }
}
