package studies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import lib.Claims;
import lib.Observation;
import lib.OpenParameter;

/**
 * 000 §4.2's eta_crit at N = 500 and 5000 and its sqrt(N) scaling (eq 34), decided over the field size M, which the
 * section does not state (§4.1 gives 2e4 "for N ≤ 500"; the black box has N = N_P + 784): at each M of the study's
 * field-size series (the paper's 10 epochs) from the cells of the study (studies/Analysis, errors by CritError). A claim
 * registered without open_parameter is decided at the base M alone.
 */
final class OverM {
    private OverM() {}

    static final int[] PAPER_NS = {500, 5000};

    static void check(Analysis a, Claims claims) {
        if (!a.fullMnist) {
            for (String id : List.of("eta_crit_mnist_n500", "eta_crit_mnist_n5000", "eta_crit_sqrt_n_ratio")) {
                claims.undecidable(id, "needs the study on all of MNIST (60000 training and 10000 test images)");
            }
            return;
        }
        for (int np : PAPER_NS) {
            String id = "eta_crit_mnist_n" + np;
            List<OpenParameter.At> at = new ArrayList<>();
            for (Analysis.Cell c : a.series(np, true)) at.add(new OpenParameter.At(c.m(), etaCrit(a, c)));
            decide(claims, id, at, a.baseM, "the study has no eta_crit at N_P = " + np + " (full MNIST, 10 epochs) at any M");
        }
        List<OpenParameter.At> ratio = new ArrayList<>();
        for (Analysis.Cell small : a.series(PAPER_NS[0], true)) {
            Analysis.Cell large = a.cell(PAPER_NS[1], small.m(), small.epochs());
            if (large != null) ratio.add(new OpenParameter.At(small.m(), ratio(a, small, large)));
        }
        decide(claims, "eta_crit_sqrt_n_ratio", ratio, a.baseM, "the study has no M with eta_crit at both N_P = 500 and 5000");
    }

    private static void decide(Claims claims, String id, List<OpenParameter.At> at, int baseM, String none) {
        if (at.isEmpty()) {
            claims.undecidable(id, none);
        } else if (claims.claim(id).conditional()) {
            claims.observeOver(id, at);
        } else {
            at.stream().filter(x -> x.value() == baseM).findFirst().ifPresentOrElse(x -> claims.observe(id, x.observation()),
                    () -> claims.undecidable(id, none + " (M = " + baseM + ")"));
        }
    }

    /** eta_crit of one cell, its error by the delta method from the calibrated error of log10 eta_crit. */
    static Observation etaCrit(Analysis a, Analysis.Cell c) {
        double se = c.etaCrit() * Math.log(10) * c.calibratedLog10Se();
        return Observation.estimate(c.etaCrit(), se).size(c.fields(), "fields")
                .evidence(String.format(Locale.ROOT, "M = %d, %d epochs: eta_crit %.4f ± %.4f, geometric mean of %s; %s", c.m(), c.epochs(),
                        c.etaCrit(), se, fields(c), error(a, c.log10Se(), c.gridVar(), c.spreadVar(), c.log10Step())));
    }

    /** eta_crit(5000) sqrt(5000) / (eta_crit(500) sqrt(500)) at one M, with both cells' errors in quadrature. */
    static Observation ratio(Analysis a, Analysis.Cell small, Analysis.Cell large) {
        double r = large.etaCrit() * Math.sqrt(large.nParams()) / (small.etaCrit() * Math.sqrt(small.nParams()));
        double spread = small.spreadVar() + large.spreadVar(), grid = small.gridVar() + large.gridVar();
        double log10Se = Math.sqrt(spread + grid);
        double se = r * Math.log(10) * CritError.calibrated(log10Se, spread, a.pooled.dof());
        return Observation.estimate(r, se).against(Math.sqrt((double) small.nParams() / large.nParams()), "eta_crit ∝ 1/N")
                .size(Math.min(small.fields(), large.fields()), "fields per N_P").evidence(String.format(Locale.ROOT,
                        "M = %d: eta_crit*sqrt(N) %.3f (N_P = %d: %.4f) and %.3f (N_P = %d: %.4f); ratio %.3f ± %.3f; %s", small.m(),
                        small.etaCrit() * Math.sqrt(small.nParams()), small.nParams(), small.etaCrit(), large.etaCrit() * Math.sqrt(large.nParams()),
                        large.nParams(), large.etaCrit(), r, se, error(a, log10Se, grid, spread, Math.max(small.log10Step(), large.log10Step()))));
    }

    private static String fields(Analysis.Cell c) {
        return c.fields() + (c.fields() == 1 ? " field" : " fields") + " (" + c.perField().stream()
                .map(x -> String.format(Locale.ROOT, "%.4f", x)).collect(Collectors.joining(", ")) + ")";
    }

    /** How the error of log10 was made: the grid's and the spread's parts, the t widening. */
    static String error(Analysis a, double log10Se, double gridVar, double spreadVar, double step) {
        double nu = CritError.dof(log10Se, spreadVar, a.pooled.dof());
        String spread = a.pooled.dof() > 0
                ? String.format(Locale.ROOT, "field spread %.4f (pooled over %d cells of the M series, %.0f d.o.f.)", Math.sqrt(spreadVar),
                        a.pooled.cells(), a.pooled.dof())
                : "no field spread measured (one field per cell)";
        return String.format(Locale.ROOT, "log10 SE %.4f: grid %.4f (a step of %.3f decades / sqrt 12), %s; x %.3f for Student's t at %s d.o.f. "
                + "(Welch-Satterthwaite)", log10Se, Math.sqrt(gridVar), step, spread, CritError.widening(nu),
                Double.isFinite(nu) ? String.format(Locale.ROOT, "%.1f", nu) : "infinite");
    }
}
