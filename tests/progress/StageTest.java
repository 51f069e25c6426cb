package progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The stage end to end on small sizes (no MNIST: an empty manifest): verdicts never contradict the paper-scale
 * registry (small sizes may leave a claim inconclusive, never reverse it), the
 * artifacts validate, and one thread or two give byte-identical artifacts. Sizes reach N = 1e5 and 1e6 so that the
 * rate, limit and n = 1 claims are evaluated (the exact sampler's cost does not depend on N).
 */
class StageTest {
    static final String[] FILES = {"curves.csv", "sample-paths.csv", "limit.csv", "spread-fit.csv", "validation.csv", "one-step.csv",
        "span.csv", "numerics.csv", "blackbox-curves.csv", "blackbox-spread.csv", "blackbox-summary.csv", "quadratic.csv",
        "quadratic-validation.csv", "checks.csv"};

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("PredictableProgress").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    static Path emptyManifest(Path dir) throws Exception {
        Path m = dir.resolve("files.csv");
        Files.createDirectories(dir);
        Files.writeString(m, "# schema: mnist-files\n# schema_version: 1\nrole,file,items,bytes,sha256,source\n# rows: 0\n");
        return m;
    }

    static int run(Path dir, int threads) throws Exception {
        return StageCli.run(stage(), "--out", dir.resolve("data").toString(), "--figures", dir.resolve("fig").toString(),
                "--claims", "paper-checks/predictable-progress.csv", "--profile", "paper",
                "--mnist-manifest", emptyManifest(dir.resolve("mnist")).toString(), "--mnist-dir", dir.resolve("none").toString(),
                "--dims", "10,1000,100000", "--steps", "4", "--runs", "48", "--replications", "4", "--link-dims", "1,10,1000000",
                "--link-runs", "1500", "--val-dims", "10", "--val-m", "1500", "--val-realisations", "6", "--val-starts", "6",
                "--val-exact-runs", "400", "--val-steps", "3", "--contrast-dims", "10,20,40", "--contrast-m", "1500",
                "--contrast-realisations", "4", "--contrast-starts", "6", "--contrast-replications", "4", "--contrast-steps", "3",
                "--span-dims", "12", "--span-m", "300", "--span-starts", "3", "--quad-dims", "10,1000,100000", "--quad-steps", "6",
                "--quad-runs", "48", "--quad-val-dims", "20", "--quad-val-runs", "600", "--threads", Integer.toString(threads));
    }

    @Test
    void smallRunAgreesWithTheRegistryAndIsThreadIndependent(@TempDir Path tmp) throws Exception {
        int code = run(tmp.resolve("a"), 2);
        Table checks = Artifact.read(tmp.resolve("a/data/checks.csv"), Claims.CHECKS);
        VerdictAssertions.noContradiction(checks, code);
        assertEquals(24, checks.rows());
        assertEquals(3 * 7, Artifact.read(tmp.resolve("a/data/quadratic.csv"), Outputs.QUADRATIC).rows(), "3 N x steps 0..6");
        Table curves = Artifact.read(tmp.resolve("a/data/curves.csv"), Outputs.CURVES);
        assertEquals(3 * 3 * 5 + 2 * 3 * 4, curves.rows(), "3 algorithms x 3 N x 5 steps exact, 2 x 3 x 4 spectral");
        Artifact.read(tmp.resolve("a/data/spread-fit.csv"), Outputs.FITS);
        Artifact.read(tmp.resolve("a/data/validation.csv"), Outputs.VALIDATION);
        assertEquals(0, Artifact.read(tmp.resolve("a/data/blackbox-curves.csv"), Outputs.BB_CURVES).rows());
        if (code == StageCli.OK) {
            for (String f : new String[] {"curves", "spread", "validation"}) assertTrue(Files.size(tmp.resolve("a/fig/" + f + ".svg")) > 0, f);
        }
        assertEquals(code, run(tmp.resolve("b"), 1));
        for (String f : FILES) {
            // determinism: same parameters and seed, one thread instead of two: byte-identical artifacts
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a/data/" + f)), Files.readAllBytes(tmp.resolve("b/data/" + f)), f);
        }
    }
}
