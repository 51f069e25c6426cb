package samplefield;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lib.Claims;
import lib.Observation;

/**
 * Observes the claims of paper-checks/sample-field.csv from the per-N results (smallest and largest N of --dims). Each
 * moment is a two-sided test whose power is reported against the failure it is there to catch: for the variance and
 * E|∇φ|²/N the convention error of 000's printed w ~ CN(0, M⁻¹ I) (it halves both), for the mean an offset of a tenth of
 * the field's standard deviation (a choice: the smallest sampler bias this project means to catch).
 */
final class Checks {
    private Checks() {}

    /** The alternatives the moment tests must detect, and what each is. */
    static final double MEAN_OFFSET = 0.1;
    static final double HALVED = 0.5;

    static void observe(Claims claims, List<Study.Result> results, int fields) {
        Study.Result low = results.stream().min(Comparator.comparingInt(Study.Result::n)).orElseThrow();
        Study.Result high = results.stream().max(Comparator.comparingInt(Study.Result::n)).orElseThrow();
        role(claims, "low-n", low, fields);
        role(claims, "high-n", high, fields);
        moment(claims, "var-phi-paper-cn", high, Study.VAR_CN, fields, HALVED, "Var φ = 1/2, derived for the CN reading");
    }

    private static void role(Claims claims, String role, Study.Result r, int fields) {
        moment(claims, "mean-phi-" + role, r, Study.MEAN, fields, MEAN_OFFSET, "a mean offset of 0.1 standard deviations");
        moment(claims, "var-phi-" + role, r, Study.VAR, fields, HALVED, "Var φ halved (w read as CN(0, M⁻¹ I))");
        moment(claims, "grad-sq-" + role, r, Study.GRAD, fields, HALVED, "E|∇φ|²/N halved (w read as CN(0, M⁻¹ I))");
        Study.Cell worst = r.cells().stream().max(Comparator.comparingDouble(c -> Math.abs(c.z()))).orElseThrow();
        claims.observe("covariance-" + role, Math.abs(worst.z()), String.format(Locale.ROOT,
                "N = %d, %d cells over %d realisations; worst %s at r = %s: %.5f vs %.5f (se %.2g)", r.n(), r.cells().size(),
                fields, worst.quantity().column, worst.r(), worst.estimate(), worst.expected(), worst.se()));
    }

    private static void moment(Claims claims, String id, Study.Result r, String stat, int fields, double alternative, String label) {
        Study.Moment m = r.moments().stream().filter(x -> x.statistic().equals(stat)).findFirst().orElseThrow();
        claims.observe(id, Observation.estimate(m.estimate(), m.se()).against(alternative, label).size(fields, "field realisations")
                .evidence(String.format(Locale.ROOT, "N = %d: %s = %.5f +- %.2g (se over %d realisations), z = %.2f; alternative %s = %s",
                        r.n(), stat, m.estimate(), m.se(), fields, m.z(), label, alternative)));
    }
}
