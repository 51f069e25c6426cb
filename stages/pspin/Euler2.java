package pspin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Euler characteristics of the excursion sets of the quadratic form f(σ) = σᵀJσ on the unit sphere S^{N−1}, counted
 * on a grid with no Morse theory: N = 2, the circle as a regular polygon (χ = vertices − edges inside the set); N = 3,
 * the sphere as an icosphere (χ = V − E + F of the triangles, edges and vertices inside the set). The induced
 * subcomplex has the homotopy type of the set once the grid resolves it; {@link #chi} is therefore computed at two
 * resolutions and a disagreement is reported as unresolved.
 */
public final class Euler2 {
    private Euler2() {}

    private static final Map<Integer, Mesh> MESHES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A triangulated unit sphere: vertices (x, y, z) and triangles and edges as vertex-index triples and pairs. */
    record Mesh(double[][] vertices, int[][] triangles, int[][] edges) {}

    /** χ of {σ : f(σ) ≥ u} (superlevel) or {f ≤ u} (sublevel) at the given grid level, N = 2 or 3; J is N x N row-major. */
    public static int chi(double[] j, int n, double u, boolean superlevel, int level) {
        if (n != 2 && n != 3) throw new IllegalArgumentException("grid Euler characteristics for N = 2 or 3 only, got " + n);
        Mesh m = MESHES.computeIfAbsent(n * 100 + level, k -> n == 2 ? circle(64 << level) : icosphere(level));
        boolean[] in = new boolean[m.vertices.length];
        for (int v = 0; v < in.length; v++) {
            double f = Spherical2.quadratic(j, n, java.util.Arrays.copyOf(m.vertices[v], n));
            in[v] = superlevel ? f >= u : f <= u;
        }
        int chi = 0;
        for (boolean b : in) if (b) chi++;
        for (int[] e : m.edges) if (in[e[0]] && in[e[1]]) chi--;
        for (int[] t : m.triangles) if (in[t[0]] && in[t[1]] && in[t[2]]) chi++;
        return chi;
    }

    /** The circle as a polygon with k vertices (z = 0 and unused for N = 2). */
    static Mesh circle(int k) {
        double[][] v = new double[k][];
        int[][] e = new int[k][];
        for (int i = 0; i < k; i++) {
            double a = 2 * Math.PI * i / k;
            v[i] = new double[] {Math.cos(a), Math.sin(a), 0};
            e[i] = new int[] {i, (i + 1) % k};
        }
        return new Mesh(v, new int[0][], e);
    }

    /** The icosahedron subdivided {@code level} times, each new vertex pushed out to the unit sphere. */
    static Mesh icosphere(int level) {
        double g = (1 + Math.sqrt(5)) / 2;
        List<double[]> v = new ArrayList<>();
        double[][] base = {{-1, g, 0}, {1, g, 0}, {-1, -g, 0}, {1, -g, 0}, {0, -1, g}, {0, 1, g}, {0, -1, -g}, {0, 1, -g},
            {g, 0, -1}, {g, 0, 1}, {-g, 0, -1}, {-g, 0, 1}};
        for (double[] p : base) v.add(unit(p));
        int[][] faces = {{0, 11, 5}, {0, 5, 1}, {0, 1, 7}, {0, 7, 10}, {0, 10, 11}, {1, 5, 9}, {5, 11, 4}, {11, 10, 2},
            {10, 7, 6}, {7, 1, 8}, {3, 9, 4}, {3, 4, 2}, {3, 2, 6}, {3, 6, 8}, {3, 8, 9}, {4, 9, 5}, {2, 4, 11}, {6, 2, 10},
            {8, 6, 7}, {9, 8, 1}};
        for (int l = 0; l < level; l++) {
            Map<Long, Integer> mid = new HashMap<>();
            int[][] next = new int[faces.length * 4][];
            int k = 0;
            for (int[] f : faces) {
                int a = midpoint(v, mid, f[0], f[1]), b = midpoint(v, mid, f[1], f[2]), c = midpoint(v, mid, f[2], f[0]);
                next[k++] = new int[] {f[0], a, c};
                next[k++] = new int[] {f[1], b, a};
                next[k++] = new int[] {f[2], c, b};
                next[k++] = new int[] {a, b, c};
            }
            faces = next;
        }
        Map<Long, int[]> edges = new HashMap<>();
        for (int[] f : faces) {
            for (int e = 0; e < 3; e++) {
                int a = Math.min(f[e], f[(e + 1) % 3]), b = Math.max(f[e], f[(e + 1) % 3]);
                edges.putIfAbsent((long) a << 32 | b, new int[] {a, b});
            }
        }
        return new Mesh(v.toArray(new double[0][]), faces, edges.values().toArray(new int[0][]));
    }

    private static int midpoint(List<double[]> v, Map<Long, Integer> cache, int a, int b) {
        long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
        Integer known = cache.get(key);
        if (known != null) return known;
        double[] p = v.get(a), q = v.get(b);
        v.add(unit(new double[] {p[0] + q[0], p[1] + q[1], p[2] + q[2]}));
        cache.put(key, v.size() - 1);
        return v.size() - 1;
    }

    private static double[] unit(double[] p) {
        double r = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
        return new double[] {p[0] / r, p[1] / r, p[2] / r};
    }

    /**
     * The alternating sum Σ (−1)^k Crit_k over the critical points in the set (value ≥ u for the superlevel set, ≤ u
     * for the sublevel set), k the index of f (negative eigenvalues of its Riemannian Hessian): 002's formula for
     * {f ≥ u}, 004's for {f ≤ u}.
     */
    public static int alternatingSum(List<Spherical2.Critical> critical, double u, boolean superlevel) {
        int sum = 0;
        for (Spherical2.Critical c : critical) {
            if (superlevel ? c.value() >= u : c.value() <= u) sum += c.index() % 2 == 0 ? 1 : -1;
        }
        return sum;
    }

    /**
     * 002's strong Morse relation on S^{N−1}: M_t − P_t = (1 + t) Q(t) with P_t = 1 + t^{N−1} and Q ≥ 0 coefficientwise
     * (critical points in (k, k+1) pairs). Divides by 1 + t from the lowest degree; returns |remainder| plus the sum of the
     * negative parts of Q's coefficients: 0 when the relation holds.
     */
    public static int morseDefect(int[] countByIndex) {
        int n = countByIndex.length;
        int[] m = countByIndex.clone();
        m[0] -= 1;
        m[n - 1] -= 1;
        int q = 0, defect = 0;
        for (int k = 0; k < n - 1; k++) {
            q = m[k] - q;             // coefficient of t^k in Q
            if (q < 0) defect -= q;
        }
        return defect + Math.abs(m[n - 1] - q);
    }
}
