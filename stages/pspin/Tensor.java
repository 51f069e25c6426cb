package pspin;

import java.util.SplittableRandom;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;

/**
 * One disorder sample of the pure p = 3 spherical spin glass, H(s) = N^{-1} sum_{ijk} J_ijk s_i s_j s_k with
 * J_ijk iid N(0,1), on the sphere |s|^2 = N. Stored as the symmetrised tensor S (same H, gradient 3 S[s,s]/N,
 * Hessian 6 S[s]/N), as an N x N^2 row-major matrix so that a batch of gradients is one dgemm.
 * Holds off-heap memory: close it.
 */
public final class Tensor implements AutoCloseable {
    public static final int P = 3;
    public final int n;
    private final DoublePointer s;   // S as N x N^2, row-major
    private DoublePointer x;         // s_r (x) s_r for a batch, N^2 x R
    private DoublePointer g;         // S (s_r (x) s_r), N x R
    private int capacity;

    static { openblas.blas_set_num_threads(1); }

    public Tensor(int n, SplittableRandom rng) {
        this.n = n;
        double[] j = new double[n * n * n];
        for (int i = 0; i < j.length; i++) j[i] = Goe.Normal.next(rng);
        double[] sym = new double[j.length];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    sym[(a * n + b) * n + c] = (j[(a * n + b) * n + c] + j[(a * n + c) * n + b] + j[(b * n + a) * n + c]
                            + j[(b * n + c) * n + a] + j[(c * n + a) * n + b] + j[(c * n + b) * n + a]) / 6;
                }
            }
        }
        s = new DoublePointer(sym);
        x = new DoublePointer(1);
        g = new DoublePointer(1);
    }

    /**
     * For each column r of states (row r of sigma, length N): fills sg[r] = S[s_r, s_r] (so the Euclidean
     * gradient is 3 sg/N and H = s.sg/N) and returns the energies H(s_r).
     */
    public double[] contract(double[][] sigma, double[][] sg) {
        int r = sigma.length;
        ensure(r);
        int n2 = n * n;
        double[] xs = new double[n2 * r];
        for (int k = 0; k < r; k++) {
            double[] v = sigma[k];
            for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) xs[(a * n + b) * r + k] = v[a] * v[b];
        }
        x.put(xs, 0, xs.length);
        openblas.cblas_dgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans, n, r, n2, 1.0, s, n2,
                x, r, 0.0, g, r);
        double[] gs = new double[n * r];
        g.get(gs, 0, gs.length);
        double[] h = new double[r];
        for (int k = 0; k < r; k++) {
            double dot = 0;
            for (int a = 0; a < n; a++) {
                sg[k][a] = gs[a * r + k];
                dot += sigma[k][a] * sg[k][a];
            }
            h[k] = dot / n;
        }
        return h;
    }

    /** The energy H(s). */
    public double energy(double[] sigma) {
        return contract(new double[][] {sigma}, new double[1][n])[0];
    }

    /** The Euclidean Hessian 6 S[s]/N of H at s, N x N row-major. */
    public double[] euclideanHessian(double[] sigma) {
        int n2 = n * n;
        DoublePointer v = new DoublePointer(sigma);
        DoublePointer out = new DoublePointer(n2);
        openblas.cblas_dgemv(openblas.CblasRowMajor, openblas.CblasTrans, n, n2, 6.0 / n, s, n2, v, 1, 0.0, out, 1);
        double[] h = new double[n2];
        out.get(h);
        v.close();
        out.close();
        return h;
    }

    /**
     * The Riemannian Hessian on the sphere of radius sqrt N, restricted to the tangent space: P D^2H P - (s.DH/N) P with
     * s.DH = 3 H (Euler). Returned as an N x N matrix whose normal direction s carries the eigenvalue {@code normal}.
     */
    public double[] riemannianHessian(double[] sigma, double normal) {
        double[] a = euclideanHessian(sigma);
        double u = energy(sigma) / n;
        double[] as = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 0;
            for (int k = 0; k < n; k++) t += a[i * n + k] * sigma[k];
            as[i] = t;
        }
        double sas = 0;
        for (int i = 0; i < n; i++) sas += sigma[i] * as[i];
        double[] b = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double ss = sigma[i] * sigma[k] / n;
                double pap = a[i * n + k] - (as[i] * sigma[k] + sigma[i] * as[k]) / n + ss * sas / n;
                b[i * n + k] = pap - P * u * ((i == k ? 1 : 0) - ss) + normal * ss;
            }
        }
        return b;
    }

    private void ensure(int r) {
        if (r <= capacity) return;
        x.close();
        g.close();
        x = new DoublePointer((long) n * n * r);
        g = new DoublePointer((long) n * r);
        capacity = r;
    }

    @Override
    public void close() {
        s.close();
        x.close();
        g.close();
    }
}
