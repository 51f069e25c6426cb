package blackbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import lib.Artifact;
import lib.AtomicFiles;
import lib.Provenance;
import lib.Streams;

/** What blackbox-sweep trains and measures (000 §4.2): every run's accuracies, the baseline, Figure 9's slice. */
public final class Training {
    /** The baseline's own grid: logistic regression needs larger steps than the field (its best eta is near 10). */
    static final double[] BASELINE_ETAS = EtaCrit.logGrid(1e-3, 100, 16);
    /** Figure 9's grid: G x G points on [-3, 3]^2. */
    static final int SLICE_GRID = 121;

    final Sweep.Settings settings;
    final List<Run> runs = new ArrayList<>();
    final List<Sweep.Timing> timings = new ArrayList<>();
    final List<List<?>> datasets = new ArrayList<>();
    final List<List<?>> baseline = new ArrayList<>();
    final List<List<?>> slice = new ArrayList<>();
    final List<List<?>> slicePoints = new ArrayList<>();

    public Training(Sweep.Settings settings) { this.settings = settings; }

    /** Sweeps every N_P on one data set, then the baseline; with figure9, the first N_P's best run gives Figure 9. */
    public void experiment(Dataset rawTrain, Dataset rawTest, int[] params, ExecutorService pool, boolean figure9) {
        Dataset.Normalisation norm = Dataset.Normalisation.of(rawTrain);
        Dataset train = norm.apply(rawTrain);
        Dataset test = norm.apply(rawTest);
        double p = test.positiveFraction();
        datasets.add(List.of(train.name(), train.n(), test.n(), train.d(), Math.max(p, 1 - p)));
        for (int i = 0; i < params.length; i++) {
            int nParams = params[i];
            Sweep.SliceProbe probe = null;
            if (figure9 && i == 0) {
                probe = (f, beta, r, best) -> probeSlice(f, beta, r, best, nParams, norm, pool);
                for (int k = 0; k < rawTest.n(); k++) {
                    slicePoints.add(List.of(rawTest.x()[2 * k], rawTest.x()[2 * k + 1], rawTest.label()[k]));
                }
            }
            runs.addAll(Sweep.run(train, test, nParams, settings, pool, timings, probe));
        }
        for (double eta : BASELINE_ETAS) {
            baseline.add(List.of(train.name(), eta, Logistic.accuracy(train, test, eta, settings.batch(), settings.epochs(),
                    Streams.of(settings.seed(), "baseline-" + train.name()).nextLong())));
        }
    }

    /** phi of the best run's beta on a grid of the raw input plane (mapped through the training normalisation). */
    private void probeSlice(BlackBoxField f, float[] beta, int r, int best, int nParams, Dataset.Normalisation norm,
                            ExecutorService pool) {
        float[] col = new float[f.nParams];
        for (int j = 0; j < f.nParams; j++) col[j] = beta[j * r + best];
        double eta = settings.etas()[best % settings.etas().length];
        int g = SLICE_GRID;
        float[] x = new float[g * g * 2];
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) {
                int k = i * g + j;
                x[2 * k] = (float) ((gridValue(j) - norm.mean()[0]) / norm.scale());
                x[2 * k + 1] = (float) ((gridValue(i) - norm.mean()[1]) / norm.scale());
            }
        }
        float[] phi = f.phi(col, 1, x, g * g, pool);
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) slice.add(List.of(nParams, eta, gridValue(j), gridValue(i), phi[i * g + j]));
        }
    }

    static double gridValue(int i) { return -3 + 6.0 * i / (SLICE_GRID - 1); }

    public void write(Path out, Provenance prov) {
        List<List<?>> rows = new ArrayList<>();
        for (Run r : runs) {
            rows.add(List.of(r.dataset(), r.nParams(), r.field(), r.start(), r.eta(), r.testAccuracy(), r.trainAccuracy(), r.trainLoss()));
        }
        Artifact.write(out.resolve("sweep.csv"), Schemas.SWEEP, prov, rows);
        Artifact.write(out.resolve("datasets.csv"), Schemas.DATASETS, prov, datasets);
        Artifact.write(out.resolve("baseline.csv"), Schemas.BASELINE, prov, baseline);
        Artifact.write(out.resolve("figure9.csv"), Schemas.SLICE, prov, slice);
        Artifact.write(out.resolve("figure9-points.csv"), Schemas.POINTS, prov, slicePoints);
        StringBuilder sb = new StringBuilder();
        for (Sweep.Timing t : timings) {
            sb.append(String.format(Locale.ROOT, "# wall time: %s N_P=%d field %d, %d runs at once: %.1f s%n",
                    t.dataset(), t.nParams(), t.field(), t.runs(), t.seconds()));
        }
        AtomicFiles.writeText(out.resolve("timings.run"), w -> w.write(sb.toString()));
    }
}
