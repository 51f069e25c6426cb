package deeplinear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The deep linear model's loss, gradient and exact Hessian, and the landscape's closed forms. */
class NetworkTest {
    static Network net(int depth, long seed) {
        return Network.random(Study.dims(depth), 12, new SplittableRandom(seed));
    }

    static double[] point(Network n, long seed) {
        return Study.randomPoint(n, new SplittableRandom(seed));
    }

    /** Oracle: central differences of f (step 1e-5; truncation O(h²) of terms O(100): 1e-6 absolute). */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void gradientAgainstCentralDifferences(int depth) {
        Network n = net(depth, 1);
        double[] t = point(n, 2), g = n.gradient(t);
        for (int k = 0; k < t.length; k++) {
            double h = 1e-5, save = t[k];
            t[k] = save + h;
            double fp = n.loss(t);
            t[k] = save - h;
            double fm = n.loss(t);
            t[k] = save;
            assertEquals((fp - fm) / (2 * h), g[k], 1e-6, "component " + k);
        }
    }

    /** Oracle: central differences of the gradient (each Hessian column; step 1e-6, truncation and rounding below 1e-6). */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void hessianAgainstDifferencesOfTheGradient(int depth) {
        Network n = net(depth, 3);
        double[] t = point(n, 4);
        double[][] h = n.hessian(t);
        for (int k = 0; k < t.length; k++) {
            double step = 1e-6, save = t[k];
            t[k] = save + step;
            double[] gp = n.gradient(t);
            t[k] = save - step;
            double[] gm = n.gradient(t);
            t[k] = save;
            for (int j = 0; j < t.length; j++) assertEquals((gp[j] - gm[j]) / (2 * step), h[j][k], 1e-5, "entry " + j + ", " + k);
        }
    }

    /**
     * Oracle: the global minimum two ways. Eckart-Young after whitening (SVD of W*S) against the loss at the top-r
     * Baldi-Hornik critical point (eigenvectors of Σ_YX Σ_XX⁻¹ Σ_XY): equal to 1e-10 relative; every Baldi-Hornik point
     * has a zero gradient; no random point lies below the minimum.
     */
    @Test
    void globalMinimumByTwoRoutesAndCriticalPoints() {
        for (long seed = 5; seed < 9; seed++) {
            Network n = net(2, seed);
            double fStar = Landscape.globalMinimum(n), lowest = Double.POSITIVE_INFINITY;
            List<double[]> crit = Landscape.twoLayerCriticalPoints(n);
            assertEquals(1 + 3 + 3, crit.size(), "subsets of 3 eigenvectors with at most 2 elements");
            for (double[] t : crit) {
                lowest = Math.min(lowest, n.loss(t));
                assertEquals(0, Study.norm(n.gradient(t)), 1e-10 * (1 + n.loss(t)));
            }
            assertEquals(fStar, lowest, 1e-10 * fStar);
            for (int k = 0; k < 50; k++) assertTrue(n.loss(point(n, 100 + k)) >= fStar);
        }
    }

    /** Oracle, by hand: at W = 0 every second derivative keeps a factor W_k = 0 once d >= 3; at d = 2 the cross term −2YXᵀ stays. */
    @Test
    void theHessianAtZeroVanishesFromDepthThree() {
        for (int depth = 2; depth <= 4; depth++) {
            Network n = net(depth, 11);
            double[][] h = n.hessian(new double[n.parameters()]);
            double max = 0;
            for (double[] row : h) for (double v : row) max = Math.max(max, Math.abs(v));
            if (depth == 2) assertTrue(Landscape.eigenvalues(h)[0] < -1e-3 * max, "indefinite at depth 2");
            else assertEquals(0, max, 0, "depth " + depth);
        }
    }

    /** Oracle: f is a quadratic in one layer, so a diagonal block is the Gauss-Newton term and positive semidefinite. */
    @Test
    void diagonalBlocksArePositiveSemidefinite() {
        Network n = net(3, 12);
        double[][] h = n.hessian(point(n, 13));
        for (int layer = 1; layer <= 3; layer++) {
            double[] ev = Landscape.eigenvalues(n.block(h, layer));
            assertTrue(ev[0] >= -1e-10 * ev[ev.length - 1], "layer " + layer + ": " + ev[0]);
        }
    }

    /** A descent from a random start ends at the global minimum with a small gradient (oracle: Eckart-Young). */
    @Test
    void descentReachesTheGlobalMinimum() {
        Network n = net(3, 14);
        Descent.End armijo = Descent.run(n, point(n, 15), Study.TOL, 200_000);
        double l = Landscape.eigenvalues(n.hessian(armijo.theta()))[n.parameters() - 1];
        Descent.End end = Descent.polish(n, armijo, 1.5 * l, Study.TOL, 200_000);
        assertTrue(end.gradient() < Study.TOL, "gradient " + end.gradient());
        double fStar = Landscape.globalMinimum(n);
        assertEquals(fStar, end.loss(), 1e-12 * fStar);
    }
}
