package sgdmarkov;

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

/** The stage end to end on small parameters: no verdict contradicts the registry, artifacts validate, threads do not matter. */
class StageTest {
    static final String[] FILES = {"problems.csv", "theorem7.csv", "floors.csv", "theorem8.csv", "quadratic.csv",
        "quadratic-histogram.csv", "slice.csv", "slice-marginal.csv", "slice-minima.csv", "slice-landscape.csv", "annealing.csv",
        "step.csv", "real-sgd.csv", "mnist-spectrum.csv", "lemmas.csv", "remark9-cost.csv", "remark11.csv", "lyapunov.csv",
        "high-temperature.csv", "checks.csv"};
    static final String[] FIGURES = {"quadratic-stationary", "slice-stationary", "slice-landscape", "distance-to-gibbs",
        "theorem7-floor", "theorem8-decay", "real-sgd-spread", "annealing"};

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("SgdMarkov").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    static int run(Path dir, Path manifest, int threads) throws Exception {
        return StageCli.run(stage(), "--out", dir.resolve("data").toString(), "--figures", dir.resolve("fig").toString(),
                "--claims", "paper-checks/sgd-markov.csv", "--profile", "quick", "--mnist-manifest", manifest.toString(),
                "--mnist-dir", Mnist.dir().toString(), "--mnist-items", "400", "--step-items", "300", "--step-batch", "60",
                "--step-draws", "200", "--real-chains", "2", "--real-burn", "100", "--real-steps", "400",
                "--thm7-fractions", "0.3", "--floor-runs", "8", "--decay-horizon", "4096", "--decay-runs", "16",
                "--quad-steps", "0.5,1.5", "--quad-chains", "8", "--quad-samples", "5000", "--temp-chains", "8",
                "--temp-samples", "20000", "--slice-steps", "1,0.5,0.25", "--slice-chains", "8",
                "--slice-time", "10000", "--scaling-time", "300", "--anneal-runs", "20", "--anneal-stages", "0,100", "--lyap-chains", "4", "--lyap-steps", "20000",
                "--threads", Integer.toString(threads));
    }

    @Test
    void smallRunAgreesWithTheRegistryAndIsThreadIndependent(@TempDir Path tmp) throws Exception {
        Path manifest = Mnist.manifest(tmp.resolve("mnist-data"));
        int code = run(tmp.resolve("a"), manifest, 2);
        Table checks = Artifact.read(tmp.resolve("a/data/checks.csv"), Claims.CHECKS);
        assertEquals(42, java.util.stream.IntStream.range(0, checks.rows()).filter(i -> !lib.Claims.isPart(checks, i)).count());
        VerdictAssertions.noContradiction(checks, code);
        Artifact.read(tmp.resolve("a/data/theorem7.csv"), Outputs.THEOREM7);
        Artifact.read(tmp.resolve("a/data/slice.csv"), Outputs.SLICE);
        Artifact.read(tmp.resolve("a/data/real-sgd.csv"), Outputs.REAL);
        Table spectrum = Artifact.read(tmp.resolve("a/data/mnist-spectrum.csv"), Outputs.SPECTRUM);
        assertEquals(785, spectrum.rows());
        if (code == StageCli.OK) for (String f : FIGURES) assertTrue(Files.size(tmp.resolve("a/fig/" + f + ".svg")) > 0, f);
        assertEquals(code, run(tmp.resolve("b"), manifest, 1));
        for (String f : FILES) {
            // determinism: same parameters and seed, one thread instead of two: byte-identical artifacts
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a/data/" + f)), Files.readAllBytes(tmp.resolve("b/data/" + f)), f);
        }
    }

    /** An empty MNIST manifest is bad input (exit 2), not a silent change of experiment. */
    @Test
    void emptyManifestIsBadInput(@TempDir Path tmp) throws Exception {
        Path m = tmp.resolve("files.csv");
        Files.writeString(m, "# schema: mnist-files\n# schema_version: 1\nrole,file,items,bytes,sha256,source\n# rows: 0\n");
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.resolve("d").toString(), "--mnist-manifest", m.toString(),
                "--mnist-dir", Mnist.dir().toString()));
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.resolve("d").toString(), "--slice-steps", "0.5,0.25"));
    }
}
