package asymptoticnormality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Monte Carlo of eqs (8)-(10) against the exact moments and the chi-squared law. */
class ConditionalModelTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 50, 5000})
    void chiSquaredSamplerFollowsCommonsMathsLaw(int k) {
        SplittableRandom rng = new SplittableRandom(11 + k);
        double[] s = new double[50_000];
        for (int i = 0; i < s.length; i++) s[i] = ConditionalModel.chiSquared(rng, k);
        // oracle: Commons Math's χ²_k CDF; fixed seed, a correct sampler gives p ~ U(0,1), so p > 1e-4 fails with 1e-4 chance
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new ChiSquaredDistribution(null, k), s);
        assertTrue(p > 1e-4, "KS p = " + p);
    }

    @ParameterizedTest
    @CsvSource({"50,1", "500,0.5", "500,1.5", "5000,3"})
    void monteCarloMomentsMatchEqs11And12WithinFourStandardErrors(int n, double x) {
        double eta = Limits.eta(n, x);
        SampleSummary s = SampleSummary.of(ConditionalModel.sample(n, eta, 400_000, 5, "test", new ForkJoinPool(2)));
        // oracle: the closed forms of eqs (11)-(12); tolerance 4 SE (mean: σ/√n; variance: fourth central moment)
        assertEquals(ExactMoments.mean(n, eta), s.mean(), 4 * s.seMean());
        assertEquals(ExactMoments.variance(n, eta), s.variance(), 4 * s.seVariance());
    }

    @Test
    void drawsDoNotDependOnTheThreadCount() {
        double[] one = ConditionalModel.sample(500, 0.04, 100_000, 3, "t", new ForkJoinPool(1));
        double[] two = ConditionalModel.sample(500, 0.04, 100_000, 3, "t", new ForkJoinPool(2));
        assertArrayEquals(one, two);
    }
}
