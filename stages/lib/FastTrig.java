package lib;

/**
 * Sine and cosine for the field kernels. Cody-Waite reduction by pi/2 in three parts (k·P1 and k·P2 exact for
 * |k| < 2^26, i.e. |t| up to about 1e8; beyond that Math.sin/cos) and fdlibm's __kernel_sin/__kernel_cos minimax
 * polynomials on [-pi/4, pi/4]: absolute error within a few 1e-16 of Math.sin/cos, several times faster for the
 * large arguments of points spread over [-1e6, 1e6]^N, where Math.sin/cos take their slow reduction path.
 * Deterministic: no FMA, no table lookups that depend on the platform.
 *
 * <p>The array forms, {@link #sinCos} and {@link #combine(double[], double[], double[], int, int, double, double[])}, run on
 * lib/FastTrigVector (JDK Vector API) where that class is compiled in, the module jdk.incubator.vector is present and
 * the CPU has at least 256-bit vectors; they give the scalar code's bits, so the choice never changes a result.
 * -Dfasttrig.vector=false forces the scalar loop.
 */
public final class FastTrig {
    private FastTrig() {}

    /** pi/2 = P1 + P2 + P3: P1 has 26 significant bits and P2 at most 27. */
    static final double P1 = Double.longBitsToDouble(Double.doubleToRawLongBits(Math.PI / 2) & ~((1L << 27) - 1));
    static final double P2 = Math.PI / 2 - P1;
    static final double P3 = 6.123233995736766e-17;   // pi/2 - (double) (pi/2)
    static final double LIMIT = 0x1p26;
    static final double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03,
            S3 = -1.98412698298579493134e-04, S4 = 2.75573137070700676789e-06, S5 = -2.50507602534068634195e-08,
            S6 = 1.58969099521155010221e-10;
    static final double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03,
            C3 = 2.48015872894767294178e-05, C4 = -2.75573143513906633035e-07, C5 = 2.08757232129817482790e-09,
            C6 = -1.13596475577881948265e-11;
    /** cos(k pi/2 + r) = COS_C[k&3] cos r + COS_S[k&3] sin r; sin(k pi/2 + r) = COS_C[k&3] sin r - COS_S[k&3] cos r. */
    private static final double[] COS_C = {1, 0, -1, 0};
    private static final double[] COS_S = {0, -1, 0, 1};

    /** sin and cos of t[off..off+len) into sin[0..len) and cos[0..len), vectorised where it can be, the same bits. */
    public static void sinCos(double[] t, int off, int len, double[] sin, double[] cos) {
        if (VECTOR != null) VECTOR.sinCos(t, off, len, sin, cos);
        else sinCosScalar(t, off, len, sin, cos, 0);
    }

    /** The scalar loop of sinCos, writing sin[out..out+len) and cos[out..out+len). */
    static void sinCosScalar(double[] t, int off, int len, double[] sin, double[] cos, int out) {
        for (int i = out; i < out + len; i++) {
            double x = t[off - out + i];
            double k = Math.rint(x * (2 / Math.PI));
            if (!(Math.abs(k) < LIMIT)) {
                sin[i] = Math.sin(x);
                cos[i] = Math.cos(x);
                continue;
            }
            double r = reduce(x, k);
            double z = r * r;
            double s = kernelSin(r, z), c = kernelCos(z);
            int q = (int) ((long) k & 3);
            sin[i] = COS_C[q] * s - COS_S[q] * c;
            cos[i] = COS_C[q] * c + COS_S[q] * s;
        }
    }

    /** The array kernels of another implementation that gives the same bits. */
    interface ArrayKernels {
        void combine(double[] a, double[] b, double[] d, int off, int len, double eta, double[] terms);

        void sinCos(double[] t, int off, int len, double[] sin, double[] cos);

        String name();

        /** Whether this CPU runs it natively and wide enough to be faster than the scalar loop. */
        boolean usable();
    }

    private static final ArrayKernels VECTOR = vector();

    /** lib.FastTrigVector where it is compiled in and usable here, else null. */
    static ArrayKernels vector() {
        if ("false".equals(System.getProperty("fasttrig.vector"))) return null;
        try {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return null;
            ArrayKernels k = (ArrayKernels) Class.forName("lib.FastTrigVector").getDeclaredConstructor().newInstance();
            return k.usable() ? k : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** Which implementation the array methods run on: "scalar", or "vector" and the vector width in bits. */
    public static String implementation() { return VECTOR == null ? "scalar" : VECTOR.name(); }

    /**
     * terms[j] = combine(a[off+j], b[off+j], eta * d[off+j]) for j < len, bit for bit: the terms of one GD-step sum,
     * for the caller to add in index order.
     */
    public static void combine(double[] a, double[] b, double[] d, int off, int len, double eta, double[] terms) {
        if (VECTOR != null) VECTOR.combine(a, b, d, off, len, eta, terms);
        else combineScalar(a, b, d, off, len, eta, terms, 0);
    }

    /** The scalar loop of the array combine, writing terms[out..out+len). */
    static void combineScalar(double[] a, double[] b, double[] d, int off, int len, double eta, double[] terms, int out) {
        for (int j = 0; j < len; j++) terms[out + j] = combine(a[off + j], b[off + j], eta * d[off + j]);
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
