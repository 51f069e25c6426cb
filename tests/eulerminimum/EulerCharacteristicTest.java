package eulerminimum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The high-precision E χ sum against closed forms, an independent mpmath evaluation, eq (26) and itself. */
class EulerCharacteristicTest {

    static double phi(double u) {
        return 0.5 * Erf.erfc(-u / Math.sqrt(2));
    }

    /**
     * Oracle, N = 1 (derived by hand, Rice formula): the components of {φ ≤ u} ∩ [-1, 1] are one per
     * down-crossing of u inside the interval plus one if φ(-1) ≤ u; down-crossings per unit length are
     * √λ2 e^{-u²/2}/(2π) with λ2 = 1, over length 2: E χ = Φ(u) + e^{-u²/2}/π.
     */
    static double closedFormN1(double u) {
        return phi(u) + Math.exp(-u * u / 2) / Math.PI;
    }

    /**
     * Oracle, N = 2 (derived by hand, Morse theory for sublevel sets of φ on the disc). Interior: critical points
     * with φ ≤ u, weighted by (-1)^index = sign det ∇²φ; by Kac-Rice, area π times p_∇φ(0) = 1/(2π) times
     * ∫_{-∞}^u E[det ∇²φ | φ = x] ϕ(x) dx, where given φ = x the Hessian is -x I plus a centred part with
     * Var φ_11 = Var φ_22 = 2, Cov(φ_11, φ_22) = 0, Var φ_12 = 1 (from k(r) = e^{-r²/2}), so E det = x² - 1 and the
     * integral is -u ϕ(u): interior term -u ϕ(u)/2. Boundary (unit circle, arc length s): critical points of φ(γ(s))
     * with φ ≤ u where φ decreases outward (∂_nφ < 0), weighted by sign of d²φ/ds² = ∂_ttφ - ∂_nφ (curvature 1);
     * density of ∂_tφ = 0 is (2π)^{-1/2}, ∂_tφ and ∂_nφ are independent of (φ, ∂_ttφ) and E[∂_ttφ | φ] = -φ, so
     * 2π (2π)^{-1/2} E[(∂_ttφ - ∂_nφ) 1{φ ≤ u, ∂_nφ < 0}] = e^{-u²/2}/2 + Φ(u).
     */
    static double closedFormN2(double u) {
        double g = Math.exp(-u * u / 2);
        return phi(u) + g / 2 + Math.PI * Math.pow(2 * Math.PI, -1.5) * (-u) * g;
    }

    @ParameterizedTest
    @ValueSource(doubles = {-6, -3, -2, -1.2, -0.5, 0, 0.7, 1.5, 3})
    void dimensionOneAndTwoMatchHandDerivedClosedForms(double u) {
        // tolerance: the closed forms in double carry ~1e-15 relative (erfc, exp); the sum is exact to 40 digits
        assertEquals(closedFormN1(u), EulerCharacteristic.forDimension(1).sublevel(u), 1e-14 * Math.abs(closedFormN1(u)) + 1e-300);
        assertEquals(closedFormN2(u), EulerCharacteristic.forDimension(2).sublevel(u), 1e-14 * Math.abs(closedFormN2(u)) + 1e-300);
    }

    /**
     * Oracle: an independent evaluation of eqs (25)-(27) at u → -u with mpmath 1.3 at 200 digits: Γ functions for
     * ω_j, mpmath.binomial, He_n(x) = 2^{-n/2} H_n(x/√2) from mpmath.hermite, mpmath.ncdf (script:
     * Σ_j binomial(N,j) ω_N/ω_{N-j} (2π)^{-(j+1)/2} He_{j-1}(-u) e^{-u²/2} + ncdf(u)), printed to 25 digits.
     */
    @ParameterizedTest
    @CsvSource({
        "3, -1.5, 0.5108221454418265274530246",
        "4, -2, 0.4012236979709594138806155",
        "50, -7, 0.5134950842018994732474331",
        "100, -10, 0.4811916845279570896790022",
        "500, -22, 0.6880475995057164115810995",
        "500, -20, 0.9996379295417103068677247",
        "500, 0, 1.0"})
    void matchesAnIndependentMpmathEvaluation(int n, double u, String expected) {
        BigDecimal got = EulerCharacteristic.forDimension(n).sublevel(new BigDecimal(u));
        BigDecimal diff = got.subtract(new BigDecimal(expected)).abs();
        // tolerance: the oracle is printed to 25 significant digits
        assertTrue(diff.compareTo(new BigDecimal("1e-24")) < 0, "N=" + n + " u=" + u + ": " + got.round(new MathContext(30)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-30, -22.3, -15, -5, 0, 2})
    void twoPrecisionsAgreeAtN500(double u) {
        EulerCharacteristic working = EulerCharacteristic.forDimension(500);
        EulerCharacteristic wider = new EulerCharacteristic(500, working.digits() + 60);
        BigDecimal a = working.sublevel(new BigDecimal(u));
        BigDecimal b = wider.sublevel(new BigDecimal(u));
        // oracle: the same sum with 60 more digits; the working precision must leave GUARD_DIGITS digits
        BigDecimal rel = a.subtract(b).abs().divide(b.abs(), MathContext.DECIMAL64);
        assertTrue(rel.compareTo(new BigDecimal("1e-" + EulerCharacteristic.GUARD_DIGITS)) < 0, "u=" + u + ": rel " + rel);
        assertEquals(b.doubleValue(), a.doubleValue(), 0.0); // every printed digit
    }

    @Test
    void coefficientsAreEq26TimesTheGaussianFactor() {
        for (int n = 1; n <= 60; n++) {
            BigDecimal[] c = EulerCharacteristic.coefficients(n, new MathContext(40));
            for (int j = 1; j <= n; j++) {
                // oracle: eq (26) with ρ_j's (2π)^{-(j+1)/2}, in double through log-gamma (~1e-13 relative)
                double expected = Math.exp(ClaimChecks.logEq26(n, j) - (j + 1) / 2.0 * Math.log(2 * Math.PI));
                assertEquals(expected, c[j].doubleValue(), 1e-12 * expected, "N=" + n + " j=" + j);
            }
        }
    }

    @Test
    void oneEvaluationAtN500IsWellUnderASecond() {
        EulerCharacteristic ec = EulerCharacteristic.forDimension(500);
        ec.sublevel(-22.0);
        long t0 = System.nanoTime();
        for (int i = 0; i < 10; i++) ec.sublevel(-22.0 + i * 0.1);
        double each = (System.nanoTime() - t0) / 1e9 / 10;
        assertTrue(each < 0.2, "one E χ at N = 500 took " + each + " s");
    }

    @Test
    void levelsAtNOneAndTwoMatchBrentOnTheClosedForms() {
        BrentSolver brent = new BrentSolver(1e-15, 1e-15);
        // oracle: Commons Math's Brent root of the hand-derived closed forms (above)
        double u1 = brent.solve(200, u -> closedFormN1(u) - 0.5, -3, 0);
        double u2 = brent.solve(200, u -> closedFormN2(u) - 0.5, -3, 0);
        assertEquals(u1, Level.root(EulerCharacteristic.forDimension(1)), 1e-13);
        assertEquals(u2, Level.root(EulerCharacteristic.forDimension(2)), 1e-13);
    }

    @Test
    void levelAtN500MatchesMpmathAndLevelsDecreaseWithN() {
        // oracle: mpmath findroot (tol 1e-40) on the independent evaluation above: -22.34577122385517059929769
        assertEquals(-22.34577122385517, Level.solve(500).uStar(), 1e-13);
        // oracle: mpmath, N = 3: -1.519274523479055296523413
        assertEquals(-1.519274523479055, Level.solve(3).uStar(), 1e-13);
        double previous = Double.POSITIVE_INFINITY;
        for (int n : new int[] {1, 2, 3, 4, 6, 8, 12, 20, 35, 60, 100, 170, 300}) {
            Level.Result r = Level.solve(n);
            assertTrue(r.precisionsAgree(), "N=" + n);
            assertTrue(r.uStar() < previous, "u* not decreasing at N=" + n);
            previous = r.uStar();
        }
    }

    @Test
    void bigMathConstants() {
        MathContext mc = new MathContext(50);
        // oracle: π and e to 50 digits (OEIS A000796, A001113)
        assertEquals(0, BigMath.pi(mc).compareTo(new BigDecimal("3.1415926535897932384626433832795028841971693993751")));
        assertEquals(0, BigMath.exp(BigDecimal.ONE, mc).compareTo(new BigDecimal("2.7182818284590452353602874713526624977572470937000")));
        // oracle: Φ(-10) = 7.6198530241605260659733432515993083635040332779693e-24 (mpmath.ncdf, 50 digits)
        BigDecimal p = BigMath.normalCdf(BigDecimal.valueOf(-10), mc);
        assertEquals(7.619853024160526e-24, p.doubleValue(), 1e-38);
        // oracle: Φ(-u) = Q(u) by symmetry, to 60 digits (BigMathTest checks each against the former series to 400)
        for (double u : new double[] {10, 12.5, 22, 40}) {
            MathContext wide = new MathContext(80);
            BigDecimal series = BigMath.normalCdf(BigDecimal.valueOf(-u), wide);
            BigDecimal tail = BigMath.upperTail(BigDecimal.valueOf(u), wide);
            BigDecimal rel = series.subtract(tail).abs().divide(series, MathContext.DECIMAL64);
            assertTrue(rel.compareTo(new BigDecimal("1e-60")) < 0, "u=" + u + ": " + rel);
        }
    }
}
