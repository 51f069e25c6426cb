package asymptoticnormality;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import lib.Streams;

/**
 * Monte Carlo of the exact conditional model of 000 eqs (8)-(10): φ0 ~ N(0,1), ξ² ~ χ²_N, and Φ1 given both
 * ~ N(m1, v1). Draws come in fixed chunks, each from its own seeded stream, so the sample does not depend on
 * the thread count.
 */
public final class ConditionalModel {
    private ConditionalModel() {}

    static final int CHUNK = 1 << 15;

    /** n draws of Φ1 at dimension dims and learning rate eta; stream label identifies the cell. */
    public static double[] sample(int dims, double eta, int n, long seed, String label, ForkJoinPool pool) {
        double[] out = new double[n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
            SplittableRandom rng = Streams.of(seed, label, c);
            int end = Math.min(n, (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < end; i++) out[i] = draw(rng, dims, eta);
        })).join();
        return out;
    }

    /** One draw of Φ1: eqs (8)-(9). */
    static double draw(SplittableRandom rng, int dims, double eta) {
        double phi0 = rng.nextGaussian();
        double xi2 = chiSquared(rng, dims);
        double s = eta * eta * xi2;
        double m1 = Math.exp(-s / 2) * (phi0 - eta * xi2);
        double v1 = -Math.expm1(-s) - s * Math.exp(-s);
        return m1 + Math.sqrt(Math.max(v1, 0)) * rng.nextGaussian();
    }

    /** χ²_k = 2·Gamma(k/2): Marsaglia and Tsang (2000), valid for shape k/2 ≥ 1. */
    static double chiSquared(SplittableRandom rng, int k) {
        if (k < 2) throw new IllegalArgumentException("chi-squared sampler needs k >= 2, got " + k);
        double d = k / 2.0 - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = rng.nextGaussian();
            double v = 1 + c * z;
            if (v <= 0) continue;
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * z * z * z * z || Math.log(u) < z * z / 2 + d * (1 - v + Math.log(v))) return 2 * d * v;
        }
    }
}
