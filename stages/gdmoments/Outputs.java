package gdmoments;

import static lib.Schema.integer;
import static lib.Schema.num;
import static lib.Schema.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.Artifact;
import lib.Provenance;
import lib.Schema;

/** The artifacts of gd-moments in data/gd-moments/: schemas and writers. */
public final class Outputs {
    private Outputs() {}

    /** Read by stage euler-minimum: keep name, version and columns stable. */
    public static final Schema OPTIMUM = Schema.of("gd-moments.optimum", 1,
            integer("n"), num("eta_opt"), num("mean_phi1"), num("asymptote"));
    public static final Schema NUMBERS = Schema.of("gd-moments.closed-forms", 1,
            text("quantity"), integer("n"), num("value"), num("error"), text("method"));
    public static final Schema CROSS = Schema.of("gd-moments.cross-checks", 1,
            integer("n"), num("eta"), num("eta_over_opt"), num("mean_eq11"), num("mean_quad"), num("mean_quad_err"),
            num("mean_mc"), num("mean_mc_se"), num("var_eq12"), num("var_quad"), num("var_quad_err"), num("var_mc"),
            num("var_mc_se"), num("expected_v1"), num("expected_v1_quad"));
    public static final Schema ONE_STEP = Schema.of("gd-moments.one-step", 1,
            integer("n"), integer("m"), integer("points"), integer("realisations"), num("eta"), num("eta_over_opt"),
            num("mean"), num("mean_se"), num("var"), num("var_se"), num("mean_eq11"), num("var_eq12"),
            num("mean_finite_m"));
    public static final Schema M_STUDY = Schema.of("gd-moments.m-study", 1,
            integer("n"), integer("m"), num("inv_m"), integer("points"), integer("realisations"), num("eta"),
            num("mean"), num("mean_se"), num("var"), num("var_se"), num("mean_eq11"), num("var_eq12"),
            num("mean_finite_m"), num("bias_mean"), num("bias_mean_predicted"), num("bias_var"));
    public static final Schema M_FIT = Schema.of("gd-moments.m-fit", 1,
            text("quantity"), num("value"), num("se"), text("meaning"));
    public static final Schema PDF = Schema.of("gd-moments.pdf", 1,
            integer("n"), num("eta"), num("eta_over_opt"), num("phi1"), num("density"), num("error"));

    public static final Schema LIMITS = Schema.of("gd-moments.limits", 1,
            text("side"), integer("n"), num("eta"), num("mean_eq11"), num("var_eq12"), num("expected_v1"), num("mean_leading"),
            num("var_minus_one_leading"));

    public static void limits(Path file, Provenance p, List<EtaLimits.Row> rows) {
        List<List<?>> out = new ArrayList<>();
        for (EtaLimits.Row r : rows) {
            out.add(List.of(r.side(), r.n(), r.eta(), r.mean(), r.variance(), r.expectedV1(), r.meanLeading(), r.varianceLeading()));
        }
        Artifact.write(file, LIMITS, p, out);
    }

    public static void optimum(Path file, Provenance p, List<double[]> rows) {
        List<List<?>> out = new ArrayList<>();
        for (double[] r : rows) out.add(List.of((int) r[0], r[1], r[2], r[3]));
        Artifact.write(file, OPTIMUM, p, out);
    }

    public static void numbers(Path file, Provenance p, List<Numbers.Row> rows) {
        Artifact.write(file, NUMBERS, p, rows.stream().map(r -> List.of(r.quantity(), r.n(), r.value(), r.error(), r.method())).toList());
    }

    public static void cross(Path file, Provenance p, List<CrossChecks.Row> rows) {
        Artifact.write(file, CROSS, p, rows.stream().map(r -> List.<Object>of(r.n(), r.eta(), r.etaOverOpt(), r.meanEq11(),
                r.meanQuad(), r.meanQuadErr(), r.meanMc(), r.meanMcSe(), r.varEq12(), r.varQuad(), r.varQuadErr(), r.varMc(),
                r.varMcSe(), r.expectedV1(), r.expectedV1Quad())).toList());
    }

    public static void oneStep(Path file, Provenance p, List<Analysis.StepRow> rows) {
        Artifact.write(file, ONE_STEP, p, rows.stream().map(r -> List.<Object>of(r.n(), r.m(), (int) r.s().n(), r.realisations(),
                r.eta(), r.eta() / Moments.etaOpt(r.n()), r.s().mean(), r.s().meanSe(), r.s().variance(), r.s().varianceSe(),
                Moments.mean(r.n(), r.eta()), Moments.variance(r.n(), r.eta()), r.meanFiniteM())).toList());
    }

    public static void mStudy(Path file, Provenance p, List<Analysis.StepRow> rows) {
        Artifact.write(file, M_STUDY, p, rows.stream().map(r -> List.<Object>of(r.n(), r.m(), 1.0 / r.m(), (int) r.s().n(),
                r.realisations(), r.eta(), r.s().mean(), r.s().meanSe(), r.s().variance(), r.s().varianceSe(),
                Moments.mean(r.n(), r.eta()), Moments.variance(r.n(), r.eta()), r.meanFiniteM(),
                r.s().mean() - Moments.mean(r.n(), r.eta()), r.meanFiniteM() - Moments.mean(r.n(), r.eta()),
                r.s().variance() - Moments.variance(r.n(), r.eta()))).toList());
    }

    public static void mFit(Path file, Provenance p, List<Analysis.FitRow> rows) {
        Artifact.write(file, M_FIT, p, rows.stream().map(r -> List.<Object>of(r.quantity(), r.value(), r.se(), r.meaning())).toList());
    }

    public static void pdf(Path file, Provenance p, List<double[]> rows) {
        List<List<?>> out = new ArrayList<>();
        for (double[] r : rows) out.add(List.of((int) r[0], r[1], r[2], r[3], r[4], r[5]));
        Artifact.write(file, PDF, p, out);
    }
}
