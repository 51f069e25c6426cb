package blackbox;

/**
 * The critical learning rate of 000 §4.2 (Figure 10, eq 34), made precise: with a_max the best test accuracy over
 * the eta grid and a_chance the accuracy of always answering the majority class, eta_crit is where the accuracy
 * first falls below the midpoint (a_max + a_chance)/2 at an eta above the best one, interpolated linearly in
 * log eta between the two grid points around the crossing. NaN when the accuracy never falls that far on the grid.
 * The grid may be any increasing set of etas (a regular grid with fine points added around the drop): the crossing
 * is then known to the width of the step it falls in ({@link #log10Step}).
 */
public final class EtaCrit {
    private EtaCrit() {}

    public static double estimate(double[] etas, double[] accuracy, double chance) {
        int j = crossing(etas, accuracy, chance);
        if (j < 0) return Double.NaN;
        double half = (accuracy[best(accuracy)] + chance) / 2;
        double l0 = Math.log(etas[j - 1]);
        double l1 = Math.log(etas[j]);
        double frac = (accuracy[j - 1] - half) / (accuracy[j - 1] - accuracy[j]);
        return Math.exp(l0 + frac * (l1 - l0));
    }

    /** The first index above the best accuracy whose accuracy lies below the midpoint of best and chance; -1 if none. */
    public static int crossing(double[] etas, double[] accuracy, double chance) {
        int best = best(accuracy);
        double half = (accuracy[best] + chance) / 2;
        for (int j = best + 1; j < etas.length; j++) if (accuracy[j] < half) return j;
        return -1;
    }

    /** log10 of the width of the grid step the crossing falls in: the resolution of {@link #estimate}; NaN without a drop. */
    public static double log10Step(double[] etas, double[] accuracy, double chance) {
        int j = crossing(etas, accuracy, chance);
        return j < 0 ? Double.NaN : Math.log10(etas[j] / etas[j - 1]);
    }

    /** The index of the best accuracy (the first of equal ones). */
    static int best(double[] accuracy) {
        int best = 0;
        for (int i = 1; i < accuracy.length; i++) if (accuracy[i] > accuracy[best]) best = i;
        return best;
    }

    /** eta_k = lo * (hi/lo)^(k/(n-1)), k = 0..n-1. */
    public static double[] logGrid(double lo, double hi, int n) {
        double[] g = new double[n];
        for (int k = 0; k < n; k++) g[k] = n == 1 ? lo : lo * Math.pow(hi / lo, (double) k / (n - 1));
        return g;
    }
}
