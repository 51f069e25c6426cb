package geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lib.GaussianField;
import org.junit.jupiter.api.Test;

class ExcursionsTest {
    static final int G = 81;

    /** A set of grid vertices described by a predicate on (x, y), inside the disc. */
    interface Shape { boolean in(double x, double y); }

    static boolean[][] set(Shape s) {
        boolean[][] in = new boolean[G][G];
        for (int i = 0; i < G; i++) {
            for (int j = 0; j < G; j++) {
                double x = Excursions.coordinate(i, G), y = Excursions.coordinate(j, G);
                in[i][j] = Excursions.inDisc(i, j, G) && s.in(x, y);
            }
        }
        return in;
    }

    /** Oracle: the topology of the shapes (χ = components − holes). */
    @Test
    void theEulerCharacteristicCountsComponentsMinusHoles() {
        assertEquals(1, Excursions.euler(set((x, y) -> true)), "the whole disc");
        assertEquals(0, Excursions.euler(set((x, y) -> false)), "empty");
        assertEquals(0, Excursions.euler(set((x, y) -> x * x + y * y > 0.16)), "an annulus");
        assertEquals(2, Excursions.euler(set((x, y) -> Math.hypot(x - 0.5, y) < 0.3 || Math.hypot(x + 0.5, y) < 0.3)), "two droplets");
        assertEquals(-1, Excursions.euler(set((x, y) -> Math.hypot(x - 0.4, y) > 0.2 && Math.hypot(x + 0.4, y) > 0.2)), "two holes");
        assertEquals(1, Excursions.euler(set((x, y) -> Math.hypot(x - 0.6, y + 0.6) < 0.25)), "a droplet cut by the boundary");
    }

    /** Oracle: as h → 0 the polyomino's area tends to π and its half-perimeter to 4 (the staircase's taxicab length 8 / 2). */
    @Test
    void theGridDomainTendsToTheDiscAreaAndATaxicabPerimeter() {
        double[] d = Excursions.domainCurvatures(801);
        assertEquals(Math.PI, d[1], 0.02);
        assertEquals(4, d[0], 0.01);
        double[] small = Excursions.domainCurvatures(3);   // only the centre point's four squares... none fit: corners at distance sqrt 2
        assertEquals(0, small[1], 0);
    }

    /** Oracle: the field's own direct sum (GaussianField.value) at grid points. */
    @Test
    void theTensorGridEvaluationIsTheFieldsValue() {
        GaussianField f = GaussianField.sample(2, 200, 9);
        double[][] g = Excursions.grid(f, 21);
        for (int i = 0; i < 21; i += 4) {
            for (int j = 0; j < 21; j += 3) {
                if (!Excursions.inDisc(i, j, 21)) continue;
                assertEquals(f.value(new double[] {Excursions.coordinate(i, 21), Excursions.coordinate(j, 21)}), g[i][j], 1e-12);
            }
        }
    }

    /** Oracle: the closed form on the unit disc at u = −1 (as in euler-minimum's registry) and its limits. */
    @Test
    void theKinematicFormulaOnTheDisc() {
        double u = -1, g = Math.exp(-0.5);
        double closed = 0.15865525393145707 + g / 2 + Math.PI * Math.pow(2 * Math.PI, -1.5) * g;
        assertEquals(closed, Excursions.expected(u, Math.PI, Math.PI), 1e-14);
        assertEquals(1, Excursions.expected(12, Math.PI, Math.PI), 1e-12);
        assertEquals(0, Excursions.expected(-12, Math.PI, Math.PI), 1e-12);
        assertEquals(Excursions.expected(1, Math.PI, Math.PI), Excursions.literal(-1, Math.PI, Math.PI), 1e-15);
    }
}
