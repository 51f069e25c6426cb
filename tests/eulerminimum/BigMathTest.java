package eulerminimum;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BigMath (apfloat: π, exp, erfc) against a second algorithm at 400 significant digits: the hand-written series the
 * stage used before (Machin's formula for π, the halved Taylor series for exp, the all-positive series for Φ, and for
 * the upper tail 1 - Φ with the u²/(2 ln 10) digits the subtraction loses added). Both sides are rounded to 400
 * digits, so the relative difference is at most about 10^-399; the check allows 10^-395 and is shown to catch a value
 * wrong in its 350th digit. (Laplace's continued fraction, BigMath's former upper tail, fails this check: 236 digits
 * at u = 40.)
 */
class BigMathTest {
    static final int DIGITS = 400;
    static final MathContext MC = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
    static final BigDecimal TOLERANCE = new BigDecimal("1e-395");

    static void assertAgrees(BigDecimal ours, BigDecimal reference, String what) {
        MathContext w = new MathContext(DIGITS + 20, RoundingMode.HALF_EVEN);
        BigDecimal rel = ours.divide(reference, w).subtract(BigDecimal.ONE).abs();
        if (rel.compareTo(TOLERANCE) > 0) throw new AssertionError(what + ": relative difference " + rel.round(new MathContext(4)) + " > 1e-395");
    }

    @Test
    void piAgreesToFourHundredDigits() {
        assertAgrees(BigMath.pi(MC), Series.pi(MC), "pi");
    }

    static Stream<String> exp() { return Stream.of("-50.25", "-0.3333333333333333333333", "0.7", "12.5", "100"); }

    @ParameterizedTest(name = "exp({0})")
    @MethodSource
    void exp(String x) {
        assertAgrees(BigMath.exp(new BigDecimal(x), MC), Series.exp(new BigDecimal(x), MC), "exp(" + x + ")");
    }

    static Stream<String> normalCdf() { return Stream.of("-8", "-2.5", "0.001", "1.3", "6"); }

    @ParameterizedTest(name = "Phi({0})")
    @MethodSource
    void normalCdf(String u) {
        assertAgrees(BigMath.normalCdf(new BigDecimal(u), MC), Series.normalCdf(new BigDecimal(u), MC), "Phi(" + u + ")");
    }

    static Stream<String> upperTail() { return Stream.of("0.5", "10", "17.5", "40"); }

    @ParameterizedTest(name = "Q({0})")
    @MethodSource
    void upperTail(String u) {
        BigDecimal x = new BigDecimal(u);
        MathContext wide = new MathContext(DIGITS + 10 + (int) Math.ceil(x.doubleValue() * x.doubleValue() / (2 * Math.log(10))), RoundingMode.HALF_EVEN);
        BigDecimal q = BigDecimal.ONE.subtract(Series.normalCdf(x, wide), wide).round(MC);
        assertAgrees(BigMath.upperTail(x, MC), q, "Q(" + u + ")");
    }

    @Test
    void aValueWrongInItsThreeHundredFiftiethDigitIsCaught() {
        BigDecimal pi = BigMath.pi(MC);
        BigDecimal wrong = pi.add(pi.ulp().movePointRight(50), MC);   // off by about 10^-349 relative
        assertTrue(wrong.compareTo(pi) != 0);
        assertThrows(AssertionError.class, () -> assertAgrees(wrong, Series.pi(MC), "pi + 1e-349"));
    }

    /** The hand-written series BigMath used before apfloat: the second algorithm. */
    static final class Series {
        static BigDecimal pi(MathContext mc) {
            MathContext w = BigMath.wider(mc, 10);
            BigDecimal a = atanInverse(5, w).multiply(BigDecimal.valueOf(16), w);   // Machin: 16 atan(1/5) - 4 atan(1/239)
            return a.subtract(atanInverse(239, w).multiply(BigDecimal.valueOf(4), w), w).round(mc);
        }

        static BigDecimal atanInverse(int x, MathContext mc) {
            BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
            BigDecimal x2 = BigDecimal.valueOf((long) x * x);
            BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(x), mc);
            BigDecimal sum = power;
            for (int k = 1; ; k++) {
                power = power.divide(x2, mc);
                BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
                sum = (k % 2 == 1) ? sum.subtract(term, mc) : sum.add(term, mc);
                if (term.compareTo(eps) < 0) return sum;
            }
        }

        /** exp(x): x halved below 1/2, Taylor series, squared back. */
        static BigDecimal exp(BigDecimal x, MathContext mc) {
            int halvings = 0;
            BigDecimal r = x;
            while (r.abs().compareTo(new BigDecimal("0.5")) > 0) { r = r.divide(BigDecimal.valueOf(2)); halvings++; }
            MathContext w = BigMath.wider(mc, 10 + halvings);
            BigDecimal eps = BigDecimal.ONE.movePointLeft(w.getPrecision() + 2);
            BigDecimal term = BigDecimal.ONE, sum = BigDecimal.ONE;
            for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
                term = term.multiply(r, w).divide(BigDecimal.valueOf(k), w);
                sum = sum.add(term, w);
            }
            for (int i = 0; i < halvings; i++) sum = sum.multiply(sum, w);
            return sum.round(mc);
        }

        /** Φ(u) = 1/2 + ϕ(u) Σ_k u^{2k+1}/(2k+1)!! (terms of one sign; digits lost for u < 0 added). */
        static BigDecimal normalCdf(BigDecimal u, MathContext mc) {
            MathContext w = BigMath.wider(mc, 10 + (int) Math.ceil(u.doubleValue() * u.doubleValue() / (2 * Math.log(10))));
            BigDecimal u2 = u.multiply(u, w);
            BigDecimal term = u, sum = u;
            BigDecimal eps = sum.abs().movePointLeft(w.getPrecision() + 2);
            for (int k = 1; term.abs().compareTo(eps) > 0 || k < u2.doubleValue(); k++) {
                term = term.multiply(u2, w).divide(BigDecimal.valueOf(2L * k + 1), w);
                sum = sum.add(term, w);
            }
            BigDecimal density = exp(u2.divide(BigDecimal.valueOf(-2), w), w).divide(pi(w).multiply(BigDecimal.valueOf(2), w).sqrt(w), w);
            return new BigDecimal("0.5").add(density.multiply(sum, w), w).round(mc);
        }
    }
}
