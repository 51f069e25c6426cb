package pspin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lib.Artifact;
import lib.Claims;
import lib.Observation;
import lib.Provenance;
import lib.Schema;
import lib.Streams;

/**
 * Morse theory of the p = 2 spherical model f(σ) = σᵀJσ on S^{N−1}, exactly (stage pspin-complexity): 002's Euler
 * characteristic of excursion sets, χ(A_u) = Σ (−1)^k Crit_k(u) with A_u = {f ≥ u}, against χ counted on a grid;
 * 004's sublevel form χ(Sub(u)) = Σ (−1)^k Crt_k(u); 002's strong Morse relation (critical points in (k, k+1) pairs).
 * The critical points come from Newton's method on the Lagrange system ({@link Spherical2#criticalPoints}); no
 * eigen-decomposition and no Morse theory enter the grid count.
 */
public final class Morse2 {
    /** Matrices per N, the grid level of the N = 3 icosphere (the N = 2 polygon has 64·2^level vertices), Newton starts, largest N of the pairs. */
    public record Settings(int draws, int level, int starts, int maxN, long seed) {}

    static final Schema EULER = Schema.of("pspin-euler-p2", 1, Schema.integer("n"), Schema.integer("draw"), Schema.num("u"),
            Schema.text("set"), Schema.integer("chi_grid"), Schema.integer("chi_grid_coarse"), Schema.integer("alternating_sum"));
    static final Schema PAIRS = Schema.of("pspin-morse-p2", 1, Schema.integer("n"), Schema.integer("draw"),
            Schema.text("critical_points_by_index"), Schema.integer("defect"));

    private final Settings s;
    private final Path out;
    private final Provenance prov;

    public Morse2(Settings s, Path out, Provenance prov) {
        this.s = s;
        this.out = out;
        this.prov = prov;
    }

    /** One excursion set compared: grid χ at two resolutions and the alternating sum over its critical points. */
    record Case(int n, int draw, double u, boolean superlevel, int chi, int chiCoarse, int sum) {
        boolean resolved() { return chi == chiCoarse; }
        int error() { return Math.abs(chi - sum); }
    }

    public void run(Claims claims) {
        List<Case> cases = new ArrayList<>();
        for (int n = 2; n <= 3; n++) {
            for (int d = 0; d < s.draws; d++) cases.addAll(excursionSets(n, d));
        }
        List<List<?>> rows = new ArrayList<>();
        for (Case c : cases) {
            rows.add(List.of(c.n, c.draw, c.u, c.superlevel ? "f >= u" : "f <= u", c.chi, c.chiCoarse, c.sum));
        }
        Artifact.write(out.resolve("euler-p2.csv"), EULER, prov, rows);
        observeEuler(claims, cases, true, "002-euler-p2");
        observeEuler(claims, cases, false, "004-euler-sublevel-p2");
        observePairs(claims);
    }

    /** For matrix d at N: u below, between and above the critical values, for both kinds of set. */
    private List<Case> excursionSets(int n, int d) {
        double[] j = Spherical2.symmetric(n, Streams.of(s.seed, "euler-matrix-" + n, d));
        List<Spherical2.Critical> crit = Spherical2.criticalPoints(j, n, s.starts, Streams.of(s.seed, "euler-starts-" + n, d));
        double[] values = levels(crit);
        List<Double> us = new ArrayList<>();
        us.add(values[0] - 0.5);
        for (int k = 1; k < values.length; k++) us.add((values[k - 1] + values[k]) / 2);
        us.add(values[values.length - 1] + 0.5);
        List<Case> out = new ArrayList<>();
        for (double u : us) {
            for (boolean sup : new boolean[] {true, false}) {
                out.add(new Case(n, d, u, sup, Euler2.chi(j, n, u, sup, s.level), Euler2.chi(j, n, u, sup, s.level - 1),
                        Euler2.alternatingSum(crit, u, sup)));
            }
        }
        return out;
    }

    /** The distinct critical values, ascending (±σ share one value: values within 1e-9 are one level). */
    static double[] levels(List<Spherical2.Critical> crit) {
        double[] v = crit.stream().mapToDouble(Spherical2.Critical::value).sorted().toArray();
        List<Double> out = new ArrayList<>();
        for (double x : v) if (out.isEmpty() || x - out.get(out.size() - 1) > 1e-9) out.add(x);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void observeEuler(Claims claims, List<Case> cases, boolean superlevel, String id) {
        List<Case> mine = cases.stream().filter(c -> c.superlevel == superlevel).toList();
        List<Case> resolved = mine.stream().filter(Case::resolved).toList();
        int worst = resolved.stream().mapToInt(Case::error).max().orElse(0);
        StringBuilder ev = new StringBuilder();
        for (int n = 2; n <= 3; n++) {
            int nn = n;
            List<Case> at = resolved.stream().filter(c -> c.n == nn).toList();
            long wrong = at.stream().filter(c -> c.error() != 0).count();
            String example = at.stream().filter(c -> c.error() != 0).findFirst()
                    .map(c -> String.format(Locale.ROOT, " (e.g. u = %.3f: grid chi %d, alternating sum %d)", c.u, c.chi, c.sum)).orElse("");
            ev.append(String.format(Locale.ROOT, "N = %d: %d of %d sets differ%s; ", n, wrong, at.size(), example));
        }
        claims.observe(id, Observation.exact(worst).evidence(String.format(Locale.ROOT, "{f %s u}, f = s^T J s on S^(N-1), J"
                        + " symmetric, %d matrices per N, u below, between and above the critical values (Newton, %d starts);"
                        + " chi counted on a grid (N = 3: icosphere of level %d, checked at level %d; %d of %d sets unresolved and"
                        + " left out): ", superlevel ? ">=" : "<=", s.draws, s.starts, s.level, s.level - 1,
                mine.size() - resolved.size(), mine.size()) + ev + "observed: the largest |chi - alternating sum|"));
    }

    /** 002: M_t − P_t = (1 + t) Q(t), Q ≥ 0, from the critical points Newton finds at N = 2..maxN. */
    private void observePairs(Claims claims) {
        List<List<?>> rows = new ArrayList<>();
        int total = 0;
        String example = "";
        for (int n = 2; n <= s.maxN; n++) {
            for (int d = 0; d < s.draws; d++) {
                double[] j = Spherical2.symmetric(n, Streams.of(s.seed, "pairs-matrix-" + n, d));
                int[] count = new int[n];
                for (Spherical2.Critical c : Spherical2.criticalPoints(j, n, s.starts, Streams.of(s.seed, "pairs-starts-" + n, d))) {
                    if (c.index() < n) count[c.index()]++;
                }
                int defect = Euler2.morseDefect(count);
                total += defect;
                rows.add(List.of(n, d, Arrays.toString(count), defect));
                if (n == s.maxN && d == 0) example = Arrays.toString(count);
            }
        }
        Artifact.write(out.resolve("morse-p2.csv"), PAIRS, prov, rows);
        claims.observe("002-morse-pairs-p2", Observation.exact(total).evidence(String.format(Locale.ROOT, "N = 2..%d, %d symmetric"
                + " J per N, critical points by Newton from %d starts: sum over all of |remainder| + negative coefficients of"
                + " (M_t - 1 - t^(N-1))/(1 + t) = %d; at N = %d the counts by index are %s", s.maxN, s.draws, s.starts, total,
                s.maxN, example)));
    }
}
