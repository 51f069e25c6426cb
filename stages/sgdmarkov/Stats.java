package sgdmarkov;

/** Small statistics over independent replications. */
public final class Stats {
    private Stats() {}

    /** {mean, standard error of the mean} of independent values (se = sample sd / sqrt(n)). */
    public static double[] meanSe(double[] v) {
        double m = 0;
        for (double x : v) m += x;
        m /= v.length;
        double s = 0;
        for (double x : v) s += (x - m) * (x - m);
        double se = v.length > 1 ? Math.sqrt(s / (v.length - 1) / v.length) : Double.NaN;
        return new double[] {m, se};
    }

    /** Least-squares slope of y on x. */
    public static double slope(double[] x, double[] y) {
        double mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }

    /** {intercept, slope} of the least-squares line y = a + b x. */
    public static double[] line(double[] x, double[] y) {
        double b = slope(x, y);
        double mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        return new double[] {my / x.length - b * mx / x.length, b};
    }

    /**
     * Jackknife standard error of a statistic of g groups: values[k] is the statistic with group k left out, full the
     * statistic on all groups. se^2 = (g-1)/g sum (values[k] - mean)^2.
     */
    public static double jackknifeSe(double[] leaveOneOut) {
        int g = leaveOneOut.length;
        double m = 0;
        for (double v : leaveOneOut) m += v;
        m /= g;
        double s = 0;
        for (double v : leaveOneOut) s += (v - m) * (v - m);
        return Math.sqrt((g - 1.0) / g * s);
    }

    /**
     * Weighted least squares y = a + b x with weights 1/se^2 (independent errors of known standard error):
     * {a, b, se(a), se(b)} from (X^T W X)^{-1}.
     */
    public static double[] weightedLine(double[] x, double[] y, double[] se) {
        double s = 0, sx = 0, sxx = 0, sy = 0, sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double w = 1 / (se[i] * se[i]);
            s += w;
            sx += w * x[i];
            sxx += w * x[i] * x[i];
            sy += w * y[i];
            sxy += w * x[i] * y[i];
        }
        double det = s * sxx - sx * sx;
        double a = (sxx * sy - sx * sxy) / det, b = (s * sxy - sx * sy) / det;
        return new double[] {a, b, Math.sqrt(sxx / det), Math.sqrt(s / det)};
    }
}
