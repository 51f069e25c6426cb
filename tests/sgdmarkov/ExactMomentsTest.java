package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExactMomentsTest {
    static LeastSquares scalar() {
        return LeastSquares.generate(9, new double[] {0.5}, 2.0, 1.0, new SplittableRandom(2));
    }

    /** h = mean a^2, A = mean a^4, s0 = mean a^2 r^2 of a one-dimensional problem. */
    static double[] moments(LeastSquares ls) {
        double h = 0, a4 = 0, s0 = 0;
        for (int i = 0; i < ls.n(); i++) {
            double a = ls.a(i, 0);
            h += a * a / ls.n();
            a4 += a * a * a * a / ls.n();
            s0 += a * a * ls.residual(i) * ls.residual(i) / ls.n();
        }
        return new double[] {h, a4, s0};
    }

    /**
     * One dimension, closed forms: stationary S = alpha k s0 / (2h - alpha h^2 - alpha k (A - h^2)), floor h S / 2;
     * second-moment radius (1 - alpha h)^2 + alpha^2 k (A - h^2); stability at alpha = 2h / (h^2 + k (A - h^2)).
     */
    @ParameterizedTest
    @CsvSource({"1,0.05", "1,0.4", "0.25,0.3", "0.125,1.0"})
    void scalarClosedForms(double k, double alpha) {
        LeastSquares ls = scalar();
        double[] mo = moments(ls);
        double h = mo[0], a4 = mo[1], s0 = mo[2];
        ExactMoments em = new ExactMoments(ls, k);
        double s = alpha * k * s0 / (2 * h - alpha * h * h - alpha * k * (a4 - h * h));
        assertEquals(h * s / 2, em.floor(alpha), 1e-12 * h * s);
        assertEquals(Math.pow(1 - alpha * h, 2) + alpha * alpha * k * (a4 - h * h), em.secondMomentRadius(alpha), 1e-12);
        assertEquals(2 * h / (h * h + k * (a4 - h * h)), em.stabilityLimit(), 1e-10);
    }

    /** Oracle: E f(x_3) - f* by enumerating all n^3 index paths of single-sample SGD (and all ordered distinct pairs, l = 2). */
    @Test
    void recursionMatchesEnumerationOfAllPaths() {
        LeastSquares ls = LeastSquares.generate(4, new double[] {0.8, 1.5}, 0.4, 0.6, new SplittableRandom(9));
        int n = ls.n();
        double alpha = 0.2;
        double[] x0 = {1.0, -0.5};
        double sum = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) for (int k = 0; k < n; k++) {
            double[] x = x0.clone();
            for (int w : new int[] {i, j, k}) sgdStep(ls, x, alpha, new int[] {w});
            sum += ls.value(x) - ls.fStar();
        }
        ExactMoments em = new ExactMoments(ls, ls.batchFactor(1, true));
        double[] v = em.start(x0), tmp = new double[v.length];
        for (int t = 0; t < 3; t++) em.step(v, alpha, tmp);
        assertEquals(sum / (n * n * n), em.gap(v), 1e-12);

        double pairs = 0;
        int count = 0;
        for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) for (int c = 0; c < n; c++) for (int e = 0; e < n; e++) {
            if (a == b || c == e) continue;
            double[] x = x0.clone();
            sgdStep(ls, x, alpha, new int[] {a, b});
            sgdStep(ls, x, alpha, new int[] {c, e});
            pairs += ls.value(x) - ls.fStar();
            count++;
        }
        ExactMoments wo = new ExactMoments(ls, ls.batchFactor(2, false));
        v = wo.start(x0);
        for (int t = 0; t < 2; t++) wo.step(v, alpha, tmp);
        assertEquals(pairs / count, wo.gap(v), 1e-12);
    }

    static void sgdStep(LeastSquares ls, double[] x, double alpha, int[] batch) {
        int d = ls.d();
        double[] g = new double[d], xs = ls.xStar();
        for (int i : batch) {
            double t = ls.residual(i);
            for (int j = 0; j < d; j++) t += ls.a(i, j) * (x[j] - xs[j]);
            for (int j = 0; j < d; j++) g[j] += ls.a(i, j) * t / batch.length;
        }
        for (int j = 0; j < d; j++) x[j] -= alpha * g[j];
    }

    /** The stationary solve is the fixed point of the recursion (iterated long from x0). */
    @Test
    void stationarySolveIsTheRecursionsFixedPoint() {
        LeastSquares ls = LsStudy.multi(1);
        ExactMoments em = new ExactMoments(ls, 1);
        double alpha = 0.05;
        double[] v = em.start(new double[ls.d()]), tmp = new double[v.length];
        for (int t = 0; t < 40000; t++) em.step(v, alpha, tmp);
        assertEquals(em.floor(alpha), em.gap(v), 1e-9 * em.floor(alpha));
    }
}
