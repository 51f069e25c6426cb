package samplefield;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReplicatesTest {
    /** Oracle: by hand, estimates 1, 2, 3, 6: mean 3, sample variance 14/3, se = sqrt(14/3 / 4). */
    @Test
    void meanAndStandardErrorOverRealisations() {
        Replicates r = new Replicates(4);
        double[] e = {1, 2, 3, 6};
        for (int f = 0; f < 4; f++) r.put("x", f, e[f]);
        assertEquals(3.0, r.mean("x"), 1e-15);
        assertEquals(Math.sqrt(14.0 / 3 / 4), r.se("x"), 1e-15);
    }

    @Test
    void pairsPerDistance() {
        // Oracle: j < 11 with j mod 5 == d: d = 0 -> {0, 5, 10}, d = 1..4 -> two each.
        int[] want = {3, 2, 2, 2, 2};
        for (int d = 0; d < 5; d++) assertEquals(want[d], Study.count(11, 5, d));
    }
}
