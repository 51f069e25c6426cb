///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx8g
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//DEPS org.jfree:jfreechart:1.5.6
//DEPS org.jfree:org.jfree.svg:5.0.7
//DEPS me.tongfei:progressbar:0.10.2
//DEPS org.bytedeco:openblas:0.3.28-1.5.11
//DEPS org.bytedeco:openblas:0.3.28-1.5.11:linux-x86_64
//DEPS org.bytedeco:javacpp:1.5.11:linux-x86_64
//SOURCES lib/AtomicFiles.java
//SOURCES lib/Artifact.java
//SOURCES lib/BadInput.java
//SOURCES lib/Blas.java
//SOURCES lib/Charts.java
//SOURCES lib/Claim.java
//SOURCES lib/Claims.java
//SOURCES lib/FastTrig.java
//SOURCES lib/GaussianField.java
//SOURCES lib/Parallel.java
//SOURCES lib/Progress.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES blackbox/Idx.java
//SOURCES blackbox/MnistFiles.java
//SOURCES blackbox/Dataset.java
//SOURCES blackbox/Sgemm.java
//SOURCES blackbox/FieldDraw.java
//SOURCES blackbox/BlackBoxField.java
//SOURCES blackbox/Trainer.java
//SOURCES blackbox/Logistic.java
//SOURCES blackbox/EtaCrit.java
//SOURCES blackbox/Sweep.java
//SOURCES blackbox/Results.java
//SOURCES blackbox/Figures.java

import blackbox.Dataset;
import blackbox.EtaCrit;
import blackbox.Figures;
import blackbox.MnistFiles;
import blackbox.Results;
import blackbox.Sweep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lib.Artifact;
import lib.Claims;
import lib.Provenance;
import lib.StageCli;
import lib.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * make blackbox-mnist: the "black box" random-field classifier of 000 §4.2 (eqs 32-34) on the sine-separated plane
 * and on MNIST even/odd: test accuracy against the learning rate for each N_P = dim beta (Figure 10), the trained
 * slice of the field on the sine set (Figure 9), eta_crit per run and its scaling with N_P (eq 34), and a
 * logistic-regression baseline. MNIST comes from mnist-data's manifest; an empty manifest means sine only.
 */
@Command(name = "blackbox-mnist", mixinStandardHelpOptions = true,
        description = "Random-field classifier on sine and MNIST data (000 §4.2, Figures 9-10, eq 34).")
public class BlackboxMnist implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--out", defaultValue = "data/blackbox-mnist") Path out;
    @Option(names = "--figures", defaultValue = "figures/blackbox-mnist") Path figures;
    @Option(names = "--claims", defaultValue = "paper-checks/blackbox-mnist.csv") Path claimsRegistry;
    @Option(names = "--mnist-manifest", defaultValue = "data/mnist-data/files.csv", description = "mnist-data's files.csv") Path manifest;
    @Option(names = "--mnist-dir", defaultValue = "data/mnist-data", description = "folder of the verified IDX files") Path mnistDir;
    @Option(names = "--seed", defaultValue = "20190613") long seed;
    @Option(names = "--threads", defaultValue = "1") int threads;
    @Option(names = "--m", defaultValue = "20000", description = "spectral samples M of the field") int m;
    @Option(names = "--params", split = ",", defaultValue = "500,5000", description = "N_P = dim beta values") int[] params;
    @Option(names = "--mnist-params", split = ",", defaultValue = "500,5000", description = "N_P values for MNIST") int[] mnistParams;
    @Option(names = "--eta-min", defaultValue = "0.001") double etaMin;
    @Option(names = "--eta-max", defaultValue = "10") double etaMax;
    @Option(names = "--etas", defaultValue = "17", description = "points of the log eta grid") int etaCount;
    @Option(names = "--fields", defaultValue = "1", description = "field realisations per (data set, N_P)") int fields;
    @Option(names = "--starts", defaultValue = "3", description = "initial beta per field") int starts;
    @Option(names = "--batch", defaultValue = "128") int batch;
    @Option(names = "--epochs", defaultValue = "10") int epochs;
    @Option(names = "--sine-train", defaultValue = "6000") int sineTrain;
    @Option(names = "--sine-test", defaultValue = "1000") int sineTest;
    @Option(names = "--mnist-train", defaultValue = "0", description = "first items of the MNIST training set (0: all)") int mnistTrain;
    @Option(names = "--mnist-test", defaultValue = "0", description = "first items of the MNIST test set (0: all)") int mnistTest;

    public static void main(String... args) { StageCli.main(new BlackboxMnist(), args); }

    @Override public Integer call() {
        Provenance prov = new Provenance("blackbox-mnist", Path.of("stages/BlackboxMnist.java"), spec);
        boolean haveMnist = mnistAvailable(prov);
        Sweep.Settings s = new Sweep.Settings(m, EtaCrit.logGrid(etaMin, etaMax, etaCount), fields, starts, batch, epochs, seed);
        Results results = new Results(s);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            results.experiment(Dataset.sine(sineTrain, seed, "train"), Dataset.sine(sineTest, seed, "test"), params, pool, true);
            if (haveMnist) {
                results.experiment(Dataset.mnist(mnistDir, true, mnistTrain), Dataset.mnist(mnistDir, false, mnistTest),
                        mnistParams, pool, false);
            }
        } finally {
            pool.shutdown();
        }
        results.write(out, prov);
        Claims claims = Claims.load(claimsRegistry);
        results.checkClaims(claims, haveMnist && mnistTrain == 0 && mnistTest == 0);
        if (claims.finish(out.resolve("checks.csv"), prov) != 0) return 1;
        Figures.render(results, figures);
        return 0;
    }

    /** MNIST is used when mnist-data's manifest lists the four files; they are verified against the pinned SHA-256. */
    private boolean mnistAvailable(Provenance prov) {
        Table t = Artifact.read(manifest, blackbox.Results.MNIST_FILES);
        prov.input(manifest);
        if (t.rows() == 0) {
            System.err.println("blackbox-mnist: empty MNIST manifest (offline profile): sine data set only");
            return false;
        }
        MnistFiles.verify(mnistDir);
        return true;
    }
}
