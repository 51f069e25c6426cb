package deeplinear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import lib.Artifact;
import lib.Claim;
import lib.Claims;
import lib.Observation;
import lib.StageCli;
import lib.Table;
import lib.Verdict;
import lib.VerdictAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage deep-linear end to end on small parameters, and every claim turned by a wrong value. */
class StageTest {
    static final String[] FILES = {"convexity.csv", "descent.csv", "critical-points.csv", "checks.csv"};

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage() throws Exception {
        Constructor<?> c = Class.forName("DeepLinear").getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    static int run(Path dir, int threads) throws Exception {
        return StageCli.run(stage(), "--out", dir.resolve("data").toString(), "--figures", dir.resolve("fig").toString(),
                "--claims", "paper-checks/deep-linear.csv", "--profile", "quick", "--depths", "2,3", "--instances", "2",
                "--points", "5", "--starts", "2", "--threads", Integer.toString(threads));
    }

    @Test
    void smallRunDoesNotContradictTheRegistryAndIsThreadIndependent(@TempDir Path tmp) throws Exception {
        int code = run(tmp.resolve("a"), 2);
        VerdictAssertions.noContradiction(Artifact.read(tmp.resolve("a/data/checks.csv"), Claims.CHECKS), code);
        assertEquals(StageCli.OK == code, Files.exists(tmp.resolve("a/fig/critical-points.svg")));
        assertEquals(code, run(tmp.resolve("b"), 1));
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a/data/" + f)), Files.readAllBytes(tmp.resolve("b/data/" + f)), f);
        }
    }

    @Test
    void badParametersExitWithUsage(@TempDir Path tmp) throws Exception {
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.toString(), "--depths", "1"));
        assertEquals(StageCli.BAD_INPUT, StageCli.run(stage(), "--out", tmp.toString(), "--samples", "3"));
    }

    /**
     * Each claim fed what a wrong statement would give: a convexity violation within a layer; a function that is convex
     * (no counterexample above the chord); a descent ending at a local minimum 10 % above the global one; a two-layer
     * saddle with no negative eigenvalue; a negative eigenvalue at W = 0 for depth 3 (as at depth 2).
     */
    @Test
    void everyCheckTurnsWhenItsInputIsWrong() {
        Claims claims = Claims.load(Path.of("paper-checks/deep-linear.csv"));
        Map<String, Observation> wrong = new LinkedHashMap<>();
        wrong.put("004-deep-linear-convex-each", Observation.exact(1e-3));
        wrong.put("004-deep-linear-not-convex", Observation.exact(-0.01));
        wrong.put("004-deep-linear-local-min-global", Observation.exact(0.1));
        wrong.put("004-deep-linear-strict-saddles-d2", Observation.exact(0));
        wrong.put("004-deep-linear-degenerate-saddle-d3", Observation.exact(-0.026));
        assertEquals(claims.all().keySet(), wrong.keySet(), "every registered claim is exercised");
        for (Map.Entry<String, Observation> e : wrong.entrySet()) {
            Claim c = claims.claim(e.getKey());
            assertEquals(Verdict.REFUTED, Verdict.decide(c, e.getValue()).verdict(), c.id());
        }
    }
}
