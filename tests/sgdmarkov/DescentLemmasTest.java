package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DescentLemmasTest {
    static LeastSquares problem() {
        return LeastSquares.generate(7, new double[] {0.7, 1.4, 0.5}, 0.3, 0.8, new SplittableRandom(11));
    }

    /** The batch mean of the items in idx, and f after the step x - alpha g_B. */
    static double stepValue(LeastSquares ls, double[] x, double alpha, int[] idx) {
        int d = ls.d();
        double[] xs = ls.xStar(), g = new double[d];
        for (int i : idx) {
            double t = ls.residual(i);
            for (int j = 0; j < d; j++) t += ls.a(i, j) * (x[j] - xs[j]);
            for (int j = 0; j < d; j++) g[j] += ls.a(i, j) * t / idx.length;
        }
        double[] y = x.clone();
        for (int j = 0; j < d; j++) y[j] -= alpha * g[j];
        return ls.value(y);
    }

    /** Oracle: E f(x+) by enumerating all n^2 ordered pairs (with replacement) and all n(n-1) ordered distinct pairs (without). */
    @Test
    void exactExpectationMatchesEnumerationOfEveryBatchOfTwo() {
        LeastSquares ls = problem();
        int n = ls.n();
        double[] x = {0.3, -1.2, 2.0};
        double alpha = 0.35;
        double with = 0, without = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            double v = stepValue(ls, x, alpha, new int[] {i, j});
            with += v / (n * n);
            if (i != j) without += v / (n * (n - 1.0));
        }
        double f = ls.value(x);
        assertEquals(with - f, DescentLemmas.step(ls, x, alpha, ls.batchFactor(2, true)).change(), 1e-12 * Math.abs(with));
        assertEquals(without - f, DescentLemmas.step(ls, x, alpha, ls.batchFactor(2, false)).change(), 1e-12 * Math.abs(without));
    }

    /** Oracle: E|g_B|^2 by the finite sum of LeastSquares (l = 1) and |grad f|^2 likewise. */
    @Test
    void secondMomentAndGradientMatchTheFiniteSums() {
        LeastSquares ls = problem();
        double[] x = {1.1, 0.2, -0.7};
        DescentLemmas.Step s = DescentLemmas.step(ls, x, 0.1, 1);
        assertEquals(ls.gradientSecondMoment(x), s.second(), 1e-12 * s.second());
        assertEquals(ls.gradientNorm2(x), s.grad2(), 1e-12 * s.grad2());
    }

    /** At the tight point the assumption E|g|^2 <= sigma0 + sigma |grad f|^2 is an equality (its maximiser). */
    @Test
    void tightPointMakesTheAssumptionAnEquality() {
        LeastSquares ls = problem();
        for (double k : new double[] {1, ls.batchFactor(3, true), ls.batchFactor(3, false)}) {
            double sigma = 1.5 * ls.sigmaMin(k), sigma0 = ls.sigma0(sigma, k);
            DescentLemmas.Step s = DescentLemmas.step(ls, DescentLemmas.tightPoint(ls, sigma, k), 0.1, k);
            assertEquals(sigma0 + sigma * s.grad2(), s.second(), 1e-9 * s.second());
        }
    }

    @Test
    void bothLemmasHoldOnTheScan() {
        for (DescentLemmas.Case c : DescentLemmas.scan("p", problem(), 3, 5)) {
            assertTrue(c.lemma5Violation() <= 1e-12, c.toString());
            assertTrue(c.lemma6Violation() <= 1e-12, c.toString());
        }
    }
}
