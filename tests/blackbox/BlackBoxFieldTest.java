package blackbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The split Z = [Z_beta | Z_in] with angle addition against the direct double-precision evaluation of
 * phi(x) = sum_m a_m cos(z_m.x) - b_m sin(z_m.x) and of its gradient (a second algorithm, 000 eqs 30-31).
 */
class BlackBoxFieldTest {
    static final int M = 3000;   // more than one tile of 2048 rows, so the tile reduction is exercised
    static final int NP = 40;
    static final int NI = 7;
    static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll static void stop() { POOL.shutdown(); }

    static double directPhi(FieldDraw d, double[] beta, float[] x, int row) {
        double phi = 0;
        for (int m = 0; m < d.m(); m++) {
            double th = theta(d, m, beta, x, row);
            phi += d.a()[m] * Math.cos(th) - d.b()[m] * Math.sin(th);
        }
        return phi;
    }

    static double theta(FieldDraw d, int m, double[] beta, float[] x, int row) {
        int n = d.n();
        double th = 0;
        for (int j = 0; j < NP; j++) th += (float) d.z()[m * n + j] * beta[j];
        for (int j = 0; j < NI; j++) th += (float) d.z()[m * n + NP + j] * x[row * NI + j];
        return th;
    }

    static float[] inputs(int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[rows * NI];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rng.nextGaussian() / Math.sqrt(NI));
        return x;
    }

    @Test
    void phiMatchesTheDirectSum() {
        FieldDraw d = FieldDraw.draw(1, "test-field", M, NP + NI);
        BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), M, NP, NI);
        int rows = 9;
        float[] x = inputs(rows, 2);
        int r = 2;
        float[] beta = new float[NP * r];
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < beta.length; i++) beta[i] = (float) (rng.nextGaussian() * (1 + i % r));   // |beta| ~ 6 and 13
        float[] phi = f.phi(beta, r, x, rows, POOL);
        for (int k = 0; k < r; k++) {
            double[] b = new double[NP];
            for (int j = 0; j < NP; j++) b[j] = beta[j * r + k];
            for (int i = 0; i < rows; i++) {
                // tolerance: float32 products and cos/sin of arguments up to ~40 (error ~ 40 * 6e-8 each),
                // summed over M terms of size 1/sqrt(M): well below 1e-4
                assertEquals(directPhi(d, b, x, i), phi[i * r + k], 1e-4);
            }
        }
    }

    @Test
    void gradientStepMatchesTheDirectGradientOfTheMeanCrossEntropy() {
        FieldDraw d = FieldDraw.draw(4, "test-field", M, NP + NI);
        BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), M, NP, NI);
        int rows = 6;
        float[] x = inputs(rows, 5);
        int[] t = {1, 0, 0, 1, 1, 0};
        double eta = 0.5;
        float[] beta = Trainer.initialBeta(NP, 1, 1, 6);
        double[] b0 = new double[NP];
        for (int j = 0; j < NP; j++) b0[j] = beta[j];
        Trainer.step(f, beta, 1, new double[] {eta}, x, t, rows, POOL, null, null);
        // second algorithm: d/dbeta mean_i L_i = mean_i (sigmoid(phi_i) - t_i) grad phi(x_i),
        // grad phi = -sum_m z_m^beta (a_m sin theta_m + b_m cos theta_m)  (000 eq 31)
        double[] g = new double[NP];
        for (int i = 0; i < rows; i++) {
            double res = (Trainer.sigmoid(directPhi(d, b0, x, i)) - t[i]) / rows;
            for (int m = 0; m < M; m++) {
                double th = theta(d, m, b0, x, i);
                double w = -(d.a()[m] * Math.sin(th) + d.b()[m] * Math.cos(th));
                for (int j = 0; j < NP; j++) g[j] += res * w * (float) d.z()[m * d.n() + j];
            }
        }
        for (int j = 0; j < NP; j++) {
            // tolerance: float32 accumulation of M = 3000 terms, gradient components of order 0.3
            assertEquals(b0[j] - eta * g[j], beta[j], 2e-5);
        }
    }

    @Test
    void trainingDoesNotDependOnTheThreadCount() {
        FieldDraw d = FieldDraw.draw(7, "test-field", M, NP + 2);
        BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), M, NP, 2);
        Dataset s = Dataset.sine(600, 8, "train");
        Dataset train = Dataset.Normalisation.of(s).apply(s);
        double[] etas = {0.01, 0.1};
        ExecutorService one = Executors.newFixedThreadPool(1);
        try {
            Trainer.Result a = Trainer.train(f, train, etas, 2, 128, 2, 9, one, null);
            Trainer.Result b = Trainer.train(f, train, etas, 2, 128, 2, 9, POOL, null);
            assertArrayEquals(a.beta(), b.beta());
        } finally {
            one.shutdown();
        }
    }

    @Test
    void theParametersAfterEEpochsAreThoseOfAnEEpochTraining() {
        // blackbox-studies reads every training length of one M from one training (studies/Study)
        FieldDraw d = FieldDraw.draw(5, "test-field", M, NP + 2);
        BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), M, NP, 2);
        Dataset s = Dataset.sine(500, 3, "train");
        Dataset train = Dataset.Normalisation.of(s).apply(s);
        double[] etas = {0.02, 0.3, 3};
        java.util.Map<Integer, float[]> seen = new java.util.HashMap<>();
        Trainer.Result longest = Trainer.train(f, train, etas, 1, 128, 4, 21, POOL, null, (e, beta) -> seen.put(e, beta.clone()));
        assertEquals(java.util.Set.of(1, 2, 3, 4), seen.keySet());
        assertArrayEquals(longest.beta(), seen.get(4));
        for (int e = 1; e <= 3; e++) assertArrayEquals(Trainer.train(f, train, etas, 1, 128, e, 21, POOL, null).beta(), seen.get(e), "after " + e + " epochs");
        // and a length is not another one: the check can tell them apart
        assertFalse(java.util.Arrays.equals(seen.get(2), seen.get(3)));
    }

    @Test
    void trainingIsTheSameWithStoredOrRecomputedProjectionsAndWithEitherKernels() {
        // the kernels define every element alone, so neither where v = Z_in x comes from nor which implementation
        // (vectorised or scalar) computes it may change a bit of the trained parameters
        FieldDraw d = FieldDraw.draw(11, "test-field", M, NP + NI);
        Dataset raw = new Dataset("gauss", 300, NI, inputs(300, 12), new int[300]);
        for (int i = 0; i < raw.n(); i++) raw.label()[i] = raw.x()[i * NI] > 0 ? 1 : 0;
        double[] etas = {0.05, 0.5, 2};
        BlackBoxField vector = new BlackBoxField(d.z(), d.a(), d.b(), M, NP, NI);
        BlackBoxField scalar = new BlackBoxField(d.z(), d.a(), d.b(), M, NP, NI, Kernels.scalar());
        Kernels k256 = Kernels.vector("blackbox.VectorKernels256");
        if (k256 != null) {
            BlackBoxField v256 = new BlackBoxField(d.z(), d.a(), d.b(), M, NP, NI, k256);
            assertArrayEquals(Trainer.train(v256, raw, etas, 1, 64, 2, 13, POOL, null).beta(),
                    Trainer.train(scalar, raw, etas, 1, 64, 2, 13, POOL, null).beta());
        }
        Trainer.Result stored = Trainer.train(vector, raw, etas, 1, 64, 2, 13, POOL, null);
        Trainer.Result scalarStored = Trainer.train(scalar, raw, etas, 1, 64, 2, 13, POOL, null);
        Trainer.Result recomputed;
        System.setProperty("blackbox.storeInputs", "false");
        try {
            // a field of its own: the first one keeps the projections it stored for raw (BlackBoxField.inputs)
            BlackBoxField recomputing = new BlackBoxField(d.z(), d.a(), d.b(), M, NP, NI);
            recomputed = Trainer.train(recomputing, raw, etas, 1, 64, 2, 13, POOL, null);
            assertEquals(0, recomputing.projectionsStored);
        } finally {
            System.clearProperty("blackbox.storeInputs");
        }
        assertArrayEquals(stored.beta(), recomputed.beta());
        assertArrayEquals(stored.beta(), scalarStored.beta());
        assertArrayEquals(stored.lastEpochLoss(), recomputed.lastEpochLoss());
        assertArrayEquals(Trainer.accuracy(vector, stored.beta(), 3, raw, POOL), Trainer.accuracy(scalar, stored.beta(), 3, raw, POOL));
    }

    @Test
    void trainingsOnOneFieldComputeTheProjectionsOnceAndGiveAFreshFieldsBits() {
        // blackbox-studies trains a coarse and a fine pass on one field: the second reuses v = Z_in x, and its
        // parameters are those of the same training on a field of its own
        FieldDraw d = FieldDraw.draw(12, "test-field", M, NP + NI);
        Dataset raw = new Dataset("gauss", 200, NI, inputs(200, 13), new int[200]);
        for (int i = 0; i < raw.n(); i++) raw.label()[i] = raw.x()[i * NI + 1] > 0 ? 1 : 0;
        double[] coarse = {0.05, 0.5}, fine = {0.1, 0.2, 0.3};
        BlackBoxField shared = new BlackBoxField(d.z(), d.a(), d.b(), M, NP, NI);
        Trainer.train(shared, raw, coarse, 1, 64, 2, 14, POOL, null);
        float[] second = Trainer.train(shared, raw, fine, 1, 64, 2, 15, POOL, null).beta();
        assertEquals(1, shared.projectionsStored);
        BlackBoxField fresh = new BlackBoxField(d.z(), d.a(), d.b(), M, NP, NI);
        assertArrayEquals(Trainer.train(fresh, raw, fine, 1, 64, 2, 15, POOL, null).beta(), second);
        // other inputs replace the kept ones, and are not mistaken for them
        Dataset other = new Dataset("gauss", 200, NI, inputs(200, 16), raw.label());
        float[] onOther = Trainer.train(shared, other, fine, 1, 64, 2, 15, POOL, null).beta();
        assertEquals(2, shared.projectionsStored);
        assertArrayEquals(Trainer.train(new BlackBoxField(d.z(), d.a(), d.b(), M, NP, NI), other, fine, 1, 64, 2, 15, POOL, null).beta(), onOther);
        assertFalse(java.util.Arrays.equals(second, onOther));
    }
}
