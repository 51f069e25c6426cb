package gdmoments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import lib.FastTrig;
import lib.GaussianField;
import org.junit.jupiter.api.Test;

/** The finite-M mean, the one-step kernel and the Monte Carlo against independent computations. */
class SpectralModelTest {

    @Test
    void finiteMMeanMatchesDirectSimulationOfTheSpectralSum() {
        // oracle: Monte Carlo of Phi1 = sum_m c_m cos(delta_m) - s_m sin(delta_m), delta_m = eta z_m.g, g = sum_k s_k z_k,
        // with c, s ~ N(0, 1/M) and Z ~ N(0,1) drawn directly (no Stein's lemma, no quadrature); tolerance 4 SE
        int n = 4, m = 6, draws = 400_000;
        double eta = 0.6;
        SplittableRandom rng = new SplittableRandom(11);
        SampleMoments.Accumulator acc = new SampleMoments.Accumulator();
        double[][] z = new double[m][n];
        double[] c = new double[m], s = new double[m], g = new double[n];
        for (int d = 0; d < draws; d++) {
            java.util.Arrays.fill(g, 0);
            for (int k = 0; k < m; k++) {
                c[k] = rng.nextGaussian() / Math.sqrt(m);
                s[k] = rng.nextGaussian() / Math.sqrt(m);
                for (int j = 0; j < n; j++) {
                    z[k][j] = rng.nextGaussian();
                    g[j] += s[k] * z[k][j];
                }
            }
            double phi1 = 0;
            for (int k = 0; k < m; k++) {
                double dot = 0;
                for (int j = 0; j < n; j++) dot += z[k][j] * g[j];
                phi1 += c[k] * Math.cos(eta * dot) - s[k] * Math.sin(eta * dot);
            }
            acc.add(phi1);
        }
        SampleMoments r = acc.result();
        assertEquals(r.mean(), Moments.meanFiniteM(n, m, eta), 4 * r.meanSe());
    }

    @Test
    void oneStepKernelEqualsDirectEvaluationAtTheStepPoint() {
        int n = 7, m = 300;
        GaussianField f = GaussianField.sample(n, m, 5);
        double[] etas = {0.01, 0.3, 2.0};
        double box = 1e3;
        double[][] v = FieldStep.values(f, 20, box, etas, 9, "t", 1);
        SplittableRandom rng = lib.Streams.of(9, "t", 0);
        for (int i = 0; i < 20; i++) {
            double[] x0 = new double[n];
            for (int j = 0; j < n; j++) x0[j] = box * (2 * rng.nextDouble() - 1);
            double[] g = f.gradient(x0);
            for (int e = 0; e < etas.length; e++) {
                double[] x1 = x0.clone();
                for (int j = 0; j < n; j++) x1[j] -= etas[e] * g[j];
                // oracle: plain-loop evaluation of eq (30) at x1 = x0 - eta grad phi (eq 1); rounding of z.x ~ 1e3 * 1e-16 * M
                assertEquals(f.value(x1), v[e][i], 1e-9);
            }
        }
    }

    @Test
    void oneStepTilesComeInEvenNumbersWithinTheScratchBound() {
        for (int m : new int[] {300, 5000, 20000, 80000, 1 << 30}) {
            int bound = Math.max(8, Math.min(256, (1 << 21) / m));
            for (int points = 1; points <= 3000; points++) {
                int tiles = FieldStep.tiles(points, m);
                int least = (points + bound - 1) / bound;
                String what = points + " points, M " + m + ": " + tiles + " tiles";
                assertTrue(tiles == least || tiles == least + 1 && least % 2 == 1, what + ", " + least + " needed");
                assertTrue(tiles == 1 || tiles % 2 == 0, what);
                assertEquals(0, FieldStep.start(0, points, tiles), what);
                assertEquals(points, FieldStep.start(tiles, points, tiles), what);
                for (int t = 0; t < tiles; t++) {
                    int size = FieldStep.start(t + 1, points, tiles) - FieldStep.start(t, points, tiles);
                    assertTrue(size >= points / tiles && size <= (points + tiles - 1) / tiles && size <= bound, what + ": tile " + t + " of " + size);
                }
            }
        }
        assertEquals(6, FieldStep.tiles(500, 20000));   // 5 of 104 points before the rounding: 3 + 2 on two threads
    }

    @Test
    void oneStepIsIndependentOfThreadCount() {
        GaussianField f = GaussianField.sample(5, 2000, 3);
        double[] etas = {0.1, 0.5};
        double[][] a = FieldStep.values(f, 700, 1e6, etas, 4, "x", 1);
        double[][] b = FieldStep.values(f, 700, 1e6, etas, 4, "x", 2);
        for (int e = 0; e < etas.length; e++) assertArrayEquals(a[e], b[e], 0.0);
    }

    @Test
    void conditionalMonteCarloMatchesClosedForms() {
        int n = 50;
        ConditionalMc.Draws d = ConditionalMc.draw(n, 400_000, 1, 2);
        for (double mult : new double[] {0.3, 1, 3}) {
            double eta = mult * Moments.etaOpt(n);
            SampleMoments s = ConditionalMc.moments(d, eta);
            // oracle: eqs (11)-(12) (themselves checked against quadrature); tolerance 4 SE
            assertEquals(Moments.mean(n, eta), s.mean(), 4 * s.meanSe());
            assertEquals(Moments.variance(n, eta), s.variance(), 4 * s.varianceSe());
        }
        ConditionalMc.Draws d1 = ConditionalMc.draw(n, 400_000, 1, 1);
        assertArrayEquals(d.xi2(), d1.xi2(), 0.0);
    }

    @Test
    void fastTrigAgainstMath() {
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 200_000; i++) {
            double u = rng.nextGaussian() * Math.pow(10, rng.nextInt(6));
            double a = rng.nextGaussian(), b = rng.nextGaussian();
            // oracle: Math.cos and Math.sin (1 ulp); the reduction error grows like |u| * 2^-53 * 1e-11 and stays below 1e-15
            assertEquals(a * Math.cos(u) + b * Math.sin(u), FastTrig.combine(a, b, u), 4e-16 * (Math.abs(a) + Math.abs(b)) * 4);
        }
    }

    @Test
    void pooledStandardErrorOfTheMeanIsTheSpreadOfGroupMeans() {
        double[][] groups = {{1, 2, 3}, {2, 3, 4}, {0, 1, 5}, {7, 1, 1}};
        SampleMoments s = Pooled.moments(groups);
        double[] means = {2, 3, 2, 3};
        double mu = 2.5, ss = 0;
        for (double m : means) ss += (m - mu) * (m - mu);
        // oracle: sd(group means)/sqrt(G) (the delete-one jackknife of a mean reduces to it exactly)
        assertEquals(Math.sqrt(ss / 3 / 4), s.meanSe(), 1e-15);
        assertEquals(mu, s.mean(), 1e-15);
    }
}
