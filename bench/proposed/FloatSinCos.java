package blackbox;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Proposal, bench only (not used by any stage): sine and cosine of float arguments computed in float, 16 lanes per
 * AVX-512 vector, where Kernels.sinCos widens every argument to double, computes there on 8 lanes and rounds back.
 * Reduction by pi/2 in three float parts (P1 with 8 significant bits, so k P1 is exact for |k| < 2^16; P2 and P3
 * rounded, so r is within about |k| 2^-36 of x - k pi/2), then minimax polynomials of degree 7 (sin) and 8 (cos) on [-pi/4, pi/4] (the classic single-precision
 * coefficients, Cephes' sinf/cosf). Element by element defined by {@link #sinCos1}, with no fused multiply-add; the
 * lanes do the same operations in the same order, and lanes with |x| past {@link #LIMIT} pi/2 go to Kernels'
 * double-precision definition. It changes the last bits of the current results, so adopting it would change
 * every training run's bits: what it would buy is what `blackbox-kernel-bench sincos` measures.
 */
public final class FloatSinCos {
    private FloatSinCos() {}

    static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final float TWO_OVER_PI = (float) (2 / Math.PI);
    /** 1.5 * 2^23: y + MAGIC - MAGIC rounds y to the nearest integer for |y| < 2^22; its low bits are that integer. */
    static final float MAGIC = 0x1.8p23f;
    /** The fast range: |k| below 2^13, where the rounding of P2 and P3 costs r at most about 1.2e-7. */
    static final float LIMIT = 0x1p13f;
    static final float P1 = 1.5703125f;
    static final float P2 = (float) (Math.PI / 2 - 1.5703125);
    static final float P3 = (float) (Math.PI / 2 - 1.5703125 - (double) P2);
    static final float S1 = -1.6666654611e-1f, S2 = 8.3321608736e-3f, S3 = -1.9515295891e-4f;
    static final float C1 = 4.166664568298827e-2f, C2 = -1.388731625493765e-3f, C3 = 2.443315711809948e-5f;

    /** The definition, one argument: out[0] = sin x, out[1] = cos x. */
    static void sinCos1(float x, float[] out) {
        float t = x * TWO_OVER_PI + MAGIC;
        float k = t - MAGIC;
        if (!(Math.abs(k) < LIMIT)) {
            double[] d = new double[2];
            Kernels.sinCos1(x, d);
            out[0] = (float) d[0];
            out[1] = (float) d[1];
            return;
        }
        int q = Float.floatToRawIntBits(t) & 3;
        float r = ((x - k * P1) - k * P2) - k * P3;
        float z = r * r;
        float s = r + r * z * (S1 + z * (S2 + z * S3));
        float c = 1 - 0.5f * z + z * z * (C1 + z * (C2 + z * C3));
        float sv = (q & 1) == 0 ? s : c;
        float cv = (q & 1) == 0 ? c : s;
        out[0] = (q & 2) == 0 ? sv : -sv;
        out[1] = ((q + 1) & 2) == 0 ? cv : -cv;
    }

    /** sin[sOff+i], cos[cOff+i] of x[xOff+i] for i < len, on the Vector API; the bits of {@link #sinCos1}. */
    public static void sinCos(float[] x, int xOff, int len, float[] sin, int sOff, float[] cos, int cOff) {
        int i = 0;
        for (int upper = F.loopBound(len); i < upper; i += F.length()) {
            FloatVector v = FloatVector.fromArray(F, x, xOff + i);
            FloatVector t = v.mul(TWO_OVER_PI).add(MAGIC);
            FloatVector k = t.sub(MAGIC);
            if (!k.abs().compare(VectorOperators.LT, LIMIT).allTrue()) {
                scalar(x, xOff + i, F.length(), sin, sOff + i, cos, cOff + i);
                continue;
            }
            IntVector q = t.reinterpretAsInts();
            VectorMask<Float> odd = q.and(1).compare(VectorOperators.NE, 0).cast(F);
            VectorMask<Float> sinNeg = q.and(2).compare(VectorOperators.NE, 0).cast(F);
            VectorMask<Float> cosNeg = q.add(1).and(2).compare(VectorOperators.NE, 0).cast(F);
            FloatVector r = v.sub(k.mul(P1)).sub(k.mul(P2)).sub(k.mul(P3));
            FloatVector z = r.mul(r);
            FloatVector s = r.add(r.mul(z).mul(z.mul(z.mul(S3).add(S2)).add(S1)));
            FloatVector c = FloatVector.broadcast(F, 1).sub(z.mul(0.5f)).add(z.mul(z).mul(z.mul(z.mul(C3).add(C2)).add(C1)));
            FloatVector sv = s.blend(c, odd);
            FloatVector cv = c.blend(s, odd);
            sv.blend(sv.neg(), sinNeg).intoArray(sin, sOff + i);
            cv.blend(cv.neg(), cosNeg).intoArray(cos, cOff + i);
        }
        scalar(x, xOff + i, len - i, sin, sOff + i, cos, cOff + i);
    }

    private static void scalar(float[] x, int xOff, int len, float[] sin, int sOff, float[] cos, int cOff) {
        float[] out = new float[2];
        for (int i = 0; i < len; i++) {
            sinCos1(x[xOff + i], out);
            sin[sOff + i] = out[0];
            cos[cOff + i] = out[1];
        }
    }
}
