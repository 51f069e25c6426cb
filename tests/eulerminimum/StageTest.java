package eulerminimum;

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

/** The stage end to end on small parameters with a gd-moments fixture: verdicts agree, artifacts validate. */
class StageTest {

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("EulerMinimum").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    /** Fixture of gd-moments' optimum.csv: eq (14) E[Φ1|η_opt] = -N(N+1)^{-1/2}((N+2)/(N+1))^{-N/2-1}. */
    static Path fixture(Path dir) throws Exception {
        StringBuilder s = new StringBuilder("# schema: gd-moments.optimum\n# schema_version: 1\nn,eta_opt,mean_phi1,asymptote\n");
        int[] dims = {1, 2, 50, 200, 500};
        for (int n : dims) {
            double mean = -n / Math.sqrt(n + 1.0) * Math.pow((n + 2.0) / (n + 1.0), -n / 2.0 - 1);
            s.append(n).append(',').append(1 / Math.sqrt(n + 1.0)).append(',').append(mean).append(',')
                    .append(-Math.sqrt(n / Math.E)).append('\n');
        }
        s.append("# rows: ").append(dims.length).append('\n');
        Path f = dir.resolve("optimum.csv");
        Files.writeString(f, s);
        return f;
    }

    @Test
    void smallRunAgreesWithTheRegistry(@TempDir Path tmp) throws Exception {
        int code = StageCli.run(stage(), "--out", tmp.resolve("data").toString(), "--figures", tmp.resolve("fig").toString(),
                "--claims", "paper-checks/euler-minimum.csv", "--profile", "quick", "--gd-optimum", fixture(tmp).toString(),
                "--level-dims", "1,2,50,200,500", "--curve-dims", "2,500", "--curve-points", "21",
                "--mc-fields", "300", "--mc-m", "300", "--mc-grid", "41", "--threads", "2");
        Table checks = Artifact.read(tmp.resolve("data/checks.csv"), Claims.CHECKS);
        VerdictAssertions.noContradiction(checks, code);
        assertEquals(5, Artifact.read(tmp.resolve("data/level.csv"), Outputs.LEVEL).rows());
        assertEquals(5, Artifact.read(tmp.resolve("data/gd-ratio.csv"), Outputs.RATIO).rows());
        Artifact.read(tmp.resolve("data/field-check.csv"), Outputs.FIELD);
        assertEquals(2, Artifact.read(tmp.resolve("data/shape.csv"), Outputs.SHAPE).rows());
        if (code == StageCli.OK) assertTrue(Files.size(tmp.resolve("fig/figure7-left.svg")) > 0);
        if (code == StageCli.OK) assertTrue(Files.size(tmp.resolve("fig/figure7-right.svg")) > 0);
    }
}
