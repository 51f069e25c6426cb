package blackbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The search for eta_crit on one field (Locate) against a synthetic field whose accuracy is a known step in log eta:
 * 0.95 below eta_c(epochs) / 2, chance 0.5 above 2 eta_c, linear in log eta between, so the midpoint 0.725 is crossed
 * at eta_c exactly (linear interpolation between two columns inside the fall is exact), and where each pass must put
 * its columns is known by hand.
 */
class LocateTest {
    static final double[] COARSE = EtaCrit.logGrid(0.01, 1.5, 7);
    static final double RES = Math.log10(COARSE[1] / COARSE[0]) / 7;   // six fine points per coarse step

    /** A field whose accuracy after e epochs falls linearly in log10 eta from 0.95 to 0.5 over [c/2, 2c], c = crit(e). */
    static final class Synthetic implements Locate.Pass {
        final IntToDoubleFunction crit;
        final List<double[]> trained = new ArrayList<>();

        Synthetic(IntToDoubleFunction crit) { this.crit = crit; }

        static double accuracy(double eta, double c) {
            double x = (Math.log10(eta) - Math.log10(c / 2)) / Math.log10(4);
            return 0.95 - 0.45 * Math.min(1, Math.max(0, x));
        }

        @Override public Map<Integer, double[]> train(double[] etas, int[] epochs) {
            trained.add(etas.clone());
            Map<Integer, double[]> out = new HashMap<>();
            for (int e : epochs) out.put(e, Arrays.stream(etas).map(x -> accuracy(x, crit.applyAsDouble(e))).toArray());
            return out;
        }
    }

    @Test
    void refineSplitsAStepIntoEqualLogStepsNoWiderThanAsked() {
        // oracle: a decade at 0.3 decades per step needs 4 steps of 0.25 decades: 3 interior points
        assertArrayEquals(new double[] {Math.pow(10, 0.25), Math.pow(10, 0.5), Math.pow(10, 0.75)}, Locate.refine(1, 10, 0.3), 1e-12);
        assertEquals(0, Locate.refine(1, 10, 1).length, "a step already as fine has no interior point");
        // the study's resolution splits one coarse step into exactly seven: six interior points, the study's fine grid
        assertEquals(6, Locate.refine(COARSE[2], COARSE[3], RES).length);
    }

    @Test
    void theFirstPassIsThePilotsStepRefinedWithItsEndsAndPlateauPointsBelow() {
        double[] first = Locate.firstPass(COARSE, 4, RES, 2);
        assertEquals(2 + 2 + 6, first.length);
        assertEquals(COARSE[1], first[0], 0);   // two plateau points below the step (COARSE[3], COARSE[4])
        assertEquals(COARSE[2], first[1], 0);
        assertEquals(COARSE[3], first[2], 0);
        assertEquals(COARSE[4], first[first.length - 1], 0);
        assertArrayEquals(COARSE, Locate.firstPass(COARSE, -1, RES, 2), "no drop in the pilot: the whole grid");
    }

    /** The drop where the pilot saw it: one pass resolves it, no second pass, eta_crit where the synthetic curve puts it. */
    @Test
    void aDropWhereThePilotSawItNeedsOnePass() {
        Synthetic field = new Synthetic(e -> 0.2);
        Locate.Search s = Locate.search(field, COARSE, 1, new int[] {10}, 0.5, RES, 2);
        assertNull(s.second());
        assertEquals(2, field.trained.size(), "the pilot and one pass");
        Locate.Reading r = s.readings().get(0);
        assertTrue(r.log10Step() <= RES * (1 + 1e-9), "located to the fine resolution: " + r.log10Step());
        // oracle: the midpoint 0.725 is crossed halfway along the linear fall, at eta = 0.2 exactly; linear
        // interpolation between two fine points inside the fall is exact because the curve is linear in log eta there
        assertEquals(0.2, r.etaCrit(), 1e-9);
        assertEquals(0.95, r.best(), 0);
    }

    /**
     * The drop moves between the pilot's one epoch and the ten read: the first pass brackets it at a coarse step only, and
     * the fallback trains that step refined; the result is what a first pass placed right would have given.
     */
    @Test
    void aDropOutsideThePassFallsBackToASecondPassInItsStep() {
        for (double moved : new double[] {0.05, 0.6}) {   // one step below the pilot's, and one step above
            Synthetic field = new Synthetic(e -> e == 1 ? 0.2 : moved);
            Locate.Search s = Locate.search(field, COARSE, 1, new int[] {10}, 0.5, RES, 2);
            assertEquals(3, field.trained.size(), "pilot, first pass, second pass at " + moved);
            Locate.Reading r = s.readings().get(0);
            assertTrue(r.log10Step() <= RES * (1 + 1e-9), moved + ": resolved after the second pass, step " + r.log10Step());
            assertEquals(moved, r.etaCrit(), 1e-9);
            assertTrue(r.columns().stream().anyMatch(c -> c.pass().equals(Locate.SECOND)));
            Synthetic right = new Synthetic(e -> moved);
            assertEquals(Locate.search(right, COARSE, 1, new int[] {10}, 0.5, RES, 2).readings().get(0).etaCrit(), r.etaCrit(), 1e-12);
        }
    }

    /** No drop anywhere on the grid: no eta_crit, and nothing is trained beyond the grid. */
    @Test
    void noDropOnTheGridGivesNaN() {
        Synthetic field = new Synthetic(e -> 100);
        Locate.Search s = Locate.search(field, COARSE, 1, new int[] {10}, 0.5, RES, 2);
        assertTrue(Double.isNaN(s.readings().get(0).etaCrit()));
        assertNull(s.second());
    }

    /** A second pass is asked only for what is unresolved, at every reading, without what was trained already. */
    @Test
    void theSecondPassRefinesEachUnresolvedReadingOnce() {
        double[] etas = {COARSE[2], COARSE[3], COARSE[4]};
        Map<Integer, double[]> acc = Map.of(2, new double[] {0.95, 0.5, 0.5}, 10, new double[] {0.95, 0.95, 0.5});
        double[] more = Locate.second(acc, etas, COARSE, 0.5, RES);
        assertEquals(12, more.length, "six fine points in each of the two steps");
        for (double e : more) assertTrue(e > COARSE[2] && e < COARSE[4] && e != COARSE[3]);
    }
}
