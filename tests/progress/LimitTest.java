package progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The N → ∞ recursion of the scaled GD path against closed forms and an independent hand-built conditioning:
 * c_1 = −X e^{-X²/2} (000 eq 19 divided by √N); the first-step gradient in the limit has frame component
 * e^{-X²/2}(1 − X²) along ∇f(x_0) and complement norm² s_1² = 1 − e^{-X²}, so |∇f(x_1)|²/N → e^{-X²}(1 − X²)² + 1 − e^{-X²};
 * c_2 from a 6 x 6 Gaussian conditioning written out in the two frame coordinates (commons-math, the covariance from
 * PathSamplerTest's oracle), independent of PathSampler.
 */
class LimitTest {
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.5, 1.0, 1.7})
    void firstTwoStepsOfTheLimitMatchHandDerivations(double x) {
        double[][] lim = ExactRuns.limit(new Algorithm.GradientDescent(x), 2);
        double e = Math.exp(-x * x / 2);
        assertEquals(0, lim[0][0], 0);
        assertEquals(1, lim[1][0], 1e-15);
        assertEquals(-x * e, lim[0][1], 1e-12, "c_1 = −X e^{-X²/2}");
        double alpha = e * (1 - x * x), s2 = 1 - e * e;
        assertEquals(alpha * alpha + s2, lim[1][1], 1e-9, "|ĝ_1|² = e^{-X²}(1 − X²)² + 1 − e^{-X²}");
        assertEquals(handC2(x, alpha, Math.sqrt(s2), -x * e), lim[0][2], 1e-8, "c_2 by explicit conditioning");
    }

    /** E[f(x_2)]/√N in the limit: observations at x_0 = 0 and x_1 = −X q_1 scaled by 1/√N, new point x_2 = x_1 − X ĝ_1. */
    static double handC2(double x, double alpha, double beta, double c1) {
        double[][] pts = {{0, 0}, {-x, 0}};
        double[] x2 = {-x - x * alpha, -x * beta};
        // scaled observations: f(x_0)/√N → 0, ĝ_0 = (1, 0); f(x_1)/√N = c_1, ĝ_1 = (α, β)
        double[][] obs = {{0, 1, 0}, {c1, alpha, beta}};
        RealMatrix s = new Array2DRowRealMatrix(6, 6);
        RealVector cross = new ArrayRealVector(6), y = new ArrayRealVector(6);
        for (int a = 0; a < 2; a++) {
            for (int i = 0; i < 3; i++) {
                y.setEntry(3 * a + i, obs[a][i]);
                cross.setEntry(3 * a + i, PathSamplerTest.cov(pts[a], i, x2, 0));
                for (int b = 0; b < 2; b++) for (int j = 0; j < 3; j++) s.setEntry(3 * a + i, 3 * b + j, PathSamplerTest.cov(pts[a], i, pts[b], j));
            }
        }
        return cross.dotProduct(new LUDecomposition(s).getSolver().solve(y));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000000})
    void longPathsAtTheStudysStepNeedNoEscalationAndStayNearTheLimit(int n) {
        // the stage's regime: X = 0.5, 20 steps; every conditional covariance factors with the base jitter
        Algorithm gd = new Algorithm.GradientDescent(0.5);
        ExactRuns.Paths p = ExactRuns.run(gd, n, 20, 64, 7, "limit-test", 1, PathSampler.Complement.DERIVED);
        assertEquals(0, p.escalations());
        assertTrue(p.minPivot() > PathSampler.JITTER / 2, "pivot " + p.minPivot());
        if (n == 1000000) {
            double[] c = ExactRuns.limit(gd, 20)[0];
            for (int k = 1; k <= 20; k++) {
                double[] v = new double[p.runs()];
                for (int r = 0; r < v.length; r++) v[r] = p.value(r, k);
                Stats.Moments m = Stats.of(v);
                // the mean at N = 1e6 is the limit up to O(1/N) = 1e-6: within 5 SE of 64 runs (SE ~ 1e-4)
                assertEquals(c[k], m.mean(), 5 * m.seMean(), "step " + k);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {100, 1000000})
    void theJitterDoesNotChangeTheLawOfThePath(long n) {
        // Path by path a different jitter changes later draws (a nearly determined variable's whitened value is divided
        // by a pivot the jitter sets), so the law is compared instead: base jitter 1e-10 against 1e-8, independent runs,
        // mean and spread of f/√N at steps 10 and 20 within 4 combined standard errors
        Algorithm gd = new Algorithm.GradientDescent(0.5);
        int runs = 800;
        double[][][] v = new double[2][2][runs];
        double[] jitters = {PathSampler.JITTER, 1e-8};
        for (int j = 0; j < 2; j++) {
            PathSampler s = new PathSampler(n, 21, false, PathSampler.Complement.DERIVED, jitters[j]);
            for (int r = 0; r < runs; r++) {
                ExactRuns.path(s, gd.copy(), 20, gd.eta(n), lib.Streams.of(3, "jitter" + j, r));
                v[j][0][r] = s.value(10) / Math.sqrt(n);
                v[j][1][r] = s.value(20) / Math.sqrt(n);
            }
        }
        for (int q = 0; q < 2; q++) {
            Stats.Moments a = Stats.of(v[0][q]), b = Stats.of(v[1][q]);
            assertEquals(a.mean(), b.mean(), 4 * Math.hypot(a.seMean(), b.seMean()), "mean, N = " + n + ", step " + (10 + 10 * q));
            assertEquals(a.sd(), b.sd(), 4 * Math.hypot(a.seSd(), b.seSd()), "spread, N = " + n + ", step " + (10 + 10 * q));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.0})
    void memorylessIterationIsTheOneStepLawRepeated(double x) {
        double[] m = ExactRuns.memoryless(x, 3);
        double e = Math.exp(-x * x / 2);
        assertEquals(-x * e, m[1], 1e-15);
        assertEquals(e * (-x * e - x), m[2], 1e-15);
    }
}
