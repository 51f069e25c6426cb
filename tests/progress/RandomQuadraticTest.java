package progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomQuadraticTest {
    static final RandomQuadratic.Model MODEL = new RandomQuadratic.Model(3, 1, 0.2, 1, 20);

    /** Oracle: Gamma(k) has mean k and variance k (Marsaglia-Tsang and the shape < 1 boost). */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1, 2.5, 40})
    void gammaHasItsMoments(double shape) {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 200000;
        double s = 0, s2 = 0;
        for (int i = 0; i < n; i++) {
            double g = RandomQuadratic.Gamma.sample(shape, rng);
            s += g;
            s2 += g * g;
        }
        double mean = s / n, var = s2 / n - mean * mean;
        assertEquals(shape, mean, 4 * Math.sqrt(shape / n));
        assertEquals(shape, var, 0.05 * shape);
    }

    /**
     * Oracle: Commons Math's Legendre-Gauss integrator on the semicircle law, with h = lambda + 2s sin u (density
     * (2/pi) cos^2 u on [-pi/2, pi/2]: smooth, where the density in h has square-root edges that slow Gauss rules down).
     */
    @Test
    void semicircleLimitMatchesAnIndependentQuadrature() {
        for (int k : new int[] {0, 1, 5, 20}) {
            double[] mid = RandomQuadratic.limit(MODEL, k, 4000);
            for (int c = 0; c < 2; c++) {
                int comp = c;
                double lam = MODEL.lambda(), s = MODEL.s();
                double v = new IterativeLegendreGaussIntegrator(32, 1e-12, 1e-14).integrate(1000000,
                        u -> RandomQuadratic.term(MODEL, lam + 2 * s * Math.sin(u), k)[comp] * 2 / Math.PI * Math.cos(u) * Math.cos(u),
                        -Math.PI / 2, Math.PI / 2);
                assertEquals(v, mid[comp], 1e-8 * Math.max(1, Math.abs(v)), "k = " + k + ", component " + comp);
            }
        }
    }

    /** Oracle: E tr(W^2)/N = s^2 (1 + 1/N) for the GOE, and the tridiagonal model must give the same. */
    @Test
    void tridiagonalHasTheGoeSecondMoment() {
        int n = 40, reps = 4000;
        SplittableRandom rng = new SplittableRandom(3);
        RandomQuadratic.Model centred = new RandomQuadratic.Model(0, 1, 0.1, 1, 1);
        double sum = 0;
        double[] x = new double[n], y = new double[n];
        for (int r = 0; r < reps; r++) {
            RandomQuadratic.Operator t = RandomQuadratic.Operator.tridiagonal(centred, n, rng);
            double tr = 0;
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(x, 0);
                x[i] = 1;
                t.apply(x, y);
                for (double v : y) tr += v * v;
            }
            sum += tr / n;
        }
        // Var(tr W^2 / N) is about 4 s^4 / N^2 (GOE), so the mean over reps has SE about 2/(N sqrt(reps))
        assertEquals(1 + 1.0 / n, sum / reps, 4 * 2.0 / (n * Math.sqrt(reps)) + 1e-3);
    }

    /**
     * Class membership: Cov(f(x), f(y)) = (s^2/(2N)) (x.y)^2 + x.y for the centred part of f (W and b random), at two
     * pairs with the same x.y and different norms (dense GOE, Monte Carlo within 4 SE).
     */
    @Test
    void covarianceDependsOnTheInnerProductAlone() {
        int n = 6, reps = 200000;
        RandomQuadratic.Model centred = new RandomQuadratic.Model(0, 1, 0.1, 1, 1);
        double[][][] pairs = {{{1, 1, 0, 0, 0, 0}, {1, 0, 1, 0, 0, 0}}, {{2, 0, 0, 0, 0, 0}, {0.5, 3, 0, 0, 0, 0}}};
        for (double[][] p : pairs) {
            SplittableRandom rng = new SplittableRandom(9);
            double xy = 0;
            for (int i = 0; i < n; i++) xy += p[0][i] * p[1][i];
            double sxy = 0, sx = 0, sy = 0;
            double[] hx = new double[n];
            for (int r = 0; r < reps; r++) {
                RandomQuadratic.Operator w = RandomQuadratic.Operator.dense(centred, n, rng);
                double[] b = new double[n];
                for (int i = 0; i < n; i++) b[i] = rng.nextGaussian();
                double[] f = new double[2];
                for (int q = 0; q < 2; q++) {
                    w.apply(p[q], hx);
                    for (int i = 0; i < n; i++) f[q] += p[q][i] * (hx[i] / 2 + b[i]);
                }
                sxy += f[0] * f[1];
                sx += f[0];
                sy += f[1];
            }
            double cov = sxy / reps - sx / reps * sy / reps;
            double expect = xy * xy / (2.0 * n) + xy;
            assertTrue(Math.abs(cov - expect) < 0.03 * Math.max(1, Math.abs(expect)), "cov " + cov + " expected " + expect);
        }
    }
}
