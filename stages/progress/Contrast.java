package progress;

/**
 * The contrast of 001's theorem: Adam, not a gradient span algorithm, against GD on the same spectral fields
 * (lib/GaussianField) at a few N, the spread of the scaled cost per step fitted as in {@link SpreadFit} with
 * replications made of whole realisations. And the membership test of Definition 2.1 itself: the relative
 * distance of x_n − x_0 from span(∇f(x_0), ..., ∇f(x_{n−1})) for every algorithm.
 */
public final class Contrast {
    private Contrast() {}

    /** Spectral runs per algorithm and N. */
    public record Runs(Algorithm algorithm, int[] dims, SpectralRuns.Paths[] paths) {}

    public static Runs run(Algorithm alg, int[] dims, int m, int realisations, int starts, int steps, double box, long seed,
                           int threads) {
        SpectralRuns.Paths[] p = new SpectralRuns.Paths[dims.length];
        for (int j = 0; j < dims.length; j++) {
            p[j] = SpectralRuns.run(alg, dims[j], m, realisations, starts, steps, box, seed, "contrast/" + alg.name() + "/N" + dims[j], threads);
        }
        return new Runs(alg, dims, p);
    }

    /** Fits at every step 1..steps (groups must divide the realisations). */
    public static SpreadFit.Fit[] fits(Runs r, int groups) {
        int steps = r.paths()[0].steps();
        SpreadFit.Fit[] out = new SpreadFit.Fit[steps];
        double[] dims = new double[r.dims().length];
        for (int j = 0; j < dims.length; j++) dims[j] = r.dims()[j];
        for (int k = 1; k <= steps; k++) {
            double[][] v = new double[dims.length][];
            for (int j = 0; j < dims.length; j++) {
                SpectralRuns.Paths p = r.paths()[j];
                v[j] = new double[p.runs()];
                for (int i = 0; i < p.runs(); i++) v[j][i] = p.value(i, k);
            }
            out[k - 1] = SpreadFit.fit(r.algorithm().name(), "spectral", k, dims, v, groups);
        }
        return out;
    }

    /** Span membership: the largest and the smallest relative residual over the runs. */
    public record Span(String algorithm, boolean gradientSpan, int dims, int runs, double maxResidual, double minResidual) {}

    public static Span span(Algorithm alg, int dims, int m, int starts, int steps, double box, long seed, int threads) {
        SpectralRuns.Paths p = SpectralRuns.run(alg, dims, m, 1, starts, steps, box, seed, "span/" + alg.name(), threads);
        double max = 0, min = Double.POSITIVE_INFINITY;
        for (double v : p.spanResidual()) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return new Span(alg.name(), alg.gradientSpan(), dims, p.runs(), max, min);
    }
}
