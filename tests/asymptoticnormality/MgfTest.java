package asymptoticnormality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Eq (22) and the saddle point of eq (23) against independent quadratures and the derived limit. */
class MgfTest {
    static final double[] XS = {0.1, 0.5, 1, 1.5, 2, 3};

    static Stream<Arguments> cells() {
        return Stream.of(50, 500, 5000).flatMap(n -> java.util.Arrays.stream(XS).boxed()
                .flatMap(x -> Stream.of(-1.0, 1.0).map(t -> Arguments.of(n, x, t))));
    }

    static Stream<Arguments> xt() {
        return java.util.Arrays.stream(XS).boxed().flatMap(x -> Stream.of(-1.0, 1.0).map(t -> Arguments.of(x, t)));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void eq22MatchesATwoDimensionalQuadratureOfTheConditionalModel(int n, double x, double t) {
        // oracle: E[e^{t(Φ1 − c)}] by Simpson over ξ² with Commons Math's χ²_N density, the φ0 average done by a
        // second Simpson rule over φ0 (not by the Gaussian identity eq 22 uses), and e^{t²v1/2} from eq (9)
        double eta = Limits.eta(n, x);
        double c = ExactMoments.mean(n, eta);
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution(null, n);
        // (Simpson errors: the Gaussian in φ0 converges spectrally; over ξ² the step is below σ/70, ~1e-10 relative)
        double lo = Math.max(1e-9, n - 10 * Math.sqrt(2.0 * n));
        double hi = n + 16 * Math.sqrt(2.0 * n);
        DoubleUnaryOperator inner = s -> ExactMomentsTest.simpson(p -> Math.exp(-p * p / 2) / Math.sqrt(2 * Math.PI)
                * Math.exp(t * (lib.ConditionalStep.m1(p, s, eta) - c) + t * t / 2 * lib.ConditionalStep.v1(s, eta)), -10, 10, 400);
        double norm = ExactMomentsTest.simpson(chi2::density, lo, hi, 2000);
        double expected = ExactMomentsTest.simpson(s -> chi2.density(s) * inner.applyAsDouble(s), lo, hi, 2000) / norm;
        assertEquals(expected, Mgf.eq22Centred(n, eta, t, c, Mgf.PRINTED), 1e-9 * expected);
    }

    @ParameterizedTest
    @MethodSource("xt")
    void theSaddleGapTendsToTheDroppedTerm(double x, double t) {
        // oracle: the derived limit t²X²e^{−X²}(1 − X²/2)², approached as c/√N; Richardson in 1/√N from N = 1e6 and 1e8
        // removes that term, leaving O(1/N)
        double g6 = Mgf.logMgfCentred(1e6, x, t) - Mgf.saddleValue(x, t);
        double g8 = Mgf.logMgfCentred(1e8, x, t) - Mgf.saddleValue(x, t);
        assertEquals(Mgf.droppedTerm(x, t), (10 * g8 - g6) / 9, 1e-7);
        // and the gap is O(1) wherever the linear term's slope 1 − X²/2 is not zero: the saddle step is wrong
        assertTrue(Math.abs(g8) > 1e-3, "gap " + g8 + " at X = " + x);
    }

    @Test
    void droppedTermAndSaddleValueAddUpToTheCorrectedVariance() {
        for (double x : XS) {
            // oracle: the corrected limit σ_c²(X) (Limits, checked against the exact eq 12 in ExactMomentsTest)
            assertEquals(Limits.sigma2Corrected(x) / 2, Mgf.saddleValue(x, 1) + Mgf.droppedTerm(x, 1), 1e-15);
            // the second line of eq (23) is the first with the sign of X²e^{−X²} flipped
            assertEquals(x * x * Math.exp(-x * x), Mgf.secondLine(x, 1) - Mgf.saddleValue(x, 1), 1e-15);
        }
    }

    @Test
    void theFlippedFormIsFarFromEq22WhereX2eX2IsLarge() {
        // oracle: at the saddle point the flipped form's log differs by t²X²e^{−X²}; at N = 5000, X = 1, t = 1 the
        // ξ² average changes that by O(N^{-1/2}) only
        double n = 5000, x = 1, eta = Limits.eta(n, x), c = ExactMoments.mean(n, eta);
        double ratio = Math.log(Mgf.eq22Centred(n, eta, 1, c, Mgf.FLIPPED) / Mgf.eq22Centred(n, eta, 1, c, Mgf.PRINTED));
        assertEquals(Math.exp(-1), ratio, 0.02);
    }
}
