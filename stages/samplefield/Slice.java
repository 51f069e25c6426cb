package samplefield;

import java.util.SplittableRandom;
import lib.Blas;
import lib.GaussianField;
import lib.Streams;

/**
 * A 2-D slice of one realisation (000 Figure 1): phi(x0 + s e1 + t e2) on a grid x grid lattice over
 * [-h, h]^2, with x0 uniform in [-1e6, 1e6]^N and e1, e2 random orthonormal directions. Since Z x is linear,
 * exp(i z_m (x0 + s e1 + t e2)) = exp(i theta0_m) exp(i s alpha_m) exp(i t beta_m) with theta0 = Z x0,
 * alpha = Z e1, beta = Z e2 (one projection of three rows), so the whole lattice is
 * phi = Re(A) Re(B)^T - Im(A) Im(B)^T, A_sm = w_m exp(i theta0_m + i s alpha_m), B_tm = exp(i t beta_m):
 * 4 grid M sines and cosines and two grid x grid x M products, instead of grid^2 M of each.
 */
record Slice(int grid, double halfWidth, double[] coordinates, double[] values) {

    /** values[i * grid + j] = phi at s = coordinates[i], t = coordinates[j]. */
    static Slice of(GaussianField field, long seed, int grid, double halfWidth) {
        int n = field.n(), m = field.m();
        SplittableRandom rng = Streams.of(seed, "sample-field-slice", n);
        double[] rows = new double[3 * n];
        for (int i = 0; i < n; i++) rows[i] = rng.nextDouble(-1e6, 1e6);
        double[] e1 = Pairs.unit(rng, n, null), e2 = Pairs.unit(rng, n, e1);
        System.arraycopy(e1, 0, rows, n, n);
        System.arraycopy(e2, 0, rows, 2 * n, n);
        double[] proj = new double[3 * m];
        field.project(rows, 0, 3, proj);
        double[] c = coordinates(grid, halfWidth);
        double[] reA = new double[grid * m], imA = new double[grid * m], reB = new double[grid * m], imB = new double[grid * m];
        double[] a = field.a(), b = field.b();
        for (int i = 0; i < grid; i++) {
            for (int k = 0; k < m; k++) {
                double ta = proj[k] + c[i] * proj[m + k];
                double ca = Math.cos(ta), sa = Math.sin(ta);
                reA[i * m + k] = a[k] * ca - b[k] * sa;     // Re(w e^{i ta})
                imA[i * m + k] = a[k] * sa + b[k] * ca;     // Im(w e^{i ta})
                double tb = c[i] * proj[2 * m + k];
                reB[i * m + k] = Math.cos(tb);
                imB[i * m + k] = Math.sin(tb);
            }
        }
        double[] values = new double[grid * grid];
        Blas.dgemm(false, true, grid, grid, m, 1.0, reA, m, reB, m, 0.0, values, grid);
        Blas.dgemm(false, true, grid, grid, m, -1.0, imA, m, imB, m, 1.0, values, grid);
        return new Slice(grid, halfWidth, c, values);
    }

    /** The point x0 + s e1 + t e2 in R^N (for checks against a direct evaluation). */
    static double[] point(GaussianField field, long seed, double s, double t) {
        int n = field.n();
        SplittableRandom rng = Streams.of(seed, "sample-field-slice", n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = rng.nextDouble(-1e6, 1e6);
        double[] e1 = Pairs.unit(rng, n, null), e2 = Pairs.unit(rng, n, e1);
        for (int i = 0; i < n; i++) x[i] += s * e1[i] + t * e2[i];
        return x;
    }

    static double[] coordinates(int grid, double halfWidth) {
        double[] c = new double[grid];
        for (int i = 0; i < grid; i++) c[i] = -halfWidth + 2 * halfWidth * i / (grid - 1);
        return c;
    }
}
