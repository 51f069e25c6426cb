package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RidgeLogisticTest {
    static RidgeLogistic problem() {
        int n = 60, d = 4;
        SplittableRandom rng = new SplittableRandom(12);
        double[] x = new double[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d - 1; j++) x[i * d + j] = rng.nextGaussian();
            x[i * d + d - 1] = 1;
            y[i] = x[i * d] + 0.5 * rng.nextGaussian() > 0 ? 1 : 0;
        }
        return RidgeLogistic.of(n, d, x, y, 0.01);
    }

    /** Oracle: central finite differences of f (gradient) and of the gradient (Hessian), step 1e-5, error O(1e-10). */
    @Test
    void gradientAndHessianMatchFiniteDifferences() {
        RidgeLogistic p = problem();
        int d = p.d();
        double[] w = {0.3, -0.2, 0.5, 0.1}, g = p.gradient(w), h = p.hessian(w);
        double eps = 1e-5;
        for (int j = 0; j < d; j++) {
            double[] a = w.clone(), b = w.clone();
            a[j] += eps;
            b[j] -= eps;
            assertEquals((p.value(a) - p.value(b)) / (2 * eps), g[j], 1e-8);
            double[] ga = p.gradient(a), gb = p.gradient(b);
            for (int k = 0; k < d; k++) assertEquals((ga[k] - gb[k]) / (2 * eps), h[k * d + j], 1e-7);
        }
        double[] items = p.itemGradients(w);
        for (int j = 0; j < d; j++) {
            double s = 0;
            for (int i = 0; i < p.n(); i++) s += items[i * d + j] / p.n();
            assertEquals(g[j], s, 1e-14);
        }
    }

    @Test
    void newtonReachesTheMinimum() {
        RidgeLogistic p = problem();
        double[] w = p.minimise(1e-12);
        double norm = 0;
        for (double v : p.gradient(w)) norm += v * v;
        assertTrue(Math.sqrt(norm) < 1e-12);
        SplittableRandom rng = new SplittableRandom(1);
        for (int k = 0; k < 20; k++) {
            double[] v = w.clone();
            for (int j = 0; j < v.length; j++) v[j] += 0.01 * rng.nextGaussian();
            assertTrue(p.value(v) > p.value(w));
        }
    }
}
