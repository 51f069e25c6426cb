package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For stage tests at sizes of their own (neither the paper nor the quick profile): a claim these sizes cannot decide
 * may be inconclusive, but no verdict may contradict the registry (reproduced where refuted is registered, or the
 * reverse), and every claim must be evaluated.
 */
public final class VerdictAssertions {
    private VerdictAssertions() {}

    public static void noContradiction(Table checks, int exitCode) {
        boolean allAgree = true;
        for (int i = 0; i < checks.rows(); i++) {
            if (Claims.isPart(checks, i)) continue;   // a value of a claim's open parameter: its claim's row decides
            String verdict = checks.text(i, "verdict");
            String registered = checks.text(i, "registered_verdict");
            String what = checks.text(i, "claim") + ": " + verdict + " (registered " + registered + "): " + checks.text(i, "evidence");
            assertNotEquals(Claims.MISSING, verdict, what);
            assertTrue(verdict.equals(registered) || verdict.equals(Verdict.INCONCLUSIVE), what);
            allAgree &= verdict.equals(registered);
        }
        assertEquals(allAgree ? StageCli.OK : StageCli.CLAIMS_DIFFER, exitCode);
    }
}
