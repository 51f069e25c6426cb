package blackbox;

import java.nio.FloatBuffer;
import org.bytedeco.openblas.global.openblas;

/**
 * Single-precision row-major GEMM through OpenBLAS, forced to one thread by lib/Blas.init() on every call (stages
 * parallelise over tiles; OPENBLAS_NUM_THREADS in the environment must not change the numbers, issue 10). The field matrices live off-heap (direct buffers): passing a Java float[] makes
 * JNI copy it on every call, which for Z_beta (M x N_P, 400 MB at paper scale) costs more than the product.
 * Single precision halves the memory traffic that bounds the per-batch products.
 */
final class Sgemm {
    private Sgemm() {}

    /** C (m x n) = alpha op(A) op(B) + beta C, row-major, A a direct (off-heap) buffer starting at its first element. */
    static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, FloatBuffer a, int lda,
                     float[] b, int ldb, float beta, float[] c, int ldc) {
        lib.Blas.init();
        openblas.cblas_sgemm(openblas.CblasRowMajor, transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transB ? openblas.CblasTrans : openblas.CblasNoTrans, m, n, k, alpha, a, lda, FloatBuffer.wrap(b), ldb, beta,
                FloatBuffer.wrap(c), ldc);
    }

    /** The same with every operand on the heap (small matrices). */
    static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int lda,
                     float[] b, int ldb, float beta, float[] c, int ldc) {
        lib.Blas.init();
        openblas.cblas_sgemm(openblas.CblasRowMajor, transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transB ? openblas.CblasTrans : openblas.CblasNoTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }
}
