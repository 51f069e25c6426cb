package pspin;

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

/** Stage pspin-complexity end to end on small parameters: no verdict contradicts the registry, artifacts validate, threads do not matter. */
class StageTest {
    static final String[] FILES = {"complexity.csv", "energies.csv", "ek.csv", "hessian-spectrum.csv", "goe-moments.csv",
        "negative-fraction.csv", "hessian-shift.csv", "rates.csv", "p2.csv", "field-moments.csv", "critical-points.csv",
        "euler-p2.csv", "morse-p2.csv", "checks.csv"};

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("PspinComplexity").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    static int run(Path dir, int threads) throws Exception {
        return StageCli.run(stage(), "--out", dir.resolve("data").toString(), "--figures", dir.resolve("fig").toString(),
                "--claims", "paper-checks/pspin-complexity.csv", "--profile", "quick", "--ps", "3", "--hessian-n", "300",
                "--hessian-draws", "6", "--shift-n", "20", "--shift-samples", "600", "--p2-n", "1000", "--p2-draws", "3", "--critical-n", "5", "--critical-starts", "150",
                "--coupling-n", "300", "--coupling-starts", "60",
                "--moments-n", "12", "--moments-samples", "400", "--newton-n", "20", "--newton-samples", "40", "--euler-draws", "3",
                "--euler-level", "4", "--threads", Integer.toString(threads));
    }

    @Test
    void smallRunDoesNotContradictTheRegistryAndIsThreadIndependent(@TempDir Path tmp) throws Exception {
        int code = run(tmp.resolve("a"), 2);
        Table checks = Artifact.read(tmp.resolve("a/data/checks.csv"), Claims.CHECKS);
        VerdictAssertions.noContradiction(checks, code);
        assertTrue(Files.size(tmp.resolve("a/data/ek.csv")) > 0);
        assertEquals(StageCli.OK == code, Files.exists(tmp.resolve("a/fig/complexity.svg")));
        assertEquals(code, run(tmp.resolve("b"), 1));
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a/data/" + f)), Files.readAllBytes(tmp.resolve("b/data/" + f)), f);
        }
    }

    @Test
    void badParametersExitWithUsage(@TempDir Path tmp) throws Exception {
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.toString(), "--shift-n", "2"));
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.toString(), "--critical-starts", "0"));
    }
}
