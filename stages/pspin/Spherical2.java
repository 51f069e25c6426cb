package pspin;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * 004's p = 2 case: H_{N,2}(σ) = σᵀJσ on the unit sphere |σ| = 1. Its critical points are the unit eigenvectors of
 * the symmetric part of J (Lagrange: Jσ = λσ), the value there the eigenvalue, and the minimum λ_min (Courant-Fischer).
 * Two readings of the disorder: J symmetric with J_ij = J_ji ~ N(0, 1/N) (the semicircle on [−2, 2]: λ_min → −2), and
 * 004's stated J_{i1 i2} ~ N(0, 1/N) independently for distinct indices, whose quadratic form is that of (J + Jᵀ)/2,
 * with off-diagonal variance 1/(2N) (the semicircle on [−√2, √2]: λ_min → −√2).
 */
public final class Spherical2 {
    private Spherical2() {}

    /** Symmetric J = W/√N with W GOE ({@link Goe#sample}): J_ij = J_ji ~ N(0, 1/N), J_ii ~ N(0, 2/N). */
    public static double[] symmetric(int n, SplittableRandom rng) {
        double[] w = Goe.sample(n, rng);
        double s = 1 / Math.sqrt(n);
        for (int i = 0; i < w.length; i++) w[i] *= s;
        return w;
    }

    /** The symmetric part (J + Jᵀ)/2 of J with J_ij ~ N(0, 1/N) independent for i ≠ j and J_ii = 0 (004's normalisation). */
    public static double[] independentEntries(int n, SplittableRandom rng) {
        double[] j = new double[n * n];
        double s = 1 / Math.sqrt(n);
        for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) if (a != b) j[a * n + b] = s * Goe.Normal.next(rng);
        double[] sym = new double[n * n];
        for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) sym[a * n + b] = (j[a * n + b] + j[b * n + a]) / 2;
        return sym;
    }

    /** Ascending eigenvalues (a copy of j is decomposed). */
    public static double[] eigenvalues(double[] j, int n) {
        return Lapack.eigenvalues(j.clone(), n);
    }

    /** One critical point: σ, its value H = σᵀJσ (= λ), and its index (negative eigenvalues of the tangent Hessian). */
    public record Critical(double[] sigma, double value, int index) {}

    /**
     * All critical points found by Newton's method on the Lagrange system F(σ, λ) = (Jσ − λσ, (1 − σ·σ)/2) = 0 from
     * {@code starts} random points (λ started at the Rayleigh quotient), merged when |σ − σ'| < 1e-6. The index of
     * each is counted from the eigenvalues of the Riemannian Hessian 2P(J − λI)P on the tangent space (P = I − σσᵀ,
     * the normal direction given eigenvalue +1). This uses no eigen-decomposition of J to find the points.
     */
    public static List<Critical> criticalPoints(double[] j, int n, int starts, SplittableRandom rng) {
        List<Critical> found = new ArrayList<>();
        for (int s = 0; s < starts; s++) {
            double[] sigma = new double[n];
            for (int a = 0; a < n; a++) sigma[a] = Goe.Normal.next(rng);
            normalise(sigma);
            double[] x = newton(j, n, sigma);
            if (x == null) continue;
            double[] v = java.util.Arrays.copyOf(x, n);
            boolean known = false;
            for (Critical c : found) if (distance(c.sigma(), v) < 1e-6) { known = true; break; }
            if (!known) found.add(new Critical(v, quadratic(j, n, v), index(j, n, v, x[n])));
        }
        return found;
    }

    /** Newton iterations on (σ, λ); returns (σ, λ) with |F| < 1e-13 or null if it does not converge in 100 steps. */
    static double[] newton(double[] j, int n, double[] sigma0) {
        double[] x = java.util.Arrays.copyOf(sigma0, n + 1);
        x[n] = quadratic(j, n, sigma0);
        for (int it = 0; it < 100; it++) {
            double[] f = new double[n + 1];
            double[] js = mul(j, n, x);
            double norm2 = 0;
            for (int a = 0; a < n; a++) { f[a] = js[a] - x[n] * x[a]; norm2 += x[a] * x[a]; }
            f[n] = (1 - norm2) / 2;
            double r = 0;
            for (double v : f) r += v * v;
            if (Math.sqrt(r) < 1e-13) return x;
            double[] jac = new double[(n + 1) * (n + 1)];   // [[J − λI, −σ], [−σᵀ, 0]]
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) jac[a * (n + 1) + b] = j[a * n + b] - (a == b ? x[n] : 0);
                jac[a * (n + 1) + n] = -x[a];
                jac[n * (n + 1) + a] = -x[a];
            }
            double[] dx = solve(jac, f, n + 1);
            if (dx == null) return null;
            for (int a = 0; a <= n; a++) x[a] -= dx[a];
        }
        return null;
    }

    /** Negative eigenvalues of 2P(J − λI)P + σσᵀ (tangent Hessian; the normal direction carries +1). */
    static int index(double[] j, int n, double[] sigma, double lambda) {
        double[] a = new double[n * n];
        double[] p = new double[n * n];
        for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) p[r * n + c] = (r == c ? 1 : 0) - sigma[r] * sigma[c];
        double[] m = new double[n * n];
        for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) m[r * n + c] = 2 * (j[r * n + c] - (r == c ? lambda : 0));
        double[] pm = new double[n * n];
        for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) {
            double s = 0;
            for (int k = 0; k < n; k++) s += p[r * n + k] * m[k * n + c];
            pm[r * n + c] = s;
        }
        for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) {
            double s = 0;
            for (int k = 0; k < n; k++) s += pm[r * n + k] * p[k * n + c];
            a[r * n + c] = s + sigma[r] * sigma[c];
        }
        int neg = 0;
        for (double v : Lapack.eigenvalues(a, n)) if (v < 0) neg++;
        return neg;
    }

    static double quadratic(double[] j, int n, double[] s) {
        double[] js = mul(j, n, s);
        double q = 0;
        for (int a = 0; a < n; a++) q += s[a] * js[a];
        return q;
    }

    private static double[] mul(double[] j, int n, double[] s) {
        double[] out = new double[n];
        for (int a = 0; a < n; a++) {
            double t = 0;
            for (int b = 0; b < n; b++) t += j[a * n + b] * s[b];
            out[a] = t;
        }
        return out;
    }

    /** Gaussian elimination with partial pivoting; null if singular. */
    static double[] solve(double[] a0, double[] b0, int n) {
        double[] a = a0.clone(), b = b0.clone();
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]) > Math.abs(a[piv * n + c])) piv = r;
            if (Math.abs(a[piv * n + c]) < 1e-300) return null;
            if (piv != c) {
                for (int k = 0; k < n; k++) { double t = a[c * n + k]; a[c * n + k] = a[piv * n + k]; a[piv * n + k] = t; }
                double t = b[c]; b[c] = b[piv]; b[piv] = t;
            }
            for (int r = c + 1; r < n; r++) {
                double f = a[r * n + c] / a[c * n + c];
                for (int k = c; k < n; k++) a[r * n + k] -= f * a[c * n + k];
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) s -= a[r * n + k] * x[k];
            x[r] = s / a[r * n + r];
        }
        return x;
    }

    static void normalise(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        s = Math.sqrt(s);
        for (int i = 0; i < v.length; i++) v[i] /= s;
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(s);
    }
}
