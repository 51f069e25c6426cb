package gdmoments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lib.Claims;
import lib.RecordedVerdicts;
import lib.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §3.1's limits in η: the closed forms at extreme η against mpmath and the derived leading terms; the claims can turn. */
class EtaLimitsTest {
    static final Path REGISTRY = Path.of("paper-checks/gd-moments.csv");
    static final List<String> IDS = List.of("s31-mean-eta0", "s31-var-eta0", "s31-mean-etainf", "s31-var-etainf");

    @ParameterizedTest
    @CsvSource({
        "1, 1e-6, -9.999999999985e-7, 9.99999999991e-13",
        "500, 2e-9, -9.99999999999999e-7, 1.999999999999988e-15",
        "1, 1e6, -9.999999999985e-13, -3.5355339059247827e-7",
        "2, 1e6, -1.999999999996e-18, -4.999999999985e-13"})
    void closedFormsAtExtremeEtaMatchFiftyDigitEvaluation(int n, double eta, double mean, double varMinusOne) {
        // oracle: eqs (11)-(12) as printed, evaluated with mpmath at 50 digits
        assertEquals(mean, Moments.mean(n, eta), 1e-13 * Math.abs(mean));
        // Var − 1 is read off a double near 1: absolute rounding ~2e-16
        assertEquals(varMinusOne, Moments.variance(n, eta) - 1, 4e-16);
    }

    @Test
    void departuresFollowTheDerivedLeadingTerms() {
        for (EtaLimits.Row r : EtaLimits.rows(new int[] {1, 2, 100, 500})) {
            // oracle: the expansions of EtaLimits' class comment. The next orders, derived the same way, are relative
            // −(N/2 + 1)η² (mean) and −(3N + 6)η² (variance) towards 0, −(N/2 + 1)/η² and O((N + 6)/η²) towards ∞;
            // Var − 1 is read off a double near 1 (absolute rounding ~2e-16)
            int n = r.n();
            double next = r.side().equals(EtaLimits.TO_ZERO) ? (3 * n + 6) * r.eta() * r.eta() : (n + 6) / (r.eta() * r.eta());
            assertEquals(r.meanLeading(), r.mean(), 2 * next * Math.abs(r.meanLeading()) + 1e-300, r.toString());
            assertEquals(r.varianceLeading(), r.variance() - 1, 2 * next * Math.abs(r.varianceLeading()) + 4e-16, r.toString());
        }
    }

    static Map<String, String> verdicts(List<EtaLimits.Row> rows, Path out) {
        Claims c = Claims.load(REGISTRY);
        ClaimChecks.limits(c, rows);
        return RecordedVerdicts.of(c, out, IDS);
    }

    @Test
    void theClosedFormsGiveTheRegisteredVerdictsAndWrongLimitsAreRefuted(@TempDir Path tmp) {
        List<EtaLimits.Row> rows = EtaLimits.rows(new int[] {1, 500});
        assertEquals(RecordedVerdicts.registered(Claims.load(REGISTRY), IDS), verdicts(rows, tmp.resolve("real.csv")));

        // wrong: eq (12)'s first line E[v1] as the variance (it tends to 0 as η → 0), a mean that tends to −1/2 as η → ∞
        List<EtaLimits.Row> wrong = new ArrayList<>();
        for (EtaLimits.Row r : rows) {
            boolean toZero = r.side().equals(EtaLimits.TO_ZERO);
            wrong.add(new EtaLimits.Row(r.side(), r.n(), r.eta(), toZero ? r.mean() + 0.01 : r.mean() - 0.5,
                    toZero ? r.expectedV1() : r.variance() + 0.01, r.expectedV1(), r.meanLeading(), r.varianceLeading()));
        }
        assertEquals(RecordedVerdicts.all(IDS, Verdict.REFUTED), verdicts(wrong, tmp.resolve("wrong.csv")));
    }
}
