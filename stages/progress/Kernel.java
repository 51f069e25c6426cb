package progress;

/**
 * The covariance blocks of (f, ∇f) for the isotropic field of 000, k(x − y) = exp(−|x − y|²/2), at two points with
 * d = x_a − x_b and e = exp(−|d|²/2). They are derivatives of k: Cov(f(x), ∂_j f(y)) = ∂k(x − y)/∂y_j = d_j e,
 * Cov(∂_i f(x), f(y)) = ∂k(x − y)/∂x_i = −d_i e, Cov(∂_i f(x), ∂_j f(y)) = ∂²k(x − y)/∂x_i∂y_j = (δ_ij − d_i d_j) e.
 * At d = 0: Var f = 1, Var ∂_i f = 1 and Cov(f, ∂_i f) = 0 (000 §2: ∇φ(x0) ~ N(0, I), independent of φ(x0)).
 */
public final class Kernel {
    private Kernel() {}

    /** Cov(f(x_a), f(x_b)) = k(d). */
    static double valueValue(double e) { return e; }

    /** Cov(f(x_a), ∂_j f(x_b)) = d_j e. */
    static double valueGrad(double e, double dj) { return dj * e; }

    /** Cov(∂_i f(x_a), f(x_b)) = −d_i e. */
    static double gradValue(double e, double di) { return -di * e; }

    /** Cov(∂_i f(x_a), ∂_j f(x_b)) = (δ_ij − d_i d_j) e. */
    static double gradGrad(double e, double di, double dj, boolean same) { return ((same ? 1 : 0) - di * dj) * e; }

    /** k(r) at |d|² = d2. */
    public static double k(double d2) { return Math.exp(-d2 / 2); }
}
