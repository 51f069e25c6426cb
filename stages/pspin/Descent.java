package pspin;

import java.util.SplittableRandom;
import lib.Streams;

/**
 * Projected gradient descent on the sphere of radius sqrt N for one disorder sample and a batch of random starts:
 * s <- sqrt N (s - eta grad_S H) / |s - eta grad_S H|, grad_S H the tangent part of the Euclidean gradient. A run
 * stops when |grad_S H| / sqrt N < tol (it then keeps its state) or after maxSteps.
 */
public final class Descent {
    private Descent() {}

    /** One run's end point and its energy-per-spin curve (curve[t] = H(s_t)/N, t = 0..maxSteps). */
    public record Run(int sample, int start, double energy, double gradient, int steps, int index, double lambdaMin,
                      double meanEigenvalue, double[] curve, double[] spectrum) {}

    public static Run[] run(int n, int sample, int starts, double eta, int maxSteps, double tol, long seed) {
        try (Tensor t = new Tensor(n, Streams.of(seed, "tensor-" + n, sample))) {
            double[][] sigma = new double[starts][];
            for (int r = 0; r < starts; r++) sigma[r] = uniformOnSphere(n, Streams.of(seed, "start-" + n + "-" + sample, r));
            double[][] curves = new double[starts][maxSteps + 1];
            double[] gnorm = new double[starts];
            int[] steps = new int[starts];
            boolean[] done = new boolean[starts];
            double[][] sg = new double[starts][n];
            for (int step = 0; step <= maxSteps; step++) {
                double[] h = t.contract(sigma, sg);
                for (int r = 0; r < starts; r++) {
                    curves[r][step] = h[r] / n;
                    if (done[r]) continue;
                    double[] grad = tangentGradient(sigma[r], sg[r], h[r], n);
                    gnorm[r] = norm(grad) / Math.sqrt(n);
                    if (gnorm[r] < tol || step == maxSteps) {
                        done[r] = true;
                        steps[r] = step;
                        continue;
                    }
                    for (int a = 0; a < n; a++) sigma[r][a] -= eta * grad[a];
                    normalise(sigma[r]);
                }
                if (allDone(done)) {
                    // no state moves any more, so every later contraction would repeat this step's energies
                    for (int r = 0; r < starts; r++) java.util.Arrays.fill(curves[r], step + 1, maxSteps + 1, curves[r][step]);
                    break;
                }
            }
            Run[] out = new Run[starts];
            for (int r = 0; r < starts; r++) {
                double[] b = t.riemannianHessian(sigma[r], 1e4);
                double[] ev = Lapack.eigenvalues(b, n);
                double[] tangent = java.util.Arrays.copyOf(ev, n - 1);   // drop the normal direction (eigenvalue 1e4)
                int index = 0;
                double mean = 0;
                for (double v : tangent) { if (v < 0) index++; mean += v; }
                out[r] = new Run(sample, r, curves[r][maxSteps], gnorm[r], steps[r], index, tangent[0], mean / (n - 1),
                        curves[r], tangent);
            }
            return out;
        }
    }

    /** grad_S H = 3 sg / N - (s . 3 sg / N) s / N with s . sg = N H. */
    static double[] tangentGradient(double[] s, double[] sg, double h, int n) {
        double[] g = new double[n];
        double radial = Tensor.P * h / n;   // (s . grad H) / N
        for (int a = 0; a < n; a++) g[a] = Tensor.P * sg[a] / n - radial * s[a];
        return g;
    }

    static boolean allDone(boolean[] done) {
        for (boolean d : done) if (!d) return false;
        return true;
    }

    static double[] uniformOnSphere(int n, SplittableRandom rng) {
        double[] v = new double[n];
        for (int a = 0; a < n; a++) v[a] = Goe.Normal.next(rng);
        normalise(v);
        return v;
    }

    static void normalise(double[] v) {
        double f = Math.sqrt(v.length) / norm(v);
        for (int a = 0; a < v.length; a++) v[a] *= f;
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }

    /**
     * The shift of the Hessian with the energy, measured on a real tensor: sample i at one uniform random point,
     * returns {u = H/N, tr(Hess_S H)/(N-1), lambda_min(Hess_S H)}: the mean and the smallest Riemannian Hessian eigenvalue
     * on the tangent space.
     */
    public static double[] shiftSamples(int n, int i, long seed) {
        try (Tensor t = new Tensor(n, Streams.of(seed, "shift-tensor", i))) {
            double[] s = uniformOnSphere(n, Streams.of(seed, "shift-point", i));
            double u = t.energy(s) / n;
            double[] b = t.riemannianHessian(s, 0);   // the normal direction contributes 0 to the trace
            double tr = 0;
            for (int a = 0; a < n; a++) tr += b[a * n + a];
            double[] ev = Lapack.eigenvalues(t.riemannianHessian(s, 1e4), n);   // the normal direction on top
            return new double[] {u, tr / (n - 1), ev[0]};
        }
    }
}
