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
 *   <li>{@link #sinCos}: sin and cos of each float argument computed in double by lib/FastTrig's algorithm
 *   (Cody-Waite reduction by pi/2, fdlibm's kernels, Math.sin/cos beyond 2^26 pi/2), rounded to float.</li>
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

    // The scalar operations shared by both implementations (the vector one uses them for its rare slow lanes).
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

    /** sin and cos of one argument as {@link #sinCos} defines them; returns them in out[0], out[1]. */
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
            double[] out = new double[2];
            for (int i = 0; i < len; i++) {
                sinCos1(x[xOff + i], out);
                sin[sOff + i] = (float) out[0];
                cos[cOff + i] = (float) out[1];
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
