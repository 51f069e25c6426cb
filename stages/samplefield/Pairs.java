package samplefield;

import java.util.SplittableRandom;
import lib.Streams;

/**
 * Pairs of points at given distances for one realisation: base points x_j uniform in [-L, L]^N (000 section 4.1
 * uses L = 1e6, so different base points are far apart and their field values independent), partners
 * y_j = x_j + r_j u_j with u_j a uniform random unit vector and r_j = distances[j mod D]; v_j is a random unit
 * vector orthogonal to u_j ("across" the separation). Rows 0..P-1 of {@link #points} are the x_j, rows P..2P-1
 * the y_j.
 */
record Pairs(int n, int pairs, double[] points, double[] u, double[] v, double[] r) {

    static Pairs draw(int n, int pairs, double[] distances, double halfWidth, long seed, long index) {
        if (n < 2) throw new IllegalArgumentException("pairs need N >= 2 for a direction across the separation");
        SplittableRandom rng = Streams.of(seed, "sample-field-pairs-n" + n, index);
        double[] x = new double[2 * pairs * n], u = new double[pairs * n], v = new double[pairs * n], r = new double[pairs];
        for (int j = 0; j < pairs; j++) {
            r[j] = distances[j % distances.length];
            double[] uj = unit(rng, n, null), vj = unit(rng, n, uj);
            for (int i = 0; i < n; i++) {
                double xi = rng.nextDouble(-halfWidth, halfWidth);
                x[j * n + i] = xi;
                x[(pairs + j) * n + i] = xi + r[j] * uj[i];
                u[j * n + i] = uj[i];
                v[j * n + i] = vj[i];
            }
        }
        return new Pairs(n, pairs, x, u, v, r);
    }

    /** A uniform random unit vector, orthogonal to {@code ortho} (a unit vector) when given (Gram-Schmidt). */
    static double[] unit(SplittableRandom rng, int n, double[] ortho) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = rng.nextGaussian();
        if (ortho != null) {
            double c = 0;
            for (int i = 0; i < n; i++) c += d[i] * ortho[i];
            for (int i = 0; i < n; i++) d[i] -= c * ortho[i];
        }
        double s = 0;
        for (double e : d) s += e * e;
        s = Math.sqrt(s);
        for (int i = 0; i < n; i++) d[i] /= s;
        return d;
    }
}
