package samplefield;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StudyTest {
    static Study.Settings settings(int threads) {
        return new Study.Settings(400, 2000, 20, new double[] {0.5, 1.5}, 1e6, 5, threads);
    }

    /**
     * Oracle: the closed forms of Model (k and its derivatives) and E phi = 0, Var phi = 1, E|grad|^2/N = 1; the
     * standard errors come from 20 independent realisations (t with 19 dof), tolerance 5 se per statistic.
     * The literal CN(0, 1/M) variance is 1/2 exactly in expectation (see paper-checks/sample-field.csv).
     */
    @Test
    void smallStudyAgreesWithTheModel() {
        Study.Result r = Study.run(3, settings(1), false, 0, 0);
        for (Study.Moment m : r.moments()) {
            double expected = m.statistic().equals(Study.VAR_CN) ? 0.5 : m.expected();
            assertEquals(expected, m.estimate(), 5 * m.se(), m.statistic());
        }
        assertEquals(3 * 4, r.cells().size());
        for (Study.Cell c : r.cells()) {
            assertEquals(c.quantity().expected(c.r()), c.estimate(), 5 * c.se(), c.quantity() + " at r = " + c.r());
            assertTrue(c.se() > 0);
        }
    }

    /** Determinism: the same estimates, bit for bit, at 1 and 2 threads. */
    @Test
    void estimatesDoNotDependOnThreadCount() {
        Study.Result a = Study.run(4, settings(1), true, 5, 1), b = Study.run(4, settings(2), true, 5, 1);
        assertArrayEquals(values(a), values(b));
        assertArrayEquals(a.slice().values(), b.slice().values());
    }

    static double[] values(Study.Result r) {
        List<Double> v = new java.util.ArrayList<>();
        r.moments().forEach(m -> { v.add(m.estimate()); v.add(m.se()); });
        r.cells().forEach(c -> { v.add(c.estimate()); v.add(c.se()); });
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
