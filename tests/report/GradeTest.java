package report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The grading rule at and around each of its boundaries. */
class GradeTest {
    static Statements.Tally tally(int hold, int fail, int undecided) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(Statements.HOLDS, hold);
        m.put(Statements.FAILS, fail);
        m.put(Statements.UNDECIDED, undecided);
        return new Statements.Tally(m, 0);
    }

    @ParameterizedTest
    @MethodSource
    void grades(int hold, int fail, int printed, Grade expected) {
        assertEquals(expected, Grade.of(tally(hold, fail, 3), printed), hold + " hold, " + fail + " fail, " + printed + " printed");
    }

    static Stream<Arguments> grades() {
        return Stream.of(
                Arguments.of(5, 0, 0, Grade.REPRODUCED),
                Arguments.of(5, 0, 2, Grade.WITH_CORRECTIONS),
                Arguments.of(3, 1, 0, Grade.WITH_CORRECTIONS),    // 1 of 4 fails: at the boundary
                Arguments.of(2, 1, 0, Grade.PARTLY),              // 1 of 3
                Arguments.of(1, 3, 0, Grade.PARTLY),              // 1 of 4 holds: at the boundary
                Arguments.of(1, 4, 0, Grade.NOT_REPRODUCIBLE),    // 1 of 5 holds
                Arguments.of(0, 2, 0, Grade.NOT_REPRODUCIBLE),
                Arguments.of(0, 0, 1, Grade.UNDECIDED));
    }
}
