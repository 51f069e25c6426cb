package pspin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import lib.Stats;
import org.junit.jupiter.api.Test;

/** The field at a point and at its critical points on dense p = 3 tensors. */
class LocalLawsTest {
    /** Oracle: Euler's identity for a homogeneous cubic, s·∇f = 3 f, so the radial component is 3 f/√N exactly. */
    @Test
    void theRadialComponentIsEulersIdentity() {
        for (int i = 0; i < 5; i++) {
            FieldMoments.Sample x = FieldMoments.sample(15, i, 7);
            assertEquals(3 * x.f() / Math.sqrt(15), x.radial(), 1e-12 * (1 + Math.abs(x.radial())));
        }
    }

    /**
     * Oracle: the covariance N ξ(s·s'/N), ξ(q) = q³, differentiated at s = s': Var f = N, tangent variance ξ'(1) = 3,
     * no correlation of f with a tangent component. 600 tensors at N = 8: each mean within 4 of its standard errors.
     */
    @Test
    void momentsAtAPointFollowTheCovariance() {
        int n = 8, m = 600;
        double[] f2 = new double[m], t2 = new double[m], c = new double[m];
        for (int i = 0; i < m; i++) {
            FieldMoments.Sample x = FieldMoments.sample(n, i, 11);
            f2[i] = x.f() * x.f() / n;
            t2[i] = x.tangentSquare();
            c[i] = x.f() * x.along() / Math.sqrt(3.0 * n);
        }
        double[] vf = Stats.meanSe(f2), vt = Stats.meanSe(t2), vc = Stats.meanSe(c);
        assertEquals(1, vf[0], 4 * vf[1]);
        assertEquals(3, vt[0], 4 * vt[1]);
        assertEquals(0, vc[0], 4 * vc[1]);
    }

    /**
     * Oracles: central differences of H along great circles through the point Newton returns (arc length √N a) have no
     * first derivative; the index counted from LAPACK's eigenvalues equals the number of negative pivots of a symmetric
     * elimination (LDLᵀ) of the Hessian in an orthonormal tangent basis (Sylvester's law of inertia).
     */
    @Test
    void newtonEndsAtCriticalPointsAndTheIndexIsTheInertia() {
        int n = 10;
        try (Tensor t = new Tensor(n, new SplittableRandom(21))) {
            SplittableRandom rng = new SplittableRandom(22);
            int found = 0;
            java.util.Set<Integer> indices = new java.util.TreeSet<>();
            for (int rep = 0; rep < 12; rep++) {
                double[] s = CriticalPoints.newton(t, Descent.uniformOnSphere(n, rng));
                if (s == null) continue;
                found++;
                for (int d = 0; d < 5; d++) {
                    double[] dir = DescentTest.unitTangent(s, rng);
                    double eps = 1e-4;
                    assertEquals(0, (DescentTest.along(t, s, dir, eps) - DescentTest.along(t, s, dir, -eps)) / (2 * eps), 1e-6);
                }
                double[] ev = Lapack.eigenvalues(t.riemannianHessian(s, 1e4), n);
                int index = 0;
                for (int k = 0; k < n - 1; k++) if (ev[k] < 0) index++;
                assertEquals(negativePivots(t.riemannianHessian(s, 0), s, rng), index);
                indices.add(index);
            }
            assertTrue(found >= 8, "Newton converged from " + found + " of 12 starts");
            assertTrue(indices.size() >= 2, "several indices met: " + indices);
        }
    }

    /** Negative pivots of QᵀBQ by elimination without pivoting, Q an orthonormal basis of the tangent space at s. */
    static int negativePivots(double[] b, double[] s, SplittableRandom rng) {
        int n = s.length, m = n - 1;
        double[][] q = new double[m][];
        for (int k = 0; k < m; k++) {
            double[] v = DescentTest.unitTangent(s, rng);
            for (int r = 0; r < k; r++) {
                double dot = 0;
                for (int a = 0; a < n; a++) dot += v[a] * q[r][a];
                for (int a = 0; a < n; a++) v[a] -= dot * q[r][a];
            }
            double norm = Descent.norm(v);
            for (int a = 0; a < n; a++) v[a] /= norm;
            q[k] = v;
        }
        double[][] h = new double[m][m];
        for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) {
            double x = 0;
            for (int a = 0; a < n; a++) for (int c = 0; c < n; c++) x += q[i][a] * b[a * n + c] * q[j][c];
            h[i][j] = x;
        }
        int negative = 0;
        for (int k = 0; k < m; k++) {
            double pivot = h[k][k];
            if (pivot < 0) negative++;
            for (int i = k + 1; i < m; i++) {
                double f = h[i][k] / pivot;
                for (int j = k; j < m; j++) h[i][j] -= f * h[k][j];
            }
        }
        return negative;
    }

    /** The descent route stops at the first point below the target energy; Newton from there converges near it. */
    @Test
    void theDescentRouteFindsCriticalPointsNearItsEnergy() {
        int n = 20, near = 0;
        for (int i = 0; i < 8; i++) {
            List<CriticalPoints.Point> pts = CriticalPoints.find(n, i, -1.0, 3);
            for (CriticalPoints.Point p : pts) {
                assertTrue(p.gradient() < CriticalPoints.TOL, "critical: " + p);
                if (p.route().equals("descend") && Math.abs(p.energy() + 1) < 0.25) near++;
            }
        }
        assertTrue(near >= 4, near + " of 8 descent-route critical points within 0.25 of u = -1");
    }
}
