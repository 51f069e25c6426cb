package eulerminimum;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The few transcendental functions eq (25) needs, in BigDecimal to any precision. Hand-written because they are
 * fast enough for Figure 7's grid of levels (apfloat's erfc took minutes there); tests/eulerminimum/BigMathTest
 * checks each against apfloat (org.apfloat, a maintained arbitrary-precision library) at 400 digits.
 */
final class BigMath {
    private BigMath() {}

    /** π to the largest precision asked so far (computing it costs far more than one E χ term sum). */
    private static volatile BigDecimal cachedPi = BigDecimal.ZERO;

    /** π by Machin's formula 16 atan(1/5) - 4 atan(1/239), cached. */
    static BigDecimal pi(MathContext mc) {
        BigDecimal c = cachedPi;
        if (c.precision() >= mc.getPrecision() + 5) return c.round(mc);
        BigDecimal p = machin(wider(mc, 20));
        synchronized (BigMath.class) {
            if (p.precision() > cachedPi.precision()) cachedPi = p;
        }
        return p.round(mc);
    }

    private static BigDecimal machin(MathContext mc) {
        MathContext w = wider(mc, 10);
        BigDecimal a = atanInverse(5, w).multiply(BigDecimal.valueOf(16), w);
        BigDecimal b = atanInverse(239, w).multiply(BigDecimal.valueOf(4), w);
        return a.subtract(b, w).round(mc);
    }

    /** atan(1/x) by its alternating Taylor series. */
    private static BigDecimal atanInverse(int x, MathContext mc) {
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

    /** exp(x): argument halved until |x| < 1/2, Taylor series, then squared back. */
    static BigDecimal exp(BigDecimal x, MathContext mc) {
        int halvings = 0;
        BigDecimal r = x;
        while (r.abs().compareTo(new BigDecimal("0.5")) > 0) {
            r = r.divide(BigDecimal.valueOf(2));
            halvings++;
        }
        MathContext w = wider(mc, 10 + halvings);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(w.getPrecision() + 2);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
            term = term.multiply(r, w).divide(BigDecimal.valueOf(k), w);
            sum = sum.add(term, w);
        }
        for (int i = 0; i < halvings; i++) sum = sum.multiply(sum, w);
        return sum.round(mc);
    }

    /**
     * Standard normal CDF Φ(u) = 1/2 + ϕ(u) Σ_k u^{2k+1}/(2k+1)!! (all terms of one sign, so the sum has no
     * cancellation; for u < 0 the subtraction from 1/2 loses about u²/(2 ln 10) digits, which are added).
     */
    static BigDecimal normalCdf(BigDecimal u, MathContext mc) {
        int extra = 10 + (int) Math.ceil(u.doubleValue() * u.doubleValue() / (2 * Math.log(10)));
        MathContext w = wider(mc, extra);
        BigDecimal u2 = u.multiply(u, w);
        BigDecimal term = u;
        BigDecimal sum = u;
        BigDecimal eps = sum.abs().movePointLeft(w.getPrecision() + 2);
        for (int k = 1; term.abs().compareTo(eps) > 0 || k < u2.doubleValue(); k++) {
            term = term.multiply(u2, w).divide(BigDecimal.valueOf(2L * k + 1), w);
            sum = sum.add(term, w);
        }
        BigDecimal density = exp(u2.divide(BigDecimal.valueOf(-2), w), w)
                .divide(pi(w).multiply(BigDecimal.valueOf(2), w).sqrt(w), w);
        return new BigDecimal("0.5").add(density.multiply(sum, w), w).round(mc);
    }

    /**
     * Upper tail Q(u) = 1 - Φ(u), to full relative precision however small: for u ≤ 0 the subtraction loses nothing
     * (Φ(u) ≤ 1/2); for u > 0 it loses about u²/(2 ln 10) digits, which are added to the working precision. (Laplace's
     * continued fraction, used here before for u ≥ 10, was cross-checked against apfloat at 400 digits and gave only
     * 236 of them at u = 40, and 76 of 125 at this stage's precision for N = 500: its depth rule was wrong.)
     */
    static BigDecimal upperTail(BigDecimal u, MathContext mc) {
        double ud = u.doubleValue();
        int lost = ud > 0 ? (int) Math.ceil(ud * ud / (2 * Math.log(10))) : 0;
        MathContext w = wider(mc, lost + 10);
        return BigDecimal.ONE.subtract(normalCdf(u, w), w).round(mc);
    }

    static MathContext wider(MathContext mc, int digits) {
        return new MathContext(mc.getPrecision() + digits, RoundingMode.HALF_EVEN);
    }
}
