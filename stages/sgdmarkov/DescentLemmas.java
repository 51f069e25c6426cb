package sgdmarkov;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import lib.Streams;

/**
 * 003 Lemmas 5 and 6 on a {@link LeastSquares} finite sum, by exact expectations over the mini-batch law (no sampling).
 * f is quadratic, so one step x+ = x - alpha g_B changes it by exactly -alpha grad f.g_B + (alpha^2/2) g_B^T H g_B, and
 * with E[g_B] = grad f and Cov(g_B) = k Cov_w(grad f_w) (k = 1/l with replacement, (n - l)/((n - 1) l) without):
 * <pre>
 *   E f(x+) - f(x) = -alpha |grad f|^2 + (alpha^2/2) tr(H E[g g^T]),   E[g g^T] = grad f grad f^T + k (M2 - grad f grad f^T),
 *   E |g_B|^2 = |grad f|^2 + k (tr M2 - |grad f|^2),                    M2 = (1/n) sum_i g_i g_i^T.
 * </pre>
 * Lemma 5's right side is -alpha grad f.E[g] + (L alpha^2/2) E|g|^2; Lemma 6's second line is
 * -(1 - L alpha sigma/2) alpha |grad f|^2 + alpha^2 L sigma0/2 with the tightest admissible (sigma, sigma0(sigma)) of
 * {@link LeastSquares}. Points: x* + r u for random unit u and r on a log grid, and the point where the assumption
 * E|g|^2 <= sigma0 + sigma |grad f|^2 is an equality, e = k (sigma H^2 - A_k)^{-1} c.
 */
public final class DescentLemmas {
    private DescentLemmas() {}

    /** Steps as multiples of 1/L (the lemmas hold for every alpha; 2/L is GD's stability edge). */
    public static final double[] STEPS = {0.01, 0.1, 0.5, 1, 1.5, 2};
    /** Radii |x - x*| as multiples of the problem's scale |x*|, and random directions per radius. */
    public static final double[] RADII = {1e-3, 1e-2, 0.1, 1, 10};
    public static final int DIRECTIONS = 8;
    /** sigma as multiples of sigma_min(k) (sigma0(sigma) diverges as sigma -> sigma_min when c is not 0). */
    public static final double[] SIGMAS = {1.1, 2};

    /** One (batch, scheme, alpha, sigma factor) case: the largest relative violations and the smallest slacks over the points. */
    public record Case(String problem, int batch, boolean replacement, double alpha, double alphaL, double sigmaFactor, int points,
                       double lemma5Violation, double lemma6Violation, double lemma6TightSlack, double lemma5MinSlack) {}

    /** Every case of one problem, for batches 1 and {@code batch}, with and without replacement. */
    public static List<Case> scan(String name, LeastSquares ls, int batch, long seed) {
        List<Case> out = new ArrayList<>();
        List<double[]> points = points(ls, seed, name);
        for (int l : new int[] {1, batch}) {
            for (boolean repl : new boolean[] {true, false}) {
                if (l == 1 && !repl) continue;
                double k = ls.batchFactor(l, repl);
                for (double sf : SIGMAS) {
                    double sigma = sf * ls.sigmaMin(k), sigma0 = ls.sigma0(sigma, k);
                    double[] tight = tightPoint(ls, sigma, k);
                    for (double a : STEPS) {
                        double alpha = a / ls.bigL();
                        double v5 = Double.NEGATIVE_INFINITY, v6 = Double.NEGATIVE_INFINITY, s5 = Double.POSITIVE_INFINITY;
                        for (double[] x : points) {
                            Step s = step(ls, x, alpha, k);
                            v5 = Math.max(v5, relative(s.change(), s.lemma5()));
                            v6 = Math.max(v6, relative(s.change(), lemma6(ls, s, alpha, sigma, sigma0)));
                            s5 = Math.min(s5, s.lemma5() - s.change());
                        }
                        Step t = step(ls, tight, alpha, k);
                        double tightSlack = (lemma6(ls, t, alpha, sigma, sigma0) - t.lemma5()) / Math.abs(lemma6(ls, t, alpha, sigma, sigma0));
                        out.add(new Case(name, l, repl, alpha, a, sf, points.size() + 1, Math.max(v5, relative(t.change(), t.lemma5())),
                                Math.max(v6, relative(t.change(), lemma6(ls, t, alpha, sigma, sigma0))), tightSlack, s5));
                    }
                }
            }
        }
        return out;
    }

    /** (lhs - rhs)/max(|lhs|, |rhs|): positive where the inequality lhs <= rhs fails. */
    static double relative(double lhs, double rhs) {
        double scale = Math.max(Math.abs(lhs), Math.abs(rhs));
        return scale == 0 ? 0 : (lhs - rhs) / scale;
    }

    /** The exact quantities of one step from x: E f(x+) - f(x), Lemma 5's right side, |grad f|^2 and E|g_B|^2. */
    public record Step(double change, double lemma5, double grad2, double second) {}

    public static Step step(LeastSquares ls, double[] x, double alpha, double k) {
        int n = ls.n(), d = ls.d();
        double[] grad = new double[d];
        double[][] m2 = new double[d][d];
        double[] xs = ls.xStar();
        for (int i = 0; i < n; i++) {
            double t = ls.residual(i);
            for (int j = 0; j < d; j++) t += ls.a(i, j) * (x[j] - xs[j]);
            // t = a_i.x - b_i = a_i.(x - x*) + r_i, since r_i = a_i.x* - b_i
            for (int j = 0; j < d; j++) {
                double gj = ls.a(i, j) * t;
                grad[j] += gj / n;
                for (int q = 0; q < d; q++) m2[j][q] += gj * ls.a(i, q) * t / n;
            }
        }
        double[][] h = ls.hessian().getData();
        double g2 = 0, trM2 = 0, trHM2 = 0, gHg = 0;
        for (int j = 0; j < d; j++) {
            g2 += grad[j] * grad[j];
            trM2 += m2[j][j];
            for (int q = 0; q < d; q++) {
                trHM2 += h[j][q] * m2[q][j];
                gHg += grad[j] * h[j][q] * grad[q];
            }
        }
        double trHE = gHg + k * (trHM2 - gHg), second = g2 + k * (trM2 - g2);
        double change = -alpha * g2 + alpha * alpha / 2 * trHE;
        double lemma5 = -alpha * g2 + ls.bigL() * alpha * alpha / 2 * second;
        return new Step(change, lemma5, g2, second);
    }

    static double lemma6(LeastSquares ls, Step s, double alpha, double sigma, double sigma0) {
        double l = ls.bigL();
        return -(1 - l * alpha * sigma / 2) * alpha * s.grad2() + alpha * alpha * l * sigma0 / 2;
    }

    /** x* + e with e = k (sigma H^2 - A_k)^{-1} c, where E|g|^2 - sigma|grad f|^2 is largest (= sigma0(sigma)). */
    static double[] tightPoint(LeastSquares ls, double sigma, double k) {
        RealMatrix h = ls.hessian();
        RealMatrix ak = h.multiply(h).scalarMultiply(1 - k).add(ls.fourth().scalarMultiply(k));
        RealVector e = new LUDecomposition(h.multiply(h).scalarMultiply(sigma).subtract(ak)).getSolver().solve(ls.cross()).mapMultiply(k);
        return e.add(new ArrayRealVector(ls.xStar())).toArray();
    }

    static List<double[]> points(LeastSquares ls, long seed, String name) {
        double[] xs = ls.xStar();
        double scale = Math.sqrt(new ArrayRealVector(xs).dotProduct(new ArrayRealVector(xs)));
        SplittableRandom rng = Streams.of(seed, "lemmas/" + name);
        List<double[]> out = new ArrayList<>();
        out.add(xs.clone());
        for (double r : RADII) {
            for (int q = 0; q < DIRECTIONS; q++) {
                double[] u = new double[xs.length];
                double nu = 0;
                for (int j = 0; j < u.length; j++) {
                    u[j] = rng.nextGaussian();
                    nu += u[j] * u[j];
                }
                double[] x = new double[xs.length];
                for (int j = 0; j < u.length; j++) x[j] = xs[j] + r * scale * u[j] / Math.sqrt(nu);
                out.add(x);
            }
        }
        return out;
    }
}
