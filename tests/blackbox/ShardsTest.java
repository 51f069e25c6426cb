package blackbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lib.Artifact;
import lib.StageCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * blackbox-sweep split into shards (one per data set, one per data set x N_P x field) and gathered gives the same
 * artifacts, byte for byte, as one run of the whole sweep: the oracle is the one-process run of the same code.
 */
class ShardsTest {
    static final String[] ARTIFACTS = {"sweep.csv", "datasets.csv", "baseline.csv", "figure9.csv", "figure9-points.csv", "readings.csv"};
    /** The study's readings of the MNIST fields: after 1 and 2 epochs, two fine etas per step placed by a one-epoch pilot. */
    static final String[] READ = {"--read-params", "10,20", "--read-epochs", "1,2", "--fine", "2", "--pilot-epochs", "1"};

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("BlackboxSweep").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    /** Small sizes: two N_P on each data set, two fields, MNIST subsets. */
    static int run(Path manifest, Path out, String... extra) throws Exception {
        return run(manifest, out, true, extra);
    }

    /** As above; without the study's readings when read is false (the sweep as it was before the study read it). */
    static int run(Path manifest, Path out, boolean read, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--mnist-manifest", manifest.toString(),
                "--mnist-dir", MnistFilesTest.CACHE.toString(), "--m", "200", "--params", "10,20", "--mnist-params", "10,20",
                "--etas", "3", "--fields", "2", "--starts", "1", "--epochs", "2", "--sine-train", "300", "--sine-test", "100",
                "--mnist-train", "300", "--mnist-test", "100", "--threads", "2"));
        if (read) args.addAll(List.of(READ));
        args.addAll(List.of(extra));
        return StageCli.run(stage(), args.toArray(String[]::new));
    }

    /** mnist-data's manifest: the four pinned files, or none (the sine set alone). */
    static Path manifest(Path dir, boolean mnist) {
        List<List<?>> rows = new ArrayList<>();
        if (mnist) {
            for (MnistFiles.Pinned p : MnistFiles.FILES) rows.add(List.of(p.role(), p.name(), p.items(), p.bytes(), p.sha256(), "test"));
        }
        Path f = dir.resolve("files.csv");
        Artifact.write(f, Schemas.MNIST_FILES, AnalysisTest.prov(), rows);
        return f;
    }

    static void shardsGiveTheOneProcessArtifacts(Path tmp, boolean mnist) throws Exception {
        Path manifest = manifest(Files.createDirectories(tmp.resolve("md")), mnist);
        assertEquals(StageCli.OK, run(manifest, tmp.resolve("whole")));
        List<Training.Shard> shards = Training.shards(new int[] {10, 20}, new int[] {10, 20}, 2);
        assertEquals(10, shards.size(), "2 data sets x (1 data shard + 2 N_P x 2 fields)");
        for (Training.Shard s : shards) {
            assertEquals(StageCli.OK, run(manifest, tmp.resolve("shards/" + s.key()), "--shard", s.key()), s.key());
        }
        assertEquals(StageCli.OK, run(manifest, tmp.resolve("gathered"), "--gather", tmp.resolve("shards").toString()));
        for (String f : ARTIFACTS) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("whole/" + f)), Files.readAllBytes(tmp.resolve("gathered/" + f)), f);
        }
        long rows = Artifact.read(tmp.resolve("gathered/sweep.csv"), Schemas.SWEEP).rows();
        assertEquals((mnist ? 2 : 1) * 2 * 2 * 3, rows, "data sets x N_P x fields x etas");
        assertEquals(mnist, Artifact.read(tmp.resolve("gathered/readings.csv"), Schemas.READINGS).rows() > 0, "readings of MNIST only");
    }

    /**
     * The study's columns (the pilot, fine etas, the readings) leave the sweep's runs as they were, bit for bit: each column
     * of a training is its own run (oracle: the sweep without them); and the readings' grid columns after the sweep's own
     * epochs are its runs of start 0.
     */
    @Test
    void theStudysColumnsLeaveTheSweepsRunsAsTheyWere(@TempDir Path tmp) throws Exception {
        MnistFilesTest.realMnist();
        Path manifest = manifest(Files.createDirectories(tmp.resolve("md")), true);
        assertEquals(StageCli.OK, run(manifest, tmp.resolve("with")));
        assertEquals(StageCli.OK, run(manifest, tmp.resolve("without"), false));
        lib.Table with = Artifact.read(tmp.resolve("with/sweep.csv"), Schemas.SWEEP);
        lib.Table without = Artifact.read(tmp.resolve("without/sweep.csv"), Schemas.SWEEP);
        assertEquals(without.rows(), with.rows());
        for (int i = 0; i < with.rows(); i++) {
            for (lib.Schema.Column c : Schemas.SWEEP.columns()) assertEquals(without.text(i, c.name()), with.text(i, c.name()), c.name() + " row " + i);
        }
        lib.Table readings = Artifact.read(tmp.resolve("with/readings.csv"), Schemas.READINGS);
        int matched = 0;
        for (int i = 0; i < with.rows(); i++) {
            if (!with.text(i, "dataset").equals("mnist") || with.intValue(i, "start") != 0) continue;
            for (int j = 0; j < readings.rows(); j++) {
                if (readings.intValue(j, "n_params") == with.intValue(i, "n_params") && readings.intValue(j, "field") == with.intValue(i, "field")
                        && readings.intValue(j, "epochs") == 2 && readings.text(j, "pass").equals(Locate.FIRST)
                        && readings.number(j, "eta") == with.number(i, "eta")) {
                    assertEquals(with.number(i, "test_accuracy"), readings.number(j, "test_accuracy"), 0);
                    matched++;
                }
            }
        }
        assertEquals(2 * 2 * 3, matched, "N_P x fields x grid etas");
    }

    @Test
    void sineShardsGatherToTheOneProcessArtifacts(@TempDir Path tmp) throws Exception {
        shardsGiveTheOneProcessArtifacts(tmp, false);
    }

    @Test
    void mnistShardsGatherToTheOneProcessArtifacts(@TempDir Path tmp) throws Exception {
        MnistFilesTest.realMnist();
        shardsGiveTheOneProcessArtifacts(tmp, true);
    }

    /**
     * A field split over two jobs (the grid's upper half, then the lower half with the pilot, the fine etas and any
     * second pass, joining the upper half's results) gathers to the one-process artifacts, byte for byte: the split is
     * a run setting, not a parameter (the one-process run here has none). The lower half without its upper half's
     * folder is refused with exit 2.
     */
    @Test
    void fieldsSplitInTwoJobsGatherToTheOneProcessArtifacts(@TempDir Path tmp) throws Exception {
        MnistFilesTest.realMnist();
        Path manifest = manifest(Files.createDirectories(tmp.resolve("md")), true);
        assertEquals(StageCli.OK, run(manifest, tmp.resolve("whole")));
        String[] split = {"--split-params", "20"};
        List<Training.Shard> uppers = Training.upperShards(new int[] {10, 20}, new int[] {20}, 2);
        assertEquals(List.of("mnist-np20-field0-upper", "mnist-np20-field1-upper"), uppers.stream().map(Training.Shard::key).toList());
        for (Training.Shard u : uppers) {
            assertEquals(StageCli.OK, run(manifest, tmp.resolve("shards/" + u.key()), concat(split, "--shard", u.key())), u.key());
        }
        assertEquals(StageCli.BAD_INPUT, run(manifest, tmp.resolve("alone"), concat(split, "--shard", "mnist-np20-field0")),
                "the lower half needs --upper");
        for (Training.Shard s : Training.shards(new int[] {10, 20}, new int[] {10, 20}, 2)) {
            String[] extra = s.key().startsWith("mnist-np20-")
                    ? concat(split, "--shard", s.key(), "--upper", tmp.resolve("shards/" + s.key() + Training.UPPER).toString())
                    : concat(split, "--shard", s.key());
            assertEquals(StageCli.OK, run(manifest, tmp.resolve("shards/" + s.key()), extra), s.key());
        }
        assertEquals(StageCli.OK, run(manifest, tmp.resolve("gathered"), concat(split, "--gather", tmp.resolve("shards").toString())));
        for (String f : ARTIFACTS) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("whole/" + f)), Files.readAllBytes(tmp.resolve("gathered/" + f)), f);
        }
        assertEquals(2, Artifact.read(tmp.resolve("shards/mnist-np20-field0-upper/runs.csv"), Schemas.SWEEP).rows(),
                "the upper half trains grid columns 1 and 2 of 0-2");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aShardOfOtherParametersIsRefused(@TempDir Path tmp) throws Exception {
        Path manifest = manifest(Files.createDirectories(tmp.resolve("md")), false);
        for (Training.Shard s : Training.shards(new int[] {10, 20}, new int[] {10, 20}, 2)) {
            assertEquals(StageCli.OK, run(manifest, tmp.resolve("shards/" + s.key()), "--shard", s.key()), s.key());
        }
        // one shard trained again with another seed: the gather names it and exits 2 (bad input)
        assertEquals(StageCli.OK, run(manifest, tmp.resolve("shards/sine-np20-field1"), "--shard", "sine-np20-field1", "--seed", "5"));
        assertEquals(StageCli.BAD_INPUT, run(manifest, tmp.resolve("gathered"), "--gather", tmp.resolve("shards").toString()));
        assertTrue(Files.notExists(tmp.resolve("gathered/sweep.csv")));
    }

    @Test
    void theArtifactsNameTheKernelsArithmeticAndAShardOfAnotherIsRefused(@TempDir Path tmp) throws Exception {
        Path manifest = manifest(Files.createDirectories(tmp.resolve("md")), false);
        for (Training.Shard s : Training.shards(new int[] {10, 20}, new int[] {10, 20}, 2)) {
            assertEquals(StageCli.OK, run(manifest, tmp.resolve("shards/" + s.key()), "--shard", s.key()), s.key());
        }
        Path runs = tmp.resolve("shards/sine-np10-field0/runs.csv");
        assertEquals(BlackBoxField.ARITHMETIC, Artifact.read(runs, Schemas.SWEEP).meta().get("def.blackbox.arithmetic"));
        // the same shard as the double-precision sin/cos of before issue 25 would have labelled it: refused (exit 2)
        String text = Files.readString(runs);
        Files.writeString(runs, text.replace("sin/cos: float32", "sin/cos: float64"));
        assertEquals(StageCli.BAD_INPUT, run(manifest, tmp.resolve("gathered"), "--gather", tmp.resolve("shards").toString()));
        Files.writeString(runs, text);
        assertEquals(StageCli.OK, run(manifest, tmp.resolve("gathered"), "--gather", tmp.resolve("shards").toString()));
    }

    @Test
    void shardKeysAreCheckedAgainstTheParameters(@TempDir Path tmp) throws Exception {
        Path manifest = manifest(Files.createDirectories(tmp.resolve("md")), false);
        assertEquals(StageCli.BAD_INPUT, run(manifest, tmp.resolve("x"), "--shard", "sine-np30-field0"));
        assertEquals(StageCli.BAD_INPUT, run(manifest, tmp.resolve("x"), "--shard", "sine-np10-field2"));
        assertEquals(StageCli.BAD_INPUT, run(manifest, tmp.resolve("x"), "--shard", "cifar-data"));
        assertEquals(new Training.Shard("mnist", 500, 1), Training.Shard.parse("mnist-np500-field1"));
        assertEquals("sine-data", Training.Shard.parse("sine-data").key());
        assertNull(Training.Shard.parse("sine-np-field0"));
    }
}
