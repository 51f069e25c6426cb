package pspin;

import java.util.SplittableRandom;

/** The Gaussian orthogonal ensemble: sampling, and its exact finite-n moments by Wick's theorem. */
public final class Goe {
    private Goe() {}

    /**
     * W, n x n row-major, symmetric with W_ij ~ N(0,1) (i != j) and W_ii ~ N(0,2): E W_ab W_cd = d_ac d_bd + d_ad d_bc.
     * W / sqrt(n) has the semicircle law on [-2, 2].
     */
    public static double[] sample(int n, SplittableRandom rng) {
        double[] w = new double[n * n];
        for (int i = 0; i < n; i++) {
            w[i * n + i] = Math.sqrt(2) * Normal.next(rng);
            for (int j = i + 1; j < n; j++) {
                double x = Normal.next(rng);
                w[i * n + j] = x;
                w[j * n + i] = x;
            }
        }
        return w;
    }

    /**
     * E[(1/n) tr (W/sqrt n)^{2k}] exactly, by Wick's theorem: a sum over the (2k-1)!! pairings of the 2k factors of
     * tr W^{2k}, each pair contracted in its two GOE ways, each term n^(number of free index cycles). The leading
     * term counts non-crossing pairings, the Catalan number C_k; the rest is the finite-n correction.
     */
    public static double exactMoment(int k, int n) {
        int m = 2 * k;
        double total = sumPairings(new int[m], new boolean[m], 0, m, n, new int[m]);
        return total / Math.pow(n, k + 1);
    }

    private static double sumPairings(int[] partner, boolean[] used, int paired, int m, int n, int[] scratch) {
        int first = -1;
        for (int i = 0; i < m; i++) if (!used[i]) { first = i; break; }
        if (first < 0) return sumTwists(partner, m, n);
        double total = 0;
        used[first] = true;
        for (int j = first + 1; j < m; j++) {
            if (used[j]) continue;
            used[j] = true;
            partner[first] = j;
            partner[j] = first;
            total += sumPairings(partner, used, paired + 2, m, n, scratch);
            used[j] = false;
        }
        used[first] = false;
        return total;
    }

    /** Factor s is W_{i_s, i_{s+1}}; a pair (s, t) identifies (i_s, i_t),(i_s+1, i_t+1) or (i_s, i_t+1),(i_s+1, i_t). */
    private static double sumTwists(int[] partner, int m, int n) {
        int pairs = m / 2;
        int[] lo = new int[pairs];
        int c = 0;
        for (int s = 0; s < m; s++) if (partner[s] > s) lo[c++] = s;
        double total = 0;
        for (int mask = 0; mask < (1 << pairs); mask++) {
            int[] parent = new int[m];
            for (int i = 0; i < m; i++) parent[i] = i;
            for (int q = 0; q < pairs; q++) {
                int s = lo[q], t = partner[s];
                if ((mask >> q & 1) == 0) {
                    union(parent, s, t);
                    union(parent, (s + 1) % m, (t + 1) % m);
                } else {
                    union(parent, s, (t + 1) % m);
                    union(parent, (s + 1) % m, t);
                }
            }
            int cycles = 0;
            for (int i = 0; i < m; i++) if (find(parent, i) == i) cycles++;
            total += Math.pow(n, cycles);
        }
        return total;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** Catalan number C_k = binom(2k, k) / (k + 1). */
    public static long catalan(int k) {
        long c = 1;
        for (int i = 0; i < k; i++) c = c * 2 * (2 * i + 1) / (i + 2);
        return c;
    }

    /** Standard normal draws by the polar method (stream-stable: depends only on the generator's sequence). */
    static final class Normal {
        private Normal() {}

        static double next(SplittableRandom rng) {
            double u, v, s;
            do {
                u = 2 * rng.nextDouble() - 1;
                v = 2 * rng.nextDouble() - 1;
                s = u * u + v * v;
            } while (s >= 1 || s == 0);
            return u * Math.sqrt(-2 * Math.log(s) / s);
        }
    }
}
