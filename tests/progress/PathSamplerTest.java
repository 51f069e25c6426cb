package progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The frame sampler's conditional law against brute-force Gaussian conditioning in the full space R^N
 * (commons-math, every gradient component a variable, no frame, no complement argument): for a path sampled by the
 * brute force itself, the law of (f(x_k), ∇f(x_k)) given the past must agree in mean and covariance, block by
 * block, to rounding (plus the sampler's 1e-12 jitter).
 */
class PathSamplerTest {
    /** Oracle covariance of the 1 + N variables (f, ∂_1 f, ..., ∂_N f) at x with those at y: derivatives of exp(−|x−y|²/2). */
    static double cov(double[] x, int i, double[] y, int j) {
        int n = x.length;
        double d2 = 0;
        double[] d = new double[n];
        for (int c = 0; c < n; c++) {
            d[c] = x[c] - y[c];
            d2 += d[c] * d[c];
        }
        double e = Math.exp(-d2 / 2);
        if (i == 0 && j == 0) return e;
        if (i == 0) return d[j - 1] * e;                       // ∂/∂y_j of exp(−|x−y|²/2)
        if (j == 0) return -d[i - 1] * e;                      // ∂/∂x_i
        return ((i == j ? 1 : 0) - d[i - 1] * d[j - 1]) * e;   // ∂²/∂x_i∂y_j
    }

    @Test
    void oracleCovarianceIsTheDerivativeOfTheKernel() {
        // finite differences of k(x − y) = exp(−|x−y|²/2) for the oracle's analytic derivatives
        double[] x = {0.3, -0.7, 1.1}, y = {-0.2, 0.4, 0.5};
        double h = 1e-5;
        for (int j = 1; j <= 3; j++) {
            double[] yp = y.clone(), ym = y.clone();
            yp[j - 1] += h;
            ym[j - 1] -= h;
            assertEquals((cov(x, 0, yp, 0) - cov(x, 0, ym, 0)) / (2 * h), cov(x, 0, y, j), 1e-9);
            for (int i = 1; i <= 3; i++) {
                double[] xp = x.clone(), xm = x.clone();
                xp[i - 1] += h;
                xm[i - 1] -= h;
                assertEquals((cov(xp, 0, y, j) - cov(xm, 0, y, j)) / (2 * h), cov(x, i, y, j), 1e-9);
            }
        }
    }

    /** Brute-force posterior of the N+1 variables at x given full observations at the past points. */
    record Posterior(RealVector mean, RealMatrix cov) {}

    static Posterior posterior(double[][] pts, double[][] obs, int k, double[] xNew) {
        int n = xNew.length, q = n + 1, mPast = k * q;
        RealMatrix sPast = new Array2DRowRealMatrix(Math.max(1, mPast), Math.max(1, mPast));
        RealMatrix cross = new Array2DRowRealMatrix(Math.max(1, mPast), q);
        RealVector y = new ArrayRealVector(Math.max(1, mPast));
        RealMatrix prior = new Array2DRowRealMatrix(q, q);
        for (int i = 0; i < q; i++) for (int j = 0; j < q; j++) prior.setEntry(i, j, cov(xNew, i, xNew, j));
        if (k == 0) return new Posterior(new ArrayRealVector(q), prior);
        for (int a = 0; a < k; a++) {
            for (int i = 0; i < q; i++) {
                y.setEntry(a * q + i, obs[a][i]);
                for (int b = 0; b < k; b++) for (int j = 0; j < q; j++) sPast.setEntry(a * q + i, b * q + j, cov(pts[a], i, pts[b], j));
                for (int j = 0; j < q; j++) cross.setEntry(a * q + i, j, cov(pts[a], i, xNew, j));
            }
        }
        DecompositionSolver solve = new LUDecomposition(sPast).getSolver();
        RealMatrix w = solve.solve(cross);
        return new Posterior(w.transpose().operate(y), prior.subtract(cross.transpose().multiply(w)));
    }

    /** A draw from the posterior through its symmetric square root (eigen-decomposition: it may be semidefinite). */
    static double[] draw(Posterior post, SplittableRandom rng) {
        int q = post.mean().getDimension();
        RealMatrix c = post.cov().add(post.cov().transpose()).scalarMultiply(0.5);
        EigenDecomposition eig = new EigenDecomposition(c);
        double[] xi = new double[q];
        for (int i = 0; i < q; i++) xi[i] = Math.sqrt(Math.max(0, eig.getRealEigenvalue(i))) * rng.nextGaussian();
        return post.mean().add(eig.getV().operate(new ArrayRealVector(xi))).toArray();
    }

    @ParameterizedTest(name = "N = {0}, steps = {1}, eta = {2}")
    @CsvSource({"5, 4, 0.45", "3, 5, 0.6", "1, 3, 3.0", "7, 3, 0.1"})
    void conditionalLawEqualsBruteForce(int n, int steps, double eta) {
        SplittableRandom rng = new SplittableRandom(11 + n);
        PathSampler frame = new PathSampler(n, steps + 1, false, PathSampler.Complement.DERIVED, 0);
        double[][] pts = new double[steps + 1][n];
        double[][] obs = new double[steps + 1][];
        double[][] q = new double[n][];   // Gram-Schmidt basis of the gradients, as the sampler builds it
        int r = 0;
        for (int k = 0; k <= steps; k++) {
            if (k > 0) for (int c = 0; c < n; c++) pts[k][c] = pts[k - 1][c] - eta * obs[k - 1][1 + c];   // gradient descent
            Posterior post = posterior(pts, obs, k, pts[k]);
            double[] xf = new double[frame.frame()];
            for (int j = 0; j < r; j++) xf[j] = dot(q[j], pts[k]);
            frame.prepare(xf);
            compare(post, frame, q, r, n);
            obs[k] = draw(post, rng);
            double[] grad = java.util.Arrays.copyOfRange(obs[k], 1, n + 1);
            double[] y = new double[1 + r];
            y[0] = obs[k][0];
            double[] w = grad.clone();
            for (int j = 0; j < r; j++) {
                y[1 + j] = dot(q[j], grad);
                for (int c = 0; c < n; c++) w[c] -= y[1 + j] * q[j][c];
            }
            double wn = Math.sqrt(dot(w, w));
            if (r == n) wn = 0;
            frame.accept(y, wn);
            if (wn > 0) {
                for (int c = 0; c < n; c++) w[c] /= wn;
                q[r++] = w;
            }
        }
        // the comparison is to rounding: cases are chosen well conditioned (pivots > 1e-8; the error of a solve grows like 1/pivot)
        assertTrue(frame.minPivot() > 1e-8, "case too ill-conditioned for a 1e-8 comparison: min pivot " + frame.minPivot());
        assertEquals(Math.min(n, steps + 1), frame.frameDim());
    }

    private static void compare(Posterior post, PathSampler frame, double[][] q, int r, int n) {
        double[] mf = frame.conditionalMean();
        double[][] cf = frame.conditionalCov();
        double tol = 1e-8;
        // map the frame variables [f, q_j . grad] to full-space linear combinations
        double[][] map = new double[1 + r][n + 1];
        map[0][0] = 1;
        for (int j = 0; j < r; j++) System.arraycopy(q[j], 0, map[1 + j], 1, n);
        for (int t = 0; t <= r; t++) {
            assertEquals(dot(map[t], post.mean().toArray()), mf[t], tol, "mean of frame variable " + t);
            for (int u = 0; u <= r; u++) {
                double c = dot(map[t], post.cov().operate(map[u]));
                assertEquals(c, cf[t][u], tol, "cov " + t + "," + u);
            }
        }
        // complement: orthonormal vectors u ⊥ frame: mean 0, variance s², uncorrelated with the frame variables
        double[][] comp = complement(q, r, n);
        for (double[] u : comp) {
            double[] uu = new double[n + 1];
            System.arraycopy(u, 0, uu, 1, n);
            assertEquals(0, dot(uu, post.mean().toArray()), tol, "complement mean");
            assertEquals(frame.complementVariance(), dot(uu, post.cov().operate(uu)), 1e-8, "complement variance s²");
            for (int t = 0; t <= r; t++) assertEquals(0, dot(uu, post.cov().operate(map[t])), tol, "complement x frame");
            for (double[] v : comp) {
                if (v == u) continue;
                double[] vv = new double[n + 1];
                System.arraycopy(v, 0, vv, 1, n);
                assertEquals(0, dot(uu, post.cov().operate(vv)), tol, "complement components uncorrelated");
            }
        }
        assertTrue(frame.complementVariance() <= 1 + 1e-12);
    }

    /** An orthonormal basis of the complement of span(q_1..q_r) by Gram-Schmidt of the unit vectors. */
    static double[][] complement(double[][] q, int r, int n) {
        java.util.List<double[]> basis = new java.util.ArrayList<>();
        for (int j = 0; j < r; j++) basis.add(q[j]);
        java.util.List<double[]> out = new java.util.ArrayList<>();
        for (int c = 0; c < n && basis.size() < n; c++) {
            double[] v = new double[n];
            v[c] = 1;
            for (double[] b : basis) {
                double s = dot(b, v);
                for (int i = 0; i < n; i++) v[i] -= s * b[i];
            }
            double nv = Math.sqrt(dot(v, v));
            if (nv < 1e-6) continue;
            for (int i = 0; i < n; i++) v[i] /= nv;
            basis.add(v);
            out.add(v);
        }
        return out.toArray(new double[0][]);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static double dot(double[] a, RealVector b) { return dot(a, b.toArray()); }
}
