package report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import lib.Claim;
import lib.Observation;
import lib.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The p-values, Holm's correction and the chance of false refutations, against a hand-worked example. */
class MultiplicityTest {
    static Claim claim(String kind, double expected, double tolerance) {
        return new Claim("c", "000", "eq (1)", "s", "g", "document", expected, kind, tolerance, "why", "reproduced", "", "");
    }

    // standard normal tails from the complementary error function (2Φ(−z) = erfc(z/√2), Python math.erfc): 2Φ(−4), 2Φ(−3.1), 2Φ(−3), Φ(−3)
    static final double TWO_TAIL_4 = 6.334248366623996e-5;
    static final double TWO_TAIL_3_1 = 0.0019352064264367;
    static final double TWO_TAIL_3 = 0.0026997960632601866;
    static final double TAIL_3 = 0.0013498980316300933;

    /**
     * Four claims of one document with a p-value, and one exact claim without:
     * A sigma z = 4 (p = 6.334e-5, level 0.0027), B sigma z = 3.1 (p = 0.001935, refuted at its own level 0.0027),
     * C a test with p = 0.004 at level 0.01, D an abs estimate well inside its band (p ≈ 1), E exact.
     * By hand, m = 4, sorted A < B < C < D: adjusted A = 4 × 6.334e-5 = 2.534e-4; B = max(2.534e-4, 3 × 0.001935) = 0.005806;
     * C = max(0.005806, 2 × 0.004) = 0.008; D = 1. A survives (2.5e-4 ≤ 0.0027), B does not (0.0058 > 0.0027),
     * C does (0.008 ≤ 0.01).
     */
    static List<Multiplicity.Test> example() {
        return List.of(
                Multiplicity.test(claim("sigma", 0, 3), Observation.estimate(4, 1)),
                Multiplicity.test(claim("sigma", 0, 3), Observation.estimate(3.1, 1)),
                Multiplicity.test(claim("test", 0.01, 0), Observation.test(0.004, 0.95)),
                Multiplicity.test(claim("abs", 1, 0.1), Observation.estimate(1.0, 0.01)),
                Multiplicity.test(claim("abs", 1, 0.1), Observation.exact(2)));
    }

    @Test
    void pValuesAndLevelsOfEachKind() {
        List<Multiplicity.Test> t = example();
        assertEquals(TWO_TAIL_4, t.get(0).p(), 1e-12);
        assertEquals(TWO_TAIL_3, t.get(0).level(), 1e-12);
        assertEquals(TWO_TAIL_3_1, t.get(1).p(), 1e-10);
        assertEquals(0.004, t.get(2).p(), 0);
        assertEquals(0.01, t.get(2).level(), 0);
        assertEquals(1, t.get(3).p(), 1e-15, "10 SE inside the band");
        assertEquals(TAIL_3, t.get(3).level(), 1e-12);
        assertFalse(t.get(4).present(), "an exact value has no p-value");
    }

    @Test
    void holmAdjustedPValuesOfTheHandWorkedExample() {
        List<Multiplicity.Test> t = example();
        double[] adjusted = Multiplicity.holm(t);
        assertEquals(4 * TWO_TAIL_4, adjusted[0], 1e-12);
        assertEquals(3 * TWO_TAIL_3_1, adjusted[1], 1e-10);
        assertEquals(0.008, adjusted[2], 1e-15);
        assertEquals(1, adjusted[3], 1e-12);
        assertTrue(Double.isNaN(adjusted[4]));
        assertTrue(Multiplicity.survives(t.get(0), adjusted[0]));
        assertFalse(Multiplicity.survives(t.get(1), adjusted[1]), "refuted at 3.1 SE alone, not after the correction");
        assertTrue(Multiplicity.survives(t.get(2), adjusted[2]));
        assertTrue(Multiplicity.survives(t.get(4), adjusted[4]), "an exact refutation is not a chance event");
    }

    @Test
    void theAdjustedPValuesNeverDecreaseWithThePValues() {
        List<Multiplicity.Test> t = List.of(new Multiplicity.Test(0.02, 0.05), new Multiplicity.Test(0.01, 0.05), new Multiplicity.Test(0.011, 0.05));
        double[] a = Multiplicity.holm(t);
        // sorted 0.01, 0.011, 0.02: 0.03, max(0.03, 0.022) = 0.03, max(0.03, 0.02) = 0.03
        assertEquals(0.03, a[1], 1e-15);
        assertEquals(0.03, a[2], 1e-15);
        assertEquals(0.03, a[0], 1e-15);
    }

    @Test
    void chanceOfFalseRefutationsIsTheSumOfTheLevels() {
        Multiplicity.Chance c = Multiplicity.chance(example());
        assertEquals(4, c.tests());
        assertEquals(2 * TWO_TAIL_3 + 0.01 + TAIL_3, c.expected(), 1e-12);
        assertEquals(1 - Math.pow(1 - TWO_TAIL_3, 2) * (1 - 0.01) * (1 - TAIL_3), c.atLeastOne(), 1e-12);
    }

    /** lib/Verdict refutes a claim exactly when its p-value is below its level (on either side of the edge). */
    @ParameterizedTest
    @MethodSource
    void verdictRefutesExactlyBelowTheLevel(Claim c, Observation o) {
        Multiplicity.Test t = Multiplicity.test(c, o);
        assertEquals(Verdict.decide(c, o).verdict().equals(Verdict.REFUTED), t.p() < t.level(), c.kind() + " " + o);
    }

    static Stream<Arguments> verdictRefutesExactlyBelowTheLevel() {
        return Stream.of(
                Arguments.of(claim("sigma", 0, 3), Observation.estimate(2.99, 1)),
                Arguments.of(claim("sigma", 0, 3), Observation.estimate(-3.01, 1)),
                Arguments.of(claim("abs", 0, 1), Observation.estimate(1.5, 0.17)),
                Arguments.of(claim("abs", 0, 1), Observation.estimate(1.5, 0.16)),
                Arguments.of(claim("rel", 2, 0.5), Observation.estimate(0.65, 0.1)),
                Arguments.of(claim("rel", 2, 0.5), Observation.estimate(0.72, 0.1)),
                Arguments.of(claim("min", 1, 0.1), Observation.estimate(0.5, 0.13)),
                Arguments.of(claim("min", 1, 0.1), Observation.estimate(0.5, 0.14)),
                Arguments.of(claim("max", 0, 0), Observation.estimate(0.31, 0.1)),
                Arguments.of(claim("max", 0, 0), Observation.estimate(0.29, 0.1)),
                Arguments.of(claim("test", 0.01, 0), Observation.test(0.009, 0.95)),
                Arguments.of(claim("test", 0.01, 0), Observation.test(0.011, 0.95)));
    }
}
