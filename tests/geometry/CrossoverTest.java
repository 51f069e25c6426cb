package geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import lib.ConditionalStep;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CrossoverTest {
    /**
     * Oracle: a Monte Carlo of the conditional model of one step (φ0, ξ² ~ χ²_N, Φ1 ~ N(m1, v1), lib/ConditionalStep)
     * against the minimum of B independent normals; 4 standard errors.
     */
    @ParameterizedTest
    @CsvSource({"1, 2", "2, 2", "7, 9", "8, 10"})
    void theProbabilityThatGdWinsMatchesAMonteCarloOfTheConditionalModel(int n, int b) {
        double eta = 1 / Math.sqrt(n + 1.0);
        int draws = 400_000, wins = 0;
        SplittableRandom rng = new SplittableRandom(31 + n);
        for (int i = 0; i < draws; i++) {
            double phi0 = rng.nextGaussian(), xi2 = ConditionalStep.chiSquared(rng, n);
            double phi1 = ConditionalStep.m1(phi0, xi2, eta) + Math.sqrt(ConditionalStep.v1(xi2, eta)) * rng.nextGaussian();
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < b; k++) best = Math.min(best, rng.nextGaussian());
            if (phi1 < best) wins++;
        }
        double p = Crossover.pBeats(n, eta, b), mc = wins / (double) draws;
        assertEquals(mc, p, 4 * Math.sqrt(p * (1 - p) / draws));
    }

    /** The default Gauss rules against rules twice as fine. */
    @Test
    void theQuadratureHasConverged() {
        GaussIntegratorFactory g = new GaussIntegratorFactory();
        for (int n : new int[] {1, 7, 50, 200}) {
            for (int b : new int[] {2, n + 2}) {
                double eta = 1 / Math.sqrt(n + 1.0);
                double fine = Crossover.pBeats(n, eta, b, g.legendre(2 * Crossover.LEGENDRE_NODES, Math.max(0, Math.sqrt(n) - 12),
                        Math.sqrt(n) + 12), g.hermite(2 * Crossover.HERMITE_NODES));
                assertEquals(fine, Crossover.pBeats(n, eta, b), 1e-9, "N = " + n + ", B = " + b);
            }
        }
    }

    /**
     * meanBest against the same integral with Φ̄ from erfc instead of NormalTail's table, on panels with twice the
     * nodes. The table's log Φ̄ is good to about 1e-11 and only once differentiable, so the integrand's relative error
     * is at most (B − 1)·1e-11 and the integral's (B − 1)·1e-11·E|R_B| ≤ (B − 1)·1e-11·(1 + |E R_B|); the Gauss rules
     * converge to within that, not to the last digit (twice the nodes moves B = 5 by 3e-13). At B = 1 the integrand
     * is t φ(t), smooth, and the two agree to 1e-14.
     */
    @Test
    void theMeanOfTheBestHasConverged() {
        for (int b : new int[] {1, 2, 5, 62, 202, 100_002}) {
            double panels = Crossover.meanBest(b);
            double exact = Crossover.meanBest(b, 2 * Crossover.PANEL_NODES, t -> Math.pow(NormalTail.exactTail(t), b - 1));
            assertEquals(exact, panels, (b - 1) * 1e-11 * (1 + Math.abs(exact)) + 1e-14, "B = " + b);
        }
    }

    /** Oracle: E min(Z1, Z2) = −1/√π, E min of three = −3/(2√π); E Z = 0. */
    @Test
    void theMeanOfTheBestOfBIsTheOrderStatisticMean() {
        assertEquals(0, Crossover.meanBest(1), 1e-12);
        assertEquals(-1 / Math.sqrt(Math.PI), Crossover.meanBest(2), 1e-12);
        assertEquals(-1.5 / Math.sqrt(Math.PI), Crossover.meanBest(3), 1e-12);
    }

    /** Oracle: eq (14), −N(N+1)^{-1/2}((N+2)/(N+1))^{-N/2-1}, and −2/(3√3) at N = 1 (eq 17). */
    @Test
    void theMeanAtEtaOptIsEq14() {
        for (int n : new int[] {1, 5, 500}) {
            assertEquals(-n / Math.sqrt(n + 1.0) * Math.pow((n + 2.0) / (n + 1), -n / 2.0 - 1), Crossover.meanPhi1(n, 1 / Math.sqrt(n + 1.0)), 1e-12);
        }
        assertEquals(-2 / (3 * Math.sqrt(3)), Crossover.meanPhi1(1, Math.sqrt(0.5)), 1e-15);
    }

    @Test
    void theCrossoverIsTheFirstDimensionFromWhichGdAlwaysWins() {
        List<Crossover.Row> rows = new ArrayList<>();
        double[] p = {0.4, 0.45, 0.45, 0.6, 0.7, 0.8};
        for (int i = 0; i < p.length; i++) rows.add(new Crossover.Row(i + 1, 0, 0, p[i], p[i], 0, 0, 0));
        assertEquals(4, Crossover.crossover(rows, Crossover.Budget.ORACLE, true));
        assertTrue(Crossover.singleCrossing(rows, Crossover.Budget.ORACLE, true));
        rows.set(1, new Crossover.Row(2, 0, 0, 0.55, 0.55, 0, 0, 0));
        assertEquals(4, Crossover.crossover(rows, Crossover.Budget.ORACLE, true));
        assertFalse(Crossover.singleCrossing(rows, Crossover.Budget.ORACLE, true), "GD wins at N = 2, loses at 3, wins from 4");
    }

    @Test
    void theNormalTailTableMatchesErfc() {
        for (double t = -8.9; t < 37.5; t += 0.0173) {
            double exact = Math.log(NormalTail.exactTail(t));
            assertEquals(exact, NormalTail.logTail(t), 1e-9 * Math.max(1, Math.abs(exact)), "t = " + t);
        }
        assertEquals(0, NormalTail.logTail(-20), 0);
        assertEquals(1.0, NormalTail.tailPower(50, 0));
    }
}
