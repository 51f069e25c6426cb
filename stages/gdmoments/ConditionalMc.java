package gdmoments;

import java.util.SplittableRandom;
import lib.ConditionalStep;
import lib.Parallel;
import lib.Streams;

/**
 * Monte Carlo of the conditional model of eqs (8)-(10): φ0 ~ N(0,1), ξ² ~ χ²_N, Φ1 ~ N(m1, v1). The same draws
 * (φ0, ξ², ε) serve every learning rate (common random numbers); draws come in tiles, each from its own stream,
 * so the sample is the same for any thread count.
 */
public final class ConditionalMc {
    private ConditionalMc() {}

    static final int TILE = 1 << 16;

    /** The base draws: φ0, ξ², and the standard normal ε of Φ1 = m1 + √v1 ε. */
    public record Draws(double[] phi0, double[] xi2, double[] eps) {
        public int size() { return phi0.length; }
    }

    public static Draws draw(int n, int count, long seed, int threads) {
        double[] phi0 = new double[count];
        double[] xi2 = new double[count];
        double[] eps = new double[count];
        Parallel.run(Parallel.tiles(count, TILE), threads, tile -> {
            SplittableRandom rng = Streams.of(seed, "gd-moments/conditional-mc/n" + n, tile);
            for (int i = tile * TILE, end = Math.min(count, i + TILE); i < end; i++) {
                phi0[i] = rng.nextGaussian();
                xi2[i] = ConditionalStep.chiSquared(rng, n);
                eps[i] = rng.nextGaussian();
            }
        });
        return new Draws(phi0, xi2, eps);
    }

    /** Sample mean and variance of Φ1 at one learning rate, with their standard errors. */
    public static SampleMoments moments(Draws d, double eta) {
        SampleMoments.Accumulator acc = new SampleMoments.Accumulator();
        for (int i = 0; i < d.size(); i++) {
            acc.add(ConditionalStep.m1(d.phi0[i], d.xi2[i], eta) + Math.sqrt(ConditionalStep.v1(d.xi2[i], eta)) * d.eps[i]);
        }
        return acc.result();
    }
}
