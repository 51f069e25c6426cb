package asymptoticnormality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sample moments, their standard errors and the pruned KS distance. */
class SampleSummaryTest {

    static double[] normals(long seed, int n, double shift, double scale) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = shift + scale * rng.nextGaussian();
        return x;
    }

    @ParameterizedTest
    @CsvSource({"1,0,1", "2,0.003,1", "3,0,1.01", "4,0.2,0.7", "5,-0.01,1"})
    void prunedKsDistanceEqualsCommonsMathsStatistic(long seed, double shift, double scale) {
        double[] x = normals(seed, 200_000, shift, scale);
        SampleSummary s = SampleSummary.of(x);
        // oracle: Commons Math's full-scan statistic against the same law
        double full = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(new NormalDistribution(null, 0, 1), x);
        assertEquals(full, s.ksDistance(0, 1), 1e-15);
    }

    @ParameterizedTest
    @CsvSource({"7,1", "8,2.5"})
    void varianceStandardErrorMatchesTheNormalClosedForm(long seed, double scale) {
        int n = 400_000;
        SampleSummary s = SampleSummary.of(normals(seed, n, 1, scale));
        // oracle: for normal data Var(s²) = 2σ⁴/(n−1); the fourth-moment estimate has relative error ~ √(8/n)·few
        assertEquals(Math.pow(scale, 2) * Math.sqrt(2.0 / (n - 1)), s.seVariance(), 0.02 * s.seVariance());
        assertEquals(scale / Math.sqrt(n), s.seMean(), 0.01 * s.seMean());
    }

    @ParameterizedTest
    @CsvSource({"0.0025", "0.003", "0.0031"})
    void tailPValueContinuesCommonsMathsAtTheSwitch(double d) {
        int n = 1_000_000; // λ = √n D = 2.5, 3, 3.1
        SampleSummary s = new SampleSummary(n, 0, 0, 0, 0, new double[0]);
        // oracle: Kolmogorov's limit series 2Σ(−1)^{k−1}e^{−2k²λ²} (relative) against Pelz-Good near λ = 3
        double lambda = Math.sqrt(n) * d;
        double series = 0;
        for (int k = 1; k <= 20; k++) series += ((k & 1) == 1 ? 2 : -2) * Math.exp(-2.0 * k * k * lambda * lambda);
        assertEquals(series, s.ksPValue(d), 0.02 * series);
    }
}
