package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Theorem8Test {
    @Test
    void checkpointsAreLogSpacedOverTheWindow() {
        assertArrayEquals(new int[] {128, 181, 256, 362, 512, 724, 1024}, Theorem8.checkpoints(1024, 3, 2));
    }

    /** Oracle: gaps exactly C (t + t0)^p give slope p, and a jackknife standard error of 0 when every run is the same. */
    @Test
    void slopeOfAnExactPowerLaw() {
        Theorem8.Schedule s = new Theorem8.Schedule(1, 50, 4096, Theorem8.checkpoints(4096, 3, 4));
        double[][] gaps = new double[8][s.checkpoints().length];
        for (double[] g : gaps) for (int j = 0; j < g.length; j++) g[j] = 3 / Math.pow(s.checkpoints()[j] + 50, 1.0);
        double[] fit = Theorem8.fittedSlope(s, gaps, 4);
        assertEquals(-1, fit[0], 1e-12);
        assertEquals(0, fit[1], 1e-12);
        assertEquals(-1, Theorem8.slope(s, Theorem8.meanGap(gaps)), 1e-12);
    }

    /**
     * The exact recursion against simulated runs at each checkpoint of a short schedule (multi-dimensional problem): the
     * mean over 400 runs within 4 standard errors of the exact gap.
     */
    @Test
    void runsAgreeWithTheExactRecursion() {
        LeastSquares ls = LsStudy.multi(2);
        double alpha0 = 2 / ls.m(), t0 = Math.ceil(alpha0 * ls.bigL() * 2 * ls.sigmaMin(1));
        Theorem8.Schedule s = new Theorem8.Schedule(alpha0, t0, 4096, Theorem8.checkpoints(4096, 2, 1));
        double[] exact = Theorem8.exact(new ExactMoments(ls, 1), s, new double[ls.d()]);
        double[][] runs = Theorem8.runs(ls, s, new double[ls.d()], 400, 5, "t8", 2);
        for (int j = 0; j < exact.length; j++) {
            double[] col = new double[runs.length];
            for (int r = 0; r < runs.length; r++) col[r] = runs[r][j];
            double[] m = Stats.meanSe(col);
            assertEquals(exact[j], m[0], 4 * m[1], "checkpoint " + s.checkpoints()[j]);
        }
    }
}
