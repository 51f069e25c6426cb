package geometry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.Artifact;
import lib.Provenance;
import lib.Schema;

/** The stage's artifacts, one schema each. */
public final class Outputs {
    private Outputs() {}

    static final Schema CONDITIONING = Schema.of("field-geometry.conditioning", 1, Schema.integer("draw"), Schema.integer("n"),
            Schema.num("eta"), Schema.num("phi0"), Schema.num("xi2"), Schema.num("m1_kernel"), Schema.num("v1_kernel"),
            Schema.num("m1_printed_eq6"), Schema.num("v1_printed_eq6"), Schema.num("m1_eq8"), Schema.num("v1_eq9"),
            Schema.num("m1_ascent"), Schema.integer("kernel_joint_pd"), Schema.integer("printed_joint_pd"));
    /** Rows: the kernel's central differences (n, m, realisations and step 0: several N, no field, random steps; se 0:
     *  exact up to rounding) and the simulated field. */
    static final Schema SIGN = Schema.of("field-geometry.sign", 1, Schema.text("method"), Schema.integer("n"),
            Schema.integer("m"), Schema.integer("realisations"), Schema.integer("points"), Schema.num("step"),
            Schema.num("coefficient"), Schema.num("se"));
    static final Schema XI2 = Schema.of("field-geometry.xi2", 1, Schema.integer("m"), Schema.integer("realisation"),
            Schema.integer("point"), Schema.num("xi2"));
    static final Schema CROSSOVER = Schema.of("field-geometry.crossover", 1, Schema.integer("n"), Schema.num("eta_opt"),
            Schema.num("mean_phi1"), Schema.num("p_gd_beats_oracle"), Schema.num("p_gd_beats_differences"),
            Schema.num("mean_best_oracle"), Schema.num("mean_best_differences"), Schema.num("tries_to_match"));
    static final Schema LEVELS = Schema.of("field-geometry.excursion-levels", 1, Schema.num("u"), Schema.num("echi_disc"),
            Schema.num("echi_grid_domain"), Schema.num("echi_literal_grid_domain"), Schema.num("chi_mean"), Schema.num("chi_se"),
            Schema.integer("fields"));
    /** Kinds: grid (x, y, phi), gradient_at_x0 (x, y = the gradient, phi = phi(x0)), ray (x, y, eta, phi); unused cells 0. */
    static final Schema STEP = Schema.of("field-geometry.figure2", 1, Schema.text("kind"), Schema.num("x"), Schema.num("y"),
            Schema.num("eta"), Schema.num("phi"));
    /** Kinds: grid (x, y, value = phi inside the disc), chi (u, value = Euler characteristic of A_u), chosen_of_candidates
     *  (x = the realisation drawn, y = how many were searched); unused cells 0. */
    static final Schema EXCURSION = Schema.of("field-geometry.figure6", 1, Schema.text("kind"), Schema.num("x"),
            Schema.num("y"), Schema.num("u"), Schema.num("value"));

    public static final String[] FILES = {"conditioning.csv", "sign.csv", "xi2.csv", "crossover.csv", "excursion-levels.csv",
        "figure2.csv", "figure6.csv"};

    public static void write(Path out, Provenance prov, Study.TwoPoint tp, Study.GradientNorm gn, Study.RandomSearch rs,
                             Study.Excursion ex, Study.StepPicture sp, Study.ExcursionPicture ep) {
        List<List<?>> rows = new ArrayList<>();
        for (Conditioning.Row r : tp.rows()) {
            rows.add(List.of(r.draw(), r.n(), r.eta(), r.phi0(), r.xi2(), r.mKernel(), r.vKernel(), r.mPrinted(), r.vPrinted(),
                    r.mEq8(), r.vEq9(), r.mAscent(), r.kernelJointPd() ? 1 : 0, r.printedJointPd() ? 1 : 0));
        }
        Artifact.write(out.resolve("conditioning.csv"), CONDITIONING, prov, rows);
        SignCheck.FieldEstimate f = tp.field();
        Artifact.write(out.resolve("sign.csv"), SIGN, prov, List.of(
                List.of("kernel central differences", 0, 0, 0, tp.rows().size(), 0.0, tp.kernelCoefficient()[0], 0.0),
                List.of("simulated field", f.n(), f.m(), f.realisations(), f.points(), f.step(), f.mean(), f.se())));
        rows = new ArrayList<>();
        for (GradientLaw.Sample s : List.of(gn.main(), gn.small())) {
            for (int r = 0; r < s.realisations(); r++) for (int p = 0; p < s.points(); p++) rows.add(List.of(s.m(), r, p, s.xi2()[r][p]));
        }
        Artifact.write(out.resolve("xi2.csv"), XI2, prov, rows);
        rows = new ArrayList<>();
        for (Crossover.Row r : rs.rows()) {
            rows.add(List.of(r.n(), r.eta(), r.meanPhi1(), r.pBeatsOracle(), r.pBeatsDifferences(), r.meanBestOracle(),
                    r.meanBestDifferences(), r.triesToMatch()));
        }
        Artifact.write(out.resolve("crossover.csv"), CROSSOVER, prov, rows);
        rows = new ArrayList<>();
        for (int l = 0; l < ex.levels().length; l++) {
            rows.add(List.of(ex.levels()[l], ex.echiDisc()[l], ex.expectedGrid(l), ex.literalGrid(l), ex.counts().mean()[l],
                    ex.counts().se()[l], ex.counts().fields()));
        }
        Artifact.write(out.resolve("excursion-levels.csv"), LEVELS, prov, rows);
        Artifact.write(out.resolve("figure2.csv"), STEP, prov, stepRows(sp));
        Artifact.write(out.resolve("figure6.csv"), EXCURSION, prov, excursionRows(ep));
    }

    private static List<List<?>> stepRows(Study.StepPicture sp) {
        List<List<?>> rows = new ArrayList<>();
        double[] c = sp.coordinates();
        for (int i = 0; i < c.length; i++) for (int j = 0; j < c.length; j++) rows.add(List.of("grid", c[i], c[j], 0.0, sp.phi()[i][j]));
        rows.add(List.of("gradient_at_x0", sp.gradient()[0], sp.gradient()[1], 0.0, sp.phi0()));
        for (int k = 0; k < sp.etas().length; k++) {
            double eta = sp.etas()[k];
            rows.add(List.of("ray", -eta * sp.gradient()[0], -eta * sp.gradient()[1], eta, sp.rayPhi()[k]));
        }
        return rows;
    }

    private static List<List<?>> excursionRows(Study.ExcursionPicture ep) {
        List<List<?>> rows = new ArrayList<>();
        int g = ep.grid().length;
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) {
                double v = ep.grid()[i][j];
                if (!Double.isNaN(v)) rows.add(List.of("grid", Excursions.coordinate(i, g), Excursions.coordinate(j, g), 0.0, v));
            }
        }
        for (int l = 0; l < ep.levels().length; l++) rows.add(List.of("chi", 0.0, 0.0, ep.levels()[l], (double) ep.chi()[l]));
        rows.add(List.of("chosen_of_candidates", (double) ep.chosen(), (double) ep.candidates(), 0.0, 0.0));
        return rows;
    }
}
