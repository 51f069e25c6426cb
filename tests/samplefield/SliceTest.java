package samplefield;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lib.GaussianField;
import org.junit.jupiter.api.Test;

class SliceTest {
    /**
     * Oracle: GaussianField.value, a direct sum over the spectral samples at x0 + s e1 + t e2. The slice factorises
     * exp(i theta) instead; both see theta ~ 1e6 |z|, whose rounding (~1e-9) bounds the difference per term,
     * so the tolerance is 1e-8 sum_m |w_m|.
     */
    @Test
    void sliceMatchesDirectEvaluation() {
        GaussianField field = GaussianField.sample(6, 300, 3);
        int grid = 7;
        Slice s = Slice.of(field, 99, grid, 2.5);
        double w = 0;
        for (int k = 0; k < field.m(); k++) w += Math.hypot(field.a()[k], field.b()[k]);
        for (int i = 0; i < grid; i += 3) {
            for (int j = 0; j < grid; j += 2) {
                double[] x = Slice.point(field, 99, s.coordinates()[i], s.coordinates()[j]);
                assertEquals(field.value(x), s.values()[i * grid + j], 1e-8 * w, "grid " + i + "," + j);
            }
        }
        assertEquals(-2.5, s.coordinates()[0], 0.0);
        assertEquals(2.5, s.coordinates()[grid - 1], 0.0);
    }
}
