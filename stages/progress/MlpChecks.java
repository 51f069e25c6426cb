package progress;

import java.util.Locale;
import lib.Claims;
import lib.Observation;

/**
 * Observes the claims of paper-checks/progress-mlp.csv (001 Remark 1.2 on a one-hidden-layer perceptron); lib/Verdict
 * decides. The claims are about the widths {@link #NARROW} and {@link #WIDE}; other runs report them undecidable.
 */
public final class MlpChecks {
    private MlpChecks() {}

    public static final int NARROW = 16, WIDE = 128, STEPS = 100, STARTS = 64;

    public static void observe(Claims claims, MlpStudy.Result r) {
        Mlp.Curves narrow = r.at(NARROW), wide = r.at(WIDE);
        if (narrow == null || wide == null || wide.steps() != STEPS || wide.starts() != STARTS) {
            String why = String.format(Locale.ROOT, "the claims are about widths %d and %d, %d starts, %d steps; this run has widths %s, "
                    + "%d starts, %d steps", NARROW, WIDE, STARTS, STEPS, r.curves().stream().map(c -> Integer.toString(c.width())).toList(),
                    r.curves().get(0).starts(), r.curves().get(0).steps());
            for (String id : claims.all().keySet()) claims.undecidable(id, why);
            return;
        }
        for (boolean adam : new boolean[] {false, true}) {
            String name = adam ? "adam" : "gd";
            double[] w = MlpStudy.nearEqual(wide, adam), nw = MlpStudy.nearEqual(narrow, adam);
            claims.observe("mlp-" + name + "-near-equal", Observation.estimate(w[0], w[1]).size(wide.starts(), "starts").evidence(fmt(
                    "%s, width %d (N = %d), %d starts, %d full-batch steps on %d MNIST images: largest SD of the loss across starts "
                    + "over the steps, as a fraction of the mean loss drop %.4f → %.4f: %.4f ± %.4f (jackknife) at step %.0f; "
                    + "width %d (N = %d): %.4f ± %.4f at step %.0f", name, WIDE, wide.params(), wide.starts(), wide.steps(),
                    r.trainSize(), MlpStudy.meanLoss(wide, adam, 0), MlpStudy.meanLoss(wide, adam, wide.steps()), w[0], w[1], w[2],
                    NARROW, narrow.params(), nw[0], nw[1], nw[2])));
            int k = wide.steps();
            double[] s0 = MlpStudy.spread(narrow, adam, k), s1 = MlpStudy.spread(wide, adam, k);
            double v = s1[1] - s0[1], se = Math.hypot(s0[2], s1[2]);
            claims.observe("mlp-" + name + "-spread-shrinks", Observation.estimate(v, se).size(wide.starts(), "starts per width")
                    .evidence(fmt("%s, step %d: SD of the training loss across %d starts %.5f (width %d, N = %d, mean %.4f) → %.5f "
                            + "(width %d, N = %d, mean %.4f): ln ratio %.3f ± %.3f (jackknife); N^{-1/2} would give %.3f", name, k,
                            wide.starts(), s0[0], NARROW, narrow.params(), MlpStudy.meanLoss(narrow, adam, k), s1[0], WIDE,
                            wide.params(), MlpStudy.meanLoss(wide, adam, k), v, se,
                            -0.5 * Math.log((double) wide.params() / narrow.params()))));
        }
        claims.observe("mlp-distinct-ends", Observation.exact(wide.gdEndDistance() / wide.startDistance()).evidence(fmt(
                "width %d: mean distance between the final parameters of different starts %.4f (GD), %.4f (Adam); between the "
                + "starts %.4f", WIDE, wide.gdEndDistance(), wide.adamEndDistance(), wide.startDistance())));
    }

    static String fmt(String f, Object... args) { return String.format(Locale.ROOT, f, args); }
}
