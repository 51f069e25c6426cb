package geometry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.Artifact;
import lib.GaussianField;
import lib.Provenance;
import lib.Schema;
import lib.Streams;
import lib.Table;

/**
 * The computing steps of stage field-geometry, one per line of FieldGeometry.call(); their results are records the
 * script passes on without looking inside.
 */
public final class Study {
    private Study() {}

    /** Eqs (6)-(9): conditioning draws, and the coefficient of Cov(Φ1, Ξ0) by differences and on the field. */
    public record TwoPoint(List<Conditioning.Row> rows, double[] kernelCoefficient, SignCheck.FieldEstimate field) {}

    /** Ξ0² on the simulated field at the paper's M, and at a small M where the finite-M law is visible. */
    public record GradientNorm(GradientLaw.Sample main, GradientLaw.Test test, GradientLaw.Sample small,
                               GradientLaw.Variance smallVariance, int powerReps, int maxPowerSize, long seed) {}

    /** §3.2: GD against random search for N = 1..maxN. */
    public record RandomSearch(List<Crossover.Row> rows) {}

    /** Figure 6: levels and E χ on the unit disc from euler-minimum's echi.csv (N = 2), grid counts over fields. */
    public record Excursion(double[] levels, double[] echiDisc, double maxClosedFormDeviation, int echiRows,
                            Excursions.Counts counts, double[] domain) {
        /** E χ on the grid's domain D_h: the disc's value moved by the GKF (Excursions class comment). */
        double expectedGrid(int l) {
            double[] r = Excursions.rho(levels[l]);
            return echiDisc[l] + (domain[0] - Math.PI) * r[1] + (domain[1] - Math.PI) * r[2];
        }

        /** The alternative: eqs (25)-(27) read literally (superlevel formula at u), on D_h. */
        double literalGrid(int l) {
            return Excursions.literal(levels[l], domain[0], domain[1]);
        }
    }

    /** Figure 2: φ on a grid around x0 = 0, the gradient there and the points x0 − η∇φ(x0) along the ray. */
    public record StepPicture(int m, double[] coordinates, double[][] phi, double[] gradient, double phi0, double etaOpt,
                              double[] etas, double[] rayPhi) {}

    /** Figure 6: one realisation on the disc grid and the Euler characteristic of A_u at each level; which candidate it is. */
    public record ExcursionPicture(int m, double[][] grid, double[] levels, int[] chi, int chosen, int candidates) {}

    public static TwoPoint twoPoint(int[] dims, int perDim, int signN, int signM, int signRealisations, int signPoints,
                                    double signStep, double box, long seed, int threads) {
        return new TwoPoint(Conditioning.draws(dims, perDim, seed), SignCheck.byDifferences(dims, perDim, seed),
                SignCheck.onField(signN, signM, signRealisations, signPoints, signStep, box, seed, threads));
    }

    public static GradientNorm gradientNorm(int n, int m, int realisations, int points, int smallM, int smallRealisations,
                                            int smallPoints, double box, int powerReps, int maxPowerSize, long seed,
                                            int threads) {
        GradientLaw.Sample main = GradientLaw.sample(n, m, realisations, points, box, "xi2", seed, threads);
        GradientLaw.Sample small = GradientLaw.sample(n, smallM, smallRealisations, smallPoints, box, "xi2-small", seed, threads);
        return new GradientNorm(main, GradientLaw.test(main.pooled(), n), small, GradientLaw.variance(small.xi2()),
                powerReps, maxPowerSize, seed);
    }

    public static RandomSearch randomSearch(int maxN) {
        List<Crossover.Row> rows = new ArrayList<>();
        for (int n = 1; n <= maxN; n++) rows.add(Crossover.row(n));
        return new RandomSearch(rows);
    }

    /** euler-minimum's E χ curves (schema of its Outputs.ECHI, version 1). */
    static final Schema ECHI = Schema.of("euler-minimum.echi", 1, Schema.integer("n"), Schema.num("u"), Schema.num("echi")).key("n", "u");

    /**
     * Reads E χ at N = 2 from euler-minimum's echi.csv, takes for each requested level the nearest u of that curve
     * (so the expectation is euler-minimum's own number, not an interpolation) and counts χ(A_u) on simulated fields.
     */
    public static Excursion excursion(Path echi, Provenance prov, double[] requested, int fields, int m, int points,
                                      long seed, int threads) {
        Table t = Artifact.readInput(echi, ECHI, prov);
        List<double[]> curve = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) if (t.integer(i, "n") == 2) curve.add(new double[] {t.number(i, "u"), t.number(i, "echi")});
        if (curve.isEmpty()) throw new lib.BadInput(echi, "no rows with n = 2 (euler-minimum --curve-dims must include 2)");
        double worst = 0;
        for (double[] c : curve) worst = Math.max(worst, Math.abs(c[1] - Excursions.expected(c[0], Math.PI, Math.PI)));
        double[] levels = new double[requested.length], disc = new double[requested.length];
        for (int l = 0; l < requested.length; l++) {
            double[] best = curve.get(0);
            for (double[] c : curve) if (Math.abs(c[0] - requested[l]) < Math.abs(best[0] - requested[l])) best = c;
            levels[l] = best[0];
            disc[l] = best[1];
        }
        Excursions.Counts counts = Excursions.count(levels, fields, m, points, seed, threads);
        return new Excursion(levels, disc, worst, curve.size(), counts, Excursions.domainCurvatures(points));
    }

    /** Figure 2's data: a 2-D realisation on [−half, half]² around x0 = 0 and the ray x0 − η∇φ(x0), η in [0, 3 η_opt]. */
    public static StepPicture stepPicture(int m, int points, double half, long seed) {
        GaussianField f = GaussianField.sample(2, m, Streams.of(seed, "figure2-field", 0).nextLong());
        double[] c = new double[points];
        for (int i = 0; i < points; i++) c[i] = -half + 2 * half * i / (points - 1);
        double[] x = new double[2 * points * points];
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < points; j++) {
                x[2 * (i * points + j)] = c[i];
                x[2 * (i * points + j) + 1] = c[j];
            }
        }
        double[] v = f.values(x, points * points, 1);
        double[][] phi = new double[points][points];
        for (int i = 0; i < points; i++) for (int j = 0; j < points; j++) phi[i][j] = v[i * points + j];
        double[] x0 = {0, 0};
        double[] g = f.gradient(x0);
        double etaOpt = 1 / Math.sqrt(3);   // eq (13) at N = 2
        int k = 61;
        double[] etas = new double[k], ray = new double[2 * k];
        for (int i = 0; i < k; i++) {
            etas[i] = 3 * etaOpt * i / (k - 1);
            ray[2 * i] = -etas[i] * g[0];
            ray[2 * i + 1] = -etas[i] * g[1];
        }
        return new StepPicture(m, c, phi, g, f.value(x0), etaOpt, etas, f.values(ray, k, 1));
    }

    /**
     * Figure 6's data, an illustration of the sequence 000 §3.4 describes (the whole disc, holes, components, empty): of
     * {@code candidates} realisations, the first with the most local extrema well inside the disc (|x| < 0.8, judged on
     * a coarse grid: interior critical points make holes and components rather than slivers at the boundary), drawn on
     * the fine grid at six levels evenly spread over its range in the disc.
     */
    public static ExcursionPicture excursionPicture(int m, int points, int candidates, long seed) {
        int best = 0, most = -1;
        for (int c = 0; c < candidates; c++) {
            int extrema = interiorExtrema(Excursions.grid(GaussianField.sample(2, m, Streams.of(seed, "figure6-field", c).nextLong()), 41));
            if (extrema > most) { best = c; most = extrema; }
        }
        double[][] g = Excursions.grid(GaussianField.sample(2, m, Streams.of(seed, "figure6-field", best).nextLong()), points);
        double[] levels = pictureLevels(g);
        return new ExcursionPicture(m, g, levels, chis(g, levels), best, candidates);
    }

    /** Six levels from just below the maximum to just above the minimum of φ on the grid in the disc. */
    static double[] pictureLevels(double[][] g) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] row : g) for (double v : row) if (!Double.isNaN(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        double[] u = new double[6];
        for (int k = 0; k < 6; k++) u[k] = hi - (hi - lo) * (k + 0.5) / 6;
        return u;
    }

    /** Grid points within radius 0.8 that are strict minima or maxima of their eight neighbours. */
    static int interiorExtrema(double[][] g) {
        int n = g.length, count = 0;
        for (int i = 1; i + 1 < n; i++) {
            for (int j = 1; j + 1 < n; j++) {
                double x = Excursions.coordinate(i, n), y = Excursions.coordinate(j, n), v = g[i][j];
                if (x * x + y * y > 0.64) continue;
                boolean min = true, max = true;
                for (int a = -1; a <= 1; a++) {
                    for (int b = -1; b <= 1; b++) {
                        if (a == 0 && b == 0) continue;
                        min &= g[i + a][j + b] > v;
                        max &= g[i + a][j + b] < v;
                    }
                }
                if (min || max) count++;
            }
        }
        return count;
    }

    private static int[] chis(double[][] g, double[] levels) {
        int[] chi = new int[levels.length];
        for (int l = 0; l < levels.length; l++) chi[l] = Excursions.euler(Excursions.below(g, levels[l]));
        return chi;
    }

}
