package pspin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** 004's p = 2 case: critical points of σᵀJσ on the sphere and the two normalisations of J. */
class Spherical2Test {
    /** Oracle: Courant-Fischer — the critical points are ±(eigenvectors), index k at the (k+1)-th eigenvalue (LAPACK). */
    @Test
    void newtonFindsExactlyTwoCriticalPointsOfEachIndex() {
        int n = 5;
        double[] j = Spherical2.symmetric(n, new SplittableRandom(3));
        List<Spherical2.Critical> found = Spherical2.criticalPoints(j, n, 300, new SplittableRandom(4));
        double[] ev = Spherical2.eigenvalues(j, n);
        assertEquals(2 * n, found.size());
        int[] byIndex = new int[n];
        for (Spherical2.Critical c : found) {
            byIndex[c.index()]++;
            assertEquals(ev[c.index()], c.value(), 1e-12);
            double norm = 0;
            for (double v : c.sigma()) norm += v * v;
            assertEquals(1, norm, 1e-12);
        }
        for (int k = 0; k < n; k++) assertEquals(2, byIndex[k], "index " + k);
    }

    /** Oracle: the variance of (a + b)/2 for independent a, b ~ N(0, 1/N) is 1/(2N); the diagonal is 0 by definition. */
    @Test
    void independentEntriesHaveHalfTheOffDiagonalVariance() {
        int n = 300;
        double[] sym = Spherical2.independentEntries(n, new SplittableRandom(8));
        double ss = 0;
        int m = 0;
        for (int a = 0; a < n; a++) {
            assertEquals(0, sym[a * n + a], 0);
            for (int b = a + 1; b < n; b++) { ss += sym[a * n + b] * sym[a * n + b]; m++; assertEquals(sym[a * n + b], sym[b * n + a], 0); }
        }
        double var = ss / m, expected = 1.0 / (2 * n);
        assertEquals(expected, var, 5 * expected * Math.sqrt(2.0 / m));
    }

    /**
     * Oracle: the semicircle edges −2 and −√2 with the Tracy-Widom finite-N offset of the smallest eigenvalue (GOE mean
     * −1.2065 N^{-2/3}, inside the edge; SD 1.268 N^{-2/3}); mean of 10 draws within 4 standard errors plus 0.005 for
     * the O(1/N) terms.
     */
    @Test
    void theSmallestEigenvaluesOfTheTwoReadingsSitAtTheirEdges() {
        int n = 300, draws = 10;
        double sym = 0, ind = 0;
        for (int d = 0; d < draws; d++) {
            sym += Spherical2.eigenvalues(Spherical2.symmetric(n, new SplittableRandom(10 + d)), n)[0] / draws;
            ind += Spherical2.eigenvalues(Spherical2.independentEntries(n, new SplittableRandom(50 + d)), n)[0] / draws;
        }
        double se = 1.268 * Math.pow(n, -2.0 / 3) / Math.sqrt(draws);
        assertEquals(-2 + 1.2065 * Math.pow(n, -2.0 / 3), sym, 4 * se + 0.005);
        assertEquals(Math.sqrt(0.5) * (-2 + 1.2065 * Math.pow(n, -2.0 / 3)), ind, 4 * se / Math.sqrt(2) + 0.005);
        assertTrue(ind > sym + 0.4);
    }
}
