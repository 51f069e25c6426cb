package eulerminimum;

import java.util.SplittableRandom;
import lib.GaussianField;
import lib.Parallel;
import lib.Streams;

/**
 * Independent check of the EC heuristic on simulated fields (lib/GaussianField, 000 eqs 29-31) for N = 1, 2.
 * Each field is evaluated on the grid h·(i, j) ∩ B_N (h = 2/(points-1)); from the grid values we take
 * (a) the Euler characteristic of the sublevel set {φ ≤ u} as a cubical complex, V − E + F (N = 2) or V − E
 * (N = 1, the number of intervals), and (b) the minimum over the ball: the grid minimum refined by projected
 * gradient descent on the field itself from the five lowest local minima of the grid (multi-start local
 * optimisation).
 * On a tensor grid φ(x_i, y_j) = Re Σ_m w_m e^{i z_m1 x_i} e^{i z_m2 y_j}, so one field costs O(M·G²) flops.
 */
final class FieldCheck {
    private FieldCheck() {}

    /** Per-field results: Euler characteristics at the levels, and the minimum in the ball. */
    record Draw(double[] euler, double minimum) {}

    /** Sample means and standard errors over the fields. */
    record Summary(int n, double[] levels, double[] eulerMean, double[] eulerSe, double[] belowMean, double[] belowSe,
                   double minMean, double minSe, int fields, double[] domainCurvatures) {}

    static Summary run(int n, double[] levels, int fields, int m, int points, long seed, int threads) {
        Draw[] draws = new Draw[fields];
        Parallel.run(fields, threads, f -> draws[f] = draw(n, levels, m, points, seed, f));
        int k = levels.length;
        double[] em = new double[k], es = new double[k], bm = new double[k], bs = new double[k];
        for (int l = 0; l < k; l++) {
            double[] e = new double[fields], b = new double[fields];
            for (int f = 0; f < fields; f++) {
                e[f] = draws[f].euler()[l];
                b[f] = draws[f].minimum() <= levels[l] ? 1 : 0;
            }
            em[l] = mean(e); es[l] = se(e); bm[l] = mean(b); bs[l] = se(b);
        }
        double[] mins = new double[fields];
        for (int f = 0; f < fields; f++) mins[f] = draws[f].minimum();
        return new Summary(n, levels, em, es, bm, bs, mean(mins), se(mins), fields, domainCurvatures(n, points));
    }

    static Draw draw(int n, double[] levels, int m, int points, long seed, int index) {
        SplittableRandom r = Streams.of(seed, "euler-minimum-field-n" + n, index);
        GaussianField field = GaussianField.sample(n, m, r.nextLong());
        double[][] grid = grid(field, points);
        double[] euler = new double[levels.length];
        for (int l = 0; l < levels.length; l++) euler[l] = n == 1 ? euler1(grid[0], levels[l]) : euler2(grid, points, levels[l]);
        return new Draw(euler, minimum(field, grid, points));
    }

    /** Coordinates of grid index i: -1 + h i. */
    static double coordinate(int i, int points) {
        return -1 + 2.0 * i / (points - 1);
    }

    /** Field values on the grid (N = 1: one row; N = 2: rows i = x index, columns j = y index); NaN outside B_N. */
    static double[][] grid(GaussianField field, int points) {
        int n = field.n();
        int m = field.m();
        double[] z = field.z(), a = field.a(), b = field.b();
        int rows = n == 1 ? 1 : points;
        double[][] out = new double[rows][points];
        double[][] cosY = new double[points][m], sinY = new double[points][m];
        for (int j = 0; j < points; j++) {
            double y = coordinate(j, points);
            for (int k = 0; k < m; k++) {
                double t = z[k * n + n - 1] * y;
                cosY[j][k] = Math.cos(t);
                sinY[j][k] = Math.sin(t);
            }
        }
        double[] c1 = new double[m], s1 = new double[m];
        for (int i = 0; i < rows; i++) {
            double x = n == 1 ? 0 : coordinate(i, points);
            for (int k = 0; k < m; k++) {
                double t = n == 1 ? 0 : z[k * n] * x;
                double c = Math.cos(t), s = Math.sin(t);
                c1[k] = a[k] * c - b[k] * s;   // Re(w e^{i z1 x})
                s1[k] = a[k] * s + b[k] * c;   // Im(w e^{i z1 x})
            }
            for (int j = 0; j < points; j++) {
                double y = coordinate(j, points);
                if (x * x + y * y > 1 + 1e-12) { out[i][j] = Double.NaN; continue; }
                double v = 0;
                double[] cy = cosY[j], sy = sinY[j];
                for (int k = 0; k < m; k++) v += c1[k] * cy[k] - s1[k] * sy[k];
                out[i][j] = v;
            }
        }
        return out;
    }

    private static boolean in(double v, double u) {
        return !Double.isNaN(v) && v <= u;
    }

    /** Intervals of {φ ≤ u} on the 1-D grid: V − E. */
    static double euler1(double[] row, double u) {
        int v = 0, e = 0;
        for (int j = 0; j < row.length; j++) {
            if (in(row[j], u)) v++;
            if (j + 1 < row.length && in(row[j], u) && in(row[j + 1], u)) e++;
        }
        return v - e;
    }

    /** Whether the grid square with lower-left corner (i, j) has all four corners inside the ball. */
    private static boolean square(double[][] g, int i, int j) {
        return i + 1 < g.length && j + 1 < g[i].length && !Double.isNaN(g[i][j]) && !Double.isNaN(g[i + 1][j])
                && !Double.isNaN(g[i][j + 1]) && !Double.isNaN(g[i + 1][j + 1]);
    }

    /**
     * V − E + F of {φ ≤ u} as a subcomplex of the polyomino D_h: the union of grid squares whose corners all lie in
     * the disc (vertices and edges only those of such squares, so D_h is a closed polygon with L_0 = 1).
     */
    static double euler2(double[][] g, int points, double u) {
        int v = 0, e = 0, f = 0;
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < points; j++) {
                boolean sq = square(g, i, j), left = i > 0 && square(g, i - 1, j), down = j > 0 && square(g, i, j - 1);
                boolean diag = i > 0 && j > 0 && square(g, i - 1, j - 1);
                if (!in(g[i][j], u) || !(sq || left || down || diag)) continue;
                v++;
                if ((sq || down) && in(g[i + 1][j], u)) e++;   // edge (i,j)-(i+1,j) belongs to square (i,j) or (i,j-1)
                if ((sq || left) && in(g[i][j + 1], u)) e++;   // edge (i,j)-(i,j+1) belongs to square (i,j) or (i-1,j)
                if (sq && in(g[i + 1][j], u) && in(g[i][j + 1], u) && in(g[i + 1][j + 1], u)) f++;
            }
        }
        return v - e + f;
    }

    /**
     * {L_1, L_2} of the domain the grid count sees: for N = 1 the interval [-1, 1] (grid ends on it): {2, 0}; for
     * N = 2 the polyomino D_h: half its perimeter and its area. The digitised disc's staircase boundary has
     * perimeter → 8 (the taxicab length of the circle), not 2π, so its L_1 → 4 rather than π.
     */
    static double[] domainCurvatures(int n, int points) {
        if (n == 1) return new double[] {2, 0};
        double[][] g = new double[points][points];
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < points; j++) {
                double x = coordinate(i, points), y = coordinate(j, points);
                g[i][j] = x * x + y * y > 1 + 1e-12 ? Double.NaN : 0;
            }
        }
        double h = 2.0 / (points - 1);
        int squares = 0, boundaryEdges = 0;
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < points; j++) {
                if (square(g, i, j)) squares++;
                // horizontal edge (i,j)-(i+1,j): squares (i,j) and (i,j-1); vertical (i,j)-(i,j+1): (i,j) and (i-1,j)
                if ((j < points && square(g, i, j)) ^ (j > 0 && square(g, i, j - 1))) boundaryEdges++;
                if (square(g, i, j) ^ (i > 0 && square(g, i - 1, j))) boundaryEdges++;
            }
        }
        return new double[] {boundaryEdges * h / 2, squares * h * h};
    }

    /** Minimum over the ball: projected gradient descent on the field from the lowest local minima of the grid. */
    static double minimum(GaussianField field, double[][] g, int points) {
        int n = field.n();
        double best = Double.POSITIVE_INFINITY;
        for (int[] start : localMinima(g, 5)) {
            double[] x = new double[n];
            if (n == 1) x[0] = coordinate(start[1], points);
            else { x[0] = coordinate(start[0], points); x[1] = coordinate(start[1], points); }
            best = Math.min(best, descend(field, x));
        }
        return best;
    }

    /** Projected gradient descent with backtracking onto the unit ball. */
    static double descend(GaussianField field, double[] x) {
        double fx = field.value(x);
        double step = 0.1;
        for (int it = 0; it < 200 && step > 1e-10; it++) {
            double[] grad = field.gradient(x);
            double[] y = project(x, grad, step);
            double fy = field.value(y);
            if (fy < fx) { x = y; fx = fy; step *= 1.5; } else step *= 0.5;
        }
        return fx;
    }

    private static double[] project(double[] x, double[] g, double step) {
        double[] y = new double[x.length];
        double r = 0;
        for (int i = 0; i < x.length; i++) { y[i] = x[i] - step * g[i]; r += y[i] * y[i]; }
        if (r > 1) { double s = 1 / Math.sqrt(r); for (int i = 0; i < y.length; i++) y[i] *= s; }
        return y;
    }

    /** Indices {i, j} of the grid's local minima (no lower neighbour inside the ball), lowest first, at most k. */
    static int[][] localMinima(double[][] g, int k) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[i].length; j++) {
                double v = g[i][j];
                if (Double.isNaN(v)) continue;
                if (lower(g, i - 1, j, v) || lower(g, i + 1, j, v) || lower(g, i, j - 1, v) || lower(g, i, j + 1, v)) continue;
                out.add(new int[] {i, j});
            }
        }
        out.sort(java.util.Comparator.comparingDouble(p -> g[p[0]][p[1]]));
        return out.subList(0, Math.min(k, out.size())).toArray(new int[0][]);
    }

    private static boolean lower(double[][] g, int i, int j, double v) {
        return i >= 0 && i < g.length && j >= 0 && j < g[i].length && !Double.isNaN(g[i][j]) && g[i][j] < v;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    private static double se(double[] x) {
        double mu = mean(x), s = 0;
        for (double v : x) s += (v - mu) * (v - mu);
        return Math.sqrt(s / (x.length - 1) / x.length);
    }
}
