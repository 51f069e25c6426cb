package deeplinear;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * What is known in closed form about a deep linear model's landscape, computed with EJML: the global minimum under the
 * rank bound of the bottleneck (Eckart-Young after whitening, no descent), the critical points of a two-layer model
 * (Baldi and Hornik 1989), and the spectrum of a Hessian.
 */
public final class Landscape {
    private Landscape() {}

    /** Ascending eigenvalues of a symmetric matrix. */
    public static double[] eigenvalues(double[][] h) {
        int n = h.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(new DMatrixRMaj(h))) throw new IllegalStateException("symmetric eigen-decomposition failed");
        double[] ev = new double[n];
        for (int k = 0; k < n; k++) ev[k] = eig.getEigenvalue(k).real;
        Arrays.sort(ev);
        return ev;
    }

    /**
     * min f over products of rank <= r: with W* = Y Xᵀ(XXᵀ)⁻¹ and S = (XXᵀ)^{1/2}, ||WX − Y||² = ||(W − W*)S||² + f_0
     * (f_0 = ||W*X − Y||²), so the minimum is f_0 plus the squares of the singular values of W*S beyond the r-th.
     */
    public static double globalMinimum(Network net) {
        int dx = net.dims[0], dy = net.dims[net.depth()], n = net.samples;
        DMatrixRMaj x = new DMatrixRMaj(dx, n, true, net.x), y = new DMatrixRMaj(dy, n, true, net.y);
        DMatrixRMaj w = unconstrained(x, y);
        DMatrixRMaj r = new DMatrixRMaj(dy, n);
        CommonOps_DDRM.mult(w, x, r);
        CommonOps_DDRM.subtractEquals(r, y);
        double f0 = CommonOps_DDRM.elementSum(elementSquare(r));
        DMatrixRMaj ws = new DMatrixRMaj(dy, dx);
        CommonOps_DDRM.mult(w, sqrtGram(x), ws);
        double[] sv = singularValues(ws);
        double tail = 0;
        for (int k = net.bottleneck(); k < sv.length; k++) tail += sv[k] * sv[k];
        return f0 + tail;
    }

    /**
     * Critical points of f(W_1, W_2) = ||W_2 W_1 X − Y||² (Baldi-Hornik): for each set J of eigenvectors of
     * Σ = Σ_YX Σ_XX⁻¹ Σ_XY with |J| <= r, W_2 = [U_J, 0] and W_1 = [U_Jᵀ Σ_YX Σ_XX⁻¹; 0]. The global minimum is J = the top
     * r; W = 0 is J = ∅. Returns their parameter vectors.
     */
    public static List<double[]> twoLayerCriticalPoints(Network net) {
        if (net.depth() != 2) throw new IllegalArgumentException("two layers only");
        int dx = net.dims[0], h = net.dims[1], dy = net.dims[2], n = net.samples;
        DMatrixRMaj x = new DMatrixRMaj(dx, n, true, net.x), y = new DMatrixRMaj(dy, n, true, net.y);
        DMatrixRMaj w = unconstrained(x, y);                         // Σ_YX Σ_XX⁻¹
        DMatrixRMaj sigma = new DMatrixRMaj(dy, dy), syx = new DMatrixRMaj(dy, dx);
        CommonOps_DDRM.multTransB(y, x, syx);
        CommonOps_DDRM.multTransB(w, syx, sigma);                    // Σ_YX Σ_XX⁻¹ Σ_XY
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(dy, true, true);
        if (!eig.decompose(sigma)) throw new IllegalStateException("eigen-decomposition failed");
        List<double[]> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << dy; mask++) {
            if (Integer.bitCount(mask) > Math.min(h, net.bottleneck())) continue;
            double[] w2 = new double[dy * h], w1 = new double[h * dx];
            int col = 0;
            for (int k = 0; k < dy; k++) {
                if ((mask >> k & 1) == 0) continue;
                DMatrixRMaj u = eig.getEigenVector(k);
                double norm = Math.sqrt(CommonOps_DDRM.dot(u, u));
                for (int a = 0; a < dy; a++) w2[a * h + col] = u.get(a) / norm;
                for (int c = 0; c < dx; c++) {
                    double v = 0;
                    for (int a = 0; a < dy; a++) v += u.get(a) / norm * w.get(a, c);
                    w1[col * dx + c] = v;
                }
                col++;
            }
            double[] theta = new double[net.parameters()];
            System.arraycopy(w1, 0, theta, net.layerStart(1), w1.length);
            System.arraycopy(w2, 0, theta, net.layerStart(2), w2.length);
            out.add(theta);
        }
        return out;
    }

    /** W* = Y Xᵀ (X Xᵀ)⁻¹. */
    static DMatrixRMaj unconstrained(DMatrixRMaj x, DMatrixRMaj y) {
        DMatrixRMaj gram = new DMatrixRMaj(x.numRows, x.numRows), inv = new DMatrixRMaj(x.numRows, x.numRows);
        CommonOps_DDRM.multTransB(x, x, gram);
        if (!CommonOps_DDRM.invert(gram, inv)) throw new IllegalStateException("X Xᵀ is singular");
        DMatrixRMaj yx = new DMatrixRMaj(y.numRows, x.numRows), w = new DMatrixRMaj(y.numRows, x.numRows);
        CommonOps_DDRM.multTransB(y, x, yx);
        CommonOps_DDRM.mult(yx, inv, w);
        return w;
    }

    /** (X Xᵀ)^{1/2} by the symmetric eigen-decomposition. */
    static DMatrixRMaj sqrtGram(DMatrixRMaj x) {
        int m = x.numRows;
        DMatrixRMaj gram = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransB(x, x, gram);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eig.decompose(gram)) throw new IllegalStateException("eigen-decomposition failed");
        DMatrixRMaj out = new DMatrixRMaj(m, m);
        for (int k = 0; k < m; k++) {
            DMatrixRMaj u = eig.getEigenVector(k);
            double lambda = eig.getEigenvalue(k).real, norm2 = CommonOps_DDRM.dot(u, u);
            for (int a = 0; a < m; a++) for (int b = 0; b < m; b++) out.add(a, b, Math.sqrt(lambda) * u.get(a) * u.get(b) / norm2);
        }
        return out;
    }

    static double[] singularValues(DMatrixRMaj m) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m.numRows, m.numCols, false, false, true);
        if (!svd.decompose(m.copy())) throw new IllegalStateException("SVD failed");
        double[] sv = svd.getSingularValues().clone();
        Arrays.sort(sv);
        for (int i = 0; i < sv.length / 2; i++) { double t = sv[i]; sv[i] = sv[sv.length - 1 - i]; sv[sv.length - 1 - i] = t; }
        return Arrays.copyOf(sv, Math.min(m.numRows, m.numCols));
    }

    static DMatrixRMaj elementSquare(DMatrixRMaj m) {
        DMatrixRMaj out = m.copy();
        CommonOps_DDRM.elementMult(out, m);
        return out;
    }
}
