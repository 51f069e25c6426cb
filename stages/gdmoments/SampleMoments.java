package gdmoments;

/**
 * Sample mean and variance with standard errors: se(mean) = s/√n, se(var) = √((m4 − s⁴)/n) to leading order
 * (m4 the central fourth moment), accumulated in two passes over a stored sample or in one pass with shifted sums.
 */
public record SampleMoments(long n, double mean, double meanSe, double variance, double varianceSe) {

    /** One-pass accumulator of sums of powers about a shift (the first value), so large means do not cancel. */
    public static final class Accumulator {
        private long n;
        private double shift = Double.NaN;
        private double s1, s2, s3, s4;

        public void add(double x) {
            if (n == 0) shift = x;
            double d = x - shift;
            double d2 = d * d;
            n++;
            s1 += d;
            s2 += d2;
            s3 += d2 * d;
            s4 += d2 * d2;
        }

        public SampleMoments result() {
            double m = s1 / n;
            double var = (s2 / n - m * m) * n / (n - 1);
            double m2 = s2 / n - m * m;
            double m4 = s4 / n - 4 * m * s3 / n + 6 * m * m * s2 / n - 3 * m * m * m * m;
            double seVar = Math.sqrt(Math.max(0, m4 - m2 * m2) / n);
            return new SampleMoments(n, shift + m, Math.sqrt(var / n), var, seVar);
        }
    }
}
