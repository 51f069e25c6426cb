package samplefield;

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

/** The stage end to end on small parameters: verdicts agree with the registry, artifacts validate and are byte-identical at 1 and 2 threads. */
class StageTest {
    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("SampleField").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    static int run(Path dir, int threads) throws Exception {
        return StageCli.run(stage(), "--out", dir.resolve("data").toString(), "--figures", dir.resolve("fig").toString(),
                "--claims", "paper-checks/sample-field.csv", "--profile", "quick", "--dims", "2,20", "--m", "600", "--points", "1200",
                "--realisations", "20", "--slice-grid", "21", "--threads", Integer.toString(threads));
    }

    @Test
    void smallRunAgreesWithTheRegistryAndIsDeterministic(@TempDir Path tmp) throws Exception {
        int code = run(tmp.resolve("t1"), 1);
        Table checks = Artifact.read(tmp.resolve("t1/data/checks.csv"), Claims.CHECKS);
        VerdictAssertions.noContradiction(checks, code);
        assertEquals(8, Artifact.read(tmp.resolve("t1/data/moments.csv"), Outputs.MOMENTS).rows());
        assertEquals(48, Artifact.read(tmp.resolve("t1/data/covariance.csv"), Outputs.COVARIANCE).rows());
        assertEquals(21 * 21, Artifact.read(tmp.resolve("t1/data/slice.csv"), Outputs.SLICE).rows());
        if (code == StageCli.OK) assertTrue(Files.size(tmp.resolve("t1/fig/figure1.svg")) > 0);
        if (code == StageCli.OK) assertTrue(Files.size(tmp.resolve("t1/fig/covariance.svg")) > 0);
        assertEquals(code, run(tmp.resolve("t2"), 2));
        for (String f : new String[] {"moments.csv", "covariance.csv", "slice.csv", "checks.csv"}) {
            assertEquals(-1L, Files.mismatch(tmp.resolve("t1/data").resolve(f), tmp.resolve("t2/data").resolve(f)), f);
        }
    }
}
