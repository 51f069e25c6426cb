package samplefield;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lib.Claims;

/** Observes the claims of paper-checks/sample-field.csv from the per-N results (smallest and largest N of --dims). */
final class Checks {
    private Checks() {}

    static void observe(Claims claims, List<Study.Result> results, int fields) {
        Study.Result low = results.stream().min(Comparator.comparingInt(Study.Result::n)).orElseThrow();
        Study.Result high = results.stream().max(Comparator.comparingInt(Study.Result::n)).orElseThrow();
        role(claims, "low-n", low, fields);
        role(claims, "high-n", high, fields);
        moment(claims, "var-phi-paper-cn", high, Study.VAR_CN, fields);
    }

    private static void role(Claims claims, String role, Study.Result r, int fields) {
        moment(claims, "mean-phi-" + role, r, Study.MEAN, fields);
        moment(claims, "var-phi-" + role, r, Study.VAR, fields);
        moment(claims, "grad-sq-" + role, r, Study.GRAD, fields);
        Study.Cell worst = r.cells().stream().max(Comparator.comparingDouble(c -> Math.abs(c.z()))).orElseThrow();
        claims.observe("covariance-" + role, Math.abs(worst.z()), String.format(Locale.ROOT,
                "N = %d, %d cells over %d realisations; worst %s at r = %s: %.5f vs %.5f (se %.2g)", r.n(), r.cells().size(),
                fields, worst.quantity().column, worst.r(), worst.estimate(), worst.expected(), worst.se()));
    }

    private static void moment(Claims claims, String id, Study.Result r, String stat, int fields) {
        Study.Moment m = r.moments().stream().filter(x -> x.statistic().equals(stat)).findFirst().orElseThrow();
        claims.observe(id, m.estimate(), m.se(), String.format(Locale.ROOT, "N = %d: %s = %.5f +- %.2g (se over %d realisations), z = %.2f",
                r.n(), stat, m.estimate(), m.se(), fields, m.z()));
    }
}
