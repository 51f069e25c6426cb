package lib;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * The power of a one-sample Kolmogorov-Smirnov test of n draws against a fixed alternative law, for the claims of kind
 * {@code test}. If the alternative's CDF G and the null's F differ most at x* (D = |G(x*) − F(x*)|), the statistic
 * is at least |F_n(x*) − F(x*)|, and √n(F_n(x*) − G(x*)) is asymptotically N(0, G(x*)(1 − G(x*))) under G, so the
 * power at level α is at least Φ((√n D − K_α)/s) with s = √(G(x*)(1 − G(x*))) and K_α the Kolmogorov quantile:
 * a lower bound, which is the honest side for a claim that wants power before it reads "not rejected" as "reproduced".
 */
public final class KsPower {
    private KsPower() {}

    private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);

    /** The largest distance between two CDFs, where it lies, and the alternative's CDF there. */
    public record Distance(double d, double x, double gAtX) {}

    /** 1 − K(t): the asymptotic P(√n D_n > t) under the null (Kolmogorov's limit law). */
    public static double tail(double t) {
        if (t <= 0) return 1;
        return 1 - new KolmogorovSmirnovTest().ksSum(t, 1e-14, 100_000);
    }

    /** K_α: the t with 1 − K(t) = α (bisection on the Kolmogorov law). */
    public static double quantile(double alpha) {
        double lo = 0.1, hi = 10;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (tail(mid) > alpha) lo = mid; else hi = mid;
        }
        return hi;
    }

    /** Lower bound on the power of the level-α test with n draws against an alternative at distance dist. */
    public static double power(double n, Distance dist, double alpha) {
        double s = Math.sqrt(dist.gAtX() * (1 - dist.gAtX()));
        if (s == 0) return dist.d() > 0 ? 1 : 0;
        return STD.cumulativeProbability((Math.sqrt(n) * dist.d() - quantile(alpha)) / s);
    }

    /** The number of draws at which that lower bound reaches the given power. */
    public static double drawsFor(Distance dist, double alpha, double power) {
        double s = Math.sqrt(dist.gAtX() * (1 - dist.gAtX()));
        double root = (quantile(alpha) + STD.inverseCumulativeProbability(power) * s) / dist.d();
        return root * root;
    }

    /** sup_x |G(x) − F(x)| for two continuous CDFs, on a fine grid over [lo, hi] refined by golden-section search. */
    public static Distance distance(DoubleUnaryOperator f, DoubleUnaryOperator g, double lo, double hi) {
        int grid = 4000;
        double best = -1, bestX = lo;
        for (int i = 0; i <= grid; i++) {
            double x = lo + (hi - lo) * i / grid;
            double d = Math.abs(g.applyAsDouble(x) - f.applyAsDouble(x));
            if (d > best) { best = d; bestX = x; }
        }
        double a = bestX - (hi - lo) / grid, b = bestX + (hi - lo) / grid;
        double phi = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 100; i++) {
            double c = b - phi * (b - a), e = a + phi * (b - a);
            if (Math.abs(g.applyAsDouble(c) - f.applyAsDouble(c)) > Math.abs(g.applyAsDouble(e) - f.applyAsDouble(e))) b = e; else a = c;
        }
        double x = (a + b) / 2;
        return new Distance(Math.abs(g.applyAsDouble(x) - f.applyAsDouble(x)), x, g.applyAsDouble(x));
    }

    /** The distance between N(m0, v0) (the null) and N(m1, v1) (the alternative). */
    public static Distance normals(double m0, double v0, double m1, double v1) {
        double s0 = Math.sqrt(v0), s1 = Math.sqrt(v1);
        double span = 10 * Math.max(s0, s1) + Math.abs(m1 - m0);
        double mid = (m0 + m1) / 2;
        return distance(x -> STD.cumulativeProbability((x - m0) / s0), x -> STD.cumulativeProbability((x - m1) / s1),
                mid - span, mid + span);
    }
}
