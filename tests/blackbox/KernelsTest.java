package blackbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The training kernels: the vectorised and the scalar implementation give the same bits (the contract that lets
 * the stage choose at run time), and both agree with double-precision references (a second algorithm: plain dot
 * products, Math.sin/cos) within float rounding.
 */
class KernelsTest {
    static final Kernels SCALAR = Kernels.scalar();
    static final Kernels VECTOR = Kernels.vector("blackbox.VectorKernels");
    static final Kernels VECTOR256 = Kernels.vector("blackbox.VectorKernels256");

    static float[] gaussian(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        return x;
    }

    @Test
    void theVectorKernelsRunOnThisMachine() {
        // the test JVM has --add-modules jdk.incubator.vector (pom); on a CPU without 512-bit vectors the stage
        // falls back to the scalar kernels and only the reference comparisons below apply
        if (jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 512) {
            assertNotNull(VECTOR);
            assertEquals("vector512", Kernels.get().name());
        }
        if (jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 256) assertNotNull(VECTOR256);
    }

    @Test
    void ntIsTheSameInBothImplementationsAndMatchesDoubleDotProducts() {
        // odd sizes: 3 x 7 blocks (3 x 3 in VectorKernels256) with repeated remainder rows and columns
        for (int[] s : new int[][] {{7, 5, 32}, {1, 1, 16}, {128, 21, 784}, {10, 4, 5040}, {8, 9, 48}}) {
            int rows = s[0], n = s[1], k = s[2];
            int lda = k + 16, ldb = k + 32, ldc = n + 3;
            float[] a = gaussian(rows * lda + 5, 1), b = gaussian(n * ldb + 7, 2);
            float[] cs = new float[rows * ldc + 9], cv = new float[rows * ldc + 9];
            SCALAR.nt(rows, n, k, a, 5, lda, b, 7, ldb, cs, 9, ldc);
            for (Kernels v : new Kernels[] {VECTOR, VECTOR256}) {
                if (v == null) continue;
                v.nt(rows, n, k, a, 5, lda, b, 7, ldb, cv, 9, ldc);
                assertArrayEquals(cs, cv, v.name() + " nt " + rows + "x" + n + "x" + k);
            }
            for (int i = 0; i < rows; i++) {
                for (int q = 0; q < n; q++) {
                    double ref = 0, abs = 0;
                    for (int j = 0; j < k; j++) {
                        ref += (double) a[5 + i * lda + j] * b[7 + q * ldb + j];
                        abs += Math.abs((double) a[5 + i * lda + j] * b[7 + q * ldb + j]);
                    }
                    // float accumulation: each of the k/16 + 16 additions rounds by at most 2^-24 of the partial sum
                    assertEquals(ref, cs[9 + i * ldc + q], abs * (k / 16.0 + 16) * 0x1p-24 + 1e-30);
                }
            }
        }
    }

    @Test
    void tnIsTheSameInBothImplementationsAndMatchesDoubleSums() {
        for (int[] s : new int[][] {{7, 16, 1}, {128, 4096, 21}, {2048, 528, 14}, {3, 80, 5}, {300, 5008, 21}, {16, 32, 128}, {1100, 64, 9}}) {
            int rows = s[0], p = s[1], n = s[2];
            int lda = p + 16, ldb = n + 2, ldc = p + 32;
            float[] a = gaussian(rows * lda + 3, 3), b = gaussian(rows * ldb + 1, 4);
            float[] cs = new float[n * ldc + 2], cv = new float[n * ldc + 2];
            SCALAR.tn(rows, p, n, a, 3, lda, b, 1, ldb, cs, 2, ldc);
            for (Kernels v : new Kernels[] {VECTOR, VECTOR256}) {
                if (v == null) continue;
                v.tn(rows, p, n, a, 3, lda, b, 1, ldb, cv, 2, ldc);
                assertArrayEquals(cs, cv, v.name() + " tn " + rows + "x" + p + "x" + n);
            }
            for (int q = 0; q < n; q += Math.max(1, n / 3)) {
                for (int j = 0; j < p; j += 7) {
                    double ref = 0, abs = 0;
                    for (int i = 0; i < rows; i++) {
                        ref += (double) a[3 + i * lda + j] * b[1 + i * ldb + q];
                        abs += Math.abs((double) a[3 + i * lda + j] * b[1 + i * ldb + q]);
                    }
                    assertEquals(ref, cs[2 + q * ldc + j], abs * rows * 0x1p-24 + 1e-30);
                }
            }
        }
    }

    @Test
    void sinCosIsTheSameInBothImplementationsAndIsMathSinCosRoundedToFloat() {
        // arguments of the kernel's sizes (|v| ~ 1), large ones (diverged runs: |u| up to 1e9, past the reduction
        // limit 2^26 pi/2 ~ 1e8, where Math.sin/cos take over), and special values
        SplittableRandom rng = new SplittableRandom(5);
        int n = 100_003;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double scale = switch (i % 4) { case 0 -> 1; case 1 -> 30; case 2 -> 1e5; default -> 1e9; };
            x[i] = (float) (rng.nextGaussian() * scale);
        }
        x[0] = Float.NaN;
        x[1] = Float.POSITIVE_INFINITY;
        x[2] = 0f;
        x[3] = -0f;
        x[4] = (float) (Math.PI / 4);
        float[] ss = new float[n], cs = new float[n], sv = new float[n], cv = new float[n];
        SCALAR.sinCos(x, 0, n, ss, 0, cs, 0);
        for (Kernels v : new Kernels[] {VECTOR, VECTOR256}) {
            if (v == null) continue;
            v.sinCos(x, 0, n, sv, 0, cv, 0);
            assertArrayEquals(ss, sv, v.name());
            assertArrayEquals(cs, cv, v.name());
        }
        int differ = 0;
        for (int i = 0; i < n; i++) {
            float ms = (float) Math.sin(x[i]), mc = (float) Math.cos(x[i]);
            if (Float.isNaN(ms)) {
                assertTrue(Float.isNaN(ss[i]) && Float.isNaN(cs[i]));
                continue;
            }
            // FastTrig's algorithm is within a few 1e-16 of Math.sin/cos: rounded to float it is Math's float, or
            // the neighbouring float when the double lies within that distance of a rounding boundary
            assertEquals(ms, ss[i], Math.ulp(ms));
            assertEquals(mc, cs[i], Math.ulp(mc));
            if (ms != ss[i] || mc != cs[i]) differ++;
        }
        assertTrue(differ <= 3, differ + " of " + n + " differ from Math's in the last bit");
    }
}
