package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class StreamsTest {
    @Test
    void aStreamDependsOnlyOnSeedLabelAndIndex() {
        assertEquals(Streams.of(1, "z", 5).nextLong(), Streams.of(1, "z", 5).nextLong());
        assertNotEquals(Streams.of(1, "z", 5).nextLong(), Streams.of(1, "z", 6).nextLong());
        assertNotEquals(Streams.of(1, "z", 5).nextLong(), Streams.of(2, "z", 5).nextLong());
        assertNotEquals(Streams.of(1, "z", 5).nextLong(), Streams.of(1, "w", 5).nextLong());
    }

    @Test
    void neighbouringStreamsAreUncorrelated() {
        // oracle: independent N(0,1) pairs have correlation 0 with standard error 1/sqrt(n)
        int n = 200_000;
        double sxy = 0;
        var a = Streams.of(3, "s", 0);
        var b = Streams.of(3, "s", 1);
        for (int i = 0; i < n; i++) sxy += a.nextGaussian() * b.nextGaussian();
        assertEquals(0, sxy / n, 5 / Math.sqrt(n));
    }
}
