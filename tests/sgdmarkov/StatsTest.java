package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void meanAndStandardError() {
        double[] ms = Stats.meanSe(new double[] {1, 2, 3, 4});
        assertEquals(2.5, ms[0], 1e-15);
        assertEquals(Math.sqrt(5.0 / 3 / 4), ms[1], 1e-15);
    }

    /** Oracle: commons-math's SimpleRegression (equal weights give the ordinary line and its standard errors up to the residual scale). */
    @Test
    void weightedLineWithEqualWeightsIsTheOrdinaryLine() {
        double[] x = {0.1, 0.2, 0.4, 0.8}, y = {1.0, 1.3, 1.7, 2.9}, se = {0.5, 0.5, 0.5, 0.5};
        SimpleRegression r = new SimpleRegression();
        for (int i = 0; i < x.length; i++) r.addData(x[i], y[i]);
        double[] w = Stats.weightedLine(x, y, se);
        assertEquals(r.getIntercept(), w[0], 1e-12);
        assertEquals(r.getSlope(), w[1], 1e-12);
        double s2 = r.getMeanSquareError();   // SimpleRegression scales by the residual variance; the WLS uses se^2
        assertEquals(r.getInterceptStdErr() * 0.5 / Math.sqrt(s2), w[2], 1e-12);
        assertEquals(r.getSlopeStdErr() * 0.5 / Math.sqrt(s2), w[3], 1e-12);
        assertEquals(r.getSlope(), Stats.slope(x, y), 1e-12);
    }

    @Test
    void jackknifeOfTheMeanIsTheStandardError() {
        double[] v = {3, 1, 4, 1, 5, 9, 2, 6};
        double[] loo = new double[v.length];
        double sum = 0;
        for (double x : v) sum += x;
        for (int i = 0; i < v.length; i++) loo[i] = (sum - v[i]) / (v.length - 1);
        assertEquals(Stats.meanSe(v)[1], Stats.jackknifeSe(loo), 1e-12);
    }
}
