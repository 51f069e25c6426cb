package blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatasetTest {
    @Test
    void normalisationGivesMeanZeroAndMeanNormOne() {
        Dataset raw = Dataset.sine(5000, 3, "train");
        Dataset z = Dataset.Normalisation.of(raw).apply(raw);
        // oracle: the definition, recomputed in double precision from the normalised floats
        double m1 = 0;
        double m2 = 0;
        double norms = 0;
        for (int i = 0; i < z.n(); i++) {
            m1 += z.x()[2 * i];
            m2 += z.x()[2 * i + 1];
            norms += Math.hypot(z.x()[2 * i], z.x()[2 * i + 1]);
        }
        // tolerance: float rounding of each coordinate (relative 6e-8), summed over 5000 points
        assertEquals(0, m1 / z.n(), 1e-6);
        assertEquals(0, m2 / z.n(), 1e-6);
        assertEquals(1, norms / z.n(), 1e-6);
    }

    @Test
    void sineLabelsFollowTheBoundaryAndAreBalanced() {
        int n = 100_000;
        Dataset s = Dataset.sine(n, 11, "train");
        for (int i = 0; i < 1000; i++) {
            double x1 = s.x()[2 * i];
            double x2 = s.x()[2 * i + 1];
            assertEquals(x2 > Math.sin(Dataset.SINE_FREQ * x1) ? 1 : 0, s.label()[i]);
        }
        // oracle: P(x2 > sin(2 x1)) = E[Phi(-sin(2 x1))] = 1/2 exactly, since x1 -> -x1 flips the sign of the sine
        // and Phi(-s) + Phi(s) = 1; tolerance 5 binomial standard errors, 5 * 0.5 / sqrt(n)
        assertEquals(0.5, s.positiveFraction(), 5 * 0.5 / Math.sqrt(n));
    }

    @Test
    void trainAndTestSetsAreIndependentStreamsOfTheSameSeed() {
        Dataset a = Dataset.sine(10, 5, "train");
        Dataset b = Dataset.sine(10, 5, "test");
        Dataset c = Dataset.sine(10, 5, "train");
        org.junit.jupiter.api.Assertions.assertArrayEquals(a.x(), c.x());
        org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(a.x(), b.x()));
    }
}
