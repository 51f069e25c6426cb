package pspin;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Annealed complexity of the pure spherical p-spin model H(s) = N^{-(p-1)/2} sum J s..s on the sphere of radius
 * sqrt(N), covariance E H(s)H(s') = N (s.s'/N)^p (Auffinger, Ben Arous, Cerny 2013, Thms 2.5 and 2.8).
 *
 * Kac-Rice on the sphere (derivation in the claims note): the Riemannian Hessian at a point of energy N u is
 * sqrt(p(p-1)) M - p u I with M a GOE of semicircle [-2,2], independent of the gradient, so the density of
 * critical points at energy u has rate 1/2 + log(p-1)/2 - u^2/2 + Omega(2u/E_inf), Omega(x) = int log|l-x| rho_sc.
 * Outside the bulk (u < -E_inf) the closed form of Omega gives the rate function I_1 of the GOE's extreme eigenvalue.
 */
public final class Complexity {
    private Complexity() {}

    /** E_inf = 2 sqrt((p-1)/p): the left edge of the Hessian spectrum is at 0 when u = -E_inf. */
    public static double eInf(int p) {
        return 2 * Math.sqrt((p - 1.0) / p);
    }

    /** I_1(u) = (2/E_inf^2) int_u^{-E_inf} sqrt(z^2 - E_inf^2) dz for u <= -E_inf, else 0 (ABC eq 2.6). */
    public static double i1(int p, double u) {
        double e = eInf(p);
        if (u >= -e) return 0;
        double r = Math.sqrt(u * u - e * e);
        return -u / (e * e) * r - Math.log(-u + r) + Math.log(e);
    }

    /** Theta_{k,p}(u): rate of E Crt_{N,k}(u), critical points of index k with H <= N u (ABC Thm 2.5). */
    public static double thetaK(int k, int p, double u) {
        double e = eInf(p);
        if (u >= -e) return 0.5 * Math.log(p - 1) - (p - 2.0) / p;
        return 0.5 * Math.log(p - 1) - (p - 2.0) / (4 * (p - 1)) * u * u - (k + 1) * i1(p, u);
    }

    /** Theta_p(u): rate of E Crt_N(u), all critical points with H <= N u (ABC Thm 2.8). */
    public static double theta(int p, double u) {
        if (u >= 0) return 0.5 * Math.log(p - 1);
        return 0.5 * Math.log(p - 1) - (p - 2.0) / (4 * (p - 1)) * u * u - i1(p, u);
    }

    /** E_k: the root of Theta_{k,p}(-E) = 0 with E > E_inf (Brent's method); E_0 is the ground state. */
    public static double eK(int k, int p) {
        double e = eInf(p);
        double hi = e;
        while (thetaK(k, p, -hi) > 0) hi *= 1.5;
        BrentSolver brent = new BrentSolver(1e-14, 1e-15);
        return brent.solve(200, x -> thetaK(k, p, -x), e * (1 + 1e-12), hi);
    }

    /** Fraction of eigenvalues below x of the semicircle law on [-2, 2]. */
    public static double semicircleCdf(double x) {
        if (x <= -2) return 0;
        if (x >= 2) return 1;
        return 0.5 + (x * Math.sqrt(4 - x * x) / 4 + Math.asin(x / 2)) / Math.PI;
    }

    /** Density of the semicircle law on [-2, 2]. */
    public static double semicircleDensity(double x) {
        return Math.abs(x) >= 2 ? 0 : Math.sqrt(4 - x * x) / (2 * Math.PI);
    }

    /** Limiting fraction of negative Hessian eigenvalues at a critical point of energy u: F_sc(2u/E_inf). */
    public static double negativeFraction(int p, double u) {
        return semicircleCdf(2 * u / eInf(p));
    }

    /**
     * Omega(x) = int log|l - x| rho_sc(l) dl by the midpoint rule in l = 2 cos t (integrable log singularity;
     * error O(h log h)). An independent route to the complexity, without the closed form of I_1.
     */
    public static double omegaQuadrature(double x, int points) {
        double h = Math.PI / points, sum = 0;
        for (int i = 0; i < points; i++) {
            double t = (i + 0.5) * h;
            double sin = Math.sin(t);
            sum += Math.log(Math.abs(2 * Math.cos(t) - x)) * sin * sin;
        }
        return 2 / Math.PI * sum * h;
    }

    /** Kac-Rice density rate of critical points at energy u: 1/2 + log(p-1)/2 - u^2/2 + Omega(2u/E_inf), by quadrature. */
    public static double densityRateQuadrature(int p, double u, int points) {
        return 0.5 + 0.5 * Math.log(p - 1) - u * u / 2 + omegaQuadrature(2 * u / eInf(p), points);
    }

    /**
     * 002's F(u) = u − T Σ(u) = u + (T/2) u² + ...: the coefficient c of T u² that the Kac-Rice complexity gives, by
     * central differences of the quadrature density rate at u = 0, ±h (h inside the bulk |u| < E_inf, where the rate is
     * exactly quadratic: Ω(x) = x²/4 − 1/2 for |x| ≤ 2, so Σ(u) = log(p−1)/2 − (p−2)u²/(4(p−1)) and c = (p−2)/(4(p−1))).
     */
    public static double freeEnergyCoefficient(int p, double h, int points) {
        double plus = densityRateQuadrature(p, h, points), zero = densityRateQuadrature(p, 0, points);
        double minus = densityRateQuadrature(p, -h, points);
        return -(plus - 2 * zero + minus) / (2 * h * h);
    }

    /** The energy where the left edge -p u - 2 sqrt(p(p-1)) of the Hessian spectrum at energy u is zero (Brent). */
    public static double leftEdgeZero(int p) {
        BrentSolver brent = new BrentSolver(1e-14, 1e-15);
        return brent.solve(200, u -> -p * u - 2 * Math.sqrt(p * (p - 1.0)), -10, 0);
    }
}
