package eulerminimum;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lib.Artifact;
import lib.Provenance;
import lib.Schema;

/** The stage's artifacts: E χ curves, levels u*(N), the GD ratio and the field check. */
final class Outputs {
    private Outputs() {}

    static final Schema ECHI = Schema.of("euler-minimum.echi", 1,
            Schema.integer("n"), Schema.num("u"), Schema.num("echi")).key("n", "u");
    static final Schema LEVEL = Schema.of("euler-minimum.level", 1,
            Schema.integer("n"), Schema.num("u_star"), Schema.num("u_star_check"), Schema.integer("digits"),
            Schema.integer("digits_check"), Schema.num("lost_digits"), Schema.num("minus_sqrt_n"),
            Schema.num("departure"), Schema.num("departure_scaled"));
    static final Schema RATIO = Schema.of("euler-minimum.gd-ratio", 1,
            Schema.integer("n"), Schema.num("u_star"), Schema.num("gd_mean_phi1"), Schema.num("ratio"));
    static final Schema FIELD = Schema.of("euler-minimum.field-check", 1,
            Schema.integer("n"), Schema.text("quantity"), Schema.num("u"), Schema.num("monte_carlo"),
            Schema.num("standard_error"), Schema.num("euler_estimate"), Schema.num("euler_estimate_grid_domain"),
            Schema.integer("fields"));

    static final Schema SHAPE = Schema.of("euler-minimum.shape", 1,
            Schema.integer("n"), Schema.num("u_star"), Schema.num("echi_below"), Schema.num("max_departure_above"),
            Schema.num("u_max_departure"), Schema.num("literal_below"), Schema.num("literal_above"), Schema.num("offset"));

    static void shape(Path file, Provenance prov, List<Shape.Row> rows) {
        List<List<?>> out = new ArrayList<>();
        for (Shape.Row r : rows) {
            out.add(List.of(r.n(), r.uStar(), r.below(), r.aboveDeparture(), r.aboveAt(), r.literalBelow(), r.literalAbove(), Shape.OFFSET));
        }
        Artifact.write(file, SHAPE, prov, out);
    }

    static void write(Path out, Provenance prov, List<Figures.Curve> curves, List<Level.Result> levels,
                      Map<Integer, Double> gd, List<FieldCheck.Summary> mc) {
        Artifact.write(out.resolve("echi.csv"), ECHI, prov, Study.curveRows(curves));
        List<List<?>> lv = new ArrayList<>(), ratio = new ArrayList<>();
        for (Level.Result r : levels) {
            double s = Math.sqrt(r.n());
            lv.add(List.of(r.n(), r.uStar(), r.uStarCheck(), r.digits(), r.digitsCheck(), r.lostDigits(), -s,
                    r.uStar() + s, s * (r.uStar() + s)));
            Double step = gd.get(r.n());
            if (step != null) ratio.add(List.of(r.n(), r.uStar(), step, r.uStar() / step));
        }
        Artifact.write(out.resolve("level.csv"), LEVEL, prov, lv);
        Artifact.write(out.resolve("gd-ratio.csv"), RATIO, prov, ratio);
        Artifact.write(out.resolve("field-check.csv"), FIELD, prov, fieldRows(mc, levels));
    }

    private static List<List<?>> fieldRows(List<FieldCheck.Summary> mc, List<Level.Result> levels) {
        List<List<?>> rows = new ArrayList<>();
        for (FieldCheck.Summary s : mc) {
            EulerCharacteristic ec = EulerCharacteristic.forDimension(s.n());
            for (int l = 0; l < s.levels().length; l++) {
                double e = ec.sublevel(s.levels()[l]);
                double d = e + ClaimChecks.domainShift(s, s.levels()[l]);
                rows.add(List.of(s.n(), "euler_characteristic", s.levels()[l], s.eulerMean()[l], s.eulerSe()[l], e, d, s.fields()));
                rows.add(List.of(s.n(), "p_min_below", s.levels()[l], s.belowMean()[l], s.belowSe()[l], e, e, s.fields()));
            }
            Level.Result r = Study.at(levels, s.n());
            double uStar = r != null ? r.uStar() : Level.root(ec);
            double m = ecMean(ec);
            rows.add(List.of(s.n(), "mean_min_vs_ec_mean", uStar, s.minMean(), s.minSe(), m, m, s.fields()));
        }
        return rows;
    }

    /**
     * The mean of the signed measure dE χ(u): ∫ u dEχ = -∫_{-∞}^0 Eχ du + ∫_0^∞ (1 - Eχ) du (Simpson on
     * [-√N - 12, 12], where the integrands are below 1e-30): the EC estimate of E[min] when Eχ stands for
     * P(min ≤ u).
     */
    static double ecMean(EulerCharacteristic ec) {
        double lo = -Math.sqrt(ec.dimension()) - 12;
        return -simpson(ec, lo, 0, false) + simpson(ec, 0, 12, true);
    }

    private static double simpson(EulerCharacteristic ec, double a, double b, boolean complement) {
        int k = 1200;
        double h = (b - a) / k, sum = 0;
        for (int i = 0; i <= k; i++) {
            double e = ec.sublevel(new BigDecimal(a + i * h)).doubleValue();
            double w = (i == 0 || i == k) ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += w * (complement ? 1 - e : e);
        }
        return sum * h / 3;
    }
}
