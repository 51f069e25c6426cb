package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StepMomentsTest {
    static final int N = 6, D = 3, L = 3;

    static double[] gradients() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] g = new double[N * D];
        for (int i = 0; i < g.length; i++) g[i] = rng.nextGaussian() + (i % D == 0 ? 1 : 0);
        return g;
    }

    /** Oracle: E|g_B - grad f|^2 over all N^L ordered batches (with replacement) and all ordered distinct L-tuples. */
    @Test
    void covarianceFactorsMatchEnumeration() {
        double[] g = gradients();
        double[] loss = {1, 2, 3, 1, 2, 3};
        StepMoments.Exact ex = StepMoments.exact(g, N, D, loss);
        double with = 0, without = 0;
        int distinct = 0;
        for (int a = 0; a < N; a++) for (int b = 0; b < N; b++) for (int c = 0; c < N; c++) {
            double s = 0;
            for (int j = 0; j < D; j++) {
                double e = (g[a * D + j] + g[b * D + j] + g[c * D + j]) / L - ex.mean()[j];
                s += e * e;
            }
            with += s;
            if (a != b && b != c && a != c) {
                without += s;
                distinct++;
            }
        }
        assertEquals(ex.trace() / L, with / Math.pow(N, L), 1e-12);
        assertEquals(ex.trace() / L * (N - L) / (N - 1.0), without / distinct, 1e-12);
    }

    /** The loss-proportional sampler's bias, directly: sum p_i g_i - mean. */
    @Test
    void biasOfTheLossProportionalSampler() {
        double[] g = gradients();
        double[] loss = {1, 2, 3, 1, 2, 3};
        StepMoments.Exact ex = StepMoments.exact(g, N, D, loss);
        double[] b = new double[D];
        for (int i = 0; i < N; i++) for (int j = 0; j < D; j++) b[j] += loss[i] / 12.0 * g[i * D + j];
        double norm = 0;
        for (int j = 0; j < D; j++) norm += Math.pow(b[j] - ex.mean()[j], 2);
        assertEquals(Math.sqrt(norm), ex.bias(), 1e-13);
    }

    /** Drawn batches against the exact values: within 4 standard errors; the two schemes differ by many. */
    @Test
    void drawsAgreeWithTheExactMoments() {
        double[] g = gradients();
        StepMoments.Exact ex = StepMoments.exact(g, N, D, new double[] {1, 2, 3, 1, 2, 3});
        StepMoments.Draws w = StepMoments.draw(g, ex, L, true, 64000, 16, 1, "t", 2);
        StepMoments.Draws wo = StepMoments.draw(g, ex, L, false, 64000, 16, 1, "t", 2);
        assertEquals(0, w.meanAlongU(), 4 * w.meanAlongUSe());
        assertEquals(0, wo.meanAlongU(), 4 * wo.meanAlongUSe());
        assertEquals(ex.trace() / L, w.meanSquare(), 4 * w.meanSquareSe());
        assertEquals(ex.trace() / L * (N - L) / (N - 1.0), wo.meanSquare(), 4 * wo.meanSquareSe());
        assertTrue(Math.abs(w.meanSquare() - wo.meanSquare()) > 10 * Math.hypot(w.meanSquareSe(), wo.meanSquareSe()));
    }
}
