package progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The optimisers on known cases: the quadratic f(x) = ½|x|² (∇f(x) = x) and Adam's first step. */
class AlgorithmTest {
    /** Runs an algorithm on ∇f(x) = x from x0 for k steps. */
    static double[] onQuadratic(Algorithm a, double[] x0, int k, double eta) {
        Algorithm alg = a.copy();
        alg.reset(x0.length);
        double[] x = x0.clone(), next = new double[x0.length];
        for (int i = 0; i < k; i++) {
            alg.next(i, x, x.clone(), eta, next);
            double[] t = x;
            x = next;
            next = t;
        }
        return x;
    }

    @Test
    void gradientDescentContractsByOneMinusEta() {
        double[] x = onQuadratic(new Algorithm.GradientDescent(1), new double[] {2, -1}, 5, 0.3);
        assertEquals(2 * Math.pow(0.7, 5), x[0], 1e-14);   // closed form (1 − η)^k x0
        assertEquals(-Math.pow(0.7, 5), x[1], 1e-14);
    }

    @Test
    void heavyBallFollowsItsTwoTermRecurrence() {
        // x_{k+1} = (1 − η + β) x_k − β x_{k−1}, x_1 = (1 − η) x_0: solved by the characteristic roots
        double eta = 0.3, beta = 0.5, x0 = 1.5;
        double t = 1 - eta + beta;
        double disc = t * t - 4 * beta;   // negative here: complex roots r e^{±iθ}
        double r = Math.sqrt(beta), theta = Math.atan2(Math.sqrt(-disc), t);
        // x_k = r^k (A cos kθ + B sin kθ), A = x0, x1 = r(A cos θ + B sin θ)
        double x1 = (1 - eta) * x0;
        double bCoef = (x1 / r - x0 * Math.cos(theta)) / Math.sin(theta);
        for (int k = 1; k <= 8; k++) {
            double expected = Math.pow(r, k) * (x0 * Math.cos(k * theta) + bCoef * Math.sin(k * theta));
            assertEquals(expected, onQuadratic(new Algorithm.HeavyBall(1, beta), new double[] {x0}, k, eta)[0], 1e-12, "k = " + k);
        }
    }

    @Test
    void nesterovQueryPointsFollowTheirRecurrence() {
        // on ∇f = y: v_{k+1} = β v_k − η y_k, x_{k+1} = x_k + v_{k+1}, y_{k+1} = x_{k+1} + β v_{k+1}; scalar, by hand
        double eta = 0.2, beta = 0.6, y = 1, xs = 1, v = 0;
        for (int k = 1; k <= 6; k++) {
            v = beta * v - eta * y;
            xs += v;
            y = xs + beta * v;
            assertEquals(y, onQuadratic(new Algorithm.Nesterov(1, beta), new double[] {1}, k, eta)[0], 1e-14, "k = " + k);
        }
    }

    @Test
    void adamsFirstStepIsSignDescent() {
        double[] g = {3, -0.001, 40};
        Algorithm a = new Algorithm.Adam(1);
        a.reset(3);
        double[] out = new double[3];
        a.next(0, new double[3], g, 0.1, out);
        // m̂ = g, v̂ = g²: the step is −η g/(|g| + ε)
        for (int i = 0; i < 3; i++) assertEquals(-0.1 * Math.signum(g[i]), out[i], 1e-6);
    }

    @Test
    void spanResidualIsZeroInsideAndOneOrthogonal() {
        double[][] basis = {{1, 1, 0, 0}, {0, 1, 1, 0}};
        assertEquals(0, SpectralRuns.spanResidual(new double[] {2, 5, 3, 0}, basis), 1e-15);
        assertEquals(1, SpectralRuns.spanResidual(new double[] {0, 0, 0, 7}, basis), 1e-15);
        // (1, 0, 0, 0): projection onto span{(1,1,0,0), (0,1,1,0)} has norm² 2/3, residual √(1/3)
        assertEquals(Math.sqrt(1.0 / 3), SpectralRuns.spanResidual(new double[] {1, 0, 0, 0}, basis), 1e-15);
    }

    @Test
    void etaIsXOverRootN() {
        assertEquals(0.5 / 100, new Algorithm.GradientDescent(0.5).eta(1e4), 1e-18);
    }
}
