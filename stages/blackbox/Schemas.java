package blackbox;

import lib.Schema;

/**
 * The artifacts of the two blackbox stages: blackbox-sweep trains and writes SWEEP, DATASETS, BASELINE, SLICE, POINTS
 * and READINGS (which blackbox-studies reads); blackbox-mnist reads them and writes ETA_CRIT, SUMMARY and its checks.
 */
public final class Schemas {
    private Schemas() {}

    /** mnist-data's manifest (an empty one means no MNIST: the offline quick profile). */
    public static final Schema MNIST_FILES = Schema.of("mnist-files", 1, Schema.text("role"), Schema.text("file"),
            Schema.integer("items"), Schema.integer("bytes"), Schema.text("sha256"), Schema.text("source")).key("role");
    /** One row per trained run: test accuracy after the last epoch. */
    public static final Schema SWEEP = Schema.of("blackbox-sweep", 1, Schema.text("dataset"), Schema.integer("n_params"),
            Schema.integer("field"), Schema.integer("start"), Schema.num("eta"), Schema.num("test_accuracy"),
            Schema.num("train_accuracy_last_epoch"), Schema.num("train_loss_last_epoch"))
            .key("dataset", "n_params", "field", "start", "eta");
    /** The data sets used: their sizes and the majority-class (chance) accuracy on the test set. */
    public static final Schema DATASETS = Schema.of("blackbox-datasets", 1, Schema.text("dataset"),
            Schema.integer("train_items"), Schema.integer("test_items"), Schema.integer("input_dim"),
            Schema.num("chance_accuracy")).key("dataset");
    /** Logistic regression on the same split and normalisation, on its own eta grid. */
    public static final Schema BASELINE = Schema.of("blackbox-baseline", 1, Schema.text("dataset"), Schema.num("eta"),
            Schema.num("test_accuracy")).key("dataset", "eta");
    /** Figure 9: phi of the best trained sine run (its N_P and eta on every row) on a grid of the input plane. */
    public static final Schema SLICE = Schema.of("blackbox-figure9", 2, Schema.integer("n_params"), Schema.num("eta"),
            Schema.num("x1"), Schema.num("x2"), Schema.num("phi")).key("x1", "x2");
    /** Figure 9: the sine test points, unnormalised, with their labels. */
    public static final Schema POINTS = Schema.of("blackbox-figure9-points", 1, Schema.num("x1"), Schema.num("x2"),
            Schema.integer("label"));
    /**
     * What blackbox-studies reads from the sweep's MNIST fields (start 0): every column's test accuracy after each of the
     * study's training lengths, the pass that trained it (first: the grid and the fine points the pilot placed; second:
     * a step refined after the first pass), and the pilot's own accuracies (pass pilot, after its epochs).
     */
    public static final Schema READINGS = Schema.of("blackbox-readings", 1, Schema.text("dataset"), Schema.integer("n_params"),
            Schema.integer("field"), Schema.integer("epochs"), Schema.text("pass"), Schema.num("eta"), Schema.num("test_accuracy"))
            .key("dataset", "n_params", "field", "epochs", "pass", "eta");
    /** eta_crit of each (field, start) run. */
    public static final Schema ETA_CRIT = Schema.of("blackbox-eta-crit", 1, Schema.text("dataset"), Schema.integer("n_params"),
            Schema.integer("field"), Schema.integer("start"), Schema.num("best_accuracy"), Schema.num("chance_accuracy"),
            Schema.text("eta_crit"));
    /** Per (data set, N_P): best accuracy and eta_crit over runs. */
    public static final Schema SUMMARY = Schema.of("blackbox-summary", 1, Schema.text("dataset"), Schema.integer("n_params"),
            Schema.integer("runs"), Schema.num("best_accuracy_mean"), Schema.num("best_accuracy_se"),
            Schema.integer("runs_with_drop"), Schema.text("eta_crit_geomean"), Schema.text("log10_eta_crit_se"),
            Schema.text("eta_crit_sqrt_n"));
}
