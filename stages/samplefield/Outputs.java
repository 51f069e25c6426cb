package samplefield;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.Artifact;
import lib.Provenance;
import lib.Schema;

/** The stage's CSV artifacts: moments.csv, covariance.csv and slice.csv (the data of Figure 1). */
final class Outputs {
    private Outputs() {}

    static final Schema MOMENTS = Schema.of("sample-field.moments", 1, Schema.integer("n"), Schema.integer("m"),
            Schema.integer("realisations"), Schema.integer("points"), Schema.text("statistic"), Schema.num("expected"),
            Schema.num("estimate"), Schema.num("standard_error"), Schema.num("z_score"));
    static final Schema COVARIANCE = Schema.of("sample-field.covariance", 1, Schema.integer("n"), Schema.num("r"),
            Schema.text("quantity"), Schema.num("expected"), Schema.num("estimate"), Schema.num("standard_error"),
            Schema.num("z_score"), Schema.integer("pairs"));
    static final Schema SLICE = Schema.of("sample-field.slice", 1, Schema.integer("n"), Schema.num("s"), Schema.num("t"),
            Schema.num("phi"));

    static void write(Path out, Provenance prov, List<Study.Result> results, Study.Settings s) {
        List<List<?>> moments = new ArrayList<>(), cov = new ArrayList<>(), slice = new ArrayList<>();
        for (Study.Result r : results) {
            for (Study.Moment m : r.moments()) {
                moments.add(List.of(r.n(), s.m(), s.fields(), 2 * s.pairs() * s.fields(), m.statistic(), m.expected(),
                        m.estimate(), m.se(), m.z()));
            }
            for (Study.Cell c : r.cells()) {
                cov.add(List.of(r.n(), c.r(), c.quantity().column, c.expected(), c.estimate(), c.se(), c.z(), c.pairs()));
            }
            Slice sl = r.slice();
            if (sl != null) {
                for (int i = 0; i < sl.grid(); i++) for (int j = 0; j < sl.grid(); j++) {
                    slice.add(List.of(r.n(), sl.coordinates()[i], sl.coordinates()[j], sl.values()[i * sl.grid() + j]));
                }
            }
        }
        Artifact.write(out.resolve("moments.csv"), MOMENTS, prov, moments);
        Artifact.write(out.resolve("covariance.csv"), COVARIANCE, prov, cov);
        Artifact.write(out.resolve("slice.csv"), SLICE, prov, slice);
    }
}
