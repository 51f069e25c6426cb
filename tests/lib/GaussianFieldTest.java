package lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianFieldTest {
    static double[] points(long seed, int p, int n, double halfWidth) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[p * n];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble(-halfWidth, halfWidth);
        return x;
    }

    /**
     * Oracle: the closed forms E phi = 0, E phi^2 = k(0) = 1, E|grad phi|^2 = -tr Hess k(0) = N for k(r) = exp(-r^2/2).
     * R independent realisations, each evaluated at P far-apart points (uniform in [-1e6,1e6]^N, as 000 section 4.1);
     * the per-realisation averages are i.i.d., so their spread gives a standard error that includes the
     * realisation-level error of order 1/sqrt(M). Tolerance 4.5 SE (two-sided p ~ 7e-6 per check).
     */
    @Test
    void momentsMatchTheCovarianceModel() {
        int n = 3, m = 400, fields = 40, p = 250;
        double[][] est = new double[3][fields];
        for (int f = 0; f < fields; f++) {
            GaussianField field = GaussianField.sample(n, m, 1000 + f);
            double[] x = points(77 + f, p, n, 1e6);
            double[] v = new double[p], g = new double[p * n];
            field.valuesAndGradients(x, p, v, g, 1);
            for (int i = 0; i < p; i++) {
                est[0][f] += v[i] / p;
                est[1][f] += v[i] * v[i] / p;
                double g2 = 0;
                for (int j = 0; j < n; j++) g2 += g[i * n + j] * g[i * n + j];
                est[2][f] += g2 / p;
            }
        }
        double[] expected = {0, 1, n};
        String[] what = {"E phi", "E phi^2", "E |grad phi|^2"};
        for (int s = 0; s < 3; s++) {
            double mean = 0, var = 0;
            for (double e : est[s]) mean += e / fields;
            for (double e : est[s]) var += (e - mean) * (e - mean) / (fields - 1);
            double se = Math.sqrt(var / fields);
            assertEquals(expected[s], mean, 4.5 * se, what[s] + " (se " + se + ")");
        }
    }

    /**
     * Oracle: central finite differences of the values (an independent route to the gradient). Truncation error
     * <= h^2/6 sum_m |w_m| |z_m|^3, rounding <= eps sum_m |w_m| / h; the tolerance is four times their sum.
     */
    @Test
    void gradientMatchesCentralDifferences() {
        int n = 4, m = 60, p = 5;
        GaussianField field = GaussianField.sample(n, m, 5);
        double[] x = points(3, p, n, 3);
        double[] v = new double[p], g = new double[p * n];
        field.valuesAndGradients(x, p, v, g, 1);
        double h = 1e-4, w1 = 0, w3 = 0;
        for (int k = 0; k < m; k++) {
            double z2 = 0;
            for (int j = 0; j < n; j++) z2 += field.z()[k * n + j] * field.z()[k * n + j];
            double w = Math.hypot(field.a()[k], field.b()[k]);
            w1 += w;
            w3 += w * Math.pow(z2, 1.5);
        }
        double tol = 4 * (h * h / 6 * w3 + Math.ulp(1.0) * w1 * 4 / h);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < n; j++) {
                double[] up = java.util.Arrays.copyOfRange(x, i * n, i * n + n), dn = up.clone();
                up[j] += h;
                dn[j] -= h;
                double fd = (field.value(up) - field.value(dn)) / (2 * h);
                assertEquals(fd, g[i * n + j], tol, "point " + i + " coordinate " + j);
            }
        }
    }

    /** Oracle: the direct sums value(x) and gradient(x) (plain loops, no BLAS); tolerance from |theta| * eps * M. */
    @Test
    void tiledBlasPathMatchesDirectSums() {
        int n = 7, m = 300, p = GaussianField.TILE + 37;
        GaussianField field = GaussianField.sample(n, m, 11);
        double[] x = points(12, p, n, 5);
        double[] v = new double[p], g = new double[p * n];
        field.valuesAndGradients(x, p, v, g, 2);
        double[] v2 = field.values(x, p, 2);
        // |theta| <= |z||x| ~ 6*13 ~ 1e2, so each cos/sin is off by ~1e2 eps; M terms of size ~|w|
        double tol = 1e3 * Math.ulp(1.0) * m;
        for (int i = 0; i < p; i++) {
            double[] xi = java.util.Arrays.copyOfRange(x, i * n, i * n + n);
            assertEquals(field.value(xi), v[i], tol);
            assertEquals(v[i], v2[i], 0.0, "values() and valuesAndGradients() share the projection path");
            double[] gi = field.gradient(xi);
            for (int j = 0; j < n; j++) assertEquals(gi[j], g[i * n + j], 10 * tol);
        }
    }

    /** Determinism: sampling and evaluation are bit-identical at 1 and 2 threads (several tiles, several blocks). */
    @Test
    void resultsDoNotDependOnThreadCount() {
        int n = 5, m = 3 * GaussianField.BLOCK + 11, p = 2 * GaussianField.TILE + 9;
        GaussianField f1 = GaussianField.sample(n, m, 42, 1), f2 = GaussianField.sample(n, m, 42, 2);
        assertArrayEquals(f1.z(), f2.z());
        assertArrayEquals(f1.a(), f2.a());
        assertArrayEquals(f1.b(), f2.b());
        double[] x = points(1, p, n, 1e6);
        double[] v1 = new double[p], g1 = new double[p * n], v2 = new double[p], g2 = new double[p * n];
        f1.valuesAndGradients(x, p, v1, g1, 1);
        f1.valuesAndGradients(x, p, v2, g2, 2);
        assertArrayEquals(v1, v2);
        assertArrayEquals(g1, g2);
        assertArrayEquals(f1.values(x, p, 1), f1.values(x, p, 2));
    }

    /**
     * Oracle: the direct sums value(x) and gradient(x). Many tiles on two threads write disjoint slices of the
     * shared value and gradient arrays; every one must arrive (no lost or stale tile).
     */
    @Test
    void manyConcurrentTilesAllArrive() {
        int n = 20, m = 150, p = 16 * GaussianField.TILE + 5;
        GaussianField field = GaussianField.sample(n, m, 21);
        double[] x = points(22, p, n, 4);
        for (int rep = 0; rep < 3; rep++) {
            double[] v = new double[p], g = new double[p * n];
            field.valuesAndGradients(x, p, v, g, 2);
            for (int i = 0; i < p; i += 7) {
                double[] xi = java.util.Arrays.copyOfRange(x, i * n, i * n + n);
                assertEquals(field.value(xi), v[i], 1e-10);
                double[] gi = field.gradient(xi);
                for (int j = 0; j < n; j++) assertEquals(gi[j], g[i * n + j], 1e-9, "point " + i);
            }
        }
    }

    /** Oracle: linearity of theta = Z x. Projections reused across a step equal a fresh evaluation at x0 - eta g. */
    @Test
    void projectionReuseAcrossAStep() {
        int n = 6, m = 200, p = 20;
        double eta = 0.3;
        GaussianField field = GaussianField.sample(n, m, 8);
        double[] x0 = points(4, p, n, 2);
        double[] v0 = new double[p], g = new double[p * n];
        field.valuesAndGradients(x0, p, v0, g, 1);
        double[] theta0 = new double[p * m], zg = new double[p * m];
        field.project(x0, 0, p, theta0);
        field.project(g, 0, p, zg);
        for (int i = 0; i < theta0.length; i++) theta0[i] -= eta * zg[i];
        double[] reused = new double[p];
        field.valuesFromProjections(theta0, p, reused, 0);
        double[] x1 = x0.clone();
        for (int i = 0; i < x1.length; i++) x1[i] -= eta * g[i];
        double[] fresh = field.values(x1, p, 1);
        for (int i = 0; i < p; i++) assertEquals(fresh[i], reused[i], 1e-11);
        assertTrue(p > 0);
    }

    /**
     * Oracle: Math.sin and Math.cos (fdlibm-accurate, correctly reduced for any argument). Arguments up to
     * 1e9 cover the fast path (|t| < 2^26 pi/2) and the fallback; tolerance 1e-15 absolute: the polynomials are
     * within about 1 ulp of 1 and the three-part reduction adds at most a few ulp(1).
     */
    @Test
    void fastSinCosMatchesMath() {
        SplittableRandom r = new SplittableRandom(17);
        int len = 20000;
        double[] t = new double[len + 3], s = new double[len], c = new double[len];
        for (int i = 0; i < t.length; i++) t[i] = r.nextGaussian() * Math.pow(10, r.nextInt(-3, 10));
        t[3] = 0;
        t[4] = Math.PI / 4;
        t[5] = -3 * Math.PI / 4;
        FastTrig.sinCos(t, 3, len, s, c);
        for (int i = 0; i < len; i++) {
            assertEquals(Math.sin(t[3 + i]), s[i], 1e-15, "sin " + t[3 + i]);
            assertEquals(Math.cos(t[3 + i]), c[i], 1e-15, "cos " + t[3 + i]);
        }
    }
}
