package geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import lib.ConditionalStep;
import lib.Streams;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * 000 eqs (4)-(9) by numerical conditioning (EJML): the joint Gaussian of (Φ1, Ξ1, Φ0, Ξ0) is built from the kernel
 * ({@link Kernel}), and separately with the block Σ12 exactly as eq (6) prints it; each is conditioned on (Φ0, Ξ0)
 * by a Cholesky solve, for random (φ0, Ξ0, η) with Δx = −ηΞ0 (eq 1). The conditional mean and variance of Φ1 are
 * then compared with eqs (8)-(9).
 */
final class Conditioning {
    private Conditioning() {}

    /** One draw: the inputs, the conditional moments of Φ1 under both covariances, and the closed forms. */
    record Row(int draw, int n, double eta, double phi0, double xi2, double mKernel, double vKernel, double mPrinted,
               double vPrinted, double mEq8, double vEq9, double mAscent, boolean kernelJointPd, boolean printedJointPd) {}

    /** The conditional mean vector and covariance of the first block given the second. */
    record Conditional(double[] mean, double[][] cov) {}

    /** Learning rates are drawn log-uniformly in [η_opt/ETA_SPAN, η_opt·ETA_SPAN], η_opt = (N+1)^{-1/2} (eq 13). */
    static final double ETA_SPAN = 10;

    static List<Row> draws(int[] dims, int perDim, long seed) {
        List<Row> rows = new ArrayList<>();
        int d = 0;
        for (int n : dims) {
            for (int i = 0; i < perDim; i++, d++) rows.add(draw(d, n, Streams.of(seed, "conditioning", d)));
        }
        return rows;
    }

    static Row draw(int index, int n, SplittableRandom rng) {
        double phi0 = rng.nextGaussian();
        double[] xi0 = new double[n];
        double xi2 = 0;
        for (int j = 0; j < n; j++) {
            xi0[j] = rng.nextGaussian();
            xi2 += xi0[j] * xi0[j];
        }
        double eta = Math.exp(Math.log(ETA_SPAN) * (2 * rng.nextDouble() - 1)) / Math.sqrt(n + 1);
        double[] x0 = new double[n], x1 = new double[n], dx = new double[n];
        for (int j = 0; j < n; j++) {
            x0[j] = 3 * rng.nextGaussian();     // isotropy: the moments must not depend on x0
            dx[j] = -eta * xi0[j];              // eq (1)
            x1[j] = x0[j] + dx[j];
        }
        double[] observed = new double[n + 1];
        observed[0] = phi0;
        System.arraycopy(xi0, 0, observed, 1, n);
        double[][] s11 = Kernel.block(x1, x1), s22 = Kernel.block(x0, x0);
        double[][] kernel = Kernel.joint(s11, Kernel.block(x1, x0), s22);
        double[][] printed = Kernel.joint(s11, Kernel.printedSigma12(dx), s22);
        Conditional ck = condition(kernel, n + 1, observed);
        Conditional cp = condition(printed, n + 1, observed);
        double a = Math.exp(-eta * eta * xi2 / 2);
        return new Row(index, n, eta, phi0, xi2, ck.mean()[0], ck.cov()[0][0], cp.mean()[0], cp.cov()[0][0],
                ConditionalStep.m1(phi0, xi2, eta), ConditionalStep.v1(xi2, eta), a * (phi0 + eta * xi2),
                positiveDefinite(kernel), positiveDefinite(printed));
    }

    /**
     * Conditions a centred Gaussian with covariance joint (first m coordinates unknown, last m observed) on the
     * observed values: mean Σ12 Σ22⁻¹ v, covariance Σ11 − Σ12 Σ22⁻¹ Σ21 (Cholesky solve of Σ22 X = Σ21).
     */
    static Conditional condition(double[][] joint, int m, double[] observed) {
        DMatrixRMaj full = new DMatrixRMaj(joint);
        DMatrixRMaj s11 = CommonOps_DDRM.extract(full, 0, m, 0, m);
        DMatrixRMaj s12 = CommonOps_DDRM.extract(full, 0, m, m, 2 * m);
        DMatrixRMaj s21 = CommonOps_DDRM.extract(full, m, 2 * m, 0, m);
        DMatrixRMaj s22 = CommonOps_DDRM.extract(full, m, 2 * m, m, 2 * m);
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(m);
        if (!chol.setA(s22)) throw new IllegalStateException("Σ22 is not positive definite");
        DMatrixRMaj x = new DMatrixRMaj(m, m);
        chol.solve(s21, x);                       // X = Σ22⁻¹ Σ21
        DMatrixRMaj v = new DMatrixRMaj(m, 1, true, observed);
        DMatrixRMaj w = new DMatrixRMaj(m, 1);
        chol.solve(v, w);                         // Σ22⁻¹ v
        DMatrixRMaj mean = new DMatrixRMaj(m, 1);
        CommonOps_DDRM.mult(s12, w, mean);
        DMatrixRMaj cov = new DMatrixRMaj(m, m);
        CommonOps_DDRM.mult(-1, s12, x, cov);
        CommonOps_DDRM.addEquals(cov, s11);
        double[] mu = new double[m];
        double[][] c = new double[m][m];
        for (int i = 0; i < m; i++) {
            mu[i] = mean.get(i, 0);
            for (int j = 0; j < m; j++) c[i][j] = cov.get(i, j);
        }
        return new Conditional(mu, c);
    }

    /** Whether a symmetric matrix admits a Cholesky factorisation (is a valid, non-degenerate covariance). */
    static boolean positiveDefinite(double[][] a) {
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(a.length, true);
        return chol.decompose(new DMatrixRMaj(a));
    }
}
