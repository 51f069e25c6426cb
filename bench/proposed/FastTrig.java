package lib;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Sine and cosine for the field kernels. Cody-Waite reduction by pi/2 in three parts (k·P1 and k·P2 exact for
 * |k| < 2^26, i.e. |t| up to about 1e8; beyond that Math.sin/cos) and fdlibm's __kernel_sin/__kernel_cos minimax
 * polynomials on [-pi/4, pi/4]: absolute error within a few 1e-16 of Math.sin/cos, several times faster for the
 * large arguments of points spread over [-1e6, 1e6]^N, where Math.sin/cos take their slow reduction path.
 * Deterministic: no FMA, no table lookups that depend on the platform.
 *
 * <p>The array methods are vectorised with the JDK Vector API (incubator module jdk.incubator.vector): the lanes do
 * the scalar code's operations in the same order (round-to-nearest through {@link #MAGIC} instead of Math.rint, the
 * quadrant tables as blends of the same exact constants), so every result is bit-for-bit the scalar one, on any
 * vector width. A group of lanes holding an argument outside the fast range goes through the scalar code.
 */
public final class FastTrig {
    private FastTrig() {}

    /** pi/2 = P1 + P2 + P3: P1 has 26 significant bits and P2 at most 27. */
    private static final double P1 = Double.longBitsToDouble(Double.doubleToRawLongBits(Math.PI / 2) & ~((1L << 27) - 1));
    private static final double P2 = Math.PI / 2 - P1;
    private static final double P3 = 6.123233995736766e-17;   // pi/2 - (double) (pi/2)
    private static final double LIMIT = 0x1p26;
    private static final double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03,
            S3 = -1.98412698298579493134e-04, S4 = 2.75573137070700676789e-06, S5 = -2.50507602534068634195e-08,
            S6 = 1.58969099521155010221e-10;
    private static final double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03,
            C3 = 2.48015872894767294178e-05, C4 = -2.75573143513906633035e-07, C5 = 2.08757232129817482790e-09,
            C6 = -1.13596475577881948265e-11;
    /** cos(k pi/2 + r) = COS_C[k&3] cos r + COS_S[k&3] sin r; sin(k pi/2 + r) = COS_C[k&3] sin r - COS_S[k&3] cos r. */
    private static final double[] COS_C = {1, 0, -1, 0};
    private static final double[] COS_S = {0, -1, 0, 1};

    private static final VectorSpecies<Double> LANES = DoubleVector.SPECIES_PREFERRED;
    /** 1.5 * 2^52: y + MAGIC - MAGIC = Math.rint(y) for |y| < 2^51, and the low bits of y + MAGIC are rint(y) mod 4. */
    private static final double MAGIC = 0x1.8p52;

    /** sin and cos of t[off..off+len) into sin[0..len) and cos[0..len). */
    public static void sinCos(double[] t, int off, int len, double[] sin, double[] cos) {
        int i = 0;
        for (int upper = LANES.loopBound(len); i < upper; i += LANES.length()) {
            DoubleVector x = DoubleVector.fromArray(LANES, t, off + i);
            DoubleVector y = x.mul(2 / Math.PI);
            if (!y.abs().compare(VectorOperators.LT, LIMIT - 1).allTrue()) {   // also catches NaN
                sinCosScalar(t, off + i, LANES.length(), sin, cos, i);
                continue;
            }
            DoubleVector shifted = y.add(MAGIC);
            DoubleVector r = reduce(x, shifted.sub(MAGIC)), z = r.mul(r);
            DoubleVector s = kernelSin(r, z), c = kernelCos(z);
            LongVector k = shifted.reinterpretAsLongs();
            DoubleVector cc = cosC(k), cs = cosS(k);
            cc.mul(s).sub(cs.mul(c)).intoArray(sin, i);
            cc.mul(c).add(cs.mul(s)).intoArray(cos, i);
        }
        sinCosScalar(t, off + i, len - i, sin, cos, i);
    }

    /** The scalar loop: sin and cos of t[off..off+len) into sin[out..out+len) and cos[out..out+len). */
    static void sinCosScalar(double[] t, int off, int len, double[] sin, double[] cos, int out) {
        for (int i = 0; i < len; i++) {
            double x = t[off + i];
            double k = Math.rint(x * (2 / Math.PI));
            if (!(Math.abs(k) < LIMIT)) {
                sin[out + i] = Math.sin(x);
                cos[out + i] = Math.cos(x);
                continue;
            }
            double r = reduce(x, k);
            double z = r * r;
            double s = kernelSin(r, z), c = kernelCos(z);
            int q = (int) ((long) k & 3);
            sin[out + i] = COS_C[q] * s - COS_S[q] * c;
            cos[out + i] = COS_C[q] * c + COS_S[q] * s;
        }
    }

    /**
     * terms[j] = combine(a[off+j], b[off+j], eta * d[off+j]) for j < len, bit for bit (the terms of one GD-step sum,
     * to be added in index order by the caller).
     */
    public static void combine(double[] a, double[] b, double[] d, int off, int len, double eta, double[] terms) {
        int j = 0;
        for (int upper = LANES.loopBound(len); j < upper; j += LANES.length()) {
            DoubleVector u = DoubleVector.fromArray(LANES, d, off + j).mul(eta);
            DoubleVector y = u.mul(2 / Math.PI);
            if (!y.abs().compare(VectorOperators.LT, LIMIT - 1).allTrue()) {
                for (int i = j; i < j + LANES.length(); i++) terms[i] = combine(a[off + i], b[off + i], eta * d[off + i]);
                continue;
            }
            DoubleVector shifted = y.add(MAGIC);
            DoubleVector r = reduce(u, shifted.sub(MAGIC)), z = r.mul(r);
            DoubleVector s = kernelSin(r, z), c = kernelCos(z);
            LongVector k = shifted.reinterpretAsLongs();
            DoubleVector cc = cosC(k), cs = cosS(k);
            DoubleVector av = DoubleVector.fromArray(LANES, a, off + j), bv = DoubleVector.fromArray(LANES, b, off + j);
            av.mul(cc.mul(c).add(cs.mul(s))).add(bv.mul(cc.mul(s).sub(cs.mul(c)))).intoArray(terms, j);
        }
        for (; j < len; j++) terms[j] = combine(a[off + j], b[off + j], eta * d[off + j]);
    }

    /** COS_C[k&3] per lane, k's low bits read from y + MAGIC: 1, 0, -1, 0 (the same exact constants). */
    private static DoubleVector cosC(LongVector k) {
        VectorMask<Double> odd = k.and(1L).compare(VectorOperators.NE, 0L).cast(LANES);
        VectorMask<Double> half = k.and(2L).compare(VectorOperators.NE, 0L).cast(LANES);
        return DoubleVector.broadcast(LANES, 1).blend(-1, half).blend(0, odd);
    }

    /** COS_S[k&3] per lane: 0, -1, 0, 1. */
    private static DoubleVector cosS(LongVector k) {
        VectorMask<Double> odd = k.and(1L).compare(VectorOperators.NE, 0L).cast(LANES);
        VectorMask<Double> half = k.and(2L).compare(VectorOperators.NE, 0L).cast(LANES);
        return DoubleVector.zero(LANES).blend(-1, odd).blend(1, odd.and(half));
    }

    private static DoubleVector reduce(DoubleVector x, DoubleVector k) {
        return x.sub(k.mul(P1)).sub(k.mul(P2)).sub(k.mul(P3));
    }

    private static DoubleVector kernelSin(DoubleVector r, DoubleVector z) {
        DoubleVector p = z.mul(S6).add(S5).mul(z).add(S4).mul(z).add(S3).mul(z).add(S2).mul(z).add(S1);
        return r.add(r.mul(z).mul(p));
    }

    private static DoubleVector kernelCos(DoubleVector z) {
        DoubleVector p = z.mul(C6).add(C5).mul(z).add(C4).mul(z).add(C3).mul(z).add(C2).mul(z).add(C1);
        return DoubleVector.broadcast(LANES, 1).sub(z.mul(0.5)).add(z.mul(z).mul(p));
    }

    /** a cos(u) + b sin(u): the inner loop of one GD step for many learning rates. */
    public static double combine(double a, double b, double u) {
        double k = Math.rint(u * (2 / Math.PI));
        if (!(Math.abs(k) < LIMIT)) return a * Math.cos(u) + b * Math.sin(u);
        double r = reduce(u, k);
        double z = r * r;
        double s = kernelSin(r, z), c = kernelCos(z);
        // the quadrant is random here: rotate (cos r, sin r) branch-free
        int q = (int) ((long) k & 3);
        return a * (COS_C[q] * c + COS_S[q] * s) + b * (COS_C[q] * s - COS_S[q] * c);
    }

    private static double reduce(double x, double k) { return ((x - k * P1) - k * P2) - k * P3; }

    private static double kernelSin(double r, double z) {
        return r + r * z * (S1 + z * (S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)))));
    }

    private static double kernelCos(double z) {
        return 1 - 0.5 * z + z * z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    }
}
