package blackbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on small subsets: the black box learns well above chance. Chance is the majority-class rate (about
 * 0.5); with n test points its standard error is at most 0.5/sqrt(n), so the thresholds below are more than ten
 * standard errors above chance (the test fails only if the classifier does not learn).
 */
class TrainingTest {
    static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll static void stop() { POOL.shutdown(); }

    static double[] trainAndTest(Dataset rawTrain, Dataset rawTest, int m, int nParams, double[] etas, long seed) {
        Dataset.Normalisation norm = Dataset.Normalisation.of(rawTrain);
        Dataset train = norm.apply(rawTrain);
        Dataset test = norm.apply(rawTest);
        FieldDraw d = FieldDraw.draw(seed, "training-test", m, nParams + train.d());
        BlackBoxField f = new BlackBoxField(d.z(), d.a(), d.b(), m, nParams, train.d());
        Trainer.Result r = Trainer.train(f, train, etas, 1, 128, 10, seed, POOL, null);
        return Trainer.accuracy(f, r.beta(), etas.length, test, POOL);
    }

    @Test
    void sineSubsetIsLearnedWellAboveChance() {
        // 1000 test points: chance 0.5 +- 0.016; the paper's sine accuracies are above 0.9 (Figure 10)
        double[] acc = trainAndTest(Dataset.sine(3000, 1, "train"), Dataset.sine(1000, 1, "test"), 1000, 50,
                new double[] {0.1}, 2);
        assertTrue(acc[0] > 0.8, "sine test accuracy " + acc[0]);
    }

    @Test
    void realMnistSubsetIsLearnedWellAboveChance() {
        java.nio.file.Path dir = MnistFilesTest.realMnist();
        // 1000 test images: chance about 0.51 +- 0.016
        double[] acc = trainAndTest(Dataset.mnist(dir, true, 2000), Dataset.mnist(dir, false, 1000), 1000, 100,
                new double[] {0.1}, 3);
        assertTrue(acc[0] > 0.8, "MNIST even/odd test accuracy " + acc[0]);
    }

    @Test
    void logisticBaselineSeparatesALinearlySeparableSet() {
        // labels by the sign of x1 + x2: a logistic regression must get nearly all right
        Dataset raw = Dataset.sine(2000, 4, "train");
        int[] y = new int[raw.n()];
        for (int i = 0; i < raw.n(); i++) y[i] = raw.x()[2 * i] + raw.x()[2 * i + 1] > 0 ? 1 : 0;
        Dataset lin = new Dataset("linear", raw.n(), 2, raw.x(), y);
        assertTrue(Logistic.accuracy(lin, lin, 1.0, 128, 10, 5) > 0.97);
    }
}
