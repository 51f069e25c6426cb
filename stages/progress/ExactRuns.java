package progress;

import java.util.SplittableRandom;
import lib.Parallel;
import lib.Streams;

/**
 * Many independent (realisation, start) pairs of one algorithm on the isotropic field in dimension N, simulated
 * exactly along the path ({@link PathSampler}): each run is a fresh field and start, its random numbers from
 * Streams.of(seed, label, run), so the paths are the same at any thread count. Runs are handed out in blocks; a
 * block reuses one sampler.
 */
public final class ExactRuns {
    private ExactRuns() {}

    static final int BLOCK = 16;


    /**
     * Scaled cost v[run][k] = f(x_k)/√N and scaled squared gradient norms |∇f(x_k)|²/N (row-major runs x (steps+1)),
     * the smallest conditional-variance pivot over all runs.
     */
    public record Paths(String algorithm, long dims, int runs, int steps, double[] value, double[] grad2, double minPivot,
                        int escalations) {
        public double value(int run, int k) { return value[run * (steps + 1) + k]; }

        public double grad2(int run, int k) { return grad2[run * (steps + 1) + k]; }
    }

    public static Paths run(Algorithm alg, long dims, int steps, int runs, long seed, String label, int threads,
                            PathSampler.Complement complement) {
        int w = steps + 1;
        double[] value = new double[runs * w];
        double[] grad2 = new double[runs * w];
        double[] pivots = new double[Parallel.tiles(runs, BLOCK)];
        int[] escalations = new int[pivots.length];
        double sqrtN = Math.sqrt(dims);
        Parallel.run(pivots.length, threads, block -> {
            PathSampler s = new PathSampler(dims, w, false, complement);
            Algorithm a = alg.copy();
            double piv = Double.POSITIVE_INFINITY;
            for (int run = block * BLOCK; run < Math.min(runs, (block + 1) * BLOCK); run++) {
                SplittableRandom rng = Streams.of(seed, label, run);
                path(s, a, steps, a.eta(dims), rng);
                for (int k = 0; k <= steps; k++) {
                    value[run * w + k] = s.value(k) / sqrtN;
                    grad2[run * w + k] = s.gradNorm2(k) / dims;
                }
                piv = Math.min(piv, s.minPivot());
                escalations[block] += s.escalations();
            }
            pivots[block] = piv;
        });
        double minPivot = Double.POSITIVE_INFINITY;
        for (double v : pivots) minPivot = Math.min(minPivot, v);
        int esc = 0;
        for (int e : escalations) esc += e;
        return new Paths(alg.name(), dims, runs, steps, value, grad2, minPivot, esc);
    }

    /** GD's memoryless alternative: each step a fresh first step of 000 (eq 8 in the limit), c_{k+1} = e^{−X²/2}(c_k − X). */
    public static double[] memoryless(double x, int steps) {
        double[] c = new double[steps + 1];
        for (int k = 0; k < steps; k++) c[k + 1] = Math.exp(-x * x / 2) * (c[k] - x);
        return c;
    }

    /** One path: x_0 = 0 (the field is stationary), then the algorithm's query points; the sampler holds the path. */
    static void path(PathSampler s, Algorithm a, int steps, double eta, SplittableRandom rng) {
        s.reset();
        a.reset(s.frame());
        double[] xk = new double[s.frame()];
        double[] next = new double[s.frame()];
        for (int k = 0; k <= steps; k++) {
            s.evaluate(xk, rng);
            if (k == steps) break;
            a.next(k, xk, s.gradient(k), eta, next);
            double[] t = xk;
            xk = next;
            next = t;
        }
    }

    /**
     * The N → ∞ limit of the scaled cost curve (the deterministic recursion of {@link PathSampler#limit}): c_k for
     * k = 0..steps, and the limit of |∇f(x_k)|²/N.
     */
    public static double[][] limit(Algorithm alg, int steps) {
        PathSampler s = PathSampler.limit(steps + 1);
        Algorithm a = alg.copy();
        path(s, a, steps, a.eta(1), null);
        if (s.escalations() > 0) throw new IllegalStateException("the limit recursion of " + alg.name() + " needed more than the base jitter");
        double[][] out = new double[2][steps + 1];
        for (int k = 0; k <= steps; k++) {
            out[0][k] = s.value(k);
            out[1][k] = s.gradNorm2(k);
        }
        return out;
    }
}
