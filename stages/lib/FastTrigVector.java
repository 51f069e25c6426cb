package lib;

import static lib.FastTrig.C1;
import static lib.FastTrig.C2;
import static lib.FastTrig.C3;
import static lib.FastTrig.C4;
import static lib.FastTrig.C5;
import static lib.FastTrig.C6;
import static lib.FastTrig.LIMIT;
import static lib.FastTrig.P1;
import static lib.FastTrig.P2;
import static lib.FastTrig.P3;
import static lib.FastTrig.S1;
import static lib.FastTrig.S2;
import static lib.FastTrig.S3;
import static lib.FastTrig.S4;
import static lib.FastTrig.S5;
import static lib.FastTrig.S6;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * FastTrig's array kernels on the JDK Vector API (incubator module jdk.incubator.vector; a stage that lists this file
 * needs --add-modules jdk.incubator.vector to compile and run it). The lanes do the scalar code's operations in the
 * same order, with no fused multiply-add: round to nearest through {@link #MAGIC} (the same integer as Math.rint for
 * the arguments let through), the quadrant tables as blends of the same exact constants. A group of lanes with an
 * argument outside the fast range (or NaN) goes through the scalar code. So every term is the scalar one bit for bit.
 * Loaded by FastTrig through reflection, so stages that do not list it never link the incubator module.
 */
final class FastTrigVector implements FastTrig.ArrayKernels {
    private static final VectorSpecies<Double> LANES = DoubleVector.SPECIES_PREFERRED;
    /** 1.5 * 2^52: y + MAGIC - MAGIC = Math.rint(y) for |y| < 2^51, and the low bits of y + MAGIC are rint(y) mod 4. */
    private static final double MAGIC = 0x1.8p52;

    @Override public boolean usable() { return LANES.vectorBitSize() >= 256; }

    @Override public String name() { return "vector" + LANES.vectorBitSize(); }

    @Override
    public void combine(double[] a, double[] b, double[] d, int off, int len, double eta, double[] terms) {
        int j = 0;
        for (int upper = LANES.loopBound(len); j < upper; j += LANES.length()) {
            DoubleVector u = DoubleVector.fromArray(LANES, d, off + j).mul(eta);
            DoubleVector y = u.mul(2 / Math.PI);
            // |y| < LIMIT - 1 makes |rint(y)| < LIMIT, the scalar fast range; the comparison is false for NaN
            if (!y.abs().compare(VectorOperators.LT, LIMIT - 1).allTrue()) {
                FastTrig.combineScalar(a, b, d, off + j, LANES.length(), eta, terms, j);
                continue;
            }
            DoubleVector shifted = y.add(MAGIC);
            // rint(y), but +0.0 where Math.rint gives -0.0 (y in (-0.5, 0]): the sign of a zero k reaches r only for
            // u = -0.0 (r = -0.0 instead of +0.0), and r + r z p, z = r r, is +0.0 for both, so no output differs
            DoubleVector k = shifted.sub(MAGIC);
            DoubleVector r = u.sub(k.mul(P1)).sub(k.mul(P2)).sub(k.mul(P3));
            DoubleVector z = r.mul(r);
            DoubleVector s = kernelSin(r, z), c = kernelCos(z);
            LongVector q = shifted.reinterpretAsLongs();
            VectorMask<Double> odd = q.and(1L).compare(VectorOperators.NE, 0L).cast(LANES);
            VectorMask<Double> half = q.and(2L).compare(VectorOperators.NE, 0L).cast(LANES);
            DoubleVector cc = DoubleVector.broadcast(LANES, 1).blend(-1, half).blend(0, odd);   // COS_C[q & 3]
            DoubleVector cs = DoubleVector.zero(LANES).blend(-1, odd).blend(1, odd.and(half));   // COS_S[q & 3]
            DoubleVector av = DoubleVector.fromArray(LANES, a, off + j), bv = DoubleVector.fromArray(LANES, b, off + j);
            av.mul(cc.mul(c).add(cs.mul(s))).add(bv.mul(cc.mul(s).sub(cs.mul(c)))).intoArray(terms, j);
        }
        FastTrig.combineScalar(a, b, d, off + j, len - j, eta, terms, j);
    }

    /**
     * The lanes of combine's loop up to the rotation, written out again: moved into shared helpers (the reduction,
     * the quadrant's blends) the same bits ran 3.3x slower on JDK 17 (FieldBench sincos, 22.6 against 6.9 ms per
     * tile), the vectors no longer kept in registers.
     */
    @Override
    public void sinCos(double[] t, int off, int len, double[] sin, double[] cos) {
        int j = 0;
        for (int upper = LANES.loopBound(len); j < upper; j += LANES.length()) {
            DoubleVector x = DoubleVector.fromArray(LANES, t, off + j);
            DoubleVector y = x.mul(2 / Math.PI);
            if (!y.abs().compare(VectorOperators.LT, LIMIT - 1).allTrue()) {
                FastTrig.sinCosScalar(t, off + j, LANES.length(), sin, cos, j);
                continue;
            }
            DoubleVector shifted = y.add(MAGIC);
            DoubleVector k = shifted.sub(MAGIC);
            // k is +0.0 where Math.rint gives -0.0: as in combine, only r of x = -0.0 changes sign, and s = r + r z p
            // is +0.0 for both (FastTrigTest has zeros of both signs)
            DoubleVector r = x.sub(k.mul(P1)).sub(k.mul(P2)).sub(k.mul(P3));
            DoubleVector z = r.mul(r);
            DoubleVector s = kernelSin(r, z), c = kernelCos(z);
            LongVector q = shifted.reinterpretAsLongs();
            VectorMask<Double> odd = q.and(1L).compare(VectorOperators.NE, 0L).cast(LANES);
            VectorMask<Double> half = q.and(2L).compare(VectorOperators.NE, 0L).cast(LANES);
            DoubleVector cc = DoubleVector.broadcast(LANES, 1).blend(-1, half).blend(0, odd);   // COS_C[q & 3]
            DoubleVector cs = DoubleVector.zero(LANES).blend(-1, odd).blend(1, odd.and(half));   // COS_S[q & 3]
            cc.mul(s).sub(cs.mul(c)).intoArray(sin, j);
            cc.mul(c).add(cs.mul(s)).intoArray(cos, j);
        }
        FastTrig.sinCosScalar(t, off + j, len - j, sin, cos, j);
    }

    private static DoubleVector kernelSin(DoubleVector r, DoubleVector z) {
        DoubleVector p = z.mul(S6).add(S5).mul(z).add(S4).mul(z).add(S3).mul(z).add(S2).mul(z).add(S1);
        return r.add(r.mul(z).mul(p));
    }

    private static DoubleVector kernelCos(DoubleVector z) {
        DoubleVector p = z.mul(C6).add(C5).mul(z).add(C4).mul(z).add(C3).mul(z).add(C2).mul(z).add(C1);
        return DoubleVector.broadcast(LANES, 1).sub(z.mul(0.5)).add(z.mul(z).mul(p));
    }
}
