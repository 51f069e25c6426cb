package lib;

/**
 * Small statistics over independent replications, shared by the stages: the mean and its standard error, least-squares
 * lines (ordinary, with standard errors from the residuals; weighted, with standard errors from known variances) and the
 * jackknife. The tests check each against Commons Math's SimpleRegression or a closed form.
 */
public final class Stats {
    private Stats() {}

    /** {mean, standard error of the mean} of independent values (se = sample sd / sqrt(n); NaN for fewer than two). */
    public static double[] meanSe(double[] v) {
        double m = 0;
        for (double x : v) m += x;
        m /= v.length;
        double ss = 0;
        for (double x : v) ss += (x - m) * (x - m);
        double se = v.length > 1 ? Math.sqrt(ss / (v.length - 1) / v.length) : Double.NaN;
        return new double[] {m, se};
    }

    /** Sample standard deviation. */
    public static double sd(double[] v) {
        return meanSe(v)[1] * Math.sqrt(v.length);
    }

    /** Least-squares slope of y on x. */
    public static double slope(double[] x, double[] y) {
        return ols(x, y)[1];
    }

    /** Weighted least squares y = a + b x with known variances of y: {a, b, se(a), se(b)}. */
    public static double[] wls(double[] x, double[] y, double[] var) {
        double sw = 0, sx = 0, sy = 0;
        for (int i = 0; i < x.length; i++) {
            double w = 1 / var[i];
            sw += w;
            sx += w * x[i];
            sy += w * y[i];
        }
        double xm = sx / sw, ym = sy / sw, sxx = 0, sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double w = 1 / var[i];
            sxx += w * (x[i] - xm) * (x[i] - xm);
            sxy += w * (x[i] - xm) * (y[i] - ym);
        }
        double b = sxy / sxx;
        double a = ym - b * xm;
        return new double[] {a, b, Math.sqrt(1 / sw + xm * xm / sxx), Math.sqrt(1 / sxx)};
    }

    /** Ordinary least squares y = a + b x: {a, b, se(a), se(b)} with the residual variance (NaN errors for two points). */
    public static double[] ols(double[] x, double[] y) {
        int n = x.length;
        double xm = 0, ym = 0;
        for (int i = 0; i < n; i++) { xm += x[i]; ym += y[i]; }
        xm /= n;
        ym /= n;
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) { sxx += (x[i] - xm) * (x[i] - xm); sxy += (x[i] - xm) * (y[i] - ym); }
        double b = sxy / sxx, a = ym - b * xm, rss = 0;
        for (int i = 0; i < n; i++) { double r = y[i] - a - b * x[i]; rss += r * r; }
        double s2 = n > 2 ? rss / (n - 2) : Double.NaN;
        return new double[] {a, b, Math.sqrt(s2 * (1.0 / n + xm * xm / sxx)), Math.sqrt(s2 / sxx)};
    }

    /** Jackknife standard error from the statistic with each of g groups left out: se² = (g−1)/g Σ (v_k − mean)². */
    public static double jackknifeSe(double[] leaveOneOut) {
        int g = leaveOneOut.length;
        double m = 0;
        for (double v : leaveOneOut) m += v;
        m /= g;
        double s = 0;
        for (double v : leaveOneOut) s += (v - m) * (v - m);
        return Math.sqrt((g - 1.0) / g * s);
    }
}
