package asymptoticnormality;

/**
 * The exact mean and variance of Φ1 for finite N (000 eqs 11-12), evaluated without the cancellation that the
 * printed forms suffer at large N (Var = 1 + two O(N) terms whose difference is O(1); at N = 1e8 the direct
 * form keeps only ~8 digits). Logarithms of the two powers are differenced as one series in η².
 */
public final class ExactMoments {
    private ExactMoments() {}

    /** eq (11): E[Φ1] = −Nη(1 + η²)^{-N/2-1}. */
    public static double mean(double n, double eta) {
        return -n * eta * Math.exp(-(n / 2 + 1) * Math.log1p(eta * eta));
    }

    /** E[Φ1] − μ_N(X) at η = X/√N, computed as μ_N(X)·expm1(·) so that the O(N^{-1/2}) difference keeps full precision. */
    public static double meanMinusMu(double n, double x) {
        double u = x * x / n;
        // ln[(1+u)^{-N/2-1}] + X²/2 = (N/2)(u − ln(1+u)) − ln(1+u)
        double a = n / 2 * uMinusLog1p(u) - Math.log1p(u);
        return Limits.mu(n, x) * Math.expm1(a);
    }

    /** eq (12): Var(Φ1) = 1 + Nη²[(N+1−2η²)(1+2η²)^{-N/2-2} − N(1+η²)^{-N-2}]. */
    public static double variance(double n, double eta) {
        double u = eta * eta;
        double lnP = -(n / 2 + 2) * Math.log1p(2 * u);
        double lnQ = -(n + 2) * Math.log1p(u);
        double p = Math.exp(lnP);
        double q = Math.exp(lnQ);
        // (N+1−2u)p − Nq = N(p − q) + (1 − 2u)p, with p − q = q·expm1(lnP − lnQ)
        double d = 2 * u < 0.5 ? logRatio(n, u) : lnP - lnQ;
        return 1 + n * u * (n * q * Math.expm1(d) + (1 - 2 * u) * p);
    }

    /** lnP − lnQ = (N+2)ln(1+u) − (N/2+2)ln(1+2u) = Σ_k (−1)^{k+1} u^k/k·[(N+2) − (N/2+2)2^k], summed termwise. */
    static double logRatio(double n, double u) {
        double sum = 0;
        double uk = 1;
        double twoK = 1;
        for (int k = 1; k < 400; k++) {
            uk *= u;
            twoK *= 2;
            double term = ((k & 1) == 1 ? 1 : -1) * uk / k * ((n + 2) - (n / 2 + 2) * twoK);
            sum += term;
            if (Math.abs(term) <= 1e-18 * Math.abs(sum)) break;
        }
        return sum;
    }

    /** u − ln(1+u), by its series for small u (no cancellation), directly otherwise. */
    static double uMinusLog1p(double u) {
        if (u >= 0.25) return u - Math.log1p(u);
        double sum = 0;
        double uk = u;
        for (int k = 2; k < 400; k++) {
            uk *= u;
            double term = ((k & 1) == 0 ? 1 : -1) * uk / k;
            sum += term;
            if (Math.abs(term) <= 1e-18 * Math.abs(sum)) break;
        }
        return sum;
    }
}
