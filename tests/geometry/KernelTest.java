package geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The covariance blocks of (φ, ∇φ) against numerical derivatives of C(x, y) = exp(−|x − y|²/2). */
class KernelTest {
    static double c(double[] x, double[] y) {
        return Kernel.k(Kernel.dist2(x, y));
    }

    /** Oracle: central differences of C in x_i and y_j (and the mixed second difference). */
    @Test
    void everyBlockEntryIsTheMatchingDerivativeOfTheCovariance() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 4;
        double h = 1e-4;
        for (int trial = 0; trial < 5; trial++) {
            double[] x = new double[n], y = new double[n];
            for (int i = 0; i < n; i++) { x[i] = rng.nextGaussian(); y[i] = x[i] + 0.7 * rng.nextGaussian(); }
            double[][] b = Kernel.block(x, y);
            assertEquals(c(x, y), b[0][0], 1e-15);
            for (int j = 0; j < n; j++) {
                assertEquals(diffY(x, y, j, h), b[0][j + 1], 1e-8, "Cov(phi(x), d_j phi(y))");
                assertEquals(diffX(x, y, j, h), b[j + 1][0], 1e-8, "Cov(d_j phi(x), phi(y))");
                for (int i = 0; i < n; i++) assertEquals(mixed(x, y, i, j, h), b[i + 1][j + 1], 1e-6, "Cov(d_i phi(x), d_j phi(y))");
            }
        }
    }

    @Test
    void atOnePointTheBlockIsTheIdentity() {
        double[] x = {0.3, -1.2, 2.0};
        double[][] b = Kernel.block(x, x);
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) assertEquals(i == j ? 1 : 0, b[i][j], 0);
    }

    /** The printed eq (6) is the transpose of Σ12 = block(x1, x0): Σ21. */
    @Test
    void thePrintedSigma12IsTheTransposeOfTheDerivedOne() {
        double[] x0 = {0.5, -0.1}, dx = {0.4, 0.9}, x1 = {x0[0] + dx[0], x0[1] + dx[1]};
        double[][] derived = Kernel.block(x1, x0), printed = Kernel.printedSigma12(dx);
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) assertEquals(derived[j][i], printed[i][j], 1e-15);
        assertEquals(-printed[0][1], derived[0][1], 1e-15);
        assertEquals(dx[0] * Kernel.k(Kernel.dist2(x1, x0)), derived[0][1], 1e-15, "Cov(Phi1, Xi0_1) = +dx_1 k");
    }

    private static double diffY(double[] x, double[] y, int j, double h) {
        double[] yp = y.clone(), ym = y.clone();
        yp[j] += h;
        ym[j] -= h;
        return (c(x, yp) - c(x, ym)) / (2 * h);
    }

    private static double diffX(double[] x, double[] y, int i, double h) {
        double[] xp = x.clone(), xm = x.clone();
        xp[i] += h;
        xm[i] -= h;
        return (c(xp, y) - c(xm, y)) / (2 * h);
    }

    private static double mixed(double[] x, double[] y, int i, int j, double h) {
        double[] xp = x.clone(), xm = x.clone();
        xp[i] += h;
        xm[i] -= h;
        return (diffY(xp, y, j, h) - diffY(xm, y, j, h)) / (2 * h);
    }
}
