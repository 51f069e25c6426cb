package pspin;

import lib.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.concurrent.ForkJoinPool;
import lib.Streams;

/**
 * The Hessian at a critical point of energy N u of the pure p-spin (sphere of radius sqrt N) is, in law,
 * sqrt(p(p-1)/N) W - p u I on the (N-1)-dimensional tangent space, W as in {@link Goe#sample}. The shift is a
 * multiple of the identity, so one draw of W serves every u: lambda_i(u) = sqrt(p(p-1)/N) mu_i - p u.
 */
public final class ShiftedGoe {
    private ShiftedGoe() {}

    /** Ascending eigenvalues mu of W (size N-1) for each draw; stream per draw, so independent of threads. */
    public static double[][] drawSpectra(int n, int draws, long seed, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> IntStream.range(0, draws).parallel()
                    .mapToObj(d -> Lapack.eigenvalues(Goe.sample(n - 1, Streams.of(seed, "goe", d)), n - 1))
                    .toArray(double[][]::new)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    /** Hessian eigenvalues at energy u given the GOE eigenvalues mu (the derived law), with shift coefficient c. */
    public static double[] hessian(double[] mu, int n, int p, double u, double c) {
        double scale = Math.sqrt(p * (p - 1.0) / n);
        double[] out = new double[mu.length];
        for (int i = 0; i < mu.length; i++) out[i] = scale * mu[i] - c * u;
        return out;
    }

    /** Mean over draws of the fraction of negative Hessian eigenvalues at energy u, and its standard error. */
    public static double[] negativeFraction(double[][] spectra, int n, int p, double u, double c) {
        double[] f = new double[spectra.length];
        for (int d = 0; d < spectra.length; d++) {
            double[] l = hessian(spectra[d], n, p, u, c);
            int neg = 0;
            for (double v : l) if (v < 0) neg++;
            f[d] = neg / (double) l.length;
        }
        return Stats.meanSe(f);
    }

    /**
     * Energy at which the smallest Hessian eigenvalue crosses zero, per draw: sqrt(p(p-1)/N) mu_min / p.
     * Returns mean and standard error over draws.
     */
    public static double[] edgeCrossing(double[][] spectra, int n, int p) {
        double[] uc = new double[spectra.length];
        for (int d = 0; d < spectra.length; d++) uc[d] = Math.sqrt(p * (p - 1.0) / n) * spectra[d][0] / p;
        return Stats.meanSe(uc);
    }

    /** Moments (1/m) tr (W/sqrt m)^{2k}, k = 1..kmax, per draw (m = matrix size); rows: k, mean, se. */
    public static List<double[]> moments(double[][] spectra, int kmax) {
        List<double[]> rows = new ArrayList<>();
        for (int k = 1; k <= kmax; k++) {
            double[] v = new double[spectra.length];
            for (int d = 0; d < spectra.length; d++) {
                int m = spectra[d].length;
                double s = 0;
                for (double mu : spectra[d]) s += Math.pow(mu * mu / m, k);
                v[d] = s / m;
            }
            double[] ms = Stats.meanSe(v);
            rows.add(new double[] {k, ms[0], ms[1]});
        }
        return rows;
    }
}
