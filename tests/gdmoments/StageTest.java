package gdmoments;

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

/** The stage end to end on small parameters: verdicts agree with the registry, artifacts validate, threads do not matter. */
class StageTest {
    static final String[] FILES = {"cross-checks.csv", "closed-forms.csv", "limits.csv", "optimum.csv", "pdf.csv", "one-step.csv",
        "fig8-confirm.csv", "m-study.csv", "m-fit.csv", "checks.csv"};

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("GdMoments").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    static int run(Path dir, int threads) throws Exception {
        return StageCli.run(stage(), "--out", dir.resolve("data").toString(), "--figures", dir.resolve("fig").toString(),
                "--claims", "paper-checks/gd-moments.csv", "--profile", "quick", "--n", "20", "--m", "600", "--samples", "800", "--realisations", "8", "--fig8-realisations", "8",
                "--etas", "5", "--m-study", "300,600", "--mc-draws", "100000", "--optimum-max-n", "60", "--pdf-points", "31",
                "--threads", Integer.toString(threads));
    }

    @Test
    void smallRunAgreesWithTheRegistryAndIsThreadIndependent(@TempDir Path tmp) throws Exception {
        int code = run(tmp.resolve("a"), 2);
        Table checks = Artifact.read(tmp.resolve("a/data/checks.csv"), Claims.CHECKS);
        VerdictAssertions.noContradiction(checks, code);
        Table opt = Artifact.read(tmp.resolve("a/data/optimum.csv"), Outputs.OPTIMUM);
        assertEquals(60, opt.rows());
        Artifact.read(tmp.resolve("a/data/one-step.csv"), Outputs.ONE_STEP);
        Artifact.read(tmp.resolve("a/data/fig8-confirm.csv"), Outputs.ONE_STEP);
        Artifact.read(tmp.resolve("a/data/limits.csv"), Outputs.LIMITS);
        Artifact.read(tmp.resolve("a/data/m-study.csv"), Outputs.M_STUDY);
        for (String f : new String[] {"figure3", "figure4", "figure8", "m-study"}) {
            if (code == StageCli.OK) assertTrue(Files.size(tmp.resolve("a/fig/" + f + ".svg")) > 0, f);
        }
        assertEquals(code, run(tmp.resolve("b"), 1));
        for (String f : FILES) {
            // determinism: same parameters and seed, one thread instead of two: byte-identical artifacts
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a/data/" + f)), Files.readAllBytes(tmp.resolve("b/data/" + f)), f);
        }
    }
}
