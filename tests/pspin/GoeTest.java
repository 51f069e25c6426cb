package pspin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** GOE sampling, exact Wick moments, Catalan limits and LAPACK eigenvalues. */
class GoeTest {

    @Test
    void catalanNumbers() {
        // oracle: C_k = binom(2k,k)/(k+1): 1, 1, 2, 5, 14, 42, 132
        long[] c = {1, 1, 2, 5, 14, 42, 132};
        for (int k = 0; k < c.length; k++) assertEquals(c[k], Goe.catalan(k));
    }

    @Test
    void exactMomentsAgainstPublishedGoePolynomials() {
        // oracle: GOE moments (E M_ij^2 = (1 + d_ij)/n), Goulden & Jackson (1997) / Ledoux (2009):
        // m2 = 1 + 1/n, m4 = 2 + 5/n + 5/n^2, m6 = 5 + 22/n + 52/n^2 + 41/n^3
        for (int n : new int[] {1, 3, 10, 499}) {
            double x = 1.0 / n;
            assertEquals(1 + x, Goe.exactMoment(1, n), 1e-12);
            assertEquals(2 + 5 * x + 5 * x * x, Goe.exactMoment(2, n), 1e-12);
            assertEquals(5 + 22 * x + 52 * x * x + 41 * x * x * x, Goe.exactMoment(3, n), 1e-11);
        }
        // n -> infinity: the non-crossing pairings, Catalan numbers
        for (int k = 1; k <= 4; k++) assertEquals(Goe.catalan(k), Goe.exactMoment(k, 100_000_000), 1e-5 * Goe.catalan(k));
    }

    @Test
    void simulatedMomentsMatchCatalanWithinStandardErrors() {
        // oracle: Catalan numbers after the exact finite-n Wick correction; tolerance 4 standard errors over draws
        int n = 121, draws = 60;
        double[][] mu = ShiftedGoe.drawSpectra(n, draws, 11, 1);
        for (double[] r : ShiftedGoe.moments(mu, 4)) {
            int k = (int) r[0];
            double corrected = r[1] - (Goe.exactMoment(k, n - 1) - Goe.catalan(k));
            assertEquals(Goe.catalan(k), corrected, 4 * r[2], "m_" + 2 * k + " se " + r[2]);
        }
    }

    @Test
    void entryVariancesOfTheSampler() {
        // oracle: Var W_ij = 1 (i != j), Var W_ii = 2; tolerance 5 standard errors (sd of x^2 is sqrt 2 sigma^2)
        SplittableRandom rng = new SplittableRandom(3);
        int n = 200;
        double[] w = Goe.sample(n, rng);
        double off = 0, diag = 0;
        for (int i = 0; i < n; i++) {
            diag += w[i * n + i] * w[i * n + i];
            for (int j = i + 1; j < n; j++) {
                off += w[i * n + j] * w[i * n + j];
                assertEquals(w[i * n + j], w[j * n + i]);
            }
        }
        int m = n * (n - 1) / 2;
        assertEquals(1, off / m, 5 * Math.sqrt(2.0 / m));
        assertEquals(2, diag / n, 5 * 2 * Math.sqrt(2.0 / n));
    }

    @Test
    void lapackEigenvaluesAgainstTraceIdentities() {
        // oracle: sum of eigenvalues = trace, sum of squares = Frobenius norm^2 (exact identities, rounding ~1e-12)
        int n = 150;
        double[] w = Goe.sample(n, new SplittableRandom(5));
        double tr = 0, fro = 0;
        for (int i = 0; i < n; i++) {
            tr += w[i * n + i];
            for (int j = 0; j < n; j++) fro += w[i * n + j] * w[i * n + j];
        }
        double[] ev = Lapack.eigenvalues(w.clone(), n);
        double s1 = 0, s2 = 0;
        for (double v : ev) { s1 += v; s2 += v * v; }
        assertEquals(tr, s1, 1e-9);
        assertEquals(fro, s2, 1e-9 * fro);
        for (int i = 1; i < n; i++) assertEquals(true, ev[i] >= ev[i - 1]);
    }

    @Test
    void spectraDoNotDependOnThreads() {
        double[][] a = ShiftedGoe.drawSpectra(60, 6, 9, 1);
        double[][] b = ShiftedGoe.drawSpectra(60, 6, 9, 2);
        for (int d = 0; d < a.length; d++) assertArrayEquals(a[d], b[d], 0.0);
    }

    @Test
    void negativeFractionAndEdgeAgainstSemicircle() {
        // oracle: semicircle CDF F(2u/E_inf) (limit law); n = 400 with 20 draws: the empirical fraction is within
        // O(1/n) of it, tolerance 0.01. Edge: -E_inf sqrt((n-1)/n) (1 - 0.6033 m^(-2/3)), m = n-1, from the Tracy-Widom
        // GOE mean -1.2065 of the extreme eigenvalue; tolerance 4 standard errors over draws plus 0.005 for O(1/m)
        int n = 400;
        double[][] mu = ShiftedGoe.drawSpectra(n, 20, 13, 1);
        for (double u : new double[] {-1.2, -0.5, 0, 0.8}) {
            assertEquals(Complexity.negativeFraction(3, u), ShiftedGoe.negativeFraction(mu, n, 3, u, 3)[0], 0.01);
        }
        double m = n - 1;
        double tw = -Complexity.eInf(3) * Math.sqrt(m / n) * (1 - 0.6033 * Math.pow(m, -2.0 / 3));
        double[] edge = ShiftedGoe.edgeCrossing(mu, n, 3);
        assertEquals(tw, edge[0], 4 * edge[1] + 0.005);
    }
}
