package deeplinear;

/**
 * Gradient descent with Armijo backtracking on the full parameter vector: a step is accepted when it lowers f by at
 * least half the first-order prediction, halved until it does, and grown by half after each accepted step. Stops when
 * |∇f| falls below {@code tol}, when the decrease a step could make is below the rounding of f, or after {@code maxSteps}.
 */
public final class Descent {
    private Descent() {}

    /** The end point, its loss and gradient norm, and the steps taken. */
    public record End(double[] theta, double loss, double gradient, int steps) {}

    public static End run(Network net, double[] start, double tol, int maxSteps) {
        double[] theta = start.clone();
        double f = net.loss(theta), step = 1e-3;
        double[] g = net.gradient(theta);
        int it = 0;
        for (; it < maxSteps; it++) {
            double g2 = 0;
            for (double v : g) g2 += v * v;
            if (Math.sqrt(g2) < tol) break;
            double[] next = new double[theta.length];
            double fn;
            while (true) {
                for (int k = 0; k < theta.length; k++) next[k] = theta[k] - step * g[k];
                fn = net.loss(next);
                if (fn <= f - 0.5 * step * g2) break;
                step *= 0.5;
                if (step * g2 < 1e-15 * Math.abs(f)) return new End(theta, f, Math.sqrt(g2), it);   // below f's rounding
            }
            theta = next;
            f = fn;
            g = net.gradient(theta);
            step *= 1.5;
        }
        double g2 = 0;
        for (double v : g) g2 += v * v;
        return new End(theta, f, Math.sqrt(g2), it);
    }

    /**
     * Fixed steps θ ← θ − ∇f/L, with L at least the largest Hessian eigenvalue near θ: no comparison of f values, so it
     * keeps contracting the gradient (by 1 − μ/L per step in the curved directions) below the rounding of f, where
     * Armijo's test can no longer tell a decrease. Stops at |∇f| < {@code tol} or after {@code maxSteps}.
     */
    public static End polish(Network net, End from, double lipschitz, double tol, int maxSteps) {
        double[] theta = from.theta().clone();
        double[] g = net.gradient(theta);
        int it = 0;
        for (; it < maxSteps; it++) {
            double g2 = 0;
            for (double v : g) g2 += v * v;
            if (Math.sqrt(g2) < tol) break;
            for (int k = 0; k < theta.length; k++) theta[k] -= g[k] / lipschitz;
            g = net.gradient(theta);
        }
        double g2 = 0;
        for (double v : g) g2 += v * v;
        return new End(theta, net.loss(theta), Math.sqrt(g2), from.steps() + it);
    }
}
