package geometry;

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

/** The stage end to end on small parameters with a fixture of euler-minimum's echi.csv; threads do not matter. */
class StageTest {
    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("FieldGeometry").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    /** Fixture of echi.csv: N = 2 from the disc's closed form (the pipeline checks euler-minimum's own numbers), N = 1 too. */
    static Path fixture(Path dir) throws Exception {
        StringBuilder s = new StringBuilder("# schema: euler-minimum.echi\n# schema_version: 1\nn,u,echi\n");
        int rows = 0;
        for (int n = 1; n <= 2; n++) {
            for (int k = 0; k < 81; k++) {
                double u = -27.36 + 31.36 * k / 80;
                double e = n == 2 ? Excursions.expected(u, Math.PI, Math.PI) : 0.5;
                s.append(n).append(',').append(u).append(',').append(e).append('\n');
                rows++;
            }
        }
        s.append("# rows: ").append(rows).append('\n');
        Path f = dir.resolve("echi.csv");
        Files.writeString(f, s);
        return f;
    }

    static int run(Path dir, Path echi, int threads) throws Exception {
        return StageCli.run(stage(), "--out", dir.resolve("data").toString(), "--figures", dir.resolve("fig").toString(),
                "--claims", "paper-checks/field-geometry.csv", "--profile", "quick", "--echi", echi.toString(),
                "--cond-dims", "1,3,20", "--cond-draws", "4", "--sign-m", "300", "--sign-realisations", "10", "--sign-points", "100",
                "--xi-n", "200", "--xi-m", "2000", "--xi-realisations", "3", "--xi-points", "60", "--xi-small-m", "200",
                "--xi-small-realisations", "80", "--xi-small-points", "20", "--power-reps", "30", "--power-max-size", "20000",
                "--crossover-max-n", "20", "--ec-fields", "150", "--ec-m", "300", "--ec-grid", "41", "--picture-m", "300",
                "--picture-grid", "41", "--picture-candidates", "5", "--threads", Integer.toString(threads));
    }

    @Test
    void smallRunAgreesWithTheRegistryAndIsThreadIndependent(@TempDir Path tmp) throws Exception {
        Path echi = fixture(tmp);
        int code = run(tmp.resolve("a"), echi, 2);
        Table checks = Artifact.read(tmp.resolve("a/data/checks.csv"), Claims.CHECKS);
        VerdictAssertions.noContradiction(checks, code);
        assertEquals(StageCli.OK, code, "these sizes decide every claim the quick profile decides");
        assertEquals(12, Artifact.read(tmp.resolve("a/data/conditioning.csv"), Outputs.CONDITIONING).rows());
        assertEquals(20, Artifact.read(tmp.resolve("a/data/crossover.csv"), Outputs.CROSSOVER).rows());
        Artifact.read(tmp.resolve("a/data/excursion-levels.csv"), Outputs.LEVELS);
        for (String f : new String[] {"figure2", "figure6", "figure6-euler", "xi2-law", "crossover"}) {
            assertTrue(Files.size(tmp.resolve("a/fig/" + f + ".svg")) > 0, f);
        }
        assertEquals(StageCli.OK, run(tmp.resolve("b"), echi, 1));
        for (String f : Outputs.FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a/data/" + f)), Files.readAllBytes(tmp.resolve("b/data/" + f)), f);
        }
    }

    @Test
    void badParametersExitWithUsage(@TempDir Path tmp) throws Exception {
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.toString(), "--xi-m", "0"));
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.toString(), "--echi", tmp.resolve("none.csv").toString(),
                "--cond-draws", "1", "--xi-realisations", "1", "--xi-points", "2", "--xi-n", "5", "--xi-m", "10",
                "--xi-small-realisations", "2", "--sign-realisations", "2", "--sign-points", "2", "--crossover-max-n", "2",
                "--ec-fields", "2", "--power-reps", "10", "--power-max-size", "10"));
    }
}
