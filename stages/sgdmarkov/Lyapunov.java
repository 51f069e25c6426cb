package sgdmarkov;

import java.util.SplittableRandom;
import lib.Parallel;
import lib.Streams;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The exact stationary law of eq (3) on a quadratic f = e^T H e/2 at a finite step: X' = A X + xi with A = I - alpha H
 * and xi ~ N(0, Q), Q = (alpha^2/l) I (Assumption 14; any Q for the general chain). The chain is linear and Gaussian,
 * so its stationary law is N(0, C) with C the solution of the discrete Lyapunov equation C = A C A^T + Q, solved here
 * as the linear system (I - A (x) A) vec C = vec Q (Commons Math LU; d^2 unknowns). The Gibbs law of §3.3 at
 * 1/beta = alpha/(2l) is N(0, (alpha/(2l)) H^{-1}).
 */
public final class Lyapunov {
    private Lyapunov() {}

    /** C with C = A C A^T + Q. */
    public static RealMatrix solve(RealMatrix a, RealMatrix q) {
        int d = a.getRowDimension(), dd = d * d;
        RealMatrix m = new Array2DRowRealMatrix(dd, dd);
        for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) {
            int row = i * d + j;
            // vec(A C A^T)[ij] = sum_pq A_ip C_pq A_jq
            for (int p = 0; p < d; p++) for (int r = 0; r < d; r++) m.addToEntry(row, p * d + r, -a.getEntry(i, p) * a.getEntry(j, r));
            m.addToEntry(row, row, 1);
        }
        ArrayRealVector vq = new ArrayRealVector(dd);
        for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) vq.setEntry(i * d + j, q.getEntry(i, j));
        double[] c = new LUDecomposition(m).getSolver().solve(vq).toArray();
        RealMatrix out = new Array2DRowRealMatrix(d, d);
        for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) out.setEntry(i, j, (c[i * d + j] + c[j * d + i]) / 2);
        return out;
    }

    /** The stationary covariance of eq (3) with Assumption 14: Q = (alpha^2/l) I. */
    public static RealMatrix eq3(RealMatrix h, double alpha, double batch) {
        int d = h.getRowDimension();
        RealMatrix id = identity(d);
        return solve(id.subtract(h.scalarMultiply(alpha)), id.scalarMultiply(alpha * alpha / batch));
    }

    /** The Gibbs covariance (1/beta) H^{-1} at 1/beta = alpha/(2l). */
    public static RealMatrix gibbs(RealMatrix h, double alpha, double batch) {
        return new LUDecomposition(h).getSolver().getInverse().scalarMultiply(alpha / (2 * batch));
    }

    /** E f = tr(H C)/2 of N(0, C). */
    public static double energy(RealMatrix h, RealMatrix c) {
        return h.multiply(c).getTrace() / 2;
    }

    /**
     * The eigenvalues of beta H^{1/2} C H^{1/2} (beta = 2l/alpha), ascending: all 1 exactly when N(0, C) is the Gibbs law at
     * alpha/(2l); a Gibbs law at any temperature needs them all equal.
     */
    public static double[] gibbsRatios(RealMatrix h, RealMatrix c, double alpha, double batch) {
        EigenDecomposition e = new EigenDecomposition(h);
        RealMatrix v = e.getV();
        double[] ev = e.getRealEigenvalues();
        int d = ev.length;
        RealMatrix sqrt = new Array2DRowRealMatrix(d, d);
        for (int i = 0; i < d; i++) sqrt.setEntry(i, i, Math.sqrt(ev[i]));
        RealMatrix hs = v.multiply(sqrt).multiply(v.transpose());
        RealMatrix m = hs.multiply(c).multiply(hs).scalarMultiply(2 * batch / alpha);
        double[] r = new EigenDecomposition(m.add(m.transpose()).scalarMultiply(0.5)).getRealEigenvalues();
        java.util.Arrays.sort(r);
        return r;
    }

    static RealMatrix identity(int d) {
        RealMatrix id = new Array2DRowRealMatrix(d, d);
        for (int i = 0; i < d; i++) id.setEntry(i, i, 1);
        return id;
    }

    /** Chains of eq (3) from 0: after a burn-in, the time average of the energy e^T H e/2, one value per chain. */
    public record Chains(double alpha, double batch, int chains, long burn, long steps, double[] energy) {
        public double[] meanSe() { return lib.Stats.meanSe(energy); }
    }

    /** Simulates eq (3) with Assumption 14's noise, each chain on its own stream. */
    public static Chains simulate(RealMatrix hm, double alpha, double batch, int chains, long burn, long steps, long seed,
                                  String label, int threads) {
        int d = hm.getRowDimension();
        double[][] h = hm.getData();
        double sd = alpha / Math.sqrt(batch);
        double[] energy = new double[chains];
        Parallel.run(chains, threads, c -> {
            SplittableRandom rng = Streams.of(seed, label, c);
            double[] x = new double[d], y = new double[d];
            double sum = 0;
            for (long t = 0; t < burn + steps; t++) {
                for (int i = 0; i < d; i++) {
                    double s = x[i];
                    for (int j = 0; j < d; j++) s -= alpha * h[i][j] * x[j];
                    y[i] = s + sd * rng.nextGaussian();
                }
                System.arraycopy(y, 0, x, 0, d);
                if (t >= burn) {
                    double q = 0;
                    for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) q += x[i] * h[i][j] * x[j];
                    sum += q / 2;
                }
            }
            energy[c] = sum / steps;
        });
        return new Chains(alpha, batch, chains, burn, steps, energy);
    }
}
