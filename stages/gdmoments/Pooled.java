package gdmoments;

/**
 * Mean and variance of a sample made of equal-sized groups (field realisations), with standard errors that include
 * the spread between groups: the delete-one-group jackknife (for the mean it equals sd(group means)/√G). With one
 * group the within-group formulas of {@link SampleMoments.Accumulator} are used, which ignore realisation spread.
 */
final class Pooled {
    private Pooled() {}

    static SampleMoments moments(double[][] groups) {
        int g = groups.length;
        if (g == 1) {
            SampleMoments.Accumulator acc = new SampleMoments.Accumulator();
            for (double x : groups[0]) acc.add(x);
            return acc.result();
        }
        double shift = groups[0][0];
        double[] s1 = new double[g];
        double[] s2 = new double[g];
        long[] cnt = new long[g];
        double t1 = 0, t2 = 0;
        long tn = 0;
        for (int i = 0; i < g; i++) {
            for (double x : groups[i]) {
                double d = x - shift;
                s1[i] += d;
                s2[i] += d * d;
            }
            cnt[i] = groups[i].length;
            t1 += s1[i];
            t2 += s2[i];
            tn += cnt[i];
        }
        double mean = t1 / tn;
        double var = variance(t1, t2, tn);
        double[] jm = new double[g];
        double[] jv = new double[g];
        for (int i = 0; i < g; i++) {
            jm[i] = (t1 - s1[i]) / (tn - cnt[i]);
            jv[i] = variance(t1 - s1[i], t2 - s2[i], tn - cnt[i]);
        }
        return new SampleMoments(tn, shift + mean, jackknifeSe(jm), var, jackknifeSe(jv));
    }

    private static double variance(double s1, double s2, long n) {
        double m = s1 / n;
        return (s2 / n - m * m) * n / (n - 1);
    }

    private static double jackknifeSe(double[] leaveOneOut) {
        int g = leaveOneOut.length;
        double mean = 0;
        for (double x : leaveOneOut) mean += x / g;
        double ss = 0;
        for (double x : leaveOneOut) ss += (x - mean) * (x - mean);
        return Math.sqrt(ss * (g - 1) / g);
    }
}
