package pspin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import lib.Claim;
import lib.Claims;
import lib.Observation;
import lib.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Every claim of paper-checks/pspin-complexity.csv and pspin-descent.csv can go the other way: each registered check is fed a deliberately
 * wrong value (the alternative, or the document's own wrong number where the registry has it refuted, replaced by
 * the derived one), computed here by the project's code or stated with a standard error of the size the stage gets,
 * and its verdict flips.
 */
class ClaimsRefuteTest {
    @Test
    void everyComplexityCheckTurnsWhenItsInputIsWrong() {
        Map<String, Observation> wrong = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        // registered refuted: fed the document's own value, the check reproduces
        put(wrong, expected, "002-threshold-formula", Observation.exact(-Complexity.eInf(3) * Math.sqrt(0.5)), Verdict.REPRODUCED);
        put(wrong, expected, "002-sigma-formula-u0", Observation.exact(0.5 * Math.log(2) - 0.5), Verdict.REPRODUCED);
        put(wrong, expected, "002-free-energy-coefficient", Observation.exact(0.5), Verdict.REPRODUCED);
        put(wrong, expected, "002-code-shift", Observation.estimate(2.01, 0.015).against(3, "p"), Verdict.REPRODUCED);
        put(wrong, expected, "002-code-positive-spectrum-u-1.7", Observation.exact(0), Verdict.REPRODUCED);
        put(wrong, expected, "004-p2-minimum-independent-entries", Observation.estimate(-1.99, 0.005), Verdict.REPRODUCED);
        // registered reproduced: fed a wrong value, the check refutes
        put(wrong, expected, "002-ground-state", Observation.exact(-Complexity.eInf(3)), Verdict.REFUTED);
        put(wrong, expected, "002-catalan-m4", Observation.estimate(3, 0.005).against(3, "(2k-1)!!"), Verdict.REFUTED);
        put(wrong, expected, "002-catalan-m6", Observation.estimate(15, 0.02).against(15, "(2k-1)!!"), Verdict.REFUTED);
        put(wrong, expected, "002-catalan-m8", Observation.estimate(105, 0.1).against(105, "(2k-1)!!"), Verdict.REFUTED);
        // with 002's code shift 2 the edge at u = -1.7 is -4.94 + 3.4
        put(wrong, expected, "002-positive-spectrum-u-1.7", Observation.estimate(-4.94 + 2 * 1.7, 0.02), Verdict.REFUTED);
        // a reversal E_1 > E_0
        put(wrong, expected, "004-ek-ordering", Observation.exact(Complexity.eK(1, 3) - Complexity.eK(0, 3)), Verdict.REFUTED);
        put(wrong, expected, "004-floor-limit", Observation.exact(-Complexity.eInf(3) * Math.sqrt(0.5)), Verdict.REFUTED);
        put(wrong, expected, "004-p2-minimum", Observation.estimate(-Math.sqrt(2), 0.005), Verdict.REFUTED);
        put(wrong, expected, "004-p2-critical-points", Observation.exact(2), Verdict.REFUTED);
        put(wrong, expected, "004-constant-coupling", Observation.exact(0.9), Verdict.REFUTED);
        // the joint law at a point (N = 20, 4000 tensors): the wrong normalisation p!, the Euclidean average, no projection
        put(wrong, expected, "002-var-f", Observation.estimate(6, 0.13).against(6, "p!"), Verdict.REFUTED);
        put(wrong, expected, "002-var-grad", Observation.estimate(3.3, 0.015).against(3.3, "Euclidean mean"), Verdict.REFUTED);
        put(wrong, expected, "002-var-grad-euclidean", Observation.estimate(3.0, 0.07).against(9, "p^2"), Verdict.REPRODUCED);
        put(wrong, expected, "002-f-grad-uncorrelated", Observation.estimate(0.16, 0.0155).against(0.16, "1/sqrt(2(N-1))"),
                Verdict.REFUTED);
        // critical points: a fraction off 1/2 at u = 0; at u = -1 most of them minima (as near the floor)
        put(wrong, expected, "002-spectrum-u0-half-negative", Observation.estimate(0.4, 0.002), Verdict.REFUTED);
        put(wrong, expected, "002-spectrum-u-1-straddles", Observation.estimate(0.2, 0.03), Verdict.REFUTED);
        // lambda_min at u = 0 in the Hessian's own units -2 sqrt 6; the slope 002's E_th needs
        put(wrong, expected, "002-lambda-min-u0", Observation.estimate(-2 * Math.sqrt(6), 0.007), Verdict.REFUTED);
        put(wrong, expected, "002-lambda-min-slope", Observation.estimate(Math.sqrt(3), 0.02).against(2 / Complexity.eInf(3), "2/E_inf"),
                Verdict.REPRODUCED);
        // p = 2: a sum equal to chi everywhere; 002's sign for even N in the sublevel claim; a missed pair of critical points
        put(wrong, expected, "002-euler-p2", Observation.exact(0), Verdict.REPRODUCED);
        put(wrong, expected, "004-euler-sublevel-p2", Observation.exact(4), Verdict.REFUTED);
        put(wrong, expected, "002-morse-pairs-p2", Observation.exact(2), Verdict.REFUTED);
        // p = 2's rate (no exponential growth); 002's Sigma(0) formula, which lacks 1/2
        put(wrong, expected, "004-exponential-critical-points", Observation.exact(Landscape.totalRate(2)[1]), Verdict.REFUTED);
        put(wrong, expected, "004-theta-p0-closed-form", Observation.exact(0.5), Verdict.REFUTED);
        assertTurns("paper-checks/pspin-complexity.csv", wrong, expected);
    }

    @Test
    void everyDescentCheckTurnsWhenItsInputIsWrong() {
        Map<String, Observation> wrong = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        put(wrong, expected, "004-gd-floor", Observation.estimate(1.5, 0.05), Verdict.REFUTED);
        // the mean end energy two window widths below the floor, the original seed's standard error
        put(wrong, expected, "004-gd-floor-confirm", Observation.estimate(-2, 0.1), Verdict.REFUTED);
        put(wrong, expected, "004-gd-floor-extrapolated", Observation.estimate(-1.55, 0.005), Verdict.REFUTED);
        put(wrong, expected, "004-gd-separation", Observation.estimate(-Complexity.eK(0, 3), 0.002), Verdict.REFUTED);
        // a run reaching the ground state less often at the modest N than at the larger one
        put(wrong, expected, "004-modest-n-global", Observation.estimate(-0.2, 0.03), Verdict.REFUTED);
        // registered refuted: fed a typical run reaching it (three quarters of the runs), the check reproduces
        put(wrong, expected, "004-modest-n-typical", Observation.estimate(0.75, 0.016), Verdict.REPRODUCED);
        // one sample whose two batches disagree
        put(wrong, expected, "004-ground-state-found", Observation.exact(1), Verdict.REFUTED);
        // the ground state growing like sqrt N (couplings N(0, 1) instead of N(0, 1/N))
        put(wrong, expected, "004-ground-state-scale", Observation.estimate(0.5, 0.011), Verdict.REFUTED);
        put(wrong, expected, "001-spread-decay", Observation.estimate(0.3, 0.05), Verdict.REFUTED);
        assertTurns("paper-checks/pspin-descent.csv", wrong, expected);
    }

    /** Every claim of the registry is fed its wrong value and decided as expected. */
    static void assertTurns(String registry, Map<String, Observation> wrong, Map<String, String> expected) {
        Claims claims = Claims.load(Path.of(registry));
        assertEquals(claims.all().keySet(), expected.keySet(), "every registered claim is exercised");
        Map<String, String> got = new LinkedHashMap<>();
        for (Map.Entry<String, Observation> e : wrong.entrySet()) {
            Claim c = claims.claim(e.getKey());
            got.put(e.getKey(), Verdict.decide(c, e.getValue()).verdict());
        }
        assertEquals(expected, got);
    }

    private static void put(Map<String, Observation> w, Map<String, String> e, String id, Observation o, String verdict) {
        w.put(id, o);
        e.put(id, verdict);
    }
}
