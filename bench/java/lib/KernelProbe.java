package lib;

/**
 * Benchmark-only reference: the scalar sine/cosine loop of lib/FastTrig as committed in 810104b, so the benchmark can
 * check bit for bit that whichever FastTrig it is compiled with (the stages' or bench/proposed's vectorised one)
 * gives the same results. Never pulled in by a stage.
 */
public final class KernelProbe {
    private KernelProbe() {}

    private static final double P1 = Double.longBitsToDouble(Double.doubleToRawLongBits(Math.PI / 2) & ~((1L << 27) - 1));
    private static final double P2 = Math.PI / 2 - P1;
    private static final double P3 = 6.123233995736766e-17;
    private static final double LIMIT = 0x1p26;
    private static final double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03,
            S3 = -1.98412698298579493134e-04, S4 = 2.75573137070700676789e-06, S5 = -2.50507602534068634195e-08,
            S6 = 1.58969099521155010221e-10;
    private static final double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03,
            C3 = 2.48015872894767294178e-05, C4 = -2.75573143513906633035e-07, C5 = 2.08757232129817482790e-09,
            C6 = -1.13596475577881948265e-11;
    private static final double[] COS_C = {1, 0, -1, 0};
    private static final double[] COS_S = {0, -1, 0, 1};

    /** sin and cos of t[off..off+len) into sin[0..len) and cos[0..len), the scalar reference loop. */
    public static void sinCosReference(double[] t, int off, int len, double[] sin, double[] cos) {
        for (int i = 0; i < len; i++) {
            double x = t[off + i];
            double k = Math.rint(x * (2 / Math.PI));
            if (!(Math.abs(k) < LIMIT)) {
                sin[i] = Math.sin(x);
                cos[i] = Math.cos(x);
                continue;
            }
            double r = ((x - k * P1) - k * P2) - k * P3;
            double z = r * r;
            double s = r + r * z * (S1 + z * (S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)))));
            double c = 1 - 0.5 * z + z * z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
            int q = (int) ((long) k & 3);
            sin[i] = COS_C[q] * s - COS_S[q] * c;
            cos[i] = COS_C[q] * c + COS_S[q] * s;
        }
    }
}
