package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conditional one-step model of 000 eqs (8)-(9) and its chi-squared sampler. */
class ConditionalStepTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 50, 5000})
    void chiSquaredSamplerFollowsCommonsMathsLaw(int k) {
        SplittableRandom rng = new SplittableRandom(11 + k);
        double[] s = new double[50_000];
        for (int i = 0; i < s.length; i++) s[i] = ConditionalStep.chiSquared(rng, k);
        // oracle: Commons Math's χ²_k CDF; fixed seed, a correct sampler gives p ~ U(0,1), so p > 1e-4 fails with 1e-4 chance
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new ChiSquaredDistribution(null, k), s);
        assertTrue(p > 1e-4, "KS p = " + p);
    }

    @Test
    void chiSquaredRejectsNoDegreesOfFreedom() {
        assertThrows(IllegalArgumentException.class, () -> ConditionalStep.chiSquared(new SplittableRandom(1), 0));
    }

    @Test
    void conditionalMomentsAtHandComputedPoints() {
        // eq (8) at φ0 = 0.3, ξ² = 4, η = 0.5: e^{-0.5}(0.3 − 2) = −1.7·0.60653066 = −1.03110212
        assertEquals(-1.7 * Math.exp(-0.5), ConditionalStep.m1(0.3, 4, 0.5), 1e-15);
        // eq (9) at u = η²ξ² = 1: 1 − 2/e = 0.26424112; at u → 0 it vanishes like u²/2
        assertEquals(1 - 2 / Math.E, ConditionalStep.v1(4, 0.5), 1e-15);
        assertEquals(0.5e-12, ConditionalStep.v1(1e-6, 1), 1e-18);
    }
}
