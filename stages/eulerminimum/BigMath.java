package eulerminimum;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The few transcendental functions eq (25) needs, in BigDecimal to any precision. */
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
     * Upper tail Q(u) = 1 - Φ(u) for u ≥ 10 by Laplace's continued fraction Q(u) = ϕ(u)/(u + 1/(u + 2/(u + ...))),
     * evaluated backwards from a depth at which its error exp(-2u√(2n)) (Mills-ratio approximants) is below
     * 10^-(precision+10); the depth is doubled again for safety. Avoids the u²/(2 ln 10) extra digits of the series.
     */
    static BigDecimal upperTail(BigDecimal u, MathContext mc) {
        double ud = u.doubleValue();
        if (ud < 10) throw new IllegalArgumentException("continued fraction used for u >= 10 only, got " + ud);
        MathContext w = wider(mc, 10);
        double nat = (mc.getPrecision() + 10) * Math.log(10);
        int depth = 2 * (int) Math.ceil(nat * nat / (8 * ud * ud)) + 20;
        BigDecimal t = u;
        for (int k = depth; k >= 1; k--) t = u.add(BigDecimal.valueOf(k).divide(t, w), w);
        BigDecimal density = exp(u.multiply(u, w).divide(BigDecimal.valueOf(-2), w), w)
                .divide(pi(w).multiply(BigDecimal.valueOf(2), w).sqrt(w), w);
        return density.divide(t, mc);
    }

    static MathContext wider(MathContext mc, int digits) {
        return new MathContext(mc.getPrecision() + digits, RoundingMode.HALF_EVEN);
    }
}
