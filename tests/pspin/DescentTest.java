package pspin;

import lib.Stats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The dense p = 3 tensor (energy, gradient, Hessian) and projected gradient descent on it. */
class DescentTest {

    /** Energy along the great circle through s with unit tangent t: s cos a + sqrt N t sin a. */
    static double along(Tensor t, double[] s, double[] dir, double a) {
        int n = s.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = s[i] * Math.cos(a) + Math.sqrt(n) * dir[i] * Math.sin(a);
        return t.energy(x);
    }

    static double[] unitTangent(double[] s, SplittableRandom rng) {
        int n = s.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = rng.nextGaussian();
        double dot = 0;
        for (int i = 0; i < n; i++) dot += d[i] * s[i];
        for (int i = 0; i < n; i++) d[i] -= dot * s[i] / n;
        double norm = Descent.norm(d);
        for (int i = 0; i < n; i++) d[i] /= norm;
        return d;
    }

    @Test
    void gradientAndHessianAgainstFiniteDifferencesOnGreatCircles() {
        // oracle: central differences of H along a geodesic of the sphere of radius sqrt N; arc length sqrt N a, so
        // d/da H = sqrt N <grad_S H, t> and d^2/da^2 H = N <t, Hess_S H t> (geodesic: no extra term)
        int n = 12;
        try (Tensor t = new Tensor(n, new SplittableRandom(1))) {
            SplittableRandom rng = new SplittableRandom(2);
            double[] s = Descent.uniformOnSphere(n, rng);
            double[][] sg = new double[1][n];
            double h = t.contract(new double[][] {s}, sg)[0];
            double[] g = Descent.tangentGradient(s, sg[0], h, n);
            double[] b = t.riemannianHessian(s, 0);
            for (int rep = 0; rep < 3; rep++) {
                double[] d = unitTangent(s, rng);
                double eps = 1e-4;
                double fp = along(t, s, d, eps), fm = along(t, s, d, -eps), f0 = along(t, s, d, 0);
                double gd = 0, dbd = 0;
                for (int i = 0; i < n; i++) {
                    gd += g[i] * d[i];
                    for (int k = 0; k < n; k++) dbd += d[i] * b[i * n + k] * d[k];
                }
                assertEquals((fp - fm) / (2 * eps), Math.sqrt(n) * gd, 1e-6);
                assertEquals((fp - 2 * f0 + fm) / (eps * eps), n * dbd, 1e-3);
            }
        }
    }

    @Test
    void energyIsAHomogeneousCubic() {
        // oracle: H(c s) = c^3 H(s) for the cubic form, and H(-s) = -H(s)
        try (Tensor t = new Tensor(9, new SplittableRandom(4))) {
            double[] s = Descent.uniformOnSphere(9, new SplittableRandom(5));
            double[] m = new double[9], c = new double[9];
            for (int i = 0; i < 9; i++) { m[i] = -s[i]; c[i] = 1.7 * s[i]; }
            assertEquals(-t.energy(s), t.energy(m), 1e-12);
            assertEquals(1.7 * 1.7 * 1.7 * t.energy(s), t.energy(c), 1e-10);
        }
    }

    @Test
    void aRunThatHasConvergedKeepsItsEnergyAndTheStepBudgetChangesNothingPastIt() {
        // oracle: once every start is below the tolerance no state moves, so its energy curve is flat from its last
        // step on, at the energy of its end point, and a larger step budget gives the same runs bit for bit
        Descent.Run[] a = Descent.run(12, 0, 4, 0.15, 4000, 1e-4, 5);
        Descent.Run[] b = Descent.run(12, 0, 4, 0.15, 8000, 1e-4, 5);
        for (int r = 0; r < a.length; r++) {
            assertTrue(a[r].steps() < 4000, "start " + r + " did not converge in 4000 steps");
            assertEquals(a[r].steps(), b[r].steps());
            assertEquals(a[r].energy(), b[r].energy(), 0.0);
            for (int s = 0; s <= a[r].steps(); s++) assertEquals(a[r].curve()[s], b[r].curve()[s], 0.0);
            for (int s = a[r].steps(); s <= 4000; s++) assertEquals(a[r].curve()[a[r].steps()], a[r].curve()[s], 0.0);
            assertEquals(a[r].energy(), b[r].curve()[8000], 0.0);
        }
    }

    @Test
    void gdOnTheCircleFindsTheLocalMinimaOfAGrid() {
        // oracle: N = 2, the sphere is a circle and H(theta) a trigonometric cubic; a grid of 2e5 angles gives every
        // local minimum to ~1e-9. Every GD end point is one of them (to 1e-6) and the best run finds the global one.
        int n = 2;
        Descent.Run[] runs = Descent.run(n, 0, 12, 0.05, 20000, 1e-9, 17);
        try (Tensor t = new Tensor(n, lib.Streams.of(17, "tensor-" + n, 0))) {
            int grid = 200_000;
            double[] e = new double[grid];
            for (int i = 0; i < grid; i++) {
                double a = 2 * Math.PI * i / grid;
                e[i] = t.energy(new double[] {Math.sqrt(2) * Math.cos(a), Math.sqrt(2) * Math.sin(a)}) / n;
            }
            java.util.List<Double> minima = new java.util.ArrayList<>();
            double global = Double.POSITIVE_INFINITY;
            for (int i = 0; i < grid; i++) {
                if (e[i] <= e[(i + 1) % grid] && e[i] <= e[(i + grid - 1) % grid]) minima.add(e[i]);
                global = Math.min(global, e[i]);
            }
            double best = Double.POSITIVE_INFINITY;
            for (Descent.Run r : runs) {
                double d = minima.stream().mapToDouble(m -> Math.abs(m - r.energy())).min().orElseThrow();
                assertTrue(d < 1e-6, "end point " + r.energy() + " is not a grid local minimum " + minima);
                assertEquals(0, r.index());
                best = Math.min(best, r.energy());
            }
            assertEquals(global, best, 1e-6);
        }
    }

    @Test
    void gdAtSmallNIsAboveARigorousLowerBoundAndBelowItsStart() {
        // oracle (bound): H(s)/N = N^{-2} sum_i s_i (s^T S_i s) >= -N^{-2} |s| sqrt(sum_i (s^T S_i s)^2)
        //   >= -N^{-2} sqrt N sqrt(sum_i ||S_i||^2 N^2) = -N^{-1/2} sqrt(sum_i ||S_i||_op^2), S_i = 3 S[e_i] = Hessian slices / 2
        // computed with LAPACK eigenvalues of the slices S_i = (N/6) d^2H/ds ds evaluated at s = e_i ... via the Euclidean
        // Hessian at the basis vectors: euclideanHessian(e_i) = 6 S[e_i] / N.
        int n = 10;
        Descent.Run[] runs = Descent.run(n, 0, 8, 0.1, 5000, 1e-8, 23);
        double bound;
        try (Tensor t = new Tensor(n, lib.Streams.of(23, "tensor-" + n, 0))) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double[] e = new double[n];
                e[i] = 1;
                double[] h = t.euclideanHessian(e);
                for (int k = 0; k < h.length; k++) h[k] *= n / 6.0;   // S[e_i]
                double[] ev = Lapack.eigenvalues(h, n);
                double op = Math.max(Math.abs(ev[0]), Math.abs(ev[n - 1]));
                sum += op * op;
            }
            bound = -Math.sqrt(sum / n);
        }
        for (Descent.Run r : runs) {
            assertTrue(r.energy() >= bound, r.energy() + " below the bound " + bound);
            assertTrue(r.energy() <= r.curve()[0], "descent");
            assertTrue(r.gradient() < 1e-8, "converged");
            assertEquals(0, r.index(), "a local minimum");
            assertTrue(r.lambdaMin() > 0);
        }
    }

    @Test
    void hessianShiftOnTensorsIsPTimesU() {
        // oracle: the derivation in paper-checks (tangent Euclidean Hessian uncorrelated with H; curvature term p u):
        // slope of the mean Riemannian eigenvalue on u is -3; tolerance 4 OLS standard errors
        int n = 20, samples = 400;
        double[] u = new double[samples], m = new double[samples];
        for (int i = 0; i < samples; i++) {
            double[] r = Descent.shiftSamples(n, i, 31);
            u[i] = r[0];
            m[i] = r[1];
        }
        double[] fit = Stats.ols(u, m);
        assertEquals(-3, fit[1], 4 * fit[3]);
    }
}
