package geometry;

import lib.Blas;
import lib.GaussianField;
import lib.Parallel;
import lib.Streams;
import org.apache.commons.math3.special.Erf;

/**
 * Excursion sets A_u = {φ ≤ u} ∩ B_2 of 2-D simulated fields on a grid, their Euler characteristics, and the
 * Gaussian kinematic formula for the domain the grid sees (000 §3.4, eqs 25-27, Figure 6).
 *
 * <p><b>Grid and complex.</b> Grid points h·(i, j) − (1, 1), h = 2/(G − 1). The domain D_h is the union of the grid
 * squares whose four corners lie in the closed unit disc; A_u is the cubical complex of D_h's vertices with φ ≤ u,
 * the edges of D_h between two such vertices, and the squares of D_h with four such corners. χ = V − E + F.
 *
 * <p><b>Expectation.</b> For a unit-variance isotropic field with λ2 = −k''(0) = 1 and a domain with Lipschitz-Killing
 * curvatures L0 = 1, L1 (half the perimeter), L2 (the area), the GKF (Adler-Taylor 2007, Thm 12.4.2) gives
 * E χ({φ ≥ t} ∩ D) = Φ̄(t) + L1 e^{−t²/2}/(2π) + L2 t e^{−t²/2}/(2π)^{3/2}; for A_u = {φ ≤ u} = {−φ ≥ −u} take t = −u.
 * The unit disc has L1 = L2 = π; the polyomino D_h has its own (its staircase perimeter tends to 8, not 2π), so the
 * grid count is compared with E χ on the disc plus (L1(D_h) − π) ρ1(−u) + (L2(D_h) − π) ρ2(−u).
 */
final class Excursions {
    private Excursions() {}

    /** Coordinate of grid index i on [−1, 1]. */
    static double coordinate(int i, int points) {
        return -1 + 2.0 * i / (points - 1);
    }

    static boolean inDisc(int i, int j, int points) {
        double x = coordinate(i, points), y = coordinate(j, points);
        return x * x + y * y <= 1 + 1e-12;
    }

    /**
     * φ on the G × G grid (NaN outside the disc) for a 2-D field: φ(x_i, y_j) = Re Σ_m w_m e^{i z_m1 x_i} e^{i z_m2 y_j}
     * = Σ_m [A_mi C_mj − B_mi S_mj] with A + iB = w e^{i z1 x}, C + iS = e^{i z2 y}: two GEMMs of (G × M)(M × G).
     */
    static double[][] grid(GaussianField field, int points) {
        if (field.n() != 2) throw new IllegalArgumentException("a 2-D field is needed, got N = " + field.n());
        int m = field.m();
        double[] z = field.z(), a = field.a(), b = field.b();
        double[] ar = new double[points * m], ai = new double[points * m], cr = new double[points * m], ci = new double[points * m];
        for (int i = 0; i < points; i++) {
            double t = coordinate(i, points);
            for (int k = 0; k < m; k++) {
                double c1 = Math.cos(z[2 * k] * t), s1 = Math.sin(z[2 * k] * t);
                ar[i * m + k] = a[k] * c1 - b[k] * s1;   // Re(w e^{i z1 x})
                ai[i * m + k] = a[k] * s1 + b[k] * c1;   // Im(w e^{i z1 x})
                cr[i * m + k] = Math.cos(z[2 * k + 1] * t);
                ci[i * m + k] = Math.sin(z[2 * k + 1] * t);
            }
        }
        double[] v = new double[points * points];
        Blas.dgemm(false, true, points, points, m, 1.0, ar, m, cr, m, 0.0, v, points);
        Blas.dgemm(false, true, points, points, m, -1.0, ai, m, ci, m, 1.0, v, points);
        double[][] g = new double[points][points];
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < points; j++) g[i][j] = inDisc(i, j, points) ? v[i * points + j] : Double.NaN;
        }
        return g;
    }

    /** Whether the square with lower-left corner (i, j) belongs to D_h (its four corners in the disc). */
    static boolean square(int i, int j, int points) {
        return i >= 0 && j >= 0 && i + 1 < points && j + 1 < points && inDisc(i, j, points) && inDisc(i + 1, j, points)
                && inDisc(i, j + 1, points) && inDisc(i + 1, j + 1, points);
    }

    /** V − E + F of A_u as a subcomplex of D_h (class comment); {@code in[i][j]} says whether φ ≤ u at a vertex. */
    static int euler(boolean[][] in) {
        int points = in.length;
        int v = 0, e = 0, f = 0;
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < points; j++) {
                if (!in[i][j]) continue;
                boolean vertexOfDomain = square(i, j, points) || square(i - 1, j, points) || square(i, j - 1, points)
                        || square(i - 1, j - 1, points);
                if (!vertexOfDomain) continue;
                v++;
                // edge (i,j)-(i+1,j) lies on square (i,j) or (i,j-1); edge (i,j)-(i,j+1) on square (i,j) or (i-1,j)
                if (i + 1 < points && in[i + 1][j] && (square(i, j, points) || square(i, j - 1, points))) e++;
                if (j + 1 < points && in[i][j + 1] && (square(i, j, points) || square(i - 1, j, points))) e++;
                if (square(i, j, points) && in[i + 1][j] && in[i][j + 1] && in[i + 1][j + 1]) f++;
            }
        }
        return v - e + f;
    }

    /** The vertices of the grid with φ ≤ u (false outside the disc). */
    static boolean[][] below(double[][] g, double u) {
        boolean[][] in = new boolean[g.length][g.length];
        for (int i = 0; i < g.length; i++) for (int j = 0; j < g.length; j++) in[i][j] = !Double.isNaN(g[i][j]) && g[i][j] <= u;
        return in;
    }

    /** {L1, L2} of D_h: half its perimeter (edges of exactly one of its squares) and its area. */
    static double[] domainCurvatures(int points) {
        double h = 2.0 / (points - 1);
        int squares = 0, boundary = 0;
        for (int i = -1; i < points; i++) {
            for (int j = -1; j < points; j++) {
                boolean s = square(i, j, points);
                if (s) squares++;
                if (s != square(i, j - 1, points)) boundary++;   // the horizontal edge between (i,j-1) and (i,j)
                if (s != square(i - 1, j, points)) boundary++;   // the vertical edge between (i-1,j) and (i,j)
            }
        }
        return new double[] {boundary * h / 2, squares * h * h};
    }

    /** GKF terms for A_u = {φ ≤ u}: {ρ0, ρ1, ρ2} at t = −u (class comment). */
    static double[] rho(double u) {
        double t = -u, g = Math.exp(-t * t / 2);
        return new double[] {0.5 * Erf.erfc(t / Math.sqrt(2)), g / (2 * Math.PI), t * g / Math.pow(2 * Math.PI, 1.5)};
    }

    /** E χ({φ ≤ u} ∩ D) for a domain with L0 = 1 and the given L1, L2. */
    static double expected(double u, double l1, double l2) {
        double[] r = rho(u);
        return r[0] + l1 * r[1] + l2 * r[2];
    }

    /** eqs (25)-(27) read literally for the domain: the superlevel formula {φ ≥ u} evaluated at u itself. */
    static double literal(double u, double l1, double l2) {
        return expected(-u, l1, l2);
    }

    /** Mean and standard error of χ(A_u) per level over independent fields. */
    record Counts(double[] levels, double[] mean, double[] se, int fields, int m, int points) {}

    static Counts count(double[] levels, int fields, int m, int points, long seed, int threads) {
        int[][] chi = new int[fields][];
        Parallel.run(fields, threads, f -> {
            GaussianField field = GaussianField.sample(2, m, Streams.of(seed, "excursion-field", f).nextLong());
            double[][] g = grid(field, points);
            int[] c = new int[levels.length];
            for (int l = 0; l < levels.length; l++) c[l] = euler(below(g, levels[l]));
            chi[f] = c;
        });
        double[] mean = new double[levels.length], se = new double[levels.length];
        for (int l = 0; l < levels.length; l++) {
            double s = 0, ss = 0;
            for (int[] c : chi) s += c[l];
            double mu = s / fields;
            for (int[] c : chi) ss += (c[l] - mu) * (c[l] - mu);
            mean[l] = mu;
            se[l] = Math.sqrt(ss / (fields - 1) / fields);
        }
        return new Counts(levels.clone(), mean, se, fields, m, points);
    }
}
