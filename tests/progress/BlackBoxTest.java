package progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blackbox.Dataset;
import java.util.SplittableRandom;
import lib.GaussianField;
import lib.Streams;
import org.junit.jupiter.api.Test;

/**
 * The black-box trainer: its loss against a direct evaluation of the field at [β; x_i] (GaussianField.value, no
 * angle addition, no BLAS), its gradient against central differences of that loss, and thread independence.
 */
class BlackBoxTest {
    static Dataset synthetic(int n, int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n * d];
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) x[i * d + j] = (float) (0.7 * rng.nextGaussian());
            t[i] = rng.nextBoolean() ? 1 : 0;
        }
        return new Dataset("synthetic", n, d, x, t);
    }

    /** Mean cross-entropy of one β by direct sums over the spectral samples. */
    static double directLoss(GaussianField f, Dataset data, double[] beta) {
        int np = beta.length, d = data.d();
        double loss = 0;
        for (int i = 0; i < data.n(); i++) {
            double[] z = new double[np + d];
            System.arraycopy(beta, 0, z, 0, np);
            for (int j = 0; j < d; j++) z[np + j] = data.x()[i * d + j];
            double phi = f.value(z);
            int t = data.label()[i];
            double p = 1 / (1 + Math.exp(-phi));
            loss -= (t == 1 ? Math.log(p) : Math.log(1 - p)) / data.n();
        }
        return loss;
    }

    @Test
    void lossAndGradientMatchDirectEvaluationAndFiniteDifferences() {
        int np = 6, m = 700, starts = 2, r = 2 * starts;
        Dataset data = synthetic(9, 3, 5);
        GaussianField field = GaussianField.sample(np + data.d(), m, Streams.of(1, "progress-blackbox/np" + np).nextLong(), 1);
        BlackBox.Tile[] tiles = BlackBox.tiles(field, data, np, 1);
        double[] beta = BlackBox.initialBeta(np, starts, 1);
        double[] loss = new double[r], grad = new double[np * r];
        BlackBox.lossAndGradient(field, tiles, data, beta, r, np, 1, loss, grad, true);
        double h = 1e-5;
        for (int c = 0; c < r; c++) {
            double[] col = new double[np];
            for (int j = 0; j < np; j++) col[j] = beta[j * r + c];
            assertEquals(directLoss(field, data, col), loss[c], 1e-9, "loss of column " + c);
            for (int j = 0; j < np; j++) {
                double[] up = col.clone(), dn = col.clone();
                up[j] += h;
                dn[j] -= h;
                double fd = (directLoss(field, data, up) - directLoss(field, data, dn)) / (2 * h);
                assertEquals(fd, grad[j * r + c], 1e-7, "gradient " + j + " of column " + c);
            }
        }
    }

    @Test
    void curvesDoNotDependOnThreadsAndGdDecreasesTheLoss() {
        Dataset data = synthetic(40, 4, 8);
        BlackBox.Settings s = new BlackBox.Settings(30, 1500, 12, 3, 0.05, 0.01, 4);
        BlackBox.Curves one = BlackBox.train(data, s, 1), two = BlackBox.train(data, s, 2);
        assertArrayEquals(one.gd(), two.gd());
        assertArrayEquals(one.adam(), two.adam());
        for (int st = 0; st < 3; st++) {
            assertEquals(one.loss(false, st, 0), one.loss(true, st, 0), 0, "GD and Adam share each start");
            assertTrue(one.loss(false, st, 12) < one.loss(false, st, 0), "GD at a small step decreases the loss");
        }
    }

    @Test
    void jackknifeSpreadOfAConstantShiftIsTheSpreadOfTheStarts() {
        // curves c + s·u_i: SD across starts is s·SD(u) at every step; ln SD has a finite jackknife SE
        int starts = 12, steps = 2;
        double[] gd = new double[starts * (steps + 1)];
        SplittableRandom rng = new SplittableRandom(2);
        double[] u = new double[starts];
        for (int i = 0; i < starts; i++) u[i] = rng.nextGaussian();
        for (int i = 0; i < starts; i++) for (int k = 0; k <= steps; k++) gd[i * (steps + 1) + k] = 1 + 0.01 * (k + 1) * u[i];
        BlackBox.Curves c = new BlackBox.Curves(10, starts, steps, gd, gd, 1, 1, 1);
        double sdU = Stats.of(u).sd();
        assertEquals(0.03 * sdU, BlackBoxStudy.spread(c, false, 2).sd(), 1e-12);
        assertTrue(BlackBoxStudy.spread(c, false, 2).seLnSd() > 0);
        assertEquals(Math.log(3), BlackBoxStudy.spread(c, false, 2).lnSd() - BlackBoxStudy.spread(c, false, 0).lnSd(), 1e-12);
    }
}
