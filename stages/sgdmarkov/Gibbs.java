package sgdmarkov;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import lib.Parallel;

/**
 * The Gibbs law e^{-f/T}/Z of 003 §3.3 on a {@link Landscape}, by the midpoint rule on a square grid of spacing q over
 * the landscape's box [-half, half]^2 (error O(q^2); the mass outside the box is below e^{-(min of f on the box edge
 * - min f)/T}, see {@link #edgeGap}). Also the basins of attraction of f's local minima on the same grid (a discrete
 * steepest-descent watershed: each point flows to its lowest neighbour, ties broken by grid index), so basin masses and chain end points use one
 * partition.
 */
public final class Gibbs {
    private final Landscape land;
    private final int n;            // points per axis
    private final double q, lo;     // spacing, first midpoint
    private final double[] f;       // f at the midpoints, row-major (i along x)
    private final double fMin;
    private final double[] levelCount, levelMean;   // density of states: grid points per energy level and their mean f
    private int[] basin;            // basin label per point, by increasing minimum value (0 = global minimum)
    private List<double[]> minima;  // (x, y, f) of each basin's grid minimum, label order

    private Gibbs(Landscape land, int n, double q, double[] f) {
        this.land = land;
        this.n = n;
        this.q = q;
        this.lo = -land.half() + q / 2;
        this.f = f;
        double m = Double.POSITIVE_INFINITY;
        for (double v : f) m = Math.min(m, v);
        this.fMin = m;
        double fMax = Double.NEGATIVE_INFINITY;
        for (double v : f) fMax = Math.max(fMax, v);
        levelCount = new double[LEVELS];
        levelMean = new double[LEVELS];
        for (double v : f) {
            int b = Math.min(LEVELS - 1, (int) ((v - fMin) / (fMax - fMin) * LEVELS));
            levelCount[b]++;
            levelMean[b] += v;
        }
        for (int b = 0; b < LEVELS; b++) if (levelCount[b] > 0) levelMean[b] /= levelCount[b];
    }

    /**
     * Energy levels of the density of states used for E_T[f] and Var_T[f]: each level's points share its mean f, which
     * changes a Boltzmann weight by a relative (width^2/12)/(2 T^2): for 2^16 levels over a range of about 3, below 1e-5
     * at T >= 1/256.
     */
    static final int LEVELS = 1 << 16;

    /** The quadrature grid of about {@code spacing} on the landscape's box. */
    public static Gibbs of(Landscape land, double spacing, int threads) {
        int n = (int) Math.ceil(2 * land.half() / spacing);
        double q = 2 * land.half() / n;
        double[] f = new double[n * n];
        double lo = -land.half() + q / 2;
        Parallel.run(n, threads, i -> {
            for (int j = 0; j < n; j++) f[i * n + j] = land.value(lo + i * q, lo + j * q);
        });
        return new Gibbs(land, n, q, f);
    }

    public Landscape landscape() { return land; }

    public int points() { return n; }

    public double spacing() { return q; }

    public double x(int i) { return lo + i * q; }

    public double fMin() { return fMin; }

    /** min of f on the box's boundary minus min f: the mass outside the box is of order e^{-edgeGap/T}. */
    public double edgeGap() {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            m = Math.min(m, Math.min(f[i * n], f[i * n + n - 1]));
            m = Math.min(m, Math.min(f[i], f[(n - 1) * n + i]));
        }
        return m - fMin;
    }

    /** Probabilities of the grid cells under e^{-f/T}/Z (summing to 1). */
    public double[] weights(double temperature) {
        double[] w = new double[f.length];
        double z = 0;
        for (int p = 0; p < f.length; p++) {
            w[p] = Math.exp(-(f[p] - fMin) / temperature);
            z += w[p];
        }
        for (int p = 0; p < f.length; p++) w[p] /= z;
        return w;
    }

    /** Total variation distance between the Gibbs law at T and the uniform law on the box (both on the grid cells). */
    public double tvToUniform(double temperature) {
        double[] w = weights(temperature);
        double u = 1.0 / w.length, s = 0;
        for (double p : w) s += Math.abs(p - u);
        return s / 2;
    }

    /** E_U|f - E_U f| under the uniform law on the box: T TV(T) tends to half of it as T grows (first order in 1/T). */
    public double uniformMeanAbsDeviation() {
        double mean = 0;
        for (double v : f) mean += v / f.length;
        double s = 0;
        for (double v : f) s += Math.abs(v - mean) / f.length;
        return s;
    }

    /** max f - min f on the box. */
    public double range() {
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : f) hi = Math.max(hi, v);
        return hi - fMin;
    }

    /** E[f] under the Gibbs law at temperature T (from the density of states). */
    public double meanEnergy(double temperature) {
        return energyMoments(temperature)[0];
    }

    /** Var[f] under the Gibbs law at T (so dE[f]/dT = Var[f]/T^2). */
    public double energyVariance(double temperature) {
        return energyMoments(temperature)[1];
    }

    private double[] energyMoments(double temperature) {
        double z = 0, s = 0, s2 = 0;
        for (int b = 0; b < LEVELS; b++) {
            if (levelCount[b] == 0) continue;
            double w = levelCount[b] * Math.exp(-(levelMean[b] - fMin) / temperature), e = levelMean[b] - fMin;
            z += w;
            s += w * e;
            s2 += w * e * e;
        }
        double mean = s / z;
        return new double[] {mean + fMin, s2 / z - mean * mean};
    }

    /**
     * The temperature whose Gibbs mean energy is e (bisection on the increasing map T -> E_T[f] between lo and hi);
     * NaN when e lies outside [E_lo, E_hi].
     */
    public double temperatureOf(double e, double tLo, double tHi) {
        if (e < meanEnergy(tLo) || e > meanEnergy(tHi)) return Double.NaN;
        double a = Math.log(tLo), b = Math.log(tHi);
        for (int it = 0; it < 60; it++) {
            double mid = (a + b) / 2;
            if (meanEnergy(Math.exp(mid)) < e) a = mid; else b = mid;
        }
        return Math.exp((a + b) / 2);
    }

    /** The Gibbs masses of the histogram bins (the last entry: outside the histogram's square, inside the box). */
    public double[] binMasses(double temperature, Bins bins) {
        double[] w = weights(temperature);
        double[] m = new double[bins.count()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) m[bins.index(x(i), x(j))] += w[i * n + j];
        }
        return m;
    }

    /** Gibbs mass of each basin at temperature T, in label order (0: the global minimum's basin). */
    public double[] basinMasses(double temperature) {
        watershed();
        double[] w = weights(temperature);
        double[] m = new double[minima.size()];
        for (int p = 0; p < f.length; p++) m[basin[p]] += w[p];
        return m;
    }

    /** The basin label of the grid cell holding (x, y); -1 outside the box. */
    public int basinOf(double x, double y) {
        watershed();
        int i = (int) Math.floor((x + land.half()) / q), j = (int) Math.floor((y + land.half()) / q);
        if (i < 0 || j < 0 || i >= n || j >= n) return -1;
        return basin[i * n + j];
    }

    /** (x, y, f) of the lowest grid point of each basin, label order (the global minimum first). */
    public List<double[]> minima() {
        watershed();
        return minima;
    }

    /** Draws a point from the Gibbs law at T: a cell by its mass, then uniformly inside it. */
    public static double[] sample(Gibbs g, double[] cumulative, SplittableRandom rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int p = Arrays.binarySearch(cumulative, u);
        if (p < 0) p = -p - 1;
        p = Math.min(p, cumulative.length - 1);
        int i = p / g.n, j = p % g.n;
        return new double[] {g.x(i) + (rng.nextDouble() - 0.5) * g.q, g.x(j) + (rng.nextDouble() - 0.5) * g.q};
    }

    /** Cumulative cell masses at T, for {@link #sample}. */
    public double[] cumulative(double temperature) {
        double[] w = weights(temperature);
        double[] c = new double[w.length];
        double s = 0;
        for (int p = 0; p < w.length; p++) c[p] = s += w[p];
        return c;
    }

    private synchronized void watershed() {
        if (basin != null) return;
        int[] next = new int[f.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int p = i * n + j, best = p;
                for (int di = -1; di <= 1; di++) {
                    for (int dj = -1; dj <= 1; dj++) {
                        int a = i + di, b = j + dj;
                        if (a < 0 || b < 0 || a >= n || b >= n) continue;
                        int r = a * n + b;
                        if (f[r] < f[best] || (f[r] == f[best] && r < best)) best = r;   // ties (plateaus) by index
                    }
                }
                next[p] = best;
            }
        }
        int[] sink = new int[f.length];
        Arrays.fill(sink, -1);
        for (int p = 0; p < f.length; p++) {
            int s = p;
            while (sink[s] < 0 && next[s] != s) s = next[s];
            int root = sink[s] >= 0 ? sink[s] : s;
            for (int t = p; t != s; t = next[t]) sink[t] = root;
            sink[s] = root;
        }
        List<Integer> sinks = new ArrayList<>();
        for (int p = 0; p < f.length; p++) if (next[p] == p) sinks.add(p);
        sinks.sort((a, b) -> Double.compare(f[a], f[b]));
        int[] label = new int[f.length];
        for (int s = 0; s < sinks.size(); s++) label[sinks.get(s)] = s;
        int[] b = new int[f.length];
        for (int p = 0; p < f.length; p++) b[p] = label[sink[p]];
        List<double[]> mins = new ArrayList<>();
        for (int s : sinks) mins.add(new double[] {x(s / n), x(s % n), f[s]});
        minima = mins;
        basin = b;
    }
}
