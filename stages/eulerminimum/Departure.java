package eulerminimum;

import java.util.List;

/**
 * How u*(N) departs from the asymptote -√N of eq (28): d(N) = u*(N) + √N. A least-squares line through
 * (log N, log d) gives the power of N; c = lim √N d(N) is estimated at the largest N.
 */
final class Departure {
    private Departure() {}

    record Fit(double slope, double intercept, double scaledAtMax, double minDeparture, int nFrom, int nTo) {}

    static Fit fit(List<Level.Result> levels, int nFrom) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int k = 0, nTo = 0;
        double minD = Double.POSITIVE_INFINITY, scaled = Double.NaN;
        for (Level.Result r : levels) {
            double d = r.uStar() + Math.sqrt(r.n());
            minD = Math.min(minD, d);
            if (r.n() < nFrom) continue;
            double x = Math.log(r.n());
            double y = Math.log(d);
            sx += x; sy += y; sxx += x * x; sxy += x * y; k++;
            if (r.n() >= nTo) { nTo = r.n(); scaled = Math.sqrt(r.n()) * d; }
        }
        if (k < 2) throw new IllegalArgumentException("need two dimensions >= " + nFrom + " for the departure fit");
        double slope = (k * sxy - sx * sy) / (k * sxx - sx * sx);
        return new Fit(slope, (sy - slope * sx) / k, scaled, minD, nFrom, nTo);
    }
}
