package gdmoments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lib.GaussianField;
import lib.Streams;

/**
 * One GD step on independent realisations of the simulated field for each spectral size M: realisation r of size M
 * uses field seed (seed, "gd-moments/field/m&lt;M&gt;", r) and starting points from (seed, "gd-moments/x0/m&lt;M&gt;/r&lt;r&gt;", tile).
 * Each M runs once, with every learning rate that any part of the study needs at that M.
 */
public final class FieldStudy {
    private FieldStudy() {}

    /**
     * Sizes of one study: dimension, starting points per M (split evenly over realisations), the realisations of every M,
     * and at one M ({@code wideM}, Figure 8's) more of them ({@code wideRealisations}, the same points per realisation):
     * its claims are decided on replications fixed before looking. Realisation r is the same field whatever their number.
     */
    public record Settings(int n, int samples, int realisations, int wideM, int wideRealisations, double box, long seed, int threads) {
        int pointsPerRealisation() { return samples / realisations; }

        int realisationsAt(int m) { return m == wideM ? Math.max(realisations, wideRealisations) : realisations; }
    }

    /** φ(x1) per learning rate (first index), realisation (second) and starting point (third), at one M. */
    public record Run(int m, double[] etas, double[][][] values) {
        public SampleMoments moments(int etaIndex) {
            return Pooled.moments(values[etaIndex]);
        }

        public int indexOf(double eta) {
            for (int i = 0; i < etas.length; i++) if (etas[i] == eta) return i;
            throw new IllegalArgumentException("eta " + eta + " not in this run");
        }
    }

    /** Runs every M in {@code etasByM} (insertion order) with its learning rates. */
    public static Map<Integer, Run> run(Settings s, Map<Integer, double[]> etasByM) {
        Map<Integer, Run> out = new LinkedHashMap<>();
        for (Map.Entry<Integer, double[]> e : etasByM.entrySet()) out.put(e.getKey(), runOne(s, e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Figure 8's learning rates at its M on realisations and starting points of their own, those of the settings' seed (a
     * confirmation whose seed is fixed before it runs): as many realisations as Figure 8, the same points per realisation.
     */
    public static Run confirmation(Settings s, double[] etas) {
        return runOne(s, s.wideM(), etas);
    }

    static Run runOne(Settings s, int m, double[] etas) {
        int p = s.pointsPerRealisation();
        int realisations = s.realisationsAt(m);
        double[][][] values = new double[etas.length][realisations][];
        long start = System.nanoTime();
        for (int r = 0; r < realisations; r++) {
            long fieldSeed = Streams.of(s.seed(), "gd-moments/field/m" + m, r).nextLong();
            GaussianField field = GaussianField.sample(s.n(), m, fieldSeed, s.threads());
            double[][] v = FieldStep.values(field, p, s.box(), etas, s.seed(), "gd-moments/x0/m" + m + "/r" + r, s.threads());
            for (int e = 0; e < etas.length; e++) values[e][r] = v[e];
        }
        System.err.printf(java.util.Locale.ROOT, "gd-moments: field N=%d M=%d, %d realisations x %d points, %d learning rates: %.1f s%n",
                s.n(), m, realisations, p, etas.length, (System.nanoTime() - start) / 1e9);
        return new Run(m, etas, values);
    }

    /** Union of learning-rate lists, in first-seen order. */
    public static double[] union(double[]... lists) {
        List<Double> all = new ArrayList<>();
        for (double[] l : lists) for (double x : l) if (!all.contains(x)) all.add(x);
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
