package progress;

import java.util.SplittableRandom;
import lib.GaussianField;
import lib.Parallel;
import lib.Streams;

/**
 * The same algorithms on the spectral field of 000 eqs (29)-(31) (lib/GaussianField, M random cosines), where
 * coordinates exist: the check of the exact sampler at moderate N, and the only place a non-span algorithm (Adam)
 * can run. F realisations x P starts; starts uniform in [−box, box]^N as in 000 §4.1, so that distinct starts on one
 * realisation are far apart (values nearly independent). Realisation f is one task: its field from
 * Streams.of(seed, label + "/field", f), its starts from Streams.of(seed, label + "/x0", f); the P starts step
 * together (one tile of values and gradients per step), so results do not depend on the thread count.
 */
public final class SpectralRuns {
    private SpectralRuns() {}

    /**
     * Scaled cost f/√N and |∇f|²/N per run and step (row-major (F·P) x (steps+1), run = f·P + start); per run the
     * relative distance of x_n − x_0 from span(∇f(x_0), ..., ∇f(x_{n−1})) at the last step.
     */
    public record Paths(String algorithm, int dims, int m, int realisations, int starts, int steps, double[] value,
                        double[] grad2, double[] spanResidual) {
        public int runs() { return realisations * starts; }

        public double value(int run, int k) { return value[run * (steps + 1) + k]; }

        public double grad2(int run, int k) { return grad2[run * (steps + 1) + k]; }
    }

    public static Paths run(Algorithm alg, int dims, int m, int realisations, int starts, int steps, double box,
                            long seed, String label, int threads) {
        int w = steps + 1, runs = realisations * starts;
        double[] value = new double[runs * w];
        double[] grad2 = new double[runs * w];
        double[] residual = new double[runs];
        double eta = alg.eta(dims), sqrtN = Math.sqrt(dims);
        Parallel.run(realisations, threads, f -> {
            GaussianField field = GaussianField.sample(dims, m, Streams.of(seed, label + "/field", f).nextLong());
            SplittableRandom rng = Streams.of(seed, label + "/x0", f);
            double[] x = new double[starts * dims];
            for (int i = 0; i < x.length; i++) x[i] = box * (2 * rng.nextDouble() - 1);
            double[] x0 = x.clone();
            double[] vals = new double[starts];
            double[] grads = new double[starts * dims];
            double[][] history = new double[starts * steps][];
            Algorithm[] algs = new Algorithm[starts];
            for (int s = 0; s < starts; s++) {
                algs[s] = alg.copy();
                algs[s].reset(dims);
            }
            double[] xk = new double[dims], gk = new double[dims], next = new double[dims];
            for (int k = 0; k <= steps; k++) {
                field.valuesAndGradients(x, starts, vals, grads, 1);
                for (int s = 0; s < starts; s++) {
                    int run = f * starts + s;
                    System.arraycopy(grads, s * dims, gk, 0, dims);
                    value[run * w + k] = vals[s] / sqrtN;
                    grad2[run * w + k] = dot(gk, gk) / dims;
                    if (k == steps) continue;
                    history[s * steps + k] = gk.clone();
                    System.arraycopy(x, s * dims, xk, 0, dims);
                    algs[s].next(k, xk, gk, eta, next);
                    System.arraycopy(next, 0, x, s * dims, dims);
                }
            }
            for (int s = 0; s < starts; s++) {
                double[] d = new double[dims];
                for (int i = 0; i < dims; i++) d[i] = x[s * dims + i] - x0[s * dims + i];
                double[][] basis = new double[steps][];
                System.arraycopy(history, s * steps, basis, 0, steps);
                residual[f * starts + s] = spanResidual(d, basis);
            }
        });
        return new Paths(alg.name(), dims, m, realisations, starts, steps, value, grad2, residual);
    }

    /** |d − P d| / |d| with P the projection on span(vectors) (modified Gram–Schmidt; 0 when d = 0). */
    static double spanResidual(double[] d, double[][] vectors) {
        int n = d.length;
        double norm = Math.sqrt(dot(d, d));
        if (norm == 0) return 0;
        double[] res = d.clone();
        java.util.List<double[]> q = new java.util.ArrayList<>();
        for (double[] v : vectors) {
            double[] u = v.clone();
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : q) {
                    double c = dot(b, u);
                    for (int i = 0; i < n; i++) u[i] -= c * b[i];
                }
            }
            double nu = Math.sqrt(dot(u, u));
            if (nu <= 1e-12 * Math.sqrt(dot(v, v))) continue;
            for (int i = 0; i < n; i++) u[i] /= nu;
            q.add(u);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (double[] b : q) {
                double c = dot(b, res);
                for (int i = 0; i < n; i++) res[i] -= c * b[i];
            }
        }
        return Math.sqrt(dot(res, res)) / norm;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
