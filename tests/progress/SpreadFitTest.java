package progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The spread fit and its replication standard error on synthetic data with a known rate; the max-|z| test. */
class SpreadFitTest {
    static final double[] DIMS = {10, 100, 1000, 10000, 100000};

    /** Normal values with SD σ N^b (1 + c/N)^{1/2}, R per N. */
    static double[][] synthetic(double b, double c, int r, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] v = new double[DIMS.length][r];
        for (int j = 0; j < DIMS.length; j++) {
            double sd = 0.8 * Math.pow(DIMS[j], b) * Math.sqrt(1 + c / DIMS[j]);
            for (int i = 0; i < r; i++) v[j][i] = 0.3 + sd * rng.nextGaussian();
        }
        return v;
    }

    @Test
    void recoversAKnownRateWithACalibratedStandardError() {
        int reps = 40;
        double[] b = new double[reps];
        double meanSe = 0;
        for (int t = 0; t < reps; t++) {
            SpreadFit.Fit f = SpreadFit.fit("x", "synthetic", 1, DIMS, synthetic(-0.5, 3, 240, t), 8);
            b[t] = f.b();
            meanSe += f.seB() / reps;
        }
        Stats.Moments m = Stats.of(b);
        // the average of 40 estimates is unbiased for −1/2 to within 4 of its standard errors (the c/N term absorbed)
        assertEquals(-0.5, m.mean(), 4 * m.sd() / Math.sqrt(reps));
        // the replication SE matches the actual scatter of the estimate: ratio within [0.6, 1.6] (40 fits, and an
        // 8-group SE has ~25 % relative error, so the bounds are about 3 SE of the ratio)
        double ratio = meanSe / m.sd();
        assertTrue(ratio > 0.6 && ratio < 1.6, "se / scatter = " + ratio);
    }

    @Test
    void aSlowerRateIsSeenAsSuch() {
        SpreadFit.Fit f = SpreadFit.fit("x", "synthetic", 1, DIMS, synthetic(-0.25, 0, 480, 99), 12);
        assertEquals(-0.25, f.b(), 4 * f.seB());
        assertTrue(Math.abs(f.b() + 0.5) > 6 * f.seB(), "−1/2 excluded: " + f.b() + " ± " + f.seB());
    }

    @Test
    void maxZTestHasTheBonferroniLevelAndPower() {
        // one statistic at z = 3: p = 2Φ(−3) = 0.0026998
        Stats.MaxZ t = Stats.maxZ(new double[] {3}, new double[] {0}, 0.01);
        assertEquals(0.0026997960632601866, t.p(), 1e-12);
        // power against a shift of z* + 1.2816 (z* = Φ^{-1}(1 − 0.005) = 2.5758) is 0.9 up to the far tail (< 1e-6)
        Stats.MaxZ u = Stats.maxZ(new double[] {0, 0}, new double[] {0, 2.807033768343811 + 1.2815515655446004}, 0.01);
        assertEquals(0.9, u.power(), 1e-6);
        assertEquals(1.0, u.sizeFactor(), 1e-9);
        // K = 2 doubles p
        assertEquals(2 * t.p(), Stats.maxZ(new double[] {3, 1}, new double[] {0, 0}, 0.01).p(), 1e-15);
    }

    @Test
    void tTailsAreWiderThanNormalOnes() {
        Stats.MaxZ normal = Stats.maxZ(new double[] {3.5}, new double[] {0}, 0.01);
        Stats.MaxZ t = Stats.maxZ(new double[] {3.5}, new double[] {0}, 0.01, 1);
        // Student t with 1 dof is Cauchy: P(|T| > z) = 1 − (2/π) atan z, against 4.65e-4 for the normal
        assertEquals(1 - 2 / Math.PI * Math.atan(3.5), t.p(), 1e-9);
        assertTrue(normal.p() < t.p());
    }
}
