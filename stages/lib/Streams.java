package lib;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seeded, named random streams. A stream depends only on (seed, label, index), never on thread scheduling,
 * so work split over threads draws the same numbers whatever the thread count.
 */
public final class Streams {
    private Streams() {}

    public static SplittableRandom of(long seed, String label) {
        return of(seed, label, 0);
    }

    public static SplittableRandom of(long seed, String label, long index) {
        long h = mix(seed);
        for (byte b : label.getBytes(StandardCharsets.UTF_8)) h = mix(h ^ (b & 0xff));
        return new SplittableRandom(mix(h ^ mix(index + 0x9E3779B97F4A7C15L)));
    }

    /** SplitMix64 finaliser (Steele, Lea, Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
