package studies;

import lib.Schema;

/**
 * The schemas of blackbox-studies's artifacts (read by blackbox-mnist too): every trained column, eta_crit per (N_P, M,
 * epochs, field), the normalisation and perceptron runs; and RAW, the raw-pixel shard's runs.
 */
public final class Outputs {
    private Outputs() {}

    /** Every column: pass pilot (the pilot's own reading, after its epochs), first or second (blackbox/Locate). */
    public static final Schema POINTS = Schema.of("etacrit-points", 2, Schema.integer("n_params"), Schema.integer("m"),
            Schema.integer("epochs"), Schema.integer("field"), Schema.text("pass"), Schema.num("eta"), Schema.num("test_accuracy"));
    /** eta_crit (empty without a drop), log10 of the step the crossing lies in, the best accuracy, chance, passes trained. */
    public static final Schema CRITS = Schema.of("etacrit", 2, Schema.integer("n_params"), Schema.integer("m"),
            Schema.integer("epochs"), Schema.integer("field"), Schema.text("eta_crit"), Schema.text("log10_step"),
            Schema.num("best_accuracy"), Schema.num("chance_accuracy"), Schema.integer("passes")).key("n_params", "m", "epochs", "field");

    public static final Schema NORMALISATION = Schema.of("etacrit-normalisation", 1, Schema.integer("n_params"),
            Schema.integer("field"), Schema.num("best_accuracy_normalised"), Schema.num("best_accuracy_raw"), Schema.num("eta_best_raw")).key("n_params", "field");
    public static final Schema BASELINE = Schema.of("similar-size-baseline", 1, Schema.integer("hidden_units"),
            Schema.integer("parameters"), Schema.num("eta"), Schema.longInteger("seed"), Schema.num("test_accuracy"))
            .key("hidden_units", "eta", "seed");
    /** A raw-pixel shard's runs (pixels/255) on the sweep's field. */
    public static final Schema RAW = Schema.of("etacrit-raw", 1, Schema.integer("n_params"), Schema.integer("field"),
            Schema.num("eta"), Schema.num("test_accuracy")).key("n_params", "field", "eta");

    public static String text(double v) { return Double.isFinite(v) ? Double.toString(v) : ""; }
}
