package geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AndersonDarlingTest {
    /** Oracle: the asymptotic percentage points of A² tabulated by Anderson and Darling (1954) and Stephens (1974). */
    @ParameterizedTest
    @CsvSource({"1.933, 0.90", "2.492, 0.95", "3.070, 0.975"})
    void theLimitingLawMatchesTheTabulatedPercentagePoints(double z, double p) {
        assertEquals(p, AndersonDarling.cdf(z), 1e-3);
    }

    /** Oracle: n = 1, u = 1/2 gives A² = −1 − 2 log(1/2) by the definition. */
    @Test
    void theStatisticFollowsItsDefinition() {
        assertEquals(-1 + 2 * Math.log(2), AndersonDarling.statistic(new double[] {Math.log(0.5)}, new double[] {Math.log(0.5)}), 1e-15);
    }

    /** Oracle: a Monte Carlo of the null law at n = 1000; rejection rates at the 5% and 1% points within 4 binomial SE. */
    @Test
    void uniformSamplesAreRejectedAtTheNominalRates() {
        int reps = 4000, n = 1000;
        double c05 = AndersonDarling.criticalValue(0.05), c01 = AndersonDarling.criticalValue(0.01);
        int r05 = 0, r01 = 0;
        for (int r = 0; r < reps; r++) {
            SplittableRandom rng = new SplittableRandom(100 + r);
            double[] u = new double[n];
            for (int i = 0; i < n; i++) u[i] = rng.nextDouble();
            Arrays.sort(u);
            double[] lu = new double[n], lq = new double[n];
            for (int i = 0; i < n; i++) { lu[i] = Math.log(u[i]); lq[i] = Math.log1p(-u[i]); }
            double a2 = AndersonDarling.statistic(lu, lq);
            if (a2 > c05) r05++;
            if (a2 > c01) r01++;
        }
        assertEquals(0.05, r05 / (double) reps, 4 * Math.sqrt(0.05 * 0.95 / reps));
        assertEquals(0.01, r01 / (double) reps, 4 * Math.sqrt(0.01 * 0.99 / reps));
    }

    @Test
    void pValueAndCriticalValueAreInverse() {
        for (double a : new double[] {0.2, 0.05, 0.01, 1e-4}) assertEquals(a, AndersonDarling.pValue(AndersonDarling.criticalValue(a)), 1e-9);
        assertTrue(AndersonDarling.pValue(40) > 0 && AndersonDarling.pValue(40) < 1e-15);
        for (double z = 0.1; z < 60; z += 0.01) assertTrue(AndersonDarling.pValue(z + 0.01) < AndersonDarling.pValue(z), "monotone at " + z);
        assertEquals(AndersonDarling.pValue(8 - 1e-9), AndersonDarling.pValue(8 + 1e-9), 1e-12, "continuous where the tail takes over");
    }
}
