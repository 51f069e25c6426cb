package studies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blackbox.MnistFiles;
import blackbox.Schemas;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lib.Artifact;
import lib.StageCli;
import lib.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * blackbox-studies split into shards (its own fields, the raw-pixel runs, the perceptron) and gathered with the sweep's
 * readings gives the artifacts of one run, byte for byte (oracle: the one-process run of the same code); the base M's
 * cells are the sweep's fields; a sweep of other parameters is refused by name.
 */
class ShardsTest {
    static final String[] ARTIFACTS = {"points.csv", "etacrit.csv", "normalisation.csv", "baseline.csv"};
    static final Path MNIST = Path.of("data/cache/mnist");
    @TempDir static Path shared;
    static Path manifest;
    static Path sweep;

    @picocli.CommandLine.Command(name = "test")
    static class Cmd implements Callable<Integer> {
        @Override public Integer call() { return 0; }
    }

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage(String name) throws Exception {
        Constructor<?> c = Class.forName(name).getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    /** A small sweep reading its MNIST fields after 1 and 2 epochs (blackbox-sweep), once for every test. */
    @BeforeAll
    static void sweepOnce() throws Exception {
        if (!MnistFiles.present(MNIST)) MnistFiles.fetch(MNIST);
        List<List<?>> rows = new ArrayList<>();
        for (MnistFiles.Pinned p : MnistFiles.FILES) rows.add(List.of(p.role(), p.name(), p.items(), p.bytes(), p.sha256(), "test"));
        manifest = Files.createDirectories(shared.resolve("md")).resolve("files.csv");
        Artifact.write(manifest, Schemas.MNIST_FILES, new lib.Provenance("test", Path.of("stages/BlackboxSweep.java"),
                new picocli.CommandLine(new Cmd()).getCommandSpec()), rows);
        sweep = shared.resolve("sweep");
        assertEquals(StageCli.OK, sweep(sweep, "--seed", "1"));
    }

    static int sweep(Path out, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--mnist-manifest", manifest.toString(), "--mnist-dir",
                MNIST.toString(), "--m", "200", "--params", "10", "--mnist-params", "10,20", "--etas", "4", "--fields", "2", "--starts", "1",
                "--epochs", "2", "--sine-train", "300", "--sine-test", "100", "--mnist-train", "300", "--mnist-test", "100",
                "--read-params", "10,20", "--read-epochs", "1,2", "--fine", "2", "--pilot-epochs", "1", "--threads", "2"));
        args.addAll(List.of(extra));
        return StageCli.run(stage("BlackboxSweep"), args.toArray(String[]::new));
    }

    /** The study at small sizes: N_P 10 and 20, M 100 and the sweep's 200, 1 and 2 epochs. */
    static int studies(Path out, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--mnist-manifest", manifest.toString(), "--mnist-dir",
                MNIST.toString(), "--sweep-readings", sweep.resolve("readings.csv").toString(), "--params", "10,20", "--ms", "100,200",
                "--epochs-list", "1,2", "--base-m", "200", "--base-epochs", "2", "--coarse-min", "0.01", "--coarse-max", "10",
                "--coarse", "4", "--fine", "2", "--plateau", "1", "--pilot-epochs", "1", "--fields", "2", "--baseline-etas", "0.1,1",
                "--baseline-seeds", "1", "--mnist-train", "300", "--mnist-test", "100", "--seed", "1", "--threads", "2"));
        args.addAll(List.of(extra));
        return StageCli.run(stage("BlackboxStudies"), args.toArray(String[]::new));
    }

    static final List<String> KEYS = List.of("np10-m100-field0", "np10-m100-field1", "np10-raw", "np20-m100-field0",
            "np20-m100-field1", "np20-raw", "baseline");

    @Test
    void shardsGatherToTheOneProcessArtifacts(@TempDir Path tmp) throws Exception {
        assertEquals(StageCli.OK, studies(tmp.resolve("whole")));
        for (String k : KEYS) assertEquals(StageCli.OK, studies(tmp.resolve("shards/" + k), "--shard", k), k);
        assertEquals(StageCli.OK, studies(tmp.resolve("gathered"), "--gather", tmp.resolve("shards").toString()));
        for (String f : ARTIFACTS) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("whole/" + f)), Files.readAllBytes(tmp.resolve("gathered/" + f)), f);
        }
        // every setting of every N_P has a row per field: 2 fields at M = 100 (the study's own) and the sweep's 2 at M = 200
        Table crits = Artifact.read(tmp.resolve("gathered/etacrit.csv"), Outputs.CRITS);
        assertEquals(2 * (2 + 2 + 2), crits.rows(), "N_P x (M = 100, M = 200 at 2 epochs, M = 200 at 1 epoch) x fields");
        assertEquals(2, Artifact.read(tmp.resolve("gathered/normalisation.csv"), Outputs.NORMALISATION).rows());
    }

    /** The cells at the sweep's M are the sweep's columns, unchanged: the same etas and accuracies as its readings. */
    @Test
    void theBaseMsCellsAreTheSweepsReadings(@TempDir Path tmp) throws Exception {
        assertEquals(StageCli.OK, studies(tmp.resolve("whole")));
        Table points = Artifact.read(tmp.resolve("whole/points.csv"), Outputs.POINTS);
        Table readings = Artifact.read(sweep.resolve("readings.csv"), Schemas.READINGS);
        List<String> fromSweep = new ArrayList<>(), inStudy = new ArrayList<>();
        for (int i = 0; i < readings.rows(); i++) {
            if (readings.text(i, "dataset").equals("mnist")) {
                fromSweep.add(String.join("/", readings.text(i, "n_params"), readings.text(i, "field"), readings.text(i, "epochs"),
                        readings.text(i, "pass"), readings.text(i, "eta"), readings.text(i, "test_accuracy")));
            }
        }
        for (int i = 0; i < points.rows(); i++) {
            if (points.intValue(i, "m") == 200) {
                inStudy.add(String.join("/", points.text(i, "n_params"), points.text(i, "field"), points.text(i, "epochs"),
                        points.text(i, "pass"), points.text(i, "eta"), points.text(i, "test_accuracy")));
            }
        }
        assertEquals(fromSweep.stream().sorted().toList(), inStudy.stream().sorted().toList());
    }

    /** A sweep trained with another seed is not the study's base setting: bad input naming the parameter, nothing written. */
    @Test
    void aSweepOfOtherParametersIsRefused(@TempDir Path tmp) throws Exception {
        Path other = tmp.resolve("sweep-other");
        assertEquals(StageCli.OK, sweep(other, "--seed", "2"));
        Files.createDirectories(tmp.resolve("s"));
        int code = StageCli.run(stage("BlackboxStudies"), "--out", tmp.resolve("s").toString(), "--mnist-manifest", manifest.toString(),
                "--mnist-dir", MNIST.toString(), "--sweep-readings", other.resolve("readings.csv").toString(), "--params", "10",
                "--ms", "200", "--epochs-list", "2", "--base-m", "200", "--base-epochs", "2", "--coarse-min", "0.01", "--coarse-max",
                "10", "--coarse", "4", "--fine", "2", "--baseline-etas", "1", "--baseline-seeds", "1", "--mnist-train", "300",
                "--mnist-test", "100", "--seed", "1", "--threads", "2");
        assertEquals(StageCli.BAD_INPUT, code);
        assertTrue(Files.notExists(tmp.resolve("s/etacrit.csv")));
    }
}
