package pspin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Euler characteristics on the grid, the alternating sums of Morse theory and the strong Morse relation, at p = 2. */
class MorseTest {
    /** Oracle: an icosphere of level L has 10·4^L + 2 vertices, 30·4^L edges, 20·4^L triangles (Euler: χ(S²) = 2). */
    @Test
    void icosphereCountsAndEulerCharacteristic() {
        for (int level = 0; level <= 4; level++) {
            Euler2.Mesh m = Euler2.icosphere(level);
            int f = 1 << (2 * level);
            assertEquals(10 * f + 2, m.vertices().length);
            assertEquals(30 * f, m.edges().length);
            assertEquals(20 * f, m.triangles().length);
            for (double[] v : m.vertices()) assertEquals(1, v[0] * v[0] + v[1] * v[1] + v[2] * v[2], 1e-12);
        }
    }

    /**
     * Oracle, by hand: J = diag(−1, 1) on the circle: {f ≥ 0} is two arcs (χ = 2) around the maxima ±e₂ (index 1), so
     * 002's sum Σ(−1)^k Crit_k = −2; {f ≤ 0} is two arcs around the minima ±e₁ (index 0), sum 2. J = diag(−1, 0, 1) on
     * S²: {f ≥ −1/2} is a band (χ = 0), {f ≥ 1/2} two caps (χ = 2), {f ≤ 2} the sphere (χ = 2), {f ≤ −2} empty.
     */
    @ParameterizedTest
    @MethodSource
    void excursionSetsOfDiagonalForms(double[] j, int n, double u, boolean superlevel, int chi, int sum) {
        assertEquals(chi, Euler2.chi(j, n, u, superlevel, 5));
        List<Spherical2.Critical> crit = Spherical2.criticalPoints(j, n, 200, new SplittableRandom(1));
        assertEquals(2 * n, crit.size());
        assertEquals(sum, Euler2.alternatingSum(crit, u, superlevel));
    }

    static List<Arguments> excursionSetsOfDiagonalForms() {
        double[] two = {-1, 0, 0, 1}, three = {-1, 0, 0, 0, 0, 0, 0, 0, 1};
        return List.of(Arguments.of(two, 2, 0.0, true, 2, -2), Arguments.of(two, 2, 0.0, false, 2, 2),
                Arguments.of(two, 2, -2.0, true, 0, 0), Arguments.of(three, 3, -0.5, true, 0, 0),
                Arguments.of(three, 3, 0.5, true, 2, 2), Arguments.of(three, 3, 2.0, false, 2, 2),
                Arguments.of(three, 3, -2.0, false, 0, 0));
    }

    /**
     * Oracle, by hand: M_t − (1 + t^{N−1}) divided by 1 + t. p = 2 counts (2 of each index) and a perfect Morse function
     * (1, 0, 1 on S²) divide exactly with Q ≥ 0; counts whose alternating sum is not χ(S^{N−1}) leave a remainder;
     * counts with the right alternating sum but too few of a middle index give a negative coefficient.
     */
    @ParameterizedTest
    @MethodSource
    void strongMorseDefect(int[] counts, int defect) {
        assertEquals(defect, Euler2.morseDefect(counts));
    }

    static List<Arguments> strongMorseDefect() {
        return List.of(Arguments.of(new int[] {2, 2, 2, 2}, 0), Arguments.of(new int[] {1, 0, 1}, 0),
                Arguments.of(new int[] {2, 3, 3}, 0), Arguments.of(new int[] {3, 4, 1}, 2), Arguments.of(new int[] {2, 2, 1, 2}, 1),
                Arguments.of(new int[] {1, 0, 2, 1}, 2), Arguments.of(new int[] {2, 0, 0, 1, 1}, 1));
    }

    /** ±σ give one critical value: the levels between which u is placed are the N eigenvalues (oracle: LAPACK). */
    @Test
    void levelsAreTheEigenvalues() {
        int n = 4;
        double[] j = Spherical2.symmetric(n, new SplittableRandom(5));
        double[] levels = Morse2.levels(Spherical2.criticalPoints(j, n, 300, new SplittableRandom(6)));
        double[] ev = Spherical2.eigenvalues(j, n);
        assertEquals(n, levels.length);
        for (int k = 0; k < n; k++) assertEquals(ev[k], levels[k], 1e-12);
    }
}
