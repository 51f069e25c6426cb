package studies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StudyTest {
    /** Oracle: cells on an exact power law eta_crit = 5 M^(-1/2) give the slope -1/2, with the weighted error of three equal points. */
    @Test
    void theSlopeOfAnExactPowerLawIsItsExponent() {
        Analysis a = new Analysis(20000, 10);
        for (int m : new int[] {6000, 12000, 20000}) a.cells.add(new Analysis.Cell(500, m, 10, 2, 5 / Math.sqrt(m), 0.01));
        Analysis.Slope s = a.slope(500, true);
        assertEquals(-0.5, s.slope(), 1e-12);
        double xm = (Math.log10(6000) + Math.log10(12000) + Math.log10(20000)) / 3, sxx = 0;
        for (int m : new int[] {6000, 12000, 20000}) sxx += Math.pow(Math.log10(m) - xm, 2) / 1e-4;
        assertEquals(Math.sqrt(1 / sxx), s.se(), 1e-12);
        assertEquals(Double.NaN, a.slope(500, false).slope());   // one training length only
    }

    /**
     * Oracle by hand: three points at log10 M = x_i with equal errors 0.01, off a line by +d, -2d, +d (residuals of a
     * least-squares line through them, since they sum to zero and are orthogonal to x - mean when the x are equally
     * spaced): chi2 = 6 d^2 / 0.01^2 on one degree of freedom, so the slope error grows by sqrt(chi2).
     */
    @Test
    void pointsScatteringMoreThanTheirErrorsWidenTheSlopesError() {
        Analysis a = new Analysis(20000, 10);
        double d = 0.05;
        double[] ms = {1000, 10000, 100000}, off = {d, -2 * d, d};
        for (int i = 0; i < 3; i++) a.cells.add(new Analysis.Cell(500, (int) ms[i], 10, 1, Math.pow(10, -0.5 * (i + 3) + off[i]), 0.01));
        Analysis.Slope s = a.slope(500, true);
        assertEquals(-0.5, s.slope(), 1e-12);
        double plain = Math.sqrt(1 / (2 / 1e-4));   // sxx = sum (x - mean)^2 / se^2 = (1 + 0 + 1) / 1e-4
        assertEquals(plain * Math.sqrt(6 * d * d / 1e-4), s.se(), 1e-12);
    }
}
