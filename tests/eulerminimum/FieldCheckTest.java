package eulerminimum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import lib.BadInput;
import lib.GaussianField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grid evaluation, Euler characteristic counting and the gd-moments reader. */
class FieldCheckTest {

    @Test
    void gridValuesEqualTheFieldsDirectSum() {
        for (int n = 1; n <= 2; n++) {
            GaussianField f = GaussianField.sample(n, 200, 7);
            int points = 21;
            double[][] g = FieldCheck.grid(f, points);
            for (int i = 0; i < g.length; i++) {
                for (int j = 0; j < points; j++) {
                    if (Double.isNaN(g[i][j])) continue;
                    double[] x = n == 1 ? new double[] {FieldCheck.coordinate(j, points)}
                            : new double[] {FieldCheck.coordinate(i, points), FieldCheck.coordinate(j, points)};
                    // oracle: GaussianField.value, a direct sum over the spectral samples
                    assertEquals(f.value(x), g[i][j], 1e-12);
                }
            }
        }
    }

    /** A grid of the function h on [-1,1]² (NaN outside the disc). */
    static double[][] grid(java.util.function.DoubleBinaryOperator h, int points) {
        double[][] g = new double[points][points];
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < points; j++) {
                double x = FieldCheck.coordinate(i, points), y = FieldCheck.coordinate(j, points);
                g[i][j] = x * x + y * y > 1 + 1e-12 ? Double.NaN : h.applyAsDouble(x, y);
            }
        }
        return g;
    }

    @Test
    void cubicalEulerCharacteristicOfKnownShapes() {
        int p = 81;
        // oracle: topology. A disc has χ = 1, an annulus 0, two disjoint discs 2, the empty set 0.
        assertEquals(1, FieldCheck.euler2(grid((x, y) -> x * x + y * y, p), p, 0.25));
        assertEquals(0, FieldCheck.euler2(grid((x, y) -> Math.abs(x * x + y * y - 0.36), p), p, 0.1));
        assertEquals(2, FieldCheck.euler2(grid((x, y) -> Math.min((x - 0.5) * (x - 0.5) + y * y, (x + 0.5) * (x + 0.5) + y * y), p), p, 0.04));
        assertEquals(0, FieldCheck.euler2(grid((x, y) -> 1, p), p, 0.5));
        // oracle: three runs of values ≤ 0 in a row
        assertEquals(3, FieldCheck.euler1(new double[] {-1, 1, -1, -1, 2, 3, -5, 1}, 0));
    }

    @Test
    void descentFindsTheMinimumOfAQuadraticFieldInsideTheBall() {
        // a one-frequency field φ(x) = cos(x): on [-1, 1] its minimum is cos(1) at the boundary
        GaussianField f = GaussianField.of(1, 1, new double[] {1}, new double[] {1}, new double[] {0});
        // oracle: cos is even and decreasing on [0, π], so min over [-1, 1] is cos(1)
        assertEquals(Math.cos(1), FieldCheck.descend(f, new double[] {0.3}), 1e-12);
    }

    @Test
    void gdOptimumReaderValidatesTheSchema(@TempDir Path tmp) throws Exception {
        Path ok = tmp.resolve("optimum.csv");
        Files.writeString(ok, "# schema: gd-moments.optimum\n# schema_version: 1\nn,eta_opt,mean_phi1,asymptote\n"
                + "500,0.0446767,-13.542140979634671,-13.562\n# rows: 1\n");
        assertEquals(-13.542140979634671, GdOptimum.read(ok).get(500), 0.0);
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "# schema: gd-moments.optimum\n# schema_version: 2\nn,eta_opt,mean_phi1,asymptote\n# rows: 0\n");
        assertThrows(BadInput.class, () -> GdOptimum.read(bad));
    }
}
