package pspin;

import java.util.SplittableRandom;
import lib.Streams;

/**
 * 002's joint density of (f, ∇f) at a point, measured on dense p = 3 tensors: f = H(s) on the sphere |s|² = N, its
 * Euclidean gradient ∇f in R^N, and the Riemannian gradient ∇_S f = P∇f (P the projection on the tangent space).
 * From the covariance C(s, s') = N ξ(s·s'/N), ξ(q) = q³, at s = s': Var f = N ξ(1); Cov(∂_a f, ∂_b f) = ξ'(1) δ_ab +
 * ξ''(1) s_a s_b / N; Cov(f, ∂_a f) = ξ'(1) s_a. So each tangent component of ∇f has variance ξ'(1) and is uncorrelated
 * with f, while the radial component ŝ·∇f (ŝ = s/√N) has variance ξ'(1) + ξ''(1) = p² and equals p f/√N (Euler).
 */
public final class FieldMoments {
    private FieldMoments() {}

    /**
     * One tensor at one uniformly random point s with a uniformly random unit tangent direction w: f, |∇_S f|²/(N−1)
     * (the mean tangent component variance), w·∇_S f, and the radial component ŝ·∇f.
     */
    public record Sample(double f, double tangentSquare, double along, double radial) {}

    public static Sample sample(int n, int i, long seed) {
        try (Tensor t = new Tensor(n, Streams.of(seed, "moments-tensor", i))) {
            double[] s = Descent.uniformOnSphere(n, Streams.of(seed, "moments-point", i));
            double[] w = unitTangent(s, Streams.of(seed, "moments-direction", i));
            double[][] sg = new double[1][n];
            double h = t.contract(new double[][] {s}, sg)[0];
            double[] grad = new double[n];
            for (int a = 0; a < n; a++) grad[a] = Tensor.P * sg[0][a] / n;   // ∇f = 3 S[s, s]/N
            double radial = 0;
            for (int a = 0; a < n; a++) radial += s[a] * grad[a];
            radial /= Math.sqrt(n);
            double tangentSquare = 0, along = 0;
            for (int a = 0; a < n; a++) {
                double g = grad[a] - radial * s[a] / Math.sqrt(n);   // P∇f
                tangentSquare += g * g;
                along += g * w[a];
            }
            return new Sample(h, tangentSquare / (n - 1), along, radial);
        }
    }

    /** A uniformly random unit vector orthogonal to s. */
    static double[] unitTangent(double[] s, SplittableRandom rng) {
        int n = s.length;
        double[] d = new double[n];
        double dot = 0, norm2 = 0;
        for (int a = 0; a < n; a++) { d[a] = Goe.Normal.next(rng); dot += d[a] * s[a]; norm2 += s[a] * s[a]; }
        for (int a = 0; a < n; a++) d[a] -= dot * s[a] / norm2;
        double norm = Descent.norm(d);
        for (int a = 0; a < n; a++) d[a] /= norm;
        return d;
    }
}
