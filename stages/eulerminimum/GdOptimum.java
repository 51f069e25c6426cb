package eulerminimum;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import lib.Artifact;
import lib.Schema;
import lib.Table;

/** E[Φ1 | η_opt] of 000 eq (14) by N, as written by stage gd-moments (data/gd-moments/optimum.csv). */
final class GdOptimum {
    private GdOptimum() {}

    static final Schema SCHEMA = Schema.of("gd-moments.optimum", 1,
            Schema.integer("n"), Schema.num("eta_opt"), Schema.num("mean_phi1"), Schema.num("asymptote")).key("n");

    /** mean_phi1 keyed by N. */
    static Map<Integer, Double> read(Path file) {
        Table t = Artifact.read(file, SCHEMA);
        Map<Integer, Double> out = new TreeMap<>();
        for (int i = 0; i < t.rows(); i++) out.put(t.intValue(i, "n"), t.number(i, "mean_phi1"));
        return out;
    }
}
