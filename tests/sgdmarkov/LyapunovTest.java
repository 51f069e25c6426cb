package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class LyapunovTest {
    static RealMatrix hessian() {
        return LeastSquares.generate(60, new double[] {0.4, 0.9, 1.6}, 0.0, 0.5, new SplittableRandom(3)).hessian();
    }

    /** Oracle: with Q = (alpha^2/l) I the solution is diagonal in H's eigenbasis, C_k = (alpha/l)/(h_k (2 - alpha h_k)). */
    @Test
    void isotropicNoiseMatchesTheClosedForm() {
        RealMatrix h = hessian();
        double alpha = 0.7 / new EigenDecomposition(h).getRealEigenvalues()[0], l = 2;
        RealMatrix c = Lyapunov.eq3(h, alpha, l);
        EigenDecomposition e = new EigenDecomposition(h);
        RealMatrix v = e.getV();
        int d = h.getRowDimension();
        RealMatrix closed = new Array2DRowRealMatrix(d, d);
        for (int k = 0; k < d; k++) {
            double hk = e.getRealEigenvalue(k);
            closed.setEntry(k, k, (alpha / l) / (hk * (2 - alpha * hk)));
        }
        closed = v.multiply(closed).multiply(v.transpose());
        for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) assertEquals(closed.getEntry(i, j), c.getEntry(i, j), 1e-12 * closed.getNorm());
        double[] r = Lyapunov.gibbsRatios(h, c, alpha, l);
        double[] expect = new double[d];
        for (int k = 0; k < d; k++) expect[k] = 1 / (1 - alpha * e.getRealEigenvalue(k) / 2);
        java.util.Arrays.sort(expect);
        for (int k = 0; k < d; k++) assertEquals(expect[k], r[k], 1e-10);
    }

    /** Oracle: a non-symmetric contraction and full Q: the solution satisfies C = A C A^T + Q (fixed-point iteration as a second route). */
    @Test
    void generalSolutionIsTheFixedPointOfTheIteration() {
        double[][] a = {{0.5, 0.2, 0.0}, {-0.1, 0.3, 0.25}, {0.05, 0.0, 0.6}};
        double[][] q = {{1.0, 0.3, 0.1}, {0.3, 2.0, -0.2}, {0.1, -0.2, 0.5}};
        RealMatrix am = new Array2DRowRealMatrix(a), qm = new Array2DRowRealMatrix(q);
        RealMatrix c = Lyapunov.solve(am, qm), it = qm.copy();
        for (int k = 0; k < 400; k++) it = am.multiply(it).multiply(am.transpose()).add(qm);
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) assertEquals(it.getEntry(i, j), c.getEntry(i, j), 1e-12);
    }

    /** The chains' stationary energy agrees with tr(HC)/2 within 4 standard errors. */
    @Test
    void chainsAgreeWithTheSolution() {
        RealMatrix h = hessian();
        double alpha = 1 / new EigenDecomposition(h).getRealEigenvalues()[0];
        Lyapunov.Chains ch = Lyapunov.simulate(h, alpha, 1, 8, 2000, 100000, 7, "test", 2);
        double[] ms = ch.meanSe();
        assertEquals(Lyapunov.energy(h, Lyapunov.eq3(h, alpha, 1)), ms[0], 4 * ms[1]);
    }
}
