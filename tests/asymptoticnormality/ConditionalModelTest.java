package asymptoticnormality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Monte Carlo of eqs (8)-(10) against the exact moments and the chi-squared law. */
class ConditionalModelTest {

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
