package eulerminimum;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * E[χ(A_u)] for the unit ball B_N of a centred, unit-variance isotropic field with λ2 = -k''(0) = 1
 * (k(r) = exp(-r²/2)), by the Gaussian kinematic formula (Adler-Taylor 2007/2009 Thm 12.4.2; 000 eq 25):
 * <pre>
 *   E χ({φ ≥ u} ∩ B_N) = Σ_j L_j(B_N) ρ_j(u),  L_j(B_N) = C(N,j) ω_N/ω_{N-j}  (eq 26, the Steiner formula),
 *   ρ_0(u) = 1 - Φ(u),  ρ_j(u) = (2π)^{-(j+1)/2} He_{j-1}(u) e^{-u²/2}  (eq 27 with probabilists' He).
 * </pre>
 * The paper's A_u is the sublevel set {φ ≤ u}; by φ → -φ its expectation is the sum at -u, which is what
 * {@link #sublevel} returns. The products L_j (2π)^{-(j+1)/2} are exact rationals times one constant per parity
 * of j: for j = 2k, C(N,2k)/Π_{i<k}(N-2i) · (2π)^{-1/2}; for j = 2k+1, C(N,2k+1) (N-1)!!/N!! / Π_{i<k}(N-1-2i)
 * times 1/2 (N even) or 1/π (N odd), from ω_N/ω_{N-1} = π (N-1)!!/N!! (N even), 2 (N-1)!!/N!! (N odd).
 *
 * <p>The terms alternate and reach ~1e72 at N = 500 while the sum is O(1): the working precision
 * {@link #digitsFor} grows linearly with N and every evaluation checks that the cancellation it saw left at
 * least {@link #GUARD_DIGITS} digits.
 */
final class EulerCharacteristic {
    /** Digits that must survive the cancellation: 17 printed plus a margin. */
    static final int GUARD_DIGITS = 25;

    private final int n;
    private final MathContext mc;
    private final BigDecimal[] coef; // coef[j] = L_j (2π)^{-(j+1)/2}, j = 1..N
    private double worstLostDigits;

    EulerCharacteristic(int n, int digits) {
        if (n < 1) throw new IllegalArgumentException("N >= 1 needed, got " + n);
        this.n = n;
        this.mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        this.coef = coefficients(n, mc);
    }

    /** Working precision for dimension N: the largest term at N = 500 is ~10^72 (u = 0), ~0.145 N digits. */
    static int digitsFor(int n) {
        return 40 + (int) Math.ceil(0.17 * n);
    }

    static EulerCharacteristic forDimension(int n) {
        return new EulerCharacteristic(n, digitsFor(n));
    }

    int dimension() { return n; }

    int digits() { return mc.getPrecision(); }

    /** Largest number of digits lost to cancellation in any evaluation so far. */
    double worstLostDigits() { return worstLostDigits; }

    /** E χ({φ ≤ u} ∩ B_N): the paper's excursion set. */
    BigDecimal sublevel(BigDecimal u) {
        return superlevel(u.negate());
    }

    double sublevel(double u) {
        return sublevel(new BigDecimal(u)).doubleValue();
    }

    /** E χ({φ ≥ u} ∩ B_N): eqs (25)-(27) read literally (Adler-Taylor's excursion above u). */
    BigDecimal superlevel(BigDecimal u) {
        BigDecimal gauss = BigMath.exp(u.multiply(u, mc).divide(BigDecimal.valueOf(-2), mc), mc);
        BigDecimal hPrev = BigDecimal.ZERO;   // He_{-1} stand-in (multiplied by 0 in the recurrence)
        BigDecimal h = BigDecimal.ONE;        // He_0
        BigDecimal sum = BigDecimal.ZERO;
        double maxTerm = 0;
        for (int j = 1; j <= n; j++) {
            BigDecimal term = coef[j].multiply(h, mc);
            maxTerm = Math.max(maxTerm, log10Abs(term));
            sum = sum.add(term, mc);
            BigDecimal next = u.multiply(h, mc).subtract(hPrev.multiply(BigDecimal.valueOf(j - 1), mc), mc); // He_j
            hPrev = h;
            h = next;
        }
        BigDecimal tail = BigMath.upperTail(u, mc);
        BigDecimal total = sum.multiply(gauss, mc).add(tail, mc);
        checkCancellation(maxTerm + log10Abs(gauss), total);
        return total;
    }

    private void checkCancellation(double log10MaxTerm, BigDecimal total) {
        double lost = Math.max(0, log10MaxTerm - log10Abs(total));
        worstLostDigits = Math.max(worstLostDigits, lost);
        if (mc.getPrecision() - lost < GUARD_DIGITS) {
            throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                    "N=%d: cancellation lost %.1f of %d digits", n, lost, mc.getPrecision()));
        }
    }

    /** log10 |x| to within 0.31 (from the bit length of the unscaled value): enough for a digit count. */
    static double log10Abs(BigDecimal x) {
        if (x.signum() == 0) return Double.NEGATIVE_INFINITY;
        return (x.unscaledValue().bitLength() - 0.5) * Math.log10(2) - x.scale();
    }

    /** L_j(B_N) (2π)^{-(j+1)/2} for j = 0..N (index 0 unused), exact rationals rounded once. */
    static BigDecimal[] coefficients(int n, MathContext mc) {
        MathContext w = BigMath.wider(mc, 5);
        BigDecimal pi = BigMath.pi(w);
        BigDecimal evenConst = BigDecimal.ONE.divide(pi.multiply(BigDecimal.valueOf(2), w).sqrt(w), w);
        BigDecimal oddConst = n % 2 == 0 ? new BigDecimal("0.5") : BigDecimal.ONE.divide(pi, w);
        BigInteger[] ratioN = doubleFactorialRatio(n); // (N-1)!!/N!! as numerator, denominator
        BigDecimal[] out = new BigDecimal[n + 1];
        for (int j = 1; j <= n; j++) {
            int k = j / 2;
            BigInteger num = binomial(n, j);
            BigInteger den = BigInteger.ONE;
            int start = j % 2 == 0 ? n : n - 1;
            for (int i = 0; i < k; i++) den = den.multiply(BigInteger.valueOf(start - 2L * i));
            if (j % 2 == 1) {
                num = num.multiply(ratioN[0]);
                den = den.multiply(ratioN[1]);
            }
            BigDecimal q = new BigDecimal(num).divide(new BigDecimal(den), w);
            out[j] = q.multiply(j % 2 == 0 ? evenConst : oddConst, w).round(mc);
        }
        return out;
    }

    static BigInteger binomial(int n, int k) {
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < k; i++) b = b.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        return b;
    }

    /** {(N-1)!!, N!!}. */
    static BigInteger[] doubleFactorialRatio(int n) {
        return new BigInteger[] {doubleFactorial(n - 1), doubleFactorial(n)};
    }

    static BigInteger doubleFactorial(int m) {
        BigInteger f = BigInteger.ONE;
        for (int i = m; i > 1; i -= 2) f = f.multiply(BigInteger.valueOf(i));
        return f;
    }
}
