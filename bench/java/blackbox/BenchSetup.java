package blackbox;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Bench only: the setting of the black-box benchmarks (bench/java/BlackboxBench.java, BlackboxKernelBench.java):
 * one field, R learning rates, batch 128, a fixed number of batches over the first batches x 128 / epochs
 * training inputs, normalised as blackbox-sweep does. Uses only what the baseline commit's stages also have.
 */
public class BenchSetup {
    @Option(names = "--dataset", defaultValue = "mnist", description = "mnist or sine") public String dataset;
    @Option(names = "--mnist-dir", defaultValue = "data/cache/mnist") public Path mnistDir;
    @Option(names = "--np", defaultValue = "5000", description = "N_P = dim beta") public int np;
    @Option(names = "--m", defaultValue = "20000") public int m;
    @Option(names = "--etas", defaultValue = "21", description = "runs R (log grid as blackbox-sweep's paper profile)") public int etas;
    @Option(names = "--eta-min", defaultValue = "0.001") public double etaMin;
    @Option(names = "--eta-max", defaultValue = "2.154434690031884") public double etaMax;
    @Option(names = "--batch", defaultValue = "128") public int batch;
    @Option(names = "--batches", defaultValue = "100", description = "batches in all (batches*batch/epochs training inputs)") public int batches;
    @Option(names = "--epochs", defaultValue = "10", description = "epochs over batches*batch/epochs inputs (10 as the sweep: v = Z_in x is computed once per training input, a tenth of the steps as at paper scale)") public int epochs;
    @Option(names = "--test", defaultValue = "2000", description = "test inputs for the accuracies") public int testN;
    @Option(names = "--seed", defaultValue = "20190613") public long seed;
    @Option(names = "--threads", defaultValue = "2") public int threads;
    @Option(names = "--round", defaultValue = "0") public int round;
    @Option(names = "--label", defaultValue = "java") public String label;

    public Dataset train, test;

    public int trainN() {
        if ((long) batches * batch % epochs != 0) throw new IllegalArgumentException("batches*batch must be a multiple of epochs");
        return batches * batch / epochs;
    }

    public void load() {
        Dataset rawTrain, rawTest;
        if (dataset.equals("sine")) {
            rawTrain = Dataset.sine(trainN(), seed, "train");
            rawTest = Dataset.sine(testN, seed, "test");
        } else {
            rawTrain = Dataset.mnist(mnistDir, true, trainN());
            rawTest = Dataset.mnist(mnistDir, false, testN);
        }
        if (rawTrain.n() != trainN()) throw new IllegalArgumentException("only " + rawTrain.n() + " training inputs");
        Dataset.Normalisation norm = Dataset.Normalisation.of(rawTrain);
        train = norm.apply(rawTrain);
        test = norm.apply(rawTest);
    }

    public String fieldLabel() { return "bench-" + dataset + "-np" + np; }

    public FieldDraw draw() { return FieldDraw.draw(seed, fieldLabel(), m, np + train.d()); }

    public long runSeed() { return lib.Streams.of(seed, fieldLabel()).nextLong(); }

    public double[] etaGrid() { return EtaCrit.logGrid(etaMin, etaMax, etas); }

    public void emit(String bench, double seconds, double meanAcc) {
        System.out.printf(Locale.ROOT, "%s,%s,%d,%d,%s,%d,%d,%d,%d,%.6f,%.6f%n", bench, label, round, threads, dataset, np, m,
                etas, batches, seconds, meanAcc);
        System.out.flush();
    }
}
