package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VerdictTest {
    static Claim claim(String kind, double expected, double tol) {
        return new Claim("c", "000", "eq", "s", "g", "document", expected, kind, tol, "why", Verdict.REPRODUCED, "", "");
    }

    /** Exact values: each kind at both sides of its boundary. */
    @ParameterizedTest
    @CsvSource({
        "abs,   1.0, 0.1, 1.09, reproduced",  "abs,   1.0, 0.1, 1.11, refuted",
        "rel,  -2.0, 0.1, -2.19, reproduced", "rel,  -2.0, 0.1, -2.21, refuted",
        "min,   0.96, 0.0, 0.961, reproduced", "min,  0.96, 0.0, 0.959, refuted",
        "max,   0.0, 0.0, -1.0, reproduced",  "max,   0.0, 0.0, 1e-9, refuted"})
    void exactValuesDecideAtTheTolerance(String kind, double expected, double tol, double observed, String verdict) {
        assertEquals(verdict, Verdict.decide(claim(kind, expected, tol), Observation.exact(observed)).verdict());
    }

    /** Estimates: the interval v ± 3 se must lie wholly inside (reproduced) or wholly outside (refuted) the tolerance. */
    @ParameterizedTest
    @CsvSource({
        "abs, 1.0, 0.1, 1.05, 0.016, reproduced",   // |d| + 3se = 0.098 <= 0.1
        "abs, 1.0, 0.1, 1.05, 0.017, inconclusive", // 0.101 > 0.1 and 0.05 - 0.051 < 0.1
        "abs, 1.0, 0.1, 1.20, 0.033, refuted",      // 0.2 - 0.099 > 0.1
        "abs, 1.0, 0.1, 1.20, 0.034, inconclusive",
        "min, 0.96, 0, 0.97, 0.0033, reproduced",   // 0.97 - 0.0099 >= 0.96
        "min, 0.96, 0, 0.97, 0.0034, inconclusive",
        "min, 0.96, 0, 0.95, 0.0033, refuted",
        "max, 0, 0, -0.31, 0.1, reproduced", "max, 0, 0, -0.31, 0.11, inconclusive", "max, 0, 0, 0.31, 0.1, refuted"})
    void estimatesDecideByTheirInterval(String kind, double expected, double tol, double observed, double se, String verdict) {
        assertEquals(verdict, Verdict.decide(claim(kind, expected, tol), Observation.estimate(observed, se)).verdict());
    }

    @Test
    void anInconclusiveIntervalSaysWhichSizeWouldDecideIt() {
        // d = 0.05, margin 0.1, 3 se = 0.06 -> gap 0.05; n' = n (0.06 / 0.05)^2 = 1.44 n
        Verdict.Decision d = Verdict.decide(claim("abs", 1, 0.1), Observation.estimate(1.05, 0.02).size(1000, "draws"));
        assertEquals(Verdict.INCONCLUSIVE, d.verdict());
        assertEquals(1440, d.sizeNeeded(), 1e-9);
    }

    /** Oracle: standard normal tables, Phi(1.959964) = 0.975 and Phi(1.281552) = 0.9. */
    @Test
    void powerOfTheTwoSidedTestMatchesTheNormalTables() {
        assertEquals(0.05, Verdict.power(1.959964, 0), 1e-6);
        assertEquals(0.9, Verdict.power(4, 4 + 1.281552), 1e-4);   // the far tail Phi(-9.28) is negligible
        assertEquals(4 + 1.281552, Verdict.shiftForPower(4), 1e-4);
    }

    @Test
    void aSigmaClaimIsReproducedOnlyWhenItsTestCouldHaveRefutedTheAlternative() {
        Claim c = claim("sigma", 1.0, 4);
        // se 0.01: the alternative 0.9 lies 10 se away: power ~ 1 -> a value near 1 reproduces
        assertEquals(Verdict.REPRODUCED, Verdict.decide(c, Observation.estimate(1.01, 0.01).against(0.9, "alt")).verdict());
        // se 0.05: the alternative lies 2 se away: power 0.02 -> inconclusive, and the size that would decide
        Verdict.Decision weak = Verdict.decide(c, Observation.estimate(1.01, 0.05).against(0.9, "alt").size(1e4, "draws"));
        assertEquals(Verdict.INCONCLUSIVE, weak.verdict());
        assertEquals(1e4 * Math.pow(Verdict.shiftForPower(4) / 2, 2), weak.sizeNeeded(), 1e-6);
        // a value 5 se away is refuted whatever the power
        assertEquals(Verdict.REFUTED, Verdict.decide(c, Observation.estimate(1.25, 0.05).against(0.9, "alt")).verdict());
        assertThrows(IllegalStateException.class, () -> Verdict.decide(c, Observation.exact(1.0)));
    }

    @Test
    void aTestIsRefutedBelowItsLevelAndReproducedOnlyWithPower() {
        Claim c = claim("test", 1e-3, 0);
        assertEquals(Verdict.REFUTED, Verdict.decide(c, Observation.test(1e-4, 0.99)).verdict());
        assertEquals(Verdict.REPRODUCED, Verdict.decide(c, Observation.test(0.3, 0.95)).verdict());
        Verdict.Decision weak = Verdict.decide(c, Observation.test(0.3, 0.2).sizeNeeded(5e7));
        assertEquals(Verdict.INCONCLUSIVE, weak.verdict());
        assertEquals(5e7, weak.sizeNeeded());
    }

    @Test
    void undecidableObservationsAreInconclusive() {
        assertEquals(Verdict.INCONCLUSIVE, Verdict.decide(claim("abs", 0, 1), Observation.undecidable("no such N")).verdict());
    }
}
