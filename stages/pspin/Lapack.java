package pspin;

import org.bytedeco.openblas.global.openblas;

/**
 * Eigenvalues of dense symmetric matrices with LAPACK's divide and conquer dsyevd (OpenBLAS through
 * org.bytedeco). OpenBLAS runs single-threaded so results do not depend on its thread pool; parallelism is over
 * independent matrices instead.
 */
public final class Lapack {
    private Lapack() {}

    static {
        openblas.blas_set_num_threads(1);
    }

    /** Ascending eigenvalues of the symmetric n x n matrix a (row-major, only the upper triangle is read; a is overwritten). */
    public static double[] eigenvalues(double[] a, int n) {
        double[] w = new double[n];
        int info = openblas.LAPACKE_dsyevd(openblas.LAPACK_ROW_MAJOR, (byte) 'N', (byte) 'U', n, a, n, w);
        if (info != 0) throw new IllegalStateException("LAPACKE_dsyevd failed, info = " + info);
        return w;
    }
}
