package eulerminimum;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BigMath (hand-written series: Machin's formula for π, the halved Taylor series for exp, the all-positive series for
 * Φ, and the upper tail 1 - Φ with the u²/(2 ln 10) digits the subtraction loses added) against apfloat (org.apfloat,
 * a maintained arbitrary-precision library: π, exp, erfc) at 400 significant digits. Both sides are rounded to 400
 * digits, so the relative difference is at most about 10^-399; the check allows 10^-395 and is shown to catch a value
 * wrong in its 350th digit. (Laplace's continued fraction, BigMath's former upper tail for u ≥ 10, failed this check:
 * 236 digits at u = 40.)
 */
class BigMathTest {
    static final int DIGITS = 400;
    static final MathContext MC = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
    static final BigDecimal TOLERANCE = new BigDecimal("1e-395");
    static final long P = DIGITS + 10;

    static void assertAgrees(BigDecimal ours, BigDecimal reference, String what) {
        MathContext w = new MathContext(DIGITS + 20, RoundingMode.HALF_EVEN);
        BigDecimal rel = ours.divide(reference, w).subtract(BigDecimal.ONE).abs();
        if (rel.compareTo(TOLERANCE) > 0) throw new AssertionError(what + ": relative difference " + rel.round(new MathContext(4)) + " > 1e-395");
    }

    static BigDecimal decimal(Apfloat x) { return new BigDecimal(x.toString(true)).round(MC); }

    /** Q(u) = erfc(u/√2)/2 by apfloat. */
    static BigDecimal apfloatTail(String u) {
        Apfloat x = new Apfloat(u, P);
        return decimal(ApfloatMath.erfc(x.divide(ApfloatMath.sqrt(new Apfloat(2, P)))).divide(new Apfloat(2, P)));
    }

    @Test
    void piAgreesToFourHundredDigits() {
        assertAgrees(BigMath.pi(MC), decimal(ApfloatMath.pi(P)), "pi");
    }

    static Stream<String> exp() { return Stream.of("-50.25", "-0.3333333333333333333333", "0.7", "12.5", "100"); }

    @ParameterizedTest(name = "exp({0})")
    @MethodSource
    void exp(String x) {
        assertAgrees(BigMath.exp(new BigDecimal(x), MC), decimal(ApfloatMath.exp(new Apfloat(x, P))), "exp(" + x + ")");
    }

    static Stream<String> normalCdf() { return Stream.of("-8", "-2.5", "0.001", "1.3", "6"); }

    @ParameterizedTest(name = "Phi({0})")
    @MethodSource
    void normalCdf(String u) {
        // Φ(u) = Q(-u)
        String minus = u.startsWith("-") ? u.substring(1) : "-" + u;
        assertAgrees(BigMath.normalCdf(new BigDecimal(u), MC), apfloatTail(minus), "Phi(" + u + ")");
    }

    static Stream<String> upperTail() { return Stream.of("-3", "0.5", "10", "17.5", "40"); }

    @ParameterizedTest(name = "Q({0})")
    @MethodSource
    void upperTail(String u) {
        assertAgrees(BigMath.upperTail(new BigDecimal(u), MC), apfloatTail(u), "Q(" + u + ")");
    }

    @Test
    void aValueWrongInItsThreeHundredFiftiethDigitIsCaught() {
        BigDecimal pi = BigMath.pi(MC);
        BigDecimal wrong = pi.add(pi.ulp().movePointRight(50), MC);   // off by about 10^-349 relative
        assertTrue(wrong.compareTo(pi) != 0);
        assertThrows(AssertionError.class, () -> assertAgrees(wrong, decimal(ApfloatMath.pi(P)), "pi + 1e-349"));
    }

    @Test
    void laplacesContinuedFractionAtTheFormerDepthFailsTheCheck() {
        // the former upper tail for u >= 10: Q(u) = ϕ(u)/(u + 1/(u + 2/(u + ...))) from depth 2 ceil(nat²/(8u²)) + 20
        BigDecimal u = new BigDecimal("40");
        MathContext w = BigMath.wider(MC, 10);
        double nat = (DIGITS + 10) * Math.log(10);
        int depth = 2 * (int) Math.ceil(nat * nat / (8 * 40.0 * 40.0)) + 20;
        BigDecimal t = u;
        for (int k = depth; k >= 1; k--) t = u.add(BigDecimal.valueOf(k).divide(t, w), w);
        BigDecimal density = BigMath.exp(u.multiply(u, w).divide(BigDecimal.valueOf(-2), w), w)
                .divide(BigMath.pi(w).multiply(BigDecimal.valueOf(2), w).sqrt(w), w);
        BigDecimal former = density.divide(t, MC);
        assertThrows(AssertionError.class, () -> assertAgrees(former, apfloatTail("40"), "continued fraction Q(40)"));
    }
}
