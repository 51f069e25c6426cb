package asymptoticnormality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lib.Claims;
import lib.RecordedVerdicts;
import lib.Verdict;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of the proof of Theorem 1 (eq 22 on its own, eq 23's saddle point, what it drops, its second line) decide as
 * registered on the real computation, and each turns when fed a deliberately wrong one.
 */
class ProofStepsTest {
    static final Path REGISTRY = Path.of("paper-checks/asymptotic-normality.csv");
    static final List<String> IDS = List.of("eq22-mgf-mc", "eq23-saddle-point", "eq23-dropped-term", "eq23-second-line");
    static final double[] XS = {0.1, 0.5, 1, 1.5, 2, 3};

    static Map<String, String> verdicts(List<Study.SaddleRow> saddle, List<Study.MgfRow> mgf, Path out) {
        Claims c = Claims.load(REGISTRY);
        ClaimChecks.mgfIdentity(c, mgf);
        ClaimChecks.saddlePoint(c, saddle);
        return RecordedVerdicts.of(c, out, IDS);
    }

    /** Conditional-model draws at N = 500, X = 0.5 and 1 (2e5 each), every draw moved by {@code shift}. */
    static List<Study.MgfRow> mgfRows(double shift) {
        ForkJoinPool pool = new ForkJoinPool(2);
        List<Cell> cells = new ArrayList<>();
        for (double x : new double[] {0.5, 1}) {
            double[] s = ConditionalModel.sample(500, Limits.eta(500, x), 200_000, 7, "proof-steps-test/X=" + x, pool);
            for (int i = 0; i < s.length; i++) s[i] += shift;
            cells.add(Cell.of("conditional-model", 500, x, s));
        }
        return Study.mgf(cells);
    }

    @Test
    void theRealComputationGivesTheRegisteredVerdicts(@TempDir Path tmp) {
        assertEquals(RecordedVerdicts.registered(Claims.load(REGISTRY), IDS), verdicts(Study.saddle(XS, new double[] {1e8}), mgfRows(0), tmp.resolve("checks.csv")));
    }

    @Test
    void eachCheckTurnsWhenFedAWrongComputation(@TempDir Path tmp) {
        List<Study.SaddleRow> wrong = new ArrayList<>();
        for (Study.SaddleRow r : Study.saddle(XS, new double[] {1e8})) {
            // the document's step taken as true (the log-MGF is its saddle value) and a second line that restates the first
            wrong.add(new Study.SaddleRow(r.dims(), r.x(), r.t(), r.saddle(), r.saddle(), r.saddle(), r.dropped()));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("eq22-mgf-mc", Verdict.REFUTED);        // draws moved by 0.05: their MGF is off by e^{±0.05}
        expected.put("eq23-saddle-point", Verdict.REPRODUCED);
        expected.put("eq23-dropped-term", Verdict.REFUTED);
        expected.put("eq23-second-line", Verdict.REPRODUCED);
        assertEquals(expected, verdicts(wrong, mgfRows(0.05), tmp.resolve("checks.csv")));
    }

    @Test
    void eq22ThresholdIsTheBonferroniNormalQuantileForThePaperProfile() throws Exception {
        String profile = Files.readString(Path.of("workflow/profiles/paper/asymptotic-normality.mk"));
        int cells = count(profile, "AN_MC_DIMS") * count(profile, "AN_XS");
        // oracle: Commons Math's normal quantile; cells × the two t of Mgf.TS, family-wise 1e-3, two-sided
        double q = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - 1e-3 / (2 * cells * Mgf.TS.length));
        assertEquals(q, Claims.load(REGISTRY).claim("eq22-mgf-mc").tolerance(), 0.005);
    }

    static int count(String profile, String variable) {
        Matcher m = Pattern.compile("(?m)^" + variable + " \\?= (\\S+)").matcher(profile);
        m.find();
        return m.group(1).split(",").length;
    }
}
