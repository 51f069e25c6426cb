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

    /** Arguments of every kind the step meets: |v| ~ 1, |u| of trained and diverged runs, the float path's edges. */
    static float[] sinCosArguments(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (i % 8) {
                case 0, 1 -> (float) rng.nextGaussian();
                case 2 -> (float) (30 * rng.nextGaussian());
                case 3 -> (float) (1e5 * rng.nextGaussian());
                case 4 -> (float) (rng.nextInt(-300_000, 300_000) * (Math.PI / 2));   // sin or cos near 0
                case 5 -> (float) ((rng.nextInt(-300_000, 300_000) + 0.5) * (Math.PI / 2));   // a tie of the quadrant
                case 6 -> Kernels.LIMIT_F * (float) (1 + 1e-3 * rng.nextGaussian()) * (rng.nextBoolean() ? 1 : -1);
                default -> rng.nextInt(50) == 0 ? (float) (1e9 * rng.nextGaussian()) : Float.intBitsToFloat(rng.nextInt());
            };
        }
        float[] special = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f, Float.MIN_VALUE,
                -Float.MIN_NORMAL, Kernels.LIMIT_F, -Kernels.LIMIT_F, Math.nextDown(Kernels.LIMIT_F), (float) (Math.PI / 4)};
        System.arraycopy(special, 0, x, 17, special.length);   // inside a vector whose other lanes are ordinary
        return x;
    }

    @Test
    void sinCosIsTheSameOnEveryPathInPlaceOrNot() {
        int n = 100_003;   // a tail shorter than a vector
        float[] x = sinCosArguments(n, 5);
        float[] ss = new float[n], cs = new float[n];
        SCALAR.sinCos(x, 0, n, ss, 0, cs, 0);
        for (Kernels v : new Kernels[] {SCALAR, VECTOR, VECTOR256}) {
            if (v == null) continue;
            for (int off : new int[] {0, 3}) {
                float[] sv = new float[n + 1], cv = new float[n + 2];
                v.sinCos(x, off, n - off, sv, 1, cv, 2);
                assertArrayEquals(java.util.Arrays.copyOfRange(ss, off, n), java.util.Arrays.copyOfRange(sv, 1, n - off + 1), v.name() + " sin");
                assertArrayEquals(java.util.Arrays.copyOfRange(cs, off, n), java.util.Arrays.copyOfRange(cv, 2, n - off + 2), v.name() + " cos");
            }
            float[] inPlace = x.clone(), cv = new float[n];   // the step writes sin u over u
            v.sinCos(inPlace, 0, n, inPlace, 0, cv, 0);
            assertArrayEquals(ss, inPlace, v.name() + " sin in place");
            assertArrayEquals(cs, cv, v.name() + " cos in place");
        }
    }

    /** |f - ref| in units of the float spacing at ref (ref a double: Math.sin/cos, not rounded). */
    static double ulps(float f, double ref) { return Math.abs(f - ref) / Math.ulp((float) ref); }

    @Test
    void sinCosIsWithinTwoFloatUlpsOfMathSinCos() {
        // oracle: Math.sin/cos in double (within 1 double ulp), independent of the float path. Every float of two whole
        // binades (the polynomials' range and the reduction's largest k), random bit patterns over the float path's
        // range, and the arguments above. Bound: "a few float ulps" (issue 25); the exhaustive sweep of every positive
        // float below 2^19 (bench sincos-ulp) measures 1.56, the rest of the argument range is double rounded (0.5)
        int binade = 1 << 23;
        float[] x = new float[2 * binade + (1 << 20) + 100_003];
        for (int i = 0; i < binade; i++) {
            x[i] = Float.intBitsToFloat(Float.floatToRawIntBits(0.5f) + i);
            x[binade + i] = -Float.intBitsToFloat(Float.floatToRawIntBits(0x1p18f) + i);
        }
        SplittableRandom rng = new SplittableRandom(8);
        int at = 2 * binade;
        while (at < 2 * binade + (1 << 20)) {
            float f = Float.intBitsToFloat(rng.nextInt());
            if (Math.abs(f) < Kernels.LIMIT_F) x[at++] = f;
        }
        System.arraycopy(sinCosArguments(100_003, 6), 0, x, at, 100_003);
        float[] s = new float[x.length], c = new float[x.length];
        Kernels.get().sinCos(x, 0, x.length, s, 0, c, 0);
        double worstFloat = 0, worstWide = 0;
        for (int i = 0; i < x.length; i++) {
            double ms = Math.sin(x[i]), mc = Math.cos(x[i]);
            if (Double.isNaN(ms)) {
                assertTrue(Float.isNaN(s[i]) && Float.isNaN(c[i]), "NaN at " + x[i]);
                continue;
            }
            double e = Math.max(ulps(s[i], ms), ulps(c[i], mc));
            if (Math.abs(x[i]) < Kernels.LIMIT_F) worstFloat = Math.max(worstFloat, e);
            else worstWide = Math.max(worstWide, e);
        }
        assertTrue(worstFloat <= 2, "float path: " + worstFloat + " ulps");
        assertTrue(worstWide <= 0.51, "double path rounded: " + worstWide + " ulps");
    }

    @Test
    void theReductionConstantsAreTheFloatsNearestToPiOverTwoAndItsRemainders() {
        // oracle: pi to 50 digits (a table), in BigDecimal arithmetic
        java.math.MathContext mc = new java.math.MathContext(60);
        java.math.BigDecimal pi = new java.math.BigDecimal("3.14159265358979323846264338327950288419716939937510");
        java.math.BigDecimal rest = pi.divide(java.math.BigDecimal.valueOf(2), mc);
        for (float part : new float[] {Kernels.P1F, Kernels.P2F, Kernels.P3F}) {
            assertEquals(nearestFloat(rest), part);
            rest = rest.subtract(new java.math.BigDecimal(part), mc);
        }
        assertTrue(rest.abs().doubleValue() < 0x1p-76, "pi/2 - P1 - P2 - P3 = " + rest);
        assertEquals(nearestFloat(java.math.BigDecimal.valueOf(2).divide(pi, mc)), Kernels.TWO_OVER_PI_F);
    }

    /** The float nearest to v (ties do not occur for these values). */
    static float nearestFloat(java.math.BigDecimal v) {
        float f = v.floatValue();
        float best = f;
        for (float g : new float[] {Math.nextDown(f), Math.nextUp(f)}) {
            if (new java.math.BigDecimal(g).subtract(v).abs().compareTo(new java.math.BigDecimal(best).subtract(v).abs()) < 0) best = g;
        }
        return best;
    }
}
