package progress;

import java.util.SplittableRandom;
import lib.ConditionalStep;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * Exact simulation of (f(x_k), ∇f(x_k)) along the query points of a gradient span algorithm on the centred isotropic
 * field of 000 with k(r) = exp(−r²/2) on R^N, at a cost that depends on the number of points and not on N.
 *
 * <p><b>Why a frame suffices.</b> The query points x_0..x_k of a gradient span algorithm lie in x_0 + S_k, S_k =
 * span(∇f(x_0), ..., ∇f(x_{k−1})). Each new point is a function of the past observations, so the law of
 * (f(x_k), ∇f(x_k)) given the past is the Gaussian posterior evaluated at x_k (adaptive designs do not change
 * Gaussian conditioning). Write vectors in an orthonormal basis q_1..q_r of S_k (Gram–Schmidt of the gradients in
 * the order they came; chosen from the past, so fixed under the conditioning) and its complement. The covariance
 * blocks ({@link Kernel}) with d = x_a − x_b ∈ S_k:
 * <ul>
 * <li>Cov(f(x_a), f(x_b)) = k(d) = e_ab = exp(−|d|²/2);</li>
 * <li>Cov(f(x_a), ∂_j f(x_b)) = ∂/∂y_j k(x − y) = d_j e_ab;</li>
 * <li>Cov(∂_i f(x_a), ∂_j f(x_b)) = −∂²/∂d_i∂d_j k = (δ_ij − d_i d_j) e_ab.</li>
 * </ul>
 * For a unit u ⊥ S_k every term with u·d vanishes: the components u·∇f(x_a) are uncorrelated with all values and
 * with all in-frame components, and across an orthonormal basis of the complement they are i.i.d. copies of a
 * vector with covariance E = (e_ab)_{a,b≤k}. The past components along u are observed to be 0 (the past gradients
 * lie in S_k), so given the past the complement part of ∇f(x_k) is N(0, s_k² I_{N−r}) with
 * s_k² = 1 − e_k^T E_past^{-1} e_k. Its direction is uniform and never needed by a rotation-equivariant algorithm:
 * it becomes the next basis vector q_{r+1}, and only its norm s_k √χ²_{N−r} enters. Note s_k² < 1: the complement
 * components are i.i.d. N(0, 1) only before conditioning; given the past their variance is the derived s_k²
 * ({@link Complement#IID_UNIT} samples the N(0,1) reading instead, as the alternative the validation tests against).
 *
 * <p><b>The conditional Gaussian.</b> The in-frame variables (values and frame components of gradients at all
 * points) grow by appending: the prior covariance of existing variables never changes, so one Cholesky factor L
 * of the observed variables is extended step by step (packed lower triangle). For the p = 1 + r new variables:
 * V = L^{-1} C (C the prior cross-covariance), mean V^T z (z = L^{-1} y, the whitened observations), covariance
 * I − V^T V, factored by EJML's Cholesky; the new rows of L are [V^T, chol(I − V^T V)] and the new z is the
 * whitened draw itself, so sampling and extending the factor are one operation (sequential conditioning). A new
 * direction q_{r+1} adds its components at all points so far: uncorrelated with every other variable (their d has no
 * q_{r+1} part), covariance E, so their block of L is the Cholesky factor of E, kept incrementally as well.
 *
 * <p><b>Jitter.</b> {@link #JITTER} = 1e-10 is added to the diagonal of each conditional covariance before its
 * Cholesky: the same as observing each new variable with an independent noise of standard deviation 1e-5 (prior
 * variances are 1). It is needed: the query points of a descending path come close to each other, the conditional
 * variance of a value then falls like |d|⁴, and a Cholesky factor of m ~ 400 variables has a rounding floor near
 * m·ε·‖Σ‖ ~ 1e-11. Path by path the jitter matters (the whitened value of a nearly determined variable is divided by
 * a pivot the jitter sets, so the same random numbers give later draws that differ by up to ~1 % at N = 100); the
 * law does not: jitters 1e-12 to 1e-8 give the same mean and spread of the scaled cost within their standard errors
 * (tests/progress/LimitTest, and at N = 1e6 to 2e-5). Should rounding still make a conditional covariance
 * indefinite, the jitter is raised tenfold at a time up to {@link #MAX_JITTER} and the escalation counted
 * ({@link #escalations}); {@link #minPivot} records the smallest pivot.
 *
 * <p><b>Limit mode.</b> With values and gradients scaled by 1/√N (v = f/√N, ĝ = ∇f/√N), the geometry (and so L) is
 * unchanged while the in-frame noise is O(N^{-1/2}) and the complement norm² s²χ²_{N−r}/N → s². The N → ∞ limit of
 * the scaled path is therefore the deterministic recursion: in-frame variables at their conditional mean,
 * complement norm s_k, f(x_0) = 0 ({@link #limit}). The algorithm then steps with η = X (X/√N in unscaled units).
 */
public final class PathSampler {
    public static final double JITTER = 1e-10;
    /** The largest jitter an escalation may reach (observation noise of SD 1e-4 on unit-variance variables). */
    public static final double MAX_JITTER = 1e-8;

    /** Which law of the complement components: the derived one, or i.i.d. N(0,1) (the alternative to test against). */
    public enum Complement { DERIVED, IID_UNIT }

    private final long dims;
    private final int maxPoints;
    private final int rMax;
    private final boolean limit;
    private final Complement complement;
    private final double jitter;

    final double[][] x;      // query points, frame coordinates (x_0 = 0)
    final double[][] g;      // gradients, frame coordinates
    final double[] f;        // values
    private int k;           // points so far
    private int r;           // frame dimension

    // observed in-frame variables: point and direction (−1: the value)
    private final int[] varPoint;
    private final int[] varDir;
    private int m;
    private final double[] lower;   // packed lower-triangular factor: row i starts at i(i+1)/2
    private final double[] z;       // whitened observations

    private final double[] lowerE;  // packed Cholesky factor of E = (e_ab) over the points
    private final double[] sE;      // s_a = the last diagonal of the E factor at point a

    // pending step
    private int p;
    private final double[] cross;   // m x p, then V = L^{-1} C in place
    private final double[] mean;
    private final DMatrixRMaj cov;
    private final DMatrixRMaj chol;
    private final double[] uE;      // L_E^{-1} e_k
    private double s2;
    private final double[] ePast;
    private final double[][] dPast;
    private final CholeskyDecomposition_F64<DMatrixRMaj> cholesky = DecompositionFactory_DDRM.chol(true);
    private double minPivot = Double.POSITIVE_INFINITY;
    private int escalations;
    private double maxJitter;

    /**
     * @param dims      dimension N of the field
     * @param maxPoints query points x_0..x_{maxPoints−1}
     * @param limit     the N → ∞ recursion of the scaled path instead of sampling
     */
    public PathSampler(long dims, int maxPoints, boolean limit, Complement complement) {
        this(dims, maxPoints, limit, complement, JITTER);
    }

    /** As above with another jitter (tests compare with jitter 0 against brute-force conditioning). */
    PathSampler(long dims, int maxPoints, boolean limit, Complement complement, double jitter) {
        if (dims < 1 || maxPoints < 1) throw new IllegalArgumentException("need N >= 1 and at least one point");
        this.jitter = jitter;
        this.dims = dims;
        this.maxPoints = maxPoints;
        this.rMax = (int) Math.min(maxPoints, dims);
        this.limit = limit;
        this.complement = complement;
        x = new double[maxPoints][rMax];
        g = new double[maxPoints][rMax];
        f = new double[maxPoints];
        int mMax = maxPoints * (maxPoints + 1);
        varPoint = new int[mMax];
        varDir = new int[mMax];
        lower = new double[mMax * (mMax + 1) / 2];
        z = new double[mMax];
        lowerE = new double[maxPoints * (maxPoints + 1) / 2];
        sE = new double[maxPoints];
        cross = new double[mMax * (rMax + 1)];
        mean = new double[rMax + 1];
        cov = new DMatrixRMaj(rMax + 1, rMax + 1);
        chol = new DMatrixRMaj(rMax + 1, rMax + 1);
        uE = new double[maxPoints];
        ePast = new double[maxPoints];
        dPast = new double[maxPoints][rMax];
    }

    public PathSampler(long dims, int maxPoints) { this(dims, maxPoints, false, Complement.DERIVED); }

    /** The N → ∞ recursion of the scaled path (see the class comment). */
    public static PathSampler limit(int maxPoints) { return new PathSampler(Long.MAX_VALUE / 4, maxPoints, true, Complement.DERIVED); }

    public void reset() {
        k = 0;
        r = 0;
        m = 0;
        minPivot = Double.POSITIVE_INFINITY;
        escalations = 0;
        maxJitter = 0;
        for (double[] row : x) java.util.Arrays.fill(row, 0);
        for (double[] row : g) java.util.Arrays.fill(row, 0);
    }

    public long dims() { return dims; }

    public boolean isLimit() { return limit; }

    /** Frame capacity: vectors handed to and from the sampler have this length. */
    public int frame() { return rMax; }

    public int points() { return k; }

    public int frameDim() { return r; }

    public double value(int a) { return f[a]; }

    public double[] gradient(int a) { return g[a]; }

    public double[] point(int a) { return x[a]; }

    public double minPivot() { return minPivot; }

    /** How often this path needed more than the base jitter, and the largest jitter used (0 if never). */
    public int escalations() { return escalations; }

    public double maxJitter() { return maxJitter; }

    /** |∇f(x_a)|². */
    public double gradNorm2(int a) {
        double s = 0;
        for (double v : g[a]) s += v * v;
        return s;
    }

    /** Samples (or, in limit mode, sets) the value and gradient at the next query point. */
    public void evaluate(double[] xNew, SplittableRandom rng) {
        prepare(xNew);
        double[] y = new double[p];
        if (limit) {
            System.arraycopy(mean, 0, y, 0, p);
        } else {
            double[] xi = new double[p];
            for (int t = 0; t < p; t++) xi[t] = rng.nextGaussian();
            for (int t = 0; t < p; t++) {
                double s = mean[t];
                for (int u = 0; u <= t; u++) s += chol.get(t, u) * xi[u];
                y[t] = s;
            }
        }
        accept(y, complementNorm(rng));
    }

    /** The norm of the complement part of the gradient at the pending point: s √χ²_{N−r} (limit: s, scaled). */
    private double complementNorm(SplittableRandom rng) {
        long dof = dims - r;
        if (dof <= 0 || r >= rMax) return 0;
        double s = Math.sqrt(complementVariance());
        if (limit) return s;
        if (dof > Integer.MAX_VALUE) throw new IllegalStateException("N − r beyond 2^31");
        return s * Math.sqrt(ConditionalStep.chiSquared(rng, (int) dof));
    }

    /** Conditional variance of each complement component at the pending point: s_k², or 1 for the N(0,1) variant. */
    public double complementVariance() {
        return complement == Complement.IID_UNIT ? 1 : s2;
    }

    /**
     * Conditions on the past: after this, {@link #conditionalMean()} and {@link #conditionalCov()} give the law of
     * the p = 1 + r in-frame variables [f(x_k), q_1·∇f(x_k), ..., q_r·∇f(x_k)] and {@link #complementVariance()}
     * that of each complement component.
     */
    public void prepare(double[] xNew) {
        if (k >= maxPoints) throw new IllegalStateException("more than " + maxPoints + " points");
        System.arraycopy(xNew, 0, x[k], 0, rMax);
        for (int j = r; j < rMax; j++) {
            if (xNew[j] != 0) throw new IllegalArgumentException("query point leaves the span of the past gradients (coordinate " + j + ")");
        }
        p = 1 + r;
        for (int a = 0; a < k; a++) {
            double d2 = 0;
            for (int j = 0; j < r; j++) {
                double d = x[a][j] - x[k][j];
                dPast[a][j] = d;
                d2 += d * d;
            }
            ePast[a] = Math.exp(-d2 / 2);
        }
        crossCovariance();
        forwardSolve();
        conditionalMoments();
        complementStep();
    }

    /** C (m x p): prior covariance of each observed variable with the new ones ({@link Kernel}). */
    private void crossCovariance() {
        for (int i = 0; i < m; i++) {
            int a = varPoint[i], ji = varDir[i];
            double e = ePast[a];
            double[] d = dPast[a];
            int row = i * p;
            if (ji < 0) {
                cross[row] = Kernel.valueValue(e);
                for (int t = 1; t < p; t++) cross[row + t] = Kernel.valueGrad(e, d[t - 1]);
            } else {
                cross[row] = Kernel.gradValue(e, d[ji]);
                for (int t = 1; t < p; t++) cross[row + t] = Kernel.gradGrad(e, d[ji], d[t - 1], ji == t - 1);
            }
        }
    }

    /** V = L^{-1} C in place, row by row (packed L). */
    private void forwardSolve() {
        for (int i = 0; i < m; i++) {
            int li = i * (i + 1) / 2;
            int row = i * p;
            for (int j = 0; j < i; j++) {
                double l = lower[li + j];
                if (l == 0) continue;
                int rj = j * p;
                for (int t = 0; t < p; t++) cross[row + t] -= l * cross[rj + t];
            }
            double inv = 1 / lower[li + i];
            for (int t = 0; t < p; t++) cross[row + t] *= inv;
        }
    }

    /** mean = V^T z; covariance I − V^T V (EJML), its Cholesky factor with the jitter. */
    private void conditionalMoments() {
        DMatrixRMaj v = DMatrixRMaj.wrap(m, p, cross);
        DMatrixRMaj vtv = new DMatrixRMaj(p, p);
        if (m > 0) CommonOps_DDRM.multTransA(v, v, vtv);
        cov.reshape(p, p);
        for (int t = 0; t < p; t++) {
            double s = 0;
            for (int i = 0; i < m; i++) s += cross[i * p + t] * z[i];
            mean[t] = s;
            for (int u = 0; u < p; u++) cov.set(t, u, (t == u ? 1 + jitter : 0) - vtv.get(t, u));
        }
        double added = 0;
        DMatrixRMaj work = cov.copy();
        while (!cholesky.decompose(work)) {
            // rounding made the covariance indefinite: raise the jitter tenfold (recorded), within MAX_JITTER
            double next = added == 0 ? 9 * Math.max(jitter, JITTER) : 9 * (added + jitter);
            if (added + jitter + next > MAX_JITTER * (1 + 1e-9)) {
                throw new IllegalStateException("conditional covariance not positive definite at point " + k + " (frame " + r
                        + ") even with jitter " + MAX_JITTER);
            }
            added += next;
            work = cov.copy();
            for (int t = 0; t < p; t++) work.add(t, t, added);
        }
        if (added > 0) {
            for (int t = 0; t < p; t++) cov.add(t, t, added);
            escalations++;
            maxJitter = Math.max(maxJitter, jitter + added);
        }
        chol.reshape(p, p);
        cholesky.getT(chol);
        for (int t = 0; t < p; t++) minPivot = Math.min(minPivot, chol.get(t, t) * chol.get(t, t));
    }

    /** u = L_E^{-1} e_k and s_k² = 1 − |u|² (the conditional variance of one complement component). */
    private void complementStep() {
        double q = 0;
        for (int a = 0; a < k; a++) {
            int la = a * (a + 1) / 2;
            double s = ePast[a];
            for (int b = 0; b < a; b++) s -= lowerE[la + b] * uE[b];
            uE[a] = s / lowerE[la + a];
            q += uE[a] * uE[a];
        }
        s2 = Math.max(jitter, 1 - q);
    }

    /** Mean of the pending in-frame variables (length p). */
    public double[] conditionalMean() { return java.util.Arrays.copyOf(mean, p); }

    /** Covariance of the pending in-frame variables (p x p, including the jitter). */
    public double[][] conditionalCov() {
        double[][] c = new double[p][p];
        for (int t = 0; t < p; t++) for (int u = 0; u < p; u++) c[t][u] = cov.get(t, u);
        return c;
    }

    /**
     * Records the pending point's in-frame variables y (length p: value, then frame components of the gradient) and
     * the norm of its complement part (0: none); a positive norm opens the next frame direction.
     */
    public void accept(double[] y, double wNorm) {
        f[k] = y[0];
        for (int j = 0; j < r; j++) g[k][j] = y[1 + j];
        // the new variables join the observed set: rows [V^T, chol(S)], whitened values L_S^{-1}(y − mean)
        double[] w = new double[p];
        for (int t = 0; t < p; t++) {
            double s = y[t] - mean[t];
            for (int u = 0; u < t; u++) s -= chol.get(t, u) * w[u];
            w[t] = s / chol.get(t, t);
        }
        int m0 = m;
        for (int t = 0; t < p; t++) {
            int i = m0 + t;
            int li = i * (i + 1) / 2;
            for (int j = 0; j < m0; j++) lower[li + j] = cross[j * p + t];
            for (int u = 0; u < p; u++) lower[li + m0 + u] = u <= t ? chol.get(t, u) : 0;
            varPoint[i] = k;
            varDir[i] = t - 1;
            z[i] = w[t];
        }
        m = m0 + p;
        // the E factor gains point k: row [u, s]
        int lk = k * (k + 1) / 2;
        for (int a = 0; a < k; a++) lowerE[lk + a] = uE[a];
        lowerE[lk + k] = Math.sqrt(s2);
        sE[k] = Math.sqrt(s2);
        boolean open = wNorm > 0 && r < rMax;
        if (open) {
            g[k][r] = wNorm;
            if (k + 1 < maxPoints) addDirection(wNorm);
            r++;
        }
        k++;
    }

    /** The components of every gradient so far along the new direction q_{r+1}: a block with factor L_E. */
    private void addDirection(double wNorm) {
        int m0 = m;
        for (int a = 0; a <= k; a++) {
            int i = m0 + a;
            int li = i * (i + 1) / 2;
            java.util.Arrays.fill(lower, li, li + m0, 0);
            int la = a * (a + 1) / 2;
            for (int b = 0; b <= a; b++) lower[li + m0 + b] = lowerE[la + b];
            varPoint[i] = a;
            varDir[i] = r;
            // observed: 0 for a < k, |w| at a = k; whitened by L_E (whose last diagonal is s_k)
            z[i] = a < k ? 0 : wNorm / lowerE[la + a];
        }
        m = m0 + k + 1;
    }
}
