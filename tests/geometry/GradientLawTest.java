package geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import lib.ConditionalStep;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class GradientLawTest {
    /** Exact χ²_N draws (lib/ConditionalStep): the test rejects at about its level. */
    @Test
    void exactChiSquaredSamplesAreRejectedAtTheLevel() {
        int reps = 600, rejected = 0;
        for (int r = 0; r < reps; r++) {
            SplittableRandom rng = new SplittableRandom(7 + r);
            double[] x = new double[300];
            for (int i = 0; i < x.length; i++) x[i] = ConditionalStep.chiSquared(rng, 40);
            if (GradientLaw.test(x, 40).p() < 0.05) rejected++;
        }
        assertEquals(0.05, rejected / (double) reps, 4 * Math.sqrt(0.05 * 0.95 / reps));
    }

    /**
     * Oracle for the tabulated power: the rejection rate of the same test on draws of scale·χ²_ν made directly
     * (ν integer here so that lib/ConditionalStep can draw it) and transformed by the exact χ²_N CDF.
     */
    @Test
    void tabulatedPowerMatchesADirectSimulation() {
        int n = 60, size = 400, reps = 400;
        GradientLaw.Alternative alt = new GradientLaw.Alternative("test", 1.25, 48);
        double crit = AndersonDarling.criticalValue(0.05);
        double tab = GradientLaw.rejectionRate(GradientLaw.PitTable.of(alt, n, 20001), size, reps, crit, "t", 1);
        int direct = 0;
        for (int r = 0; r < reps; r++) {
            SplittableRandom rng = new SplittableRandom(900 + r);
            double[] x = new double[size];
            for (int i = 0; i < size; i++) x[i] = 1.25 * ConditionalStep.chiSquared(rng, 48);
            if (GradientLaw.test(x, n).a2() > crit) direct++;
        }
        double d = direct / (double) reps;
        assertTrue(tab > 0.2 && tab < 0.95, "an alternative of moderate power: " + tab);
        assertEquals(d, tab, 4 * Math.sqrt(2 * d * (1 - d) / reps));
    }

    /** The half-variance reading of the printed normalisation is rejected with power ~1 even at 200 points. */
    @Test
    void theHalfVarianceAlternativeIsDetectedWithCertainty() {
        GradientLaw.Power p = GradientLaw.power(GradientLaw.halfVariance(500), 500, 200, 50, 0.01, 0.9, 1000, 3);
        assertEquals(1.0, p.power());
        assertTrue(Double.isNaN(p.sizeNeeded()));
    }

    /** Oracle: a Monte Carlo of the field at small N and M against the derived 2N(1 + (N+2)/M) (and not χ²_N's 2N). */
    @Test
    void theFiniteMVarianceOfTheSimulatedFieldIsTheDerivedOne() {
        int n = 20, m = 20;
        GradientLaw.Sample s = GradientLaw.sample(n, m, 600, 4, 1e6, "t", 17, 2);
        GradientLaw.Variance v = GradientLaw.variance(s.xi2());
        double derived = GradientLaw.finiteMVariance(n, m);
        assertEquals(derived, v.value(), 4 * v.se(), "derived " + derived + ", chi2: " + 2 * n);
        assertTrue(Math.abs(v.value() - 2 * n) > 6 * v.se());
        double[] means = new double[s.realisations()];
        for (int r = 0; r < means.length; r++) for (double x : s.xi2()[r]) means[r] += x / s.points();
        double mean = java.util.Arrays.stream(means).average().orElseThrow(), ss = 0;
        for (double x : means) ss += (x - mean) * (x - mean);
        assertEquals(n, mean, 4 * Math.sqrt(ss / (means.length - 1) / means.length), "E Xi0^2 = N");
    }

    @Test
    void theFiniteMAlternativeHasTheDerivedMoments() {
        GradientLaw.Alternative a = GradientLaw.finiteM(500, 20000);
        assertEquals(500, a.mean(), 1e-9);
        assertEquals(GradientLaw.finiteMVariance(500, 20000), a.variance(), 1e-9);
    }

    @Test
    void logTailsKeepTheirDigitsFarOut() {
        assertEquals(Math.log(Gamma.regularizedGammaP(250, 60)), GradientLaw.logCdf(500, 120), 1e-12);
        assertEquals(-56.5211937796416, GradientLaw.logTail(500, 900), 1e-8, "oracle: scipy.stats.chi2.logsf(900, 500)");
    }
}
