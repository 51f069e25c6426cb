package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class RealSgdTest {
    /**
     * Oracle: the discrete Lyapunov equation C = (I - alpha H) C (I - alpha H) + (alpha^2/l) Sigma iterated to its fixed
     * point (commons-math), then the diagonal of U^T C U; the model's closed form must equal it.
     */
    @Test
    void modelVariancesSolveTheDiscreteLyapunovEquation() {
        int d = 4;
        SplittableRandom rng = new SplittableRandom(3);
        RealMatrix a = new Array2DRowRealMatrix(d, d), b = new Array2DRowRealMatrix(d, d);
        for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) {
            a.setEntry(i, j, rng.nextGaussian());
            b.setEntry(i, j, rng.nextGaussian());
        }
        RealMatrix h = a.multiply(a.transpose()).add(MatrixUtils.createRealIdentityMatrix(d).scalarMultiply(0.5)).scalarMultiply(0.1);
        RealMatrix sigma = b.multiply(b.transpose());
        double alpha = 0.7;
        int batch = 3;
        RealMatrix m = MatrixUtils.createRealIdentityMatrix(d).subtract(h.scalarMultiply(alpha));
        RealMatrix c = new Array2DRowRealMatrix(d, d);
        for (int t = 0; t < 20000; t++) c = m.multiply(c).multiply(m).add(sigma.scalarMultiply(alpha * alpha / batch));
        EigenDecomposition e = new EigenDecomposition(h);
        double[] values = e.getRealEigenvalues();
        double[] vectors = new double[d * d], diag = new double[d];
        RealMatrix u = e.getV();
        for (int i = 0; i < d; i++) for (int k = 0; k < d; k++) vectors[i * d + k] = u.getEntry(i, k);
        RealMatrix su = u.transpose().multiply(sigma).multiply(u), cu = u.transpose().multiply(c).multiply(u);
        for (int k = 0; k < d; k++) diag[k] = su.getEntry(k, k);
        RealSgd.Spectrum s = new RealSgd.Spectrum(d, values, vectors, diag, sigma.getTrace(), 0);
        double[] model = RealSgd.modelVariances(s, alpha, batch, false);
        double excess = 0;
        for (int k = 0; k < d; k++) {
            assertEquals(cu.getEntry(k, k), model[k], 1e-10 * cu.getEntry(k, k));
            excess += values[k] * model[k] / 2;
        }
        assertEquals(h.multiply(c).getTrace() / 2, RealSgd.excess(s, model), 1e-10 * excess);
    }
}
