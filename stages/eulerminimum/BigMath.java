package eulerminimum;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * The few transcendental functions eq (25) needs, to any precision, from apfloat (org.apfloat, a maintained
 * arbitrary-precision library): π, exp and the normal tails by erfc, each computed with 10 guard digits and rounded to
 * the asked precision. They were hand-written series until apfloat was cross-checked against them at 400 digits
 * (tests/eulerminimum/BigMathTest keeps them as its second algorithm): π, exp and the Φ series agreed, Laplace's
 * continued fraction for the upper tail did not (its depth rule gave 236 of 400 digits at u = 40, 76 of 125 at the
 * stage's own precision for N = 500).
 */
final class BigMath {
    private BigMath() {}

    static final int GUARD = 10;

    static BigDecimal pi(MathContext mc) {
        return decimal(ApfloatMath.pi(mc.getPrecision() + GUARD), mc);
    }

    static BigDecimal exp(BigDecimal x, MathContext mc) {
        return decimal(ApfloatMath.exp(apfloat(x, mc)), mc);
    }

    /** Standard normal CDF Φ(u) = erfc(-u/√2)/2. */
    static BigDecimal normalCdf(BigDecimal u, MathContext mc) {
        return decimal(halfErfc(apfloat(u, mc).negate(), mc), mc);
    }

    /** Upper tail Q(u) = 1 - Φ(u) = erfc(u/√2)/2, to full relative precision however small. */
    static BigDecimal upperTail(BigDecimal u, MathContext mc) {
        return decimal(halfErfc(apfloat(u, mc), mc), mc);
    }

    private static Apfloat halfErfc(Apfloat u, MathContext mc) {
        long p = mc.getPrecision() + GUARD;
        return ApfloatMath.erfc(u.divide(ApfloatMath.sqrt(new Apfloat(2, p)))).divide(new Apfloat(2, p));
    }

    private static Apfloat apfloat(BigDecimal x, MathContext mc) {
        return new Apfloat(x, mc.getPrecision() + GUARD);
    }

    private static BigDecimal decimal(Apfloat x, MathContext mc) {
        return new BigDecimal(x.toString(true)).round(mc);
    }

    static MathContext wider(MathContext mc, int digits) {
        return new MathContext(mc.getPrecision() + digits, RoundingMode.HALF_EVEN);
    }
}
