package pspin;

import java.util.ArrayList;
import java.util.List;
import lib.Streams;

/**
 * Critical points of dense p = 3 tensors on the sphere |s|² = N, found by Riemannian Newton's method (which converges
 * to critical points of any index, unlike descent), with their energy per spin and Hessian index. Two routes per
 * tensor: Newton from a uniformly random point (energies near 0, where most critical points lie), and Newton from the
 * first point of a projected-GD path whose energy per spin reaches {@code descendTo} (critical points near that energy).
 */
public final class CriticalPoints {
    private CriticalPoints() {}

    /** A critical point: the route that found it, u = H/N, its index among the N − 1 tangent directions, λ_min. */
    public record Point(int sample, String route, double energy, int index, double lambdaMin, double gradient) {
        public double indexFraction(int n) { return index / (n - 1.0); }
    }

    /** Newton stops when |∇_S H|/√N is below this; a run that has not reached it in {@link #NEWTON_STEPS} finds nothing. */
    static final double TOL = 1e-11;
    static final int NEWTON_STEPS = 200;
    /** Largest Newton step, as an angle on the sphere (radians): far from a critical point the full step overshoots. */
    static final double MAX_ANGLE = 0.2;
    static final int GD_STEPS = 20_000;
    /** The GD step of the descent route (stage pspin-descent's paper-scale step). */
    static final double ETA = 0.15;

    /** The critical points the two routes find on tensor i (0, 1 or 2 points). */
    public static List<Point> find(int n, int i, double descendTo, long seed) {
        List<Point> out = new ArrayList<>();
        try (Tensor t = new Tensor(n, Streams.of(seed, "critical-tensor", i))) {
            double[] s = Descent.uniformOnSphere(n, Streams.of(seed, "critical-start", i));
            add(out, i, "random", t, newton(t, s));
            double[] d = descend(t, Descent.uniformOnSphere(n, Streams.of(seed, "critical-descend", i)), descendTo, ETA);
            if (d != null) add(out, i, "descend", t, newton(t, d));
        }
        return out;
    }

    private static void add(List<Point> out, int i, String route, Tensor t, double[] s) {
        if (s == null) return;
        int n = t.n;
        double[] ev = Lapack.eigenvalues(t.riemannianHessian(s, 1e4), n);   // the normal direction carries 1e4: the top one
        int index = 0;
        for (int k = 0; k < n - 1; k++) if (ev[k] < 0) index++;
        out.add(new Point(i, route, t.energy(s) / n, index, ev[0], gradientNorm(t, s)));
    }

    /** Riemannian Newton: solve Hess_S ξ = −∇_S H on the tangent space, retract to the sphere; null if it does not converge. */
    static double[] newton(Tensor t, double[] start) {
        int n = t.n;
        double[] s = start.clone();
        for (int it = 0; it < NEWTON_STEPS; it++) {
            double[] g = gradient(t, s);
            if (Descent.norm(g) / Math.sqrt(n) < TOL) return s;
            double[] minus = new double[n];
            for (int a = 0; a < n; a++) minus[a] = -g[a];
            double[] xi = Spherical2.solve(t.riemannianHessian(s, 1.0), minus, n);   // normal eigenvalue 1: ξ stays tangent
            if (xi == null) return null;
            double angle = Descent.norm(xi) / Math.sqrt(n);
            double scale = angle > MAX_ANGLE ? MAX_ANGLE / angle : 1;
            for (int a = 0; a < n; a++) s[a] += scale * xi[a];
            Descent.normalise(s);
        }
        return null;
    }

    /** Projected GD until H/N <= target; the first such point, or null within {@link #GD_STEPS}. */
    static double[] descend(Tensor t, double[] start, double target, double eta) {
        int n = t.n;
        double[] s = start.clone();
        double[][] sg = new double[1][n];
        for (int step = 0; step < GD_STEPS; step++) {
            double h = t.contract(new double[][] {s}, sg)[0];
            if (h / n <= target) return s;
            double[] g = Descent.tangentGradient(s, sg[0], h, n);
            for (int a = 0; a < n; a++) s[a] -= eta * g[a];
            Descent.normalise(s);
        }
        return null;
    }

    static double[] gradient(Tensor t, double[] s) {
        double[][] sg = new double[1][t.n];
        double h = t.contract(new double[][] {s}, sg)[0];
        return Descent.tangentGradient(s, sg[0], h, t.n);
    }

    static double gradientNorm(Tensor t, double[] s) {
        return Descent.norm(gradient(t, s)) / Math.sqrt(t.n);
    }
}
