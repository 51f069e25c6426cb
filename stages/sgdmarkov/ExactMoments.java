package sgdmarkov;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The exact first and second moments of mini-batch SGD on a {@link LeastSquares} finite sum: an independent route to
 * E f(x_t) - f* that needs no simulation. With e = x - x*, mean mu = E e and second moment S = E e e^T, one step of
 * size alpha with noise factor k (1/l with replacement, (n - l)/((n - 1) l) without) gives exactly
 * <pre>
 *   mu' = (I - alpha H) mu,
 *   S'  = (I - alpha H) S (I - alpha H) + alpha^2 k [K(S) + J(mu) + Sigma0 - H S H],
 *   K(S) = (1/n) sum (a^T S a) a a^T,  J(mu) = (2/n) sum r (a^T mu) a a^T,  Sigma0 = (1/n) sum r^2 a a^T,
 * </pre>
 * because E[g_B | e] = H e and Cov[g_B | e] = k Cov_w(grad f_w(e)) with Cov_w = (1/n) sum g g^T - H e e^T H, whose
 * expectation over e is the bracket. The gap is E f(x_t) - f* = tr(H S_t)/2. Stored as an affine map on
 * (vec S, mu): v' = I v - alpha P v + alpha^2 Q_k v + alpha^2 k sigma0 (P, Q_k fixed), so a step costs two d^2 x d^2
 * products whatever n. S is kept in an orthonormal basis of the symmetric matrices (d(d+1)/2 coordinates), where
 * the second-moment map is a symmetric matrix.
 */
public final class ExactMoments {
    private final LeastSquares ls;
    private final int d, dd;
    private final double k;
    /** In the orthonormal basis B_u of symmetric matrices (E_ii; (E_ij + E_ji)/sqrt 2 for i < j), u < dd = d(d+1)/2. */
    private final double[][] p, q;       // P = H (x) I + I (x) H; Q = H (x) H + k (Kmat - H (x) H); both symmetric
    private final double[][] jmat;       // dd x d: J(mu) in the basis
    private final double[][] hMat;
    private final double[] sigma0, vecH;  // Sigma0 and H in the basis

    public ExactMoments(LeastSquares ls, double k) {
        this.ls = ls;
        this.d = ls.d();
        this.dd = d * (d + 1) / 2;
        this.k = k;
        int full = d * d;
        hMat = ls.hessian().getData();
        // the full d^2 x d^2 maps on vec S (row-major), then reduced: R = B^T M B
        double[][] pf = new double[full][full], qf = new double[full][full], jf = new double[full][d], kmat = new double[full][full];
        double[] sf = new double[full];
        int n = ls.n();
        double[] aa = new double[full];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) for (int l = 0; l < d; l++) aa[j * d + l] = ls.a(i, j) * ls.a(i, l);
            double r = ls.residual(i);
            for (int u = 0; u < full; u++) {
                for (int v = 0; v < full; v++) kmat[u][v] += aa[u] * aa[v] / n;
                for (int j = 0; j < d; j++) jf[u][j] += 2 * r * aa[u] * ls.a(i, j) / n;
                sf[u] += r * r * aa[u] / n;
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        // vec(H S + S H)[ij] = sum_a H_ia S_aj + sum_b S_ib H_bj;  vec(H S H)[ij] = sum H_ia S_ab H_bj
                        pf[i * d + j][a * d + b] = (b == j ? hMat[i][a] : 0) + (a == i ? hMat[b][j] : 0);
                        double hh = hMat[i][a] * hMat[b][j];
                        qf[i * d + j][a * d + b] = hh + k * (kmat[i * d + j][a * d + b] - hh);
                    }
                }
            }
        }
        double[][] basis = basis(d);   // dd vectors of length d^2
        p = reduce(pf, basis);
        q = reduce(qf, basis);
        jmat = new double[dd][d];
        sigma0 = new double[dd];
        vecH = new double[dd];
        double[] vh = new double[full];
        for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) vh[i * d + j] = hMat[i][j];
        for (int u = 0; u < dd; u++) {
            for (int w = 0; w < full; w++) {
                for (int j = 0; j < d; j++) jmat[u][j] += basis[u][w] * jf[w][j];
                sigma0[u] += basis[u][w] * sf[w];
                vecH[u] += basis[u][w] * vh[w];
            }
        }
    }

    /** vec of the orthonormal basis of symmetric d x d matrices: E_ii, then (E_ij + E_ji)/sqrt 2 for i < j. */
    static double[][] basis(int d) {
        double[][] b = new double[d * (d + 1) / 2][d * d];
        int u = 0;
        for (int i = 0; i < d; i++) b[u++][i * d + i] = 1;
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                b[u][i * d + j] = Math.sqrt(0.5);
                b[u][j * d + i] = Math.sqrt(0.5);
                u++;
            }
        }
        return b;
    }

    private static double[][] reduce(double[][] m, double[][] basis) {
        int dd = basis.length, full = m.length;
        double[][] mb = new double[full][dd];
        for (int w = 0; w < full; w++) for (int v = 0; v < dd; v++) {
            double s = 0;
            for (int x = 0; x < full; x++) s += m[w][x] * basis[v][x];
            mb[w][v] = s;
        }
        double[][] r = new double[dd][dd];
        for (int u = 0; u < dd; u++) for (int v = 0; v < dd; v++) {
            double s = 0;
            for (int w = 0; w < full; w++) s += basis[u][w] * mb[w][v];
            r[u][v] = s;
        }
        return r;
    }

    public LeastSquares problem() { return ls; }

    public double noiseFactor() { return k; }

    /** The state (S in the basis, mu) of a deterministic start x0: S = e0 e0^T, mu = e0. */
    public double[] start(double[] x0) {
        double[] xs = ls.xStar();
        double[] e = new double[d];
        for (int i = 0; i < d; i++) e[i] = x0[i] - xs[i];
        double[] v = new double[dd + d];
        int u = 0;
        for (int i = 0; i < d; i++) v[u++] = e[i] * e[i];
        for (int i = 0; i < d; i++) for (int j = i + 1; j < d; j++) v[u++] = Math.sqrt(2) * e[i] * e[j];
        System.arraycopy(e, 0, v, dd, d);
        return v;
    }

    /** One step of size alpha, in place (scratch of length dd + d). */
    public void step(double[] v, double alpha, double[] scratch) {
        affine(v, alpha, scratch, true);
    }

    private void affine(double[] v, double alpha, double[] scratch, boolean constant) {
        double a2 = alpha * alpha, a2k = a2 * k;
        for (int u = 0; u < dd; u++) {
            double s = v[u] + (constant ? a2k * sigma0[u] : 0);
            double[] pu = p[u], qu = q[u], ju = jmat[u];
            for (int w = 0; w < dd; w++) s += (a2 * qu[w] - alpha * pu[w]) * v[w];
            for (int j = 0; j < d; j++) s += a2k * ju[j] * v[dd + j];
            scratch[u] = s;
        }
        for (int i = 0; i < d; i++) {
            double s = v[dd + i];
            for (int j = 0; j < d; j++) s -= alpha * hMat[i][j] * v[dd + j];
            scratch[dd + i] = s;
        }
        System.arraycopy(scratch, 0, v, 0, dd + d);
    }

    /** E f - f* = tr(H S)/2 of a state. */
    public double gap(double[] v) {
        double s = 0;
        for (int u = 0; u < dd; u++) s += vecH[u] * v[u];
        return s / 2;
    }

    /** The stationary second moment at constant alpha (mu = 0): solves (alpha P - alpha^2 Q) S = alpha^2 k Sigma0. */
    public double[] stationary(double alpha) {
        RealMatrix lhs = new Array2DRowRealMatrix(dd, dd);
        for (int u = 0; u < dd; u++) for (int w = 0; w < dd; w++) lhs.setEntry(u, w, alpha * p[u][w] - alpha * alpha * q[u][w]);
        RealVector rhs = new ArrayRealVector(dd);
        for (int u = 0; u < dd; u++) rhs.setEntry(u, alpha * alpha * k * sigma0[u]);
        double[] s = new LUDecomposition(lhs).getSolver().solve(rhs).toArray();
        double[] v = new double[dd + d];
        System.arraycopy(s, 0, v, 0, dd);
        return v;
    }

    /** The exact floor lim E f(x_t) - f* at constant alpha (infinite when the second moment diverges). */
    public double floor(double alpha) {
        if (secondMomentRadius(alpha) >= 1) return Double.POSITIVE_INFINITY;
        return gap(stationary(alpha));
    }

    /**
     * Spectral radius of the second-moment map S -> (I - alpha H) S (I - alpha H) + alpha^2 k (K(S) - H S H) on
     * symmetric matrices: self-adjoint for the Frobenius product, so a symmetric matrix in the orthonormal basis.
     */
    public double secondMomentRadius(double alpha) {
        double[][] m = new double[dd][dd];
        for (int u = 0; u < dd; u++) for (int w = 0; w < dd; w++) m[u][w] = (u == w ? 1 : 0) - alpha * p[u][w] + alpha * alpha * q[u][w];
        RealMatrix sm = new Array2DRowRealMatrix(m);
        sm = sm.add(sm.transpose()).scalarMultiply(0.5);
        double rho = 0;
        for (double e : new EigenDecomposition(sm).getRealEigenvalues()) rho = Math.max(rho, Math.abs(e));
        return rho;
    }

    /** max_i |1 - alpha lambda_i(H)|: the contraction of the mean. */
    public double meanRadius(double alpha) {
        return Math.max(Math.abs(1 - alpha * ls.m()), Math.abs(1 - alpha * ls.bigL()));
    }

    /**
     * The rate at which the gap approaches its floor from the start x0: the ratio of successive deviations
     * g_t - g_inf after {@code steps} steps of the homogeneous recursion (deviation renormalised each step).
     */
    public double observedRate(double alpha, double[] x0, int steps) {
        double[] v = start(x0), inf = stationary(alpha), dev = new double[dd + d], tmp = new double[dd + d];
        for (int u = 0; u < v.length; u++) dev[u] = v[u] - inf[u];
        double ratio = Double.NaN;
        for (int t = 0; t < steps; t++) {
            double before = gap(dev);
            affine(dev, alpha, tmp, false);
            ratio = gap(dev) / before;
            double norm = 0;
            for (double x : dev) norm = Math.max(norm, Math.abs(x));
            for (int u = 0; u < dev.length; u++) dev[u] /= norm;
        }
        return ratio;
    }

    /** The largest alpha at which the second moment stays bounded (bisection on secondMomentRadius = 1 below 2/L). */
    public double stabilityLimit() {
        double lo = 0, hi = 2 / ls.bigL();
        for (int it = 0; it < 100; it++) {
            double mid = (lo + hi) / 2;
            if (secondMomentRadius(mid) < 1) lo = mid; else hi = mid;
        }
        return lo;
    }
}
