package eulerminimum;

import java.math.BigDecimal;

/**
 * The level u*(N) where E χ({φ ≤ u} ∩ B_N) = 1/2: the paper's estimate of the expected minimum (000 §3.4, eq 28).
 * Root finding in u on the high-precision sum: E χ is increasing through 1/2 on the bracket
 * [-√N - 4, -√N + 1.5] (it overshoots 1 only above its steep part), so the root is unique there.
 */
final class Level {
    private Level() {}

    /** One dimension's level at two working precisions, with the digits lost to cancellation. */
    record Result(int n, double uStar, double uStarCheck, int digits, int digitsCheck, double lostDigits) {
        boolean precisionsAgree() { return uStar == uStarCheck; }
    }

    static final BigDecimal HALF = new BigDecimal("0.5");

    static Result solve(int n) {
        EulerCharacteristic main = EulerCharacteristic.forDimension(n);
        EulerCharacteristic check = new EulerCharacteristic(n, main.digits() + 30);
        double u = root(main);
        double uCheck = root(check);
        return new Result(n, u, uCheck, main.digits(), check.digits(), main.worstLostDigits());
    }

    /**
     * Brent (Commons Math) to within 1e-12, then bisection on a ±1e-11 bracket down to adjacent doubles, so the
     * result does not depend on the iteration path (two precisions must give the same double).
     */
    static double root(EulerCharacteristic ec) {
        double s = Math.sqrt(ec.dimension());
        double lo = -s - 4;
        double hi = -s + 1.5;
        if (f(ec, lo) >= 0 || f(ec, hi) <= 0) throw new IllegalStateException("N=" + ec.dimension() + ": bracket fails");
        double guess = new org.apache.commons.math3.analysis.solvers.BrentSolver(1e-12, 1e-12)
                .solve(200, u -> ec.sublevel(new BigDecimal(u)).subtract(HALF).doubleValue(), lo, hi);
        if (f(ec, guess - 1e-11) < 0 && f(ec, guess + 1e-11) > 0) {
            lo = guess - 1e-11;
            hi = guess + 1e-11;
        }
        while (true) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) return gap(ec, lo).compareTo(gap(ec, hi)) <= 0 ? lo : hi;
            if (f(ec, mid) < 0) lo = mid; else hi = mid;
        }
    }

    private static BigDecimal gap(EulerCharacteristic ec, double u) {
        return ec.sublevel(new BigDecimal(u)).subtract(HALF).abs();
    }

    private static int f(EulerCharacteristic ec, double u) {
        return ec.sublevel(new BigDecimal(u)).compareTo(HALF);
    }
}
