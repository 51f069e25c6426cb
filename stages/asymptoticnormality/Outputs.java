package asymptoticnormality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.Artifact;
import lib.Provenance;
import lib.Schema;

/** The stage's CSV artifacts: exact moments towards N → ∞, simulated cells, the variance curves, Figure 5's ECDF, the MGF checks. */
public final class Outputs {
    private Outputs() {}

    public static final Schema EXACT = Schema.of("asymptotic-normality-exact", 1,
            Schema.num("n_dims"), Schema.num("x"), Schema.num("mean_exact"), Schema.num("mu_n"),
            Schema.num("mean_minus_mu"), Schema.num("sqrt_n_mean_minus_mu"), Schema.num("sqrt_n_mean_minus_mu_limit"),
            Schema.num("var_exact"), Schema.num("sigma2_paper"), Schema.num("sigma2_corrected"),
            Schema.num("n_var_minus_sigma2_corrected"));

    public static final Schema CELLS = Schema.of("asymptotic-normality-cells", 2,
            Schema.text("method"), Schema.integer("n_dims"), Schema.num("x"), Schema.num("eta"), Schema.integer("draws"),
            Schema.num("mean"), Schema.num("se_mean"), Schema.num("var"), Schema.num("se_var"),
            Schema.num("mean_exact"), Schema.num("var_exact"), Schema.num("mu_n"), Schema.num("sigma2_paper"),
            Schema.num("sigma2_corrected"), Schema.num("z_mean_exact"), Schema.num("z_var_exact"),
            Schema.num("z_var_paper"), Schema.num("z_var_corrected"),
            Schema.num("ks_d_theorem"), Schema.num("ks_p_theorem"), Schema.num("ks_d_corrected"),
            Schema.num("ks_p_corrected"), Schema.num("ks_d_paper_exact_mean"), Schema.num("ks_p_paper_exact_mean"),
            Schema.num("ks_d_exact_moments"), Schema.num("ks_p_exact_moments"));

    public static final Schema CURVES = Schema.of("asymptotic-normality-variance-curves", 1,
            Schema.num("x"), Schema.num("sigma2_paper"), Schema.num("sigma2_corrected"), Schema.integer("n_dims"),
            Schema.num("var_exact"));

    public static final Schema ECDF = Schema.of("asymptotic-normality-figure5", 1,
            Schema.num("phi1"), Schema.num("ecdf"), Schema.num("normal_cdf_theorem"));

    public static final Schema SADDLE = Schema.of("asymptotic-normality-saddle", 1,
            Schema.num("n_dims"), Schema.num("x"), Schema.num("t"), Schema.num("log_mgf_eq22"), Schema.num("saddle_eq23"),
            Schema.num("second_line_eq23"), Schema.num("gap"), Schema.num("dropped_term"), Schema.num("sqrt_n_gap_minus_dropped"));

    public static final Schema MGF = Schema.of("asymptotic-normality-mgf", 1,
            Schema.integer("n_dims"), Schema.num("x"), Schema.num("t"), Schema.integer("draws"), Schema.num("mgf_monte_carlo"),
            Schema.num("se"), Schema.num("mgf_eq22"), Schema.num("mgf_eq22_flipped"), Schema.num("z"));

    public static void saddle(Path file, Provenance prov, List<Study.SaddleRow> rows) {
        List<List<?>> out = new ArrayList<>();
        for (Study.SaddleRow r : rows) {
            out.add(List.of(r.dims(), r.x(), r.t(), r.logMgf(), r.saddle(), r.secondLine(), r.gap(), r.dropped(), r.scaledRemainder()));
        }
        Artifact.write(file, SADDLE, prov, out);
    }

    public static void mgf(Path file, Provenance prov, List<Study.MgfRow> rows) {
        List<List<?>> out = new ArrayList<>();
        for (Study.MgfRow r : rows) {
            out.add(List.of(r.dims(), r.x(), r.t(), r.draws(), r.monteCarlo(), r.se(), r.eq22(), r.eq22Flipped(), r.z()));
        }
        Artifact.write(file, MGF, prov, out);
    }

    public static void exact(Path file, Provenance prov, List<Study.ExactRow> rows) {
        List<List<?>> out = new ArrayList<>();
        for (Study.ExactRow r : rows) {
            out.add(List.of(r.dims(), r.x(), r.meanExact(), r.mu(), r.meanMinusMu(), r.scaledMeanError(),
                    Limits.meanCorrection(r.x()), r.varExact(), r.sigma2Paper(), r.sigma2Corrected(), r.scaledVarError()));
        }
        Artifact.write(file, EXACT, prov, out);
    }

    public static void cells(Path file, Provenance prov, List<Cell> cells) {
        List<List<?>> out = new ArrayList<>();
        for (Cell c : cells) {
            SampleSummary s = c.sample();
            out.add(List.of(c.method(), c.dims(), c.x(), c.eta(), s.n(), s.mean(), s.seMean(), s.variance(),
                    s.seVariance(), c.meanExact(), c.varExact(), c.mu(), c.sigma2Paper(), c.sigma2Corrected(),
                    c.zMeanExact(), c.zVarExact(), c.zVarPaper(), c.zVarCorrected(), c.ksTheorem(), c.pTheorem(),
                    c.ksCorrected(), c.pCorrected(), c.ksPaperCentred(), c.pPaperCentred(), c.ksExact(), c.pExact()));
        }
        Artifact.write(file, CELLS, prov, out);
    }

    public static void curves(Path file, Provenance prov, List<double[]> rows) {
        List<List<?>> out = new ArrayList<>();
        for (double[] r : rows) out.add(List.of(r[0], r[1], r[2], (int) r[3], r[4]));
        Artifact.write(file, CURVES, prov, out);
    }

    public static void ecdf(Path file, Provenance prov, List<double[]> rows) {
        List<List<?>> out = new ArrayList<>();
        for (double[] r : rows) out.add(List.of(r[0], r[1], r[2]));
        Artifact.write(file, ECDF, prov, out);
    }
}
