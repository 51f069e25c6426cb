package blackbox;

/**
 * The arithmetic of the black-box training step (BlackBoxField): two skinny single-precision matrix products and
 * sine/cosine of float arguments. Every result is defined element by element, so that a vectorised implementation
 * (VectorKernels, JDK Vector API) and this scalar one give the same bits, and the thread count never matters:
 * <ul>
 *   <li>{@link #nt}: c[i,k] = sum_j a[i,j] b[k,j] over K = a multiple of 16 terms, accumulated in 16 lanes
 *   (lane l takes j = l, l+16, ... in increasing order, each step one fused multiply-add), then the 16 lane sums
 *   added in lane order, starting from 0;</li>
 *   <li>{@link #tn}: c[k,j] = sum_i a[i,j] b[i,k], one fused multiply-add per i in increasing order from 0;</li>
 *   <li>{@link #sinCos}: sin and cos of each float argument in float arithmetic ({@link #sinCos1f}: the quadrant by
 *   one fused multiply-add, Cody-Waite reduction by pi/2 in three float parts, each a fused multiply-add, minimax
 *   polynomials of degree 7 and 8 in fused multiply-adds; within 1.6 float ulps of Math.sin/cos for |x| &lt; 2^19,
 *   KernelsTest), and beyond that range (diverged runs, NaN) lib/FastTrig's double algorithm rounded to float.</li>
 * </ul>
 * {@link #get()} picks the vectorised implementation when the incubator module jdk.incubator.vector is present:
 * VectorKernels on 512-bit vectors (AVX-512), VectorKernels256 on 256-bit ones (AVX2); -Dblackbox.kernels=scalar
 * forces this one. The choice never changes a result.
 */
abstract class Kernels {
    /** Lanes of the nt accumulation: fixed, part of the definition of the result. */
    static final int LANES = 16;

    /**
     * c[cOff + i*ldc + k] = sum_{j<kLen} a[aOff + i*lda + j] * b[bOff + k*ldb + j] for i < rows, k < n; kLen a
     * multiple of LANES.
     */
    abstract void nt(int rows, int n, int kLen, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                     float[] c, int cOff, int ldc);

    /**
     * c[cOff + k*ldc + j] = sum_{i<rows} a[aOff + i*lda + j] * b[bOff + i*ldb + k] for j < p, k < n; p a multiple
     * of LANES.
     */
    abstract void tn(int rows, int p, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                     float[] c, int cOff, int ldc);

    /** sin[sOff+i] = sin(x[xOff+i]), cos[cOff+i] = cos(x[xOff+i]) for i < len. */
    abstract void sinCos(float[] x, int xOff, int len, float[] sin, int sOff, float[] cos, int cOff);

    abstract String name();

    private static final Kernels INSTANCE = choose();

    static Kernels get() { return INSTANCE; }

    static Kernels scalar() { return Scalar.INSTANCE; }

    /**
     * The widest vectorised kernels this CPU runs natively (512-bit, else 256-bit), or null where none can run (no
     * module jdk.incubator.vector, or narrower vectors).
     */
    static Kernels vector() {
        Kernels k = vector("blackbox.VectorKernels");
        return k != null ? k : vector("blackbox.VectorKernels256");
    }

    /** The named implementation if it loads and runs natively here, else null. */
    static Kernels vector(String className) {
        try {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return null;
            Kernels k = (Kernels) Class.forName(className).getDeclaredConstructor().newInstance();
            return k.usable() ? k : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    boolean usable() { return true; }

    private static Kernels choose() {
        if ("scalar".equals(System.getProperty("blackbox.kernels"))) return Scalar.INSTANCE;
        Kernels v = vector();
        return v != null ? v : Scalar.INSTANCE;
    }

    /**
     * What the arithmetic above is, for the provenance of every artifact trained with it (BlackBoxField.ARITHMETIC):
     * a change of definition that changes bits changes this text, so old and new outputs never pass for each other.
     */
    static final String DEFINITION = "float32 products: fma, nt in 16 lanes summed in lane order, tn in row order; "
            + "sin/cos: float32 (fma quadrant, 3-part fma Cody-Waite, degree 7/8 minimax) for |x| < 2^19, else double rounded";

    // sinCos1f: the float definition. 2/pi and pi/2 = P1F + P2F + P3F (+ 1.1e-23) are the floats nearest to the
    // mpmath values (KernelsTest checks them against 50 digits of pi); the polynomials are Cephes' sinf/cosf.
    static final float TWO_OVER_PI_F = 0x1.45f306p-1f;
    /** 1.5 * 2^23: x (2/pi) + MAGIC_F is k + MAGIC_F, k the nearest integer (ties to even) while |x (2/pi)| < 2^22. */
    static final float MAGIC_F = 0x1.8p23f;
    static final float P1F = 0x1.921fb6p0f, P2F = -0x1.777a5cp-25f, P3F = -0x1.ee59dap-50f;
    /** The float path's range: up to here x - k P1F is exact and k is the nearest quadrant (or its neighbour). */
    static final float LIMIT_F = 0x1p19f;
    static final float S1F = -1.6666654611e-1f, S2F = 8.3321608736e-3f, S3F = -1.9515295891e-4f;
    static final float C1F = 4.166664568298827e-2f, C2F = -1.388731625493765e-3f, C3F = 2.443315711809948e-5f;

    /**
     * sin and cos of one argument as {@link #sinCos} defines them, into out[0], out[1]. The lanes of the vector
     * kernels do these operations in this order (the quadrant's sign and swap as blends), so they give these bits.
     */
    static void sinCos1f(float x, float[] out) {
        if (!(Math.abs(x) < LIMIT_F)) {
            double[] d = new double[2];
            sinCos1(x, d);
            out[0] = (float) d[0];
            out[1] = (float) d[1];
            return;
        }
        float t = Math.fma(x, TWO_OVER_PI_F, MAGIC_F);
        float k = t - MAGIC_F;
        float r = Math.fma(-k, P1F, x);   // exact: a multiple of 2^-23 below 2 in magnitude
        r = Math.fma(-k, P2F, r);
        r = Math.fma(-k, P3F, r);
        float z = r * r;
        float s = Math.fma(r * z, Math.fma(Math.fma(S3F, z, S2F), z, S1F), r);
        float c = Math.fma(z * z, Math.fma(Math.fma(C3F, z, C2F), z, C1F), Math.fma(-0.5f, z, 1f));
        int q = Float.floatToRawIntBits(t) & 3;   // k mod 4: the low bits of k + 1.5 * 2^23
        float sv = (q & 1) == 0 ? s : c;
        float cv = (q & 1) == 0 ? c : s;
        out[0] = (q & 2) == 0 ? sv : -sv;
        out[1] = ((q + 1) & 2) == 0 ? cv : -cv;
    }

    // The double definition beyond LIMIT_F (lib/FastTrig's algorithm; Math.sin/cos beyond 2^26 pi/2).
    static final double TWO_OVER_PI = 2 / Math.PI;
    /** 1.5 * 2^52: adding and subtracting it rounds to the nearest integer (ties to even) for |y| < 2^51. */
    static final double MAGIC = 0x1.8p52;
    static final double P1 = Double.longBitsToDouble(Double.doubleToRawLongBits(Math.PI / 2) & ~((1L << 27) - 1));
    static final double P2 = Math.PI / 2 - P1;
    static final double P3 = 6.123233995736766e-17;
    static final double LIMIT = 0x1p26;
    static final double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03,
            S3 = -1.98412698298579493134e-04, S4 = 2.75573137070700676789e-06, S5 = -2.50507602534068634195e-08,
            S6 = 1.58969099521155010221e-10;
    static final double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03,
            C3 = 2.48015872894767294178e-05, C4 = -2.75573143513906633035e-07, C5 = 2.08757232129817482790e-09,
            C6 = -1.13596475577881948265e-11;

    /** sin and cos of one argument in double (the float definition's wide range); returns them in out[0], out[1]. */
    static void sinCos1(double x, double[] out) {
        double y = x * TWO_OVER_PI;
        double t = y + MAGIC;
        double k = t - MAGIC;
        if (!(Math.abs(k) < LIMIT)) {
            out[0] = Math.sin(x);
            out[1] = Math.cos(x);
            return;
        }
        int q = (int) (Double.doubleToRawLongBits(t) & 3);
        double r = ((x - k * P1) - k * P2) - k * P3;
        double z = r * r;
        double s = r + r * z * (S1 + z * (S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)))));
        double c = 1 - 0.5 * z + z * z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        double sv = (q & 1) == 0 ? s : c;
        double cv = (q & 1) == 0 ? c : s;
        out[0] = (q & 2) == 0 ? sv : -sv;
        out[1] = ((q + 1) & 2) == 0 ? cv : -cv;
    }

    /** Plain Java: the reference definition, and the path where the Vector API is not available. */
    static final class Scalar extends Kernels {
        static final Scalar INSTANCE = new Scalar();

        @Override void nt(int rows, int n, int kLen, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                          float[] c, int cOff, int ldc) {
            if (kLen % LANES != 0) throw new IllegalArgumentException("kLen " + kLen + " not a multiple of " + LANES);
            float[] acc = new float[LANES];
            for (int i = 0; i < rows; i++) {
                for (int k = 0; k < n; k++) {
                    java.util.Arrays.fill(acc, 0f);
                    int ao = aOff + i * lda;
                    int bo = bOff + k * ldb;
                    for (int j = 0; j < kLen; j += LANES) {
                        for (int l = 0; l < LANES; l++) acc[l] = Math.fma(a[ao + j + l], b[bo + j + l], acc[l]);
                    }
                    c[cOff + i * ldc + k] = reduce(acc);
                }
            }
        }

        @Override void tn(int rows, int p, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                          float[] c, int cOff, int ldc) {
            if (p % LANES != 0) throw new IllegalArgumentException("p " + p + " not a multiple of " + LANES);
            for (int k = 0; k < n; k++) {
                int co = cOff + k * ldc;
                java.util.Arrays.fill(c, co, co + p, 0f);
                for (int i = 0; i < rows; i++) {
                    float bik = b[bOff + i * ldb + k];
                    int ao = aOff + i * lda;
                    for (int j = 0; j < p; j++) c[co + j] = Math.fma(a[ao + j], bik, c[co + j]);
                }
            }
        }

        @Override void sinCos(float[] x, int xOff, int len, float[] sin, int sOff, float[] cos, int cOff) {
            float[] out = new float[2];
            for (int i = 0; i < len; i++) {
                sinCos1f(x[xOff + i], out);
                sin[sOff + i] = out[0];
                cos[cOff + i] = out[1];
            }
        }

        @Override String name() { return "scalar"; }
    }

    /** The lane sums added in lane order from 0 (the vectorised nt ends the same way). */
    static float reduce(float[] acc) {
        float s = 0f;
        for (int l = 0; l < LANES; l++) s += acc[l];
        return s;
    }
}
