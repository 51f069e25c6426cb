package eulerminimum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import lib.Claims;
import lib.RecordedVerdicts;
import lib.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Figure 7's shape: the measured values against closed forms and mpmath; the claims decide as registered and can turn. */
class ShapeTest {
    static final Path REGISTRY = Path.of("paper-checks/euler-minimum.csv");
    static final List<String> IDS = List.of("fig7-threshold-grows", "fig7-zero-below", "fig7-one-above");

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void dimensionOneAndTwoAgainstTheClosedForms(int n) {
        // oracle: the hand-derived E χ of the interval and the disc (EulerCharacteristicTest), evaluated in double
        DoubleUnaryOperator closed = n == 1 ? EulerCharacteristicTest::closedFormN1 : EulerCharacteristicTest::closedFormN2;
        Shape.Row r = Shape.row(n, List.of());
        assertEquals(0.5, closed.applyAsDouble(r.uStar()), 1e-14);
        assertEquals(closed.applyAsDouble(r.uStar() - Shape.OFFSET), r.below(), 1e-15);
        double worst = 0;
        for (double u = r.uStar() + Shape.OFFSET; u <= Shape.U_TOP; u += Shape.STEP) worst = Math.max(worst, Math.abs(closed.applyAsDouble(u) - 1));
        assertEquals(worst, r.aboveDeparture(), 1e-14);
        // the literal reading (superlevel formula at u) is the sublevel curve at −u
        assertEquals(closed.applyAsDouble(-(r.uStar() - Shape.OFFSET)), r.literalBelow(), 1e-14);
        assertEquals(closed.applyAsDouble(-(r.uStar() + Shape.OFFSET)), r.literalAbove(), 1e-14);
    }

    @Test
    void dimension500AgainstMpmath() {
        // oracle: mpmath 1.3 at 60 digits, the sum of EulerCharacteristicTest's mpmath oracle, root by the secant method
        Shape.Row r = Shape.row(500, List.of());
        assertEquals(-22.345771223855171, r.uStar(), 1e-12);
        assertEquals(1.6202599500725938e-5, r.below(), 1e-15);
        assertEquals(1.0 - 0.99999311629626309, Math.abs(Study.sublevel(500, r.uStar() + Shape.OFFSET) - 1), 1e-15);
        assertTrue(r.aboveDeparture() >= 1.0 - 0.99999311629626309 - 1e-15);
    }

    @Test
    void largestIncreaseOfTheLevel() {
        List<Level.Result> falling = List.of(result(1, -0.68), result(4, -1.9), result(2, -1.15));
        assertEquals(-0.47, Shape.largestIncrease(falling), 1e-12);   // oracle: by hand, consecutive in N: −1.15 − (−0.68)
        assertEquals(0.1, Shape.largestIncrease(List.of(result(1, -0.68), result(2, -0.58))), 1e-12);
    }

    static Level.Result result(int n, double u) {
        return new Level.Result(n, u, u, 40, 70, 0);
    }

    static Map<String, String> verdicts(List<Level.Result> levels, List<Shape.Row> rows, Path out) {
        Claims c = Claims.load(REGISTRY);
        ClaimChecks.shape(c, levels, rows);
        return RecordedVerdicts.of(c, out, IDS);
    }

    @Test
    void theRealCurvesGiveTheRegisteredVerdictsAndWrongOnesTurnThem(@TempDir Path tmp) {
        int[] dims = {1, 2, 5, 10};
        List<Level.Result> levels = Study.levels(dims, 2);
        List<Shape.Row> rows = Shape.rows(dims, levels, 2);
        assertEquals(RecordedVerdicts.registered(Claims.load(REGISTRY), IDS), verdicts(levels, rows, tmp.resolve("real.csv")));

        // wrong: the curves of eqs (25)-(27) read literally, and levels that rise with N
        List<Shape.Row> literal = new ArrayList<>();
        for (Shape.Row r : rows) {
            literal.add(new Shape.Row(r.n(), r.uStar(), r.literalBelow(), Math.abs(r.literalAbove() - 1), r.uStar() + Shape.OFFSET,
                    r.below(), 1 - r.aboveDeparture()));
        }
        List<Level.Result> rising = new ArrayList<>();
        for (Level.Result l : levels) rising.add(result(l.n(), -l.uStar()));
        assertEquals(RecordedVerdicts.all(IDS, Verdict.REFUTED), verdicts(rising, literal, tmp.resolve("wrong.csv")));
    }
}
