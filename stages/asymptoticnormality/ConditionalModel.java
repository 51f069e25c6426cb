package asymptoticnormality;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import lib.ConditionalStep;
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
        double xi2 = ConditionalStep.chiSquared(rng, dims);
        return ConditionalStep.m1(phi0, xi2, eta) + Math.sqrt(ConditionalStep.v1(xi2, eta)) * rng.nextGaussian();
    }
}
