package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {
    static LeastSquares small() {
        return LeastSquares.generate(7, new double[] {0.5, 1.2, 2.0}, 0.3, 0.7, new SplittableRandom(11));
    }

    @Test
    void xStarSolvesTheNormalEquations() {
        LeastSquares ls = small();
        assertEquals(0, ls.gradientNorm2(ls.xStar()), 1e-24);   // oracle: the finite-sum gradient
        assertEquals(ls.value(ls.xStar()), ls.fStar(), 1e-13);
    }

    /**
     * sigma0(sigma) is the maximum over x of E|grad f_w|^2 - sigma |grad f|^2 (both by the finite sum), attained at
     * e = (sigma H^2 - A)^{-1} c; random points stay below it.
     */
    @Test
    void sigma0IsTheSmallestConstantOfTheAssumption() {
        LeastSquares ls = small();
        double sigma = 1.5 * ls.sigmaMin(1);
        double s0 = ls.sigma0(sigma, 1);
        RealMatrix h = ls.hessian();
        RealVector e = new LUDecomposition(h.multiply(h).scalarMultiply(sigma).subtract(ls.fourth())).getSolver().solve(ls.cross());
        double[] x = ls.xStar();
        for (int j = 0; j < x.length; j++) x[j] += e.getEntry(j);
        assertEquals(s0, ls.gradientSecondMoment(x) - sigma * ls.gradientNorm2(x), 1e-10 * s0);
        SplittableRandom rng = new SplittableRandom(3);
        for (int k = 0; k < 200; k++) {
            double[] y = ls.xStar();
            for (int j = 0; j < y.length; j++) y[j] += 3 * rng.nextGaussian();
            assertTrue(ls.gradientSecondMoment(y) - sigma * ls.gradientNorm2(y) <= s0 * (1 + 1e-12));
        }
        // below sigma_min no constant works: along the top generalised eigenvector the difference grows without bound
        assertTrue(ls.sigmaMin(1) >= 1);
    }

    /** Oracle: E|g_B|^2 by enumerating all n^l ordered batches (with replacement) and all l-subsets (without). */
    @Test
    void batchSecondMomentMatchesEnumeration() {
        LeastSquares ls = LeastSquares.generate(5, new double[] {0.7, 1.3}, 0.2, 0.5, new SplittableRandom(5));
        int n = ls.n(), d = ls.d(), l = 2;
        double[] x = {0.3, -1.1};
        double[][] g = new double[n][d];
        for (int i = 0; i < n; i++) {
            double t = ls.residual(i);
            double[] xs = ls.xStar();
            for (int j = 0; j < d; j++) t += ls.a(i, j) * (x[j] - xs[j]);
            for (int j = 0; j < d; j++) g[i][j] = ls.a(i, j) * t;
        }
        double with = 0, without = 0;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double s = 0;
                for (int j = 0; j < d; j++) s += Math.pow((g[i][j] + g[k][j]) / l, 2);
                with += s / (n * n);
                if (i != k) {
                    without += s;
                    pairs++;
                }
            }
        }
        without /= pairs;
        for (boolean replacement : new boolean[] {true, false}) {
            double k = ls.batchFactor(l, replacement);
            double grad2 = ls.gradientNorm2(x);
            double predicted = grad2 + k * (ls.gradientSecondMoment(x) - grad2);
            assertEquals(replacement ? with : without, predicted, 1e-12);
        }
    }

    /** sigma_min of a batch: 1 + k (sigma_min(1) - 1), from A_k = (1 - k) H^2 + k A. */
    @Test
    void batchSigmaMin() {
        LeastSquares ls = small();
        for (double k : new double[] {1, 0.5, 0.125}) assertEquals(1 + k * (ls.sigmaMin(1) - 1), ls.sigmaMin(k), 1e-10);
    }
}
