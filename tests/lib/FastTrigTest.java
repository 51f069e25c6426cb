package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * FastTrig's array sinCos and combine: the vectorised implementation (lib/FastTrigVector, chosen wherever the CPU has
 * 256-bit vectors) must give the scalar loop's values bit for bit, on every kind of argument, and both must be
 * Math's sin and cos, and a cos u + b sin u, within a few ulp.
 */
class FastTrigTest {
    private static final int LEN = 1 << 16;

    /** Arguments of every kind: the GD step's moderate ones, huge ones past the fast range, zeros of both signs, ties. */
    private static double[] arguments(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] d = new double[LEN];
        for (int i = 0; i < LEN; i++) {
            d[i] = switch (i % 8) {
                case 0, 1, 2 -> 50 * (2 * rng.nextDouble() - 1);                       // |eta d| of the step
                case 3 -> Math.scalb(2 * rng.nextDouble() - 1, rng.nextInt(-60, 60));    // every scale
                case 4 -> (rng.nextInt(-1000, 1000) + 0.5) * (Math.PI / 2);                   // u (2/pi) near a tie
                case 5 -> rng.nextBoolean() ? 0.0 : -0.0;
                case 6 -> 0x1p26 * Math.PI / 2 * (1 + 1e-3 * (2 * rng.nextDouble() - 1)); // the fast range's edge
                default -> rng.nextInt(100) == 0 ? Double.NaN : -0.3 * rng.nextDouble();  // rint to -0.0, NaN
            };
        }
        return d;
    }

    private static long[] bits(double[] x) {
        long[] b = new long[x.length];
        for (int i = 0; i < x.length; i++) b[i] = Double.doubleToRawLongBits(x[i]);
        return b;
    }

    @Test
    void vectorCombineIsTheScalarOneBitForBit() {
        FastTrig.ArrayKernels vector = FastTrig.vector();
        // the test JVM has --add-modules jdk.incubator.vector (pom): on a CPU with 256-bit vectors it must be chosen
        if (jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= 256) {
            assertTrue(vector != null && FastTrig.implementation().startsWith("vector"), FastTrig.implementation());
        }
        if (vector == null) return;
        SplittableRandom rng = new SplittableRandom(3);
        double[] d = arguments(5);
        double[] a = rng.doubles(LEN, -1, 1).toArray(), b = rng.doubles(LEN, -1, 1).toArray();
        for (double eta : new double[] {1, 0.37, 1e-9, 2e6}) {
            for (int off : new int[] {0, 3}) {
                int len = LEN - off - 5;  // a tail shorter than a vector
                double[] viaVector = new double[len], viaScalar = new double[len];
                vector.combine(a, b, d, off, len, eta, viaVector);
                FastTrig.combineScalar(a, b, d, off, len, eta, viaScalar, 0);
                long[] v = bits(viaVector), s = bits(viaScalar);
                for (int j = 0; j < len; j++) {
                    assertEquals(s[j], v[j], "eta " + eta + ", argument " + eta * d[off + j] + ": vector "
                            + viaVector[j] + ", scalar " + viaScalar[j]);
                }
            }
        }
    }

    @Test
    void vectorSinCosIsTheScalarOneBitForBit() {
        FastTrig.ArrayKernels vector = FastTrig.vector();
        if (vector == null) return;
        double[] t = arguments(9);
        for (double scale : new double[] {1, 1e6, 2e7}) {
            double[] x = new double[LEN];
            for (int i = 0; i < LEN; i++) x[i] = scale * t[i];
            for (int off : new int[] {0, 5}) {
                int len = LEN - off - 3;  // a tail shorter than a vector
                double[] vs = new double[len], vc = new double[len], ss = new double[len], sc = new double[len];
                vector.sinCos(x, off, len, vs, vc);
                FastTrig.sinCosScalar(x, off, len, ss, sc, 0);
                long[] vsb = bits(vs), vcb = bits(vc), ssb = bits(ss), scb = bits(sc);
                for (int j = 0; j < len; j++) {
                    double arg = x[off + j];
                    assertEquals(ssb[j], vsb[j], "sin " + arg + ": vector " + vs[j] + ", scalar " + ss[j]);
                    assertEquals(scb[j], vcb[j], "cos " + arg + ": vector " + vc[j] + ", scalar " + sc[j]);
                }
            }
        }
    }

    @Test
    void sinCosIsMathsWithinAFewUlp() {
        double[] t = arguments(13);
        double[] sin = new double[LEN], cos = new double[LEN];
        FastTrig.sinCos(t, 0, LEN, sin, cos);
        for (int j = 0; j < LEN; j++) {
            // the fdlibm kernels after an exact reduction: within 5e-16 of Math.sin/cos (see combineIsACosPlusBSin)
            if (Double.isNaN(t[j])) {
                assertTrue(Double.isNaN(sin[j]) && Double.isNaN(cos[j]));
                continue;
            }
            assertEquals(Math.sin(t[j]), sin[j], 5e-16, "sin " + t[j]);
            assertEquals(Math.cos(t[j]), cos[j], 5e-16, "cos " + t[j]);
        }
    }

    @Test
    void combineIsACosPlusBSin() {
        SplittableRandom rng = new SplittableRandom(11);
        double[] d = arguments(7);
        double[] a = rng.doubles(LEN, -1, 1).toArray(), b = rng.doubles(LEN, -1, 1).toArray();
        double[] t = new double[LEN];
        FastTrig.combine(a, b, d, 0, LEN, 1, t);
        for (int j = 0; j < LEN; j++) {
            double u = d[j];
            double exact = a[j] * Math.cos(u) + b[j] * Math.sin(u);
            // |a|, |b| < 1; FastTrig's sin and cos are within 5e-16 of Math's (a few ulp: the fdlibm kernels on
            // [-pi/4, pi/4] after an exact Cody-Waite reduction below 2^26 pi/2, Math's own beyond it), plus three
            // roundings of the products and the sum: 2 * 5e-16 + 3 * 1.1e-16 < 1.5e-15
            if (Double.isNaN(u)) assertTrue(Double.isNaN(t[j]));
            else assertEquals(exact, t[j], 1.5e-15, "u = " + u);
        }
    }
}
