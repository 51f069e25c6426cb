package sgdmarkov;

import lib.Blas;
import org.bytedeco.openblas.global.openblas;

/**
 * Eigen-decomposition of a dense symmetric matrix by LAPACK's divide and conquer dsyevd (OpenBLAS through
 * org.bytedeco, single-threaded as {@link Blas} sets it, so the result does not depend on any thread pool).
 */
public record Eigen(int n, double[] values, double[] vectors) {

    /** Ascending eigenvalues and, column k of the row-major n x n {@code vectors}, their orthonormal eigenvectors. */
    public static Eigen of(double[] symmetric, int n) {
        Blas.init();
        double[] a = symmetric.clone(), w = new double[n];
        int info = openblas.LAPACKE_dsyevd(openblas.LAPACK_ROW_MAJOR, (byte) 'V', (byte) 'U', n, a, n, w);
        if (info != 0) throw new IllegalStateException("LAPACKE_dsyevd failed, info = " + info);
        return new Eigen(n, w, a);
    }

    /** Ascending eigenvalues only. */
    public static double[] values(double[] symmetric, int n) {
        Blas.init();
        double[] a = symmetric.clone(), w = new double[n];
        int info = openblas.LAPACKE_dsyevd(openblas.LAPACK_ROW_MAJOR, (byte) 'N', (byte) 'U', n, a, n, w);
        if (info != 0) throw new IllegalStateException("LAPACKE_dsyevd failed, info = " + info);
        return w;
    }
}
