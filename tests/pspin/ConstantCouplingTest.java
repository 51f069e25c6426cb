package pspin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConstantCouplingTest {
    /** Oracle: −Σ over ordered tuples of distinct indices of σ_i σ_j (σ_k), by enumeration. */
    static double bruteForce(double[] s, int p) {
        int n = s.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                if (p == 2) { sum += s[i] * s[j]; continue; }
                for (int k = 0; k < n; k++) if (k != i && k != j) sum += s[i] * s[j] * s[k];
            }
        }
        return -sum;
    }

    @Test
    void energyAndGradientMatchEnumerationAndDifferences() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] s = new double[7];
        for (int i = 0; i < s.length; i++) s[i] = rng.nextGaussian();
        for (int p = 2; p <= 3; p++) {
            assertEquals(bruteForce(s, p), ConstantCoupling.energy(s, p), 1e-11);
            double[] g = ConstantCoupling.gradient(s, p);
            for (int i = 0; i < s.length; i++) {
                double[] a = s.clone(), b = s.clone();
                a[i] += 1e-6;
                b[i] -= 1e-6;
                assertEquals((ConstantCoupling.energy(a, p) - ConstantCoupling.energy(b, p)) / 2e-6, g[i], 1e-6);
            }
        }
    }

    /**
     * Oracle: at σ_i = N^{-1/2}, H = −N(N−1)···(N−p+1)/N^{p/2}. For p = 3 descent from a start with Σσ_i below 1 ends in
     * the local minimum near Σσ_i = −1 (H ≈ −s³ + 3s along the uniform direction), so many starts are needed.
     */
    @Test
    void descentFindsTheUniformPointAndItsValue() {
        int n = 40;
        for (int p = 2; p <= 3; p++) {
            ConstantCoupling.Result r = ConstantCoupling.minimise(n, p, 60, new SplittableRandom(p));
            double exact = p == 2 ? -(n - 1.0) : -n * (n - 1.0) * (n - 2.0) / Math.pow(n, 1.5);
            assertEquals(exact, ConstantCoupling.atUniform(n, p), 1e-9);
            assertEquals(exact, r.minimum(), 1e-8 * Math.abs(exact));
            assertTrue(r.distanceToUniform() < 1e-5, "distance " + r.distanceToUniform());
        }
    }
}
