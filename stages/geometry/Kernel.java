package geometry;

/**
 * Covariances of the value and gradient of the isotropic field of 000 (zero mean, k(r) = exp(−r²/2)) at two points.
 * With C(x, y) = Cov(φ(x), φ(y)) = k(|x − y|) = exp(−|d|²/2), d = x − y, every block follows by differentiating C:
 * <pre>
 *   Cov(φ(x), φ(y))        = C
 *   Cov(φ(x), ∂_j φ(y))    = ∂C/∂y_j            = d_j C          (∂|d|²/∂y_j = −2 d_j)
 *   Cov(∂_i φ(x), φ(y))    = ∂C/∂x_i            = −d_i C
 *   Cov(∂_i φ(x), ∂_j φ(y)) = ∂²C/∂x_i ∂y_j     = ∂(d_j C)/∂x_i = (δ_ij − d_i d_j) C
 * </pre>
 * At one point (d = 0): Var φ = 1, Cov(φ, ∇φ) = 0, Cov(∇φ) = I (−k''(0) = 1), which is 000's eq (5).
 * For x1 = x0 + Δx, the block Σ12 = Cov((Φ1, Ξ1), (Φ0, Ξ0)) of eq (4) is therefore
 * <pre>
 *   Σ12 = C [[1, Δxᵀ], [−Δx, I − Δx Δxᵀ]],   C = exp(−|Δx|²/2),
 * </pre>
 * while eq (6) prints C (I − [[0, Δxᵀ], [−Δx, Δx Δxᵀ]]) = C [[1, −Δxᵀ], [Δx, I − Δx Δxᵀ]]: the transpose, Σ21, which
 * is Σ12 only for Δx = x0 − x1. The sign matters: Cov(Φ1, Ξ0·Δx) = +|Δx|² C > 0 says the field is higher where the
 * gradient at x0 points, so stepping against the gradient lowers it; the printed sign says the opposite.
 */
final class Kernel {
    private Kernel() {}

    /** k(r) = exp(−r²/2) as a function of r². */
    static double k(double r2) {
        return Math.exp(-r2 / 2);
    }

    /** The (N+1)×(N+1) block Cov((φ(x), ∇φ(x)), (φ(y), ∇φ(y))) from the derivatives of C above (d = x − y). */
    static double[][] block(double[] x, double[] y) {
        int n = x.length;
        double[] d = new double[n];
        double r2 = 0;
        for (int i = 0; i < n; i++) {
            d[i] = x[i] - y[i];
            r2 += d[i] * d[i];
        }
        double c = k(r2);
        double[][] b = new double[n + 1][n + 1];
        b[0][0] = c;
        for (int j = 0; j < n; j++) {
            b[0][j + 1] = d[j] * c;    // Cov(φ(x), ∂_j φ(y))
            b[j + 1][0] = -d[j] * c;   // Cov(∂_j φ(x), φ(y))
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) b[i + 1][j + 1] = ((i == j ? 1 : 0) - d[i] * d[j]) * c;
        }
        return b;
    }

    /** Σ12 as printed in 000 eq (6), with Δx = x1 − x0 as the paper defines it. */
    static double[][] printedSigma12(double[] dx) {
        int n = dx.length;
        double r2 = 0;
        for (double v : dx) r2 += v * v;
        double c = k(r2);
        double[][] b = new double[n + 1][n + 1];
        b[0][0] = c;                    // 1 − 0
        for (int j = 0; j < n; j++) {
            b[0][j + 1] = -dx[j] * c;   // 0 − Δxᵀ
            b[j + 1][0] = dx[j] * c;    // 0 − (−Δx)
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) b[i + 1][j + 1] = ((i == j ? 1 : 0) - dx[i] * dx[j]) * c;
        }
        return b;
    }

    /**
     * The joint (2N+2)×(2N+2) covariance of (Φ1, Ξ1, Φ0, Ξ0) with Σ11 = Σ22 = {@link #block}(x, x) = I and the
     * off-diagonal blocks s12 and its transpose.
     */
    static double[][] joint(double[][] s11, double[][] s12, double[][] s22) {
        int m = s11.length;
        double[][] j = new double[2 * m][2 * m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                j[a][b] = s11[a][b];
                j[a][m + b] = s12[a][b];
                j[m + b][a] = s12[a][b];
                j[m + a][m + b] = s22[a][b];
            }
        }
        return j;
    }

    /**
     * Cov(φ(x), ∂_j φ(y)) for every j by central finite differences of C(x, y) = k(|x − y|) in y_j (step h): a route to
     * the sign of eq (6) that does not use the derivative formulas above.
     */
    static double[] valueGradientCovarianceByDifferences(double[] x, double[] y, double h) {
        int n = x.length;
        double[] out = new double[n];
        double[] yp = y.clone(), ym = y.clone();
        for (int j = 0; j < n; j++) {
            yp[j] = y[j] + h;
            ym[j] = y[j] - h;
            out[j] = (k(dist2(x, yp)) - k(dist2(x, ym))) / (2 * h);
            yp[j] = y[j];
            ym[j] = y[j];
        }
        return out;
    }

    static double dist2(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += (x[i] - y[i]) * (x[i] - y[i]);
        return s;
    }
}
