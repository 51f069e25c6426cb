package lib;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.global.openblas;

/**
 * Row-major double-precision GEMM through the OpenBLAS that org.bytedeco ships on Maven Central, forced to one
 * thread (the first call sets {@code blas_set_num_threads(1)}): stages parallelise over tiles of points with
 * {@link Parallel}, so a product never depends on the thread count and the kernel's blocking depends only on
 * the tile shape.
 *
 * <p>Operands are heap arrays with an offset, or {@link DoubleBuffer}s (direct or heap) starting at their
 * <em>position</em>. Direct buffers go to OpenBLAS as they are. JNI would pass a heap array by copying the whole
 * array into freshly allocated native memory and back out after the call (for a 250 x 20000 tile: 2 x 40 MB of
 * copies and page faults per operand per call), so Blas stages the region an operand uses through a reused
 * direct buffer instead: inputs are copied in, an output is copied in only when beta != 0, and copied back out
 * after the call. Outputs may therefore go to disjoint slices of one shared array from several threads, and a
 * tile of a large input costs a copy of the tile only. Staging buffers come from a pool (one set per concurrent
 * call, reused across calls and threads); operands above {@link #STAGE_LIMIT} doubles take the plain JNI path so
 * the pool never holds very large buffers. A large operand used by many products, such as the spectral matrix Z
 * of {@link GaussianField}, belongs off-heap ({@link #offHeap(double[])}). Never give two concurrent calls the
 * same array when one of them writes it in the region the other uses.
 */
public final class Blas {
    private Blas() {}

    private static volatile boolean singleThreaded;

    /** The core of {@link #core()} if this process has called OpenBLAS through this class, else null (lib/Provenance). */
    public static String coreIfUsed() { return singleThreaded ? core() : null; }

    /**
     * The kernel set OpenBLAS chose at load time (its DYNAMIC_ARCH build picks one per CPU unless OPENBLAS_CORETYPE
     * names one): the exported table pointer {@code gotoblas} equals the address of one {@code gotoblas_<CORE>}. The
     * binding has no openblas_get_corename, so the two exported symbols are compared; "unknown" if none matches.
     */
    public static String core() {
        init();
        Pointer chosen = Loader.addressof("gotoblas");
        if (chosen == null) return "unknown";
        long table = new LongPointer(chosen).get();
        for (String core : X86_64_CORES) {
            Pointer p = Loader.addressof("gotoblas_" + core);
            if (p != null && p.address() == table) return core;
        }
        return "unknown";
    }

    /** OpenBLAS 0.3.28's x86-64 DYNAMIC_ARCH kernel sets (driver/others/dynamic.c); a build may alias some away. */
    private static final String[] X86_64_CORES = {"KATMAI", "COPPERMINE", "NORTHWOOD", "PRESCOTT", "BANIAS", "ATOM",
            "CORE2", "PENRYN", "DUNNINGTON", "NEHALEM", "OPTERON", "OPTERON_SSE3", "BARCELONA", "BOBCAT", "SANDYBRIDGE",
            "BULLDOZER", "PILEDRIVER", "STEAMROLLER", "EXCAVATOR", "HASWELL", "ZEN", "SKYLAKEX", "COOPERLAKE",
            "SAPPHIRERAPIDS"};

    /** Sets OpenBLAS to one thread once; every entry point calls it. */
    public static void init() {
        if (singleThreaded) return;
        synchronized (Blas.class) {
            if (!singleThreaded) {
                openblas.blas_set_num_threads(1);
                singleThreaded = true;
            }
        }
    }

    /**
     * C = alpha op(A) op(B) + beta C with op(A) m x k, op(B) k x n, C m x n, all row-major; lda, ldb, ldc are
     * the row strides of A, B, C as stored (A stored m x k, or k x m when transposed).
     */
    public static void dgemm(boolean transA, boolean transB, int m, int n, int k, double alpha,
                             double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb,
                             double beta, double[] c, int cOffset, int ldc) {
        init();
        if (m == 0 || n == 0) return;
        int aLen = extent("A", a.length - aOffset, transA ? k : m, transA ? m : k, lda);
        int bLen = extent("B", b.length - bOffset, transB ? n : k, transB ? k : n, ldb);
        int cLen = extent("C", c.length - cOffset, m, n, ldc);
        dgemm(transA, transB, m, n, k, alpha, DoubleBuffer.wrap(a, aOffset, aLen), lda,
                DoubleBuffer.wrap(b, bOffset, bLen), ldb, beta, DoubleBuffer.wrap(c, cOffset, cLen), ldc);
    }

    /** As above with every operand starting at index 0. */
    public static void dgemm(boolean transA, boolean transB, int m, int n, int k, double alpha,
                             double[] a, int lda, double[] b, int ldb, double beta, double[] c, int ldc) {
        dgemm(transA, transB, m, n, k, alpha, a, 0, lda, b, 0, ldb, beta, c, 0, ldc);
    }

    /**
     * As above on buffers, each operand starting at its buffer's position. Direct buffers go to OpenBLAS as they
     * are; heap buffers are treated as arrays (their used region copied, see the class comment).
     */
    public static void dgemm(boolean transA, boolean transB, int m, int n, int k, double alpha,
                             DoubleBuffer a, int lda, DoubleBuffer b, int ldb, double beta, DoubleBuffer c, int ldc) {
        init();
        if (m == 0 || n == 0) return;
        int aLen = extent("A", a.remaining(), transA ? k : m, transA ? m : k, lda);
        int bLen = extent("B", b.remaining(), transB ? n : k, transB ? k : n, ldb);
        int cLen = extent("C", c.remaining(), m, n, ldc);
        Staging st = STAGING.pollFirst();
        if (st == null) st = new Staging();
        try {
            DoubleBuffer aa = st.in(0, a, aLen, true), bb = st.in(1, b, bLen, true), cc = st.in(2, c, cLen, beta != 0);
            openblas.cblas_dgemm(openblas.CblasRowMajor, transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                    transB ? openblas.CblasTrans : openblas.CblasNoTrans, m, n, k, alpha, aa, lda, bb, ldb, beta, cc, ldc);
            if (cc != c) {
                if (cc.isDirect()) cc.get(0, c.array(), c.arrayOffset() + c.position(), cLen);
                else System.arraycopy(cc.array(), 0, c.array(), c.arrayOffset() + c.position(), cLen);
            }
        } finally {
            STAGING.offerFirst(st);
        }
    }

    /** Heap operands of at most this many doubles (64 MB) are staged through reused direct buffers. */
    static final int STAGE_LIMIT = 1 << 23;

    private static final ConcurrentLinkedDeque<Staging> STAGING = new ConcurrentLinkedDeque<>();

    /** Direct buffers for the A, B and C operands of one call, grown on demand and reused. */
    private static final class Staging {
        private final DoubleBuffer[] buf = new DoubleBuffer[3];

        /**
         * x itself when direct; else its used region in the staging buffer of this role (copied in when
         * {@code copyIn}); operands above STAGE_LIMIT go the plain JNI way (a private copy of the region).
         */
        DoubleBuffer in(int role, DoubleBuffer x, int len, boolean copyIn) {
            if (x.isDirect()) return x;
            int off = x.arrayOffset() + x.position();
            if (len > STAGE_LIMIT) return DoubleBuffer.wrap(region(x.array(), off, len));
            if (buf[role] == null || buf[role].capacity() < len) buf[role] = direct(len);
            DoubleBuffer d = buf[role].duplicate().clear();
            if (copyIn) d.put(0, x.array(), off, len);
            return d;
        }
    }

    /**
     * The array itself when the operand is all of it, else a private copy of the used region. JNI passes a heap
     * array by copying all of it in and, after the call, all of it back: two threads writing disjoint slices of
     * one shared output array would overwrite each other's results, and a small tile of a large input would cost
     * a copy of the whole input per call.
     */
    private static double[] region(double[] x, int offset, int len) {
        return offset == 0 && x.length == len ? x : Arrays.copyOfRange(x, offset, offset + len);
    }

    /** A direct, native-order copy of {@code values}: an operand that JNI passes without copying. */
    public static DoubleBuffer offHeap(double[] values) {
        DoubleBuffer d = direct(values.length);
        d.put(values).clear();
        return d;
    }

    private static DoubleBuffer direct(int len) {
        return ByteBuffer.allocateDirect(Math.multiplyExact(len, Double.BYTES)).order(ByteOrder.nativeOrder()).asDoubleBuffer();
    }

    /** Elements spanned by a row-major rows x cols matrix with row stride ld; it must fit in {@code available}. */
    private static int extent(String name, int available, int rows, int cols, int ld) {
        if (rows < 0 || cols < 0) throw new IllegalArgumentException(name + ": negative dimension");
        if (ld < Math.max(1, cols)) throw new IllegalArgumentException(name + ": leading dimension " + ld + " < " + cols);
        if (rows == 0 || cols == 0) return 0;
        long need = (long) (rows - 1) * ld + cols;
        if (need > available) {
            throw new IllegalArgumentException(name + ": " + rows + " x " + cols + " (ld " + ld + ") needs " + need
                    + " elements, has " + available);
        }
        return (int) need;
    }
}
