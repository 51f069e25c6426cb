package asymptoticnormality;

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

/** The stage end to end on small parameters: every verdict agrees with the registry, artifacts validate, figures exist. */
class StageTest {

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("AsymptoticNormality").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    @Test
    void smallRunAgreesWithTheRegistry(@TempDir Path tmp) throws Exception {
        int code = StageCli.run(stage(), "--out", tmp.resolve("data").toString(), "--figures", tmp.resolve("fig").toString(),
                "--claims", "paper-checks/asymptotic-normality.csv", "--profile", "quick", "--exact-dims", "1e3,1e8", "--mc-dims", "50,5000",
                "--mc-draws", "1000000", "--field-dims", "50,500", "--field-m", "1000,1000", "--field-realisations", "4",
                "--field-points", "250", "--fig5-points", "2000", "--fig5-m", "1000", "--threads", "2");
        Table checks = Artifact.read(tmp.resolve("data/checks.csv"), Claims.CHECKS);
        VerdictAssertions.noContradiction(checks, code);
        Table cells = Artifact.read(tmp.resolve("data/cells.csv"), Outputs.CELLS);
        assertTrue(cells.rows() >= 6);
        Artifact.read(tmp.resolve("data/exact.csv"), Outputs.EXACT);
        assertTrue(Artifact.read(tmp.resolve("data/saddle.csv"), Outputs.SADDLE).rows() >= 12);
        assertTrue(Artifact.read(tmp.resolve("data/mgf.csv"), Outputs.MGF).rows() >= 12);
        if (code == StageCli.OK) assertTrue(Files.size(tmp.resolve("fig/figure5.svg")) > 0);
        if (code == StageCli.OK) assertTrue(Files.size(tmp.resolve("fig/variance.svg")) > 0);
    }
}
