package gdmoments;

/** Weighted least squares with known standard errors (weights 1/se²). */
final class Wls {
    private Wls() {}

    /** y = a + b x: {a, se(a), b, se(b)} from the normal equations; with k = 2 points the line passes through both. */
    static double[] line(double[] x, double[] y, double[] se) {
        double s = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double w = 1 / (se[i] * se[i]);
            s += w;
            sx += w * x[i];
            sy += w * y[i];
            sxx += w * x[i] * x[i];
            sxy += w * x[i] * y[i];
        }
        double det = s * sxx - sx * sx;
        double a = (sxx * sy - sx * sxy) / det;
        double b = (s * sxy - sx * sy) / det;
        return new double[] {a, Math.sqrt(sxx / det), b, Math.sqrt(s / det)};
    }

    /** χ² of the best one-parameter fit y = c x. */
    static double chi2Through0(double[] x, double[] y, double[] se) {
        double sxx = 0, sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double w = 1 / (se[i] * se[i]);
            sxx += w * x[i] * x[i];
            sxy += w * x[i] * y[i];
        }
        double c = sxy / sxx;
        double chi2 = 0;
        for (int i = 0; i < x.length; i++) chi2 += Math.pow((y[i] - c * x[i]) / se[i], 2);
        return chi2;
    }
}
