package asymptoticnormality;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Mean and variance of a sample with their standard errors, and Kolmogorov-Smirnov distances to normal laws.
 * The variance's standard error comes from the fourth central moment: Var(s²) = (μ4 − σ⁴(n−3)/(n−1))/n.
 */
public record SampleSummary(int n, double mean, double seMean, double variance, double seVariance, double[] sorted) {

    public static SampleSummary of(double[] x) {
        int n = x.length;
        double mean = 0;
        for (double v : x) mean += v;
        mean /= n;
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = (v - mean) * (v - mean);
            m2 += d;
            m4 += d * d;
        }
        double var = m2 / (n - 1);
        m4 /= n;
        double varOfVar = (m4 - var * var * (n - 3.0) / (n - 1)) / n;
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        return new SampleSummary(n, mean, Math.sqrt(var / n), var, Math.sqrt(varOfVar), sorted);
    }

    static final int BLOCK = 64;

    /**
     * The KS statistic D_n = sup |F_n − F| against N(mean, variance), exactly, with few CDF evaluations: F is
     * evaluated at block ends first; since F is monotone, a block's discrepancy is at most
     * max((b+1)/n − F(x_a), F(x_b) − a/n), and only blocks whose bound beats the running maximum are scanned.
     */
    public double ksDistance(double lawMean, double lawVariance) {
        NormalDistribution law = new NormalDistribution(null, lawMean, Math.sqrt(lawVariance));
        int blocks = (n + BLOCK - 1) / BLOCK;
        double[] fEnd = new double[blocks + 1];
        for (int b = 0; b <= blocks; b++) fEnd[b] = law.cumulativeProbability(sorted[Math.min(b * BLOCK, n - 1)]);
        double d = 0;
        for (int b = 0; b <= blocks; b++) d = Math.max(d, discrepancy(Math.min(b * BLOCK, n - 1), fEnd[b]));
        for (int b = 0; b < blocks; b++) {
            int lo = b * BLOCK;
            int hi = Math.min(lo + BLOCK, n) - 1;
            double bound = Math.max((hi + 1.0) / n - fEnd[b], fEnd[b + 1] - (double) lo / n);
            if (bound <= d) continue;
            for (int i = lo + 1; i < hi; i++) d = Math.max(d, discrepancy(i, law.cumulativeProbability(sorted[i])));
        }
        return d;
    }

    private double discrepancy(int i, double f) {
        return Math.max((i + 1.0) / n - f, f - (double) i / n);
    }

    /**
     * The p-value of a KS distance for this sample size: Commons Math's Pelz-Good approximation, except in the far
     * tail (λ = √n D > 3, p < 1e-7) where 1 − cdf has lost its digits and Kolmogorov's limit series
     * 2 Σ (−1)^{k−1} e^{−2k²λ²} is used instead (n ≥ 1e4 here, so the limit law is accurate).
     */
    public double ksPValue(double distance) {
        double lambda = Math.sqrt(n) * distance;
        if (lambda <= 3) return Math.max(0, 1 - new KolmogorovSmirnovTest().cdf(distance, n, false));
        double p = 0;
        for (int k = 1; k <= 20; k++) p += ((k & 1) == 1 ? 2 : -2) * Math.exp(-2.0 * k * k * lambda * lambda);
        return p;
    }
}
