package studies;

import lib.Schema;

/** The schemas of blackbox-studies's artifacts (read by blackbox-mnist too): every trained run, and eta_crit per (N_P, M, epochs, field). */
public final class Outputs {
    private Outputs() {}

    public static final Schema POINTS = Schema.of("etacrit-points", 1, Schema.integer("n_params"), Schema.integer("m"),
            Schema.integer("epochs"), Schema.integer("field"), Schema.integer("pass"), Schema.num("eta"), Schema.num("test_accuracy"));
    public static final Schema CRITS = Schema.of("etacrit", 1, Schema.integer("n_params"), Schema.integer("m"),
            Schema.integer("epochs"), Schema.integer("field"), Schema.text("eta_crit"), Schema.text("log10_fine_step"),
            Schema.num("best_accuracy"), Schema.num("chance_accuracy")).key("n_params", "m", "epochs", "field");

    public static final Schema NORMALISATION = Schema.of("etacrit-normalisation", 1, Schema.integer("n_params"),
            Schema.integer("field"), Schema.num("best_accuracy_normalised"), Schema.num("best_accuracy_raw"), Schema.num("eta_best_raw")).key("n_params", "field");
    public static final Schema BASELINE = Schema.of("similar-size-baseline", 1, Schema.integer("hidden_units"),
            Schema.integer("parameters"), Schema.num("eta"), Schema.longInteger("seed"), Schema.num("test_accuracy"))
            .key("hidden_units", "eta", "seed");

    public static String text(double v) { return Double.isFinite(v) ? Double.toString(v) : ""; }
}
