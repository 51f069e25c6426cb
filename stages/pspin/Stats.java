package pspin;

/** Small statistics helpers. */
public final class Stats {
    private Stats() {}

    /** {mean, standard error of the mean} of v (standard error NaN for fewer than two values). */
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
        double[] ms = meanSe(v);
        return ms[1] * Math.sqrt(v.length);
    }

    /**
     * Weighted least squares y = a + b x with known variances of y: returns {a, b, se(a), se(b)}.
     */
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

    /** Ordinary least squares y = a + b x: returns {a, b, se(a), se(b)} with residual variance. */
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
        double s2 = rss / (n - 2);
        return new double[] {a, b, Math.sqrt(s2 * (1.0 / n + xm * xm / sxx)), Math.sqrt(s2 / sxx)};
    }
}
