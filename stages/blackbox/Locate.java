package blackbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where to put the learning rates that locate eta_crit ({@link EtaCrit}) on one field, and what they gave. A short
 * <em>pilot</em> (a grid of etas trained a few epochs) finds the grid step where the accuracy drops; the <em>first
 * pass</em> trains that step refined to the resolution wanted (with plateau points below it, so the best accuracy and
 * the midpoint threshold are measured at full length); when, at some training length read, the drop falls in a step
 * still wider than the resolution, or above every column, a <em>second pass</em> trains that step refined (and the
 * grid points above). The columns of a training are independent of one another (each is its own run on the shared
 * field and batch order, and every product is element-wise defined: BlackBoxField), so a column trained in the second
 * pass has the bits it would have had in the first.
 */
public final class Locate {
    private Locate() {}

    public static final String PILOT = "pilot";
    public static final String FIRST = "first";
    public static final String SECOND = "second";

    /** Trains the columns etas on the field and returns their test accuracies after each of epochs (increasing). */
    @FunctionalInterface
    public interface Pass {
        Map<Integer, double[]> train(double[] etas, int[] epochs);
    }

    /** One trained column: its eta, the pass that trained it, its test accuracy after the reading's epochs. */
    public record Column(double eta, String pass, double accuracy) {}

    /**
     * One field read after some epochs: its columns in increasing eta, eta_crit (NaN without a drop), log10 of the
     * step the crossing lies in (its resolution) and the best accuracy.
     */
    public record Reading(int epochs, List<Column> columns, double etaCrit, double log10Step, double best) {
        public double[] etas() { return columns.stream().mapToDouble(Column::eta).toArray(); }

        public double[] accuracies() { return columns.stream().mapToDouble(Column::accuracy).toArray(); }
    }

    /**
     * The points strictly inside (lo, hi), geometric, that split it into the fewest equal log steps no wider than
     * maxLog10Step (none when it is no wider already).
     */
    public static double[] refine(double lo, double hi, double maxLog10Step) {
        int steps = (int) Math.ceil(Math.log10(hi / lo) / maxLog10Step - 1e-9);
        if (steps <= 1) return new double[0];
        return Arrays.copyOfRange(EtaCrit.logGrid(lo, hi, steps + 1), 1, steps);
    }

    /** The grid index the pilot's accuracies drop at (EtaCrit#crossing), -1 without a drop. */
    public static int pilotStep(double[] grid, double[] pilotAccuracy, double chance) {
        return EtaCrit.crossing(grid, pilotAccuracy, chance);
    }

    /**
     * The first pass of a study field: the pilot's step (grid[step-1], grid[step]) refined to resolution, its two ends
     * and {@code plateau} grid points below it; the whole grid when the pilot saw no drop (step &lt; 1).
     */
    public static double[] firstPass(double[] grid, int step, double resolution, int plateau) {
        if (step < 1) return grid.clone();
        List<double[]> parts = new ArrayList<>();
        parts.add(Arrays.copyOfRange(grid, Math.max(0, step - 1 - plateau), step + 1));
        parts.add(refine(grid[step - 1], grid[step], resolution));
        return union(parts.toArray(double[][]::new));
    }

    /** The sorted distinct union of sets of etas. */
    public static double[] union(double[]... sets) {
        return Arrays.stream(sets).flatMapToDouble(Arrays::stream).sorted().distinct().toArray();
    }

    /**
     * The columns a second pass must train, from the accuracies of the columns trained so far ({@code acc}: per
     * reading, in the order of {@code etas}): at each reading, the step the drop falls in refined when it is wider than
     * resolution; with no drop among the columns, the grid points above the largest column and the first grid step
     * above it refined. Sorted, without the etas already trained; empty when every drop is resolved.
     */
    public static double[] second(Map<Integer, double[]> acc, double[] etas, double[] grid, double chance, double resolution) {
        Integer[] order = sortedOrder(etas);
        double[] sorted = Arrays.stream(order).mapToDouble(i -> etas[i]).toArray();
        List<double[]> need = new ArrayList<>();
        for (double[] a : acc.values()) {
            double[] as = Arrays.stream(order).mapToDouble(i -> a[i]).toArray();
            int j = EtaCrit.crossing(sorted, as, chance);
            if (j > 0) {
                need.add(refine(sorted[j - 1], sorted[j], resolution));
                continue;
            }
            double top = sorted[sorted.length - 1];
            double[] above = Arrays.stream(grid).filter(g -> g > top * (1 + 1e-12)).toArray();
            if (above.length == 0) continue;   // the drop lies beyond the grid: nothing left to train
            need.add(above);
            need.add(refine(top, above[0], resolution));
        }
        double[] trained = sorted;
        return Arrays.stream(union(need.toArray(double[][]::new))).filter(e -> Arrays.binarySearch(trained, e) < 0).toArray();
    }

    /**
     * Each reading of a field from its passes (the etas each pass trained and their accuracies per reading; the second
     * may be empty): the union of the columns in increasing eta and eta_crit located on them.
     */
    public static List<Reading> readings(int[] epochs, double chance, Trained first, Trained second) {
        List<Reading> out = new ArrayList<>();
        for (int e : epochs) {
            TreeMap<Double, Column> cols = new TreeMap<>();
            for (Trained p : new Trained[] {first, second}) {
                if (p == null || p.etas().length == 0) continue;
                double[] a = p.accuracy().get(e);
                for (int i = 0; i < p.etas().length; i++) cols.putIfAbsent(p.etas()[i], new Column(p.etas()[i], p.pass(), a[i]));
            }
            List<Column> list = List.copyOf(cols.values());
            double[] etas = list.stream().mapToDouble(Column::eta).toArray();
            double[] acc = list.stream().mapToDouble(Column::accuracy).toArray();
            out.add(new Reading(e, list, EtaCrit.estimate(etas, acc, chance), EtaCrit.log10Step(etas, acc, chance),
                    Arrays.stream(acc).max().orElse(Double.NaN)));
        }
        return out;
    }

    /** What one pass trained: its name, its etas and their accuracies after each epochs read. */
    public record Trained(String pass, double[] etas, Map<Integer, double[]> accuracy) {}

    /**
     * The whole search on a study field: the pilot on grid for pilotEpochs, the first pass, a second pass when a drop is
     * not resolved; the pilot and the readings.
     */
    public static Search search(Pass pass, double[] grid, int pilotEpochs, int[] epochs, double chance, double resolution, int plateau) {
        double[] pilotAcc = pass.train(grid, new int[] {pilotEpochs}).get(pilotEpochs);
        double[] first = firstPass(grid, pilotStep(grid, pilotAcc, chance), resolution, plateau);
        Trained p1 = new Trained(FIRST, first, pass.train(first, epochs));
        double[] more = second(p1.accuracy(), first, grid, chance, resolution);
        Trained p2 = more.length == 0 ? null : new Trained(SECOND, more, pass.train(more, epochs));
        return new Search(new Trained(PILOT, grid, Map.of(pilotEpochs, pilotAcc)), p1, p2, readings(epochs, chance, p1, p2));
    }

    /** A study field's search: its pilot, passes (second null when not needed) and readings. */
    public record Search(Trained pilot, Trained first, Trained second, List<Reading> readings) {}

    private static Integer[] sortedOrder(double[] etas) {
        Integer[] idx = new Integer[etas.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (x, y) -> Double.compare(etas[x], etas[y]));
        return idx;
    }
}
