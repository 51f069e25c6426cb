package pspin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Stage pspin-descent end to end on small parameters: no verdict contradicts the registry, artifacts validate, threads do not matter. */
class DescentStageTest {
    static final String[] FILES = {"gd-endpoints.csv", "gd-summary.csv", "gd-spectrum.csv", "gd-spread.csv", "spread-fit.csv",
        "ground-runs.csv", "ground-states.csv", "gd-confirm.csv", "checks.csv"};

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("PspinDescent").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    static int run(Path dir, int threads) throws Exception {
        return StageCli.run(stage(), "--out", dir.resolve("data").toString(), "--figures", dir.resolve("fig").toString(),
                "--claims", "paper-checks/pspin-descent.csv", "--profile", "quick", "--gd-n", "12,20,30", "--gd-samples", "3",
                "--gd-starts", "3", "--gd-steps", "150", "--gd-eta", "0.1", "--floor-draws", "20", "--ground-n", "10,14",
                "--ground-samples", "8,4", "--ground-starts", "40", "--threads", Integer.toString(threads));
    }

    @Test
    void smallRunDoesNotContradictTheRegistryAndIsThreadIndependent(@TempDir Path tmp) throws Exception {
        int code = run(tmp.resolve("a"), 2);
        Table checks = Artifact.read(tmp.resolve("a/data/checks.csv"), Claims.CHECKS);
        VerdictAssertions.noContradiction(checks, code);
        assertEquals(StageCli.OK == code, Files.exists(tmp.resolve("a/fig/gd-energy.svg")));
        assertEquals(code, run(tmp.resolve("b"), 1));
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a/data/" + f)), Files.readAllBytes(tmp.resolve("b/data/" + f)), f);
        }
    }

    @Test
    void badParametersExitWithUsage(@TempDir Path tmp) throws Exception {
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.toString(), "--gd-n", "2"));
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.toString(), "--ground-samples", "1,5,5"));
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.toString(), "--ground-n", "20,10", "--ground-samples", "5,5"));
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.toString(), "--ground-samples", "5,5"));
    }
}
