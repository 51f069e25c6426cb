package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BlasTest {
    static Stream<Arguments> dgemmAgainstTripleLoop() {
        return Stream.of(Arguments.of(false, false, 3, 4, 5), Arguments.of(false, true, 7, 2, 9),
                Arguments.of(true, false, 5, 6, 1), Arguments.of(true, true, 33, 17, 65), Arguments.of(false, true, 300, 40, 20));
    }

    /** Oracle: the textbook triple loop over row-major storage; tolerance: k * eps * sum |a||b| per entry. */
    @ParameterizedTest
    @MethodSource
    void dgemmAgainstTripleLoop(boolean ta, boolean tb, int m, int n, int k) {
        SplittableRandom r = new SplittableRandom(m * 31L + n * 7L + k);
        int aOff = 3, bOff = 5, cOff = 2;
        int lda = (ta ? m : k) + 1, ldb = (tb ? k : n) + 2, ldc = n + 3;
        double[] a = random(r, aOff + (ta ? k : m) * lda);
        double[] b = random(r, bOff + (tb ? n : k) * ldb);
        double[] c = random(r, cOff + m * ldc);
        double[] c0 = c.clone();
        double alpha = 0.7, beta = -1.3;
        Blas.dgemm(ta, tb, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0, abs = 0;
                for (int l = 0; l < k; l++) {
                    double x = ta ? a[aOff + l * lda + i] : a[aOff + i * lda + l];
                    double y = tb ? b[bOff + j * ldb + l] : b[bOff + l * ldb + j];
                    s += x * y;
                    abs += Math.abs(x * y);
                }
                double want = alpha * s + beta * c0[cOff + i * ldc + j];
                double tol = 4 * (k + 2) * Math.ulp(1.0) * (Math.abs(alpha) * abs + Math.abs(beta * c0[cOff + i * ldc + j]));
                assertEquals(want, c[cOff + i * ldc + j], tol, "C[" + i + "," + j + "]");
            }
        }
        // padding between rows of C is untouched
        for (int i = 0; i < m; i++) for (int j = n; j < ldc && cOff + i * ldc + j < c.length; j++) {
            assertEquals(c0[cOff + i * ldc + j], c[cOff + i * ldc + j]);
        }
    }

    /** Oracle: the heap-array product above; an off-heap A at a nonzero position must give bit-identical results. */
    @Test
    void offHeapOperandAtPositionMatchesHeap() {
        SplittableRandom r = new SplittableRandom(9);
        double[] a = random(r, 4 + 6 * 8), b = random(r, 8 * 5);
        double[] c1 = new double[6 * 5], c2 = new double[6 * 5];
        Blas.dgemm(false, false, 6, 5, 8, 1.0, a, 4, 8, b, 0, 5, 0.0, c1, 0, 5);
        DoubleBuffer off = Blas.offHeap(a);
        Blas.dgemm(false, false, 6, 5, 8, 1.0, off.position(4), 8, DoubleBuffer.wrap(b), 5, 0.0, DoubleBuffer.wrap(c2), 5);
        for (int i = 0; i < c1.length; i++) assertEquals(c1[i], c2[i], 0.0);
    }

    /**
     * Oracle: the same products one at a time. Tasks on two threads write disjoint row blocks of one shared C
     * (JNI copies whole heap arrays in and back, so without private regions one task's copy-back erases another's).
     */
    @Test
    void concurrentProductsIntoDisjointSlicesOfOneArray() {
        SplittableRandom r = new SplittableRandom(4);
        int blocks = 64, rows = 16, k = 40, n = 24;
        double[] a = random(r, blocks * rows * k), b = random(r, k * n);
        double[] serial = new double[blocks * rows * n], parallel = new double[blocks * rows * n];
        for (int t = 0; t < blocks; t++) {
            Blas.dgemm(false, false, rows, n, k, 1.0, a, t * rows * k, k, b, 0, n, 0.0, serial, t * rows * n, n);
        }
        for (int rep = 0; rep < 5; rep++) {
            java.util.Arrays.fill(parallel, 0);
            Parallel.run(blocks, 2, t -> Blas.dgemm(false, false, rows, n, k, 1.0, DoubleBuffer.wrap(a, t * rows * k, rows * k), k,
                    DoubleBuffer.wrap(b), n, 0.0, DoubleBuffer.wrap(parallel, t * rows * n, rows * n), n));
            for (int i = 0; i < serial.length; i++) assertEquals(serial[i], parallel[i], 0.0, "element " + i);
        }
    }

    @Test
    void tooSmallOperandIsRejectedBeforeNativeCode() {
        assertThrows(IllegalArgumentException.class,
                () -> Blas.dgemm(false, false, 3, 3, 3, 1.0, new double[8], 3, new double[9], 3, 0.0, new double[9], 3));
    }

    static double[] random(SplittableRandom r, int len) {
        double[] x = new double[len];
        for (int i = 0; i < len; i++) x[i] = r.nextDouble(-1, 1);
        return x;
    }
}
