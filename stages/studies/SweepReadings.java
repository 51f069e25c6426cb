package studies;

import blackbox.Locate;
import blackbox.Schemas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lib.Artifact;
import lib.BadInput;
import lib.Provenance;
import lib.Table;

/**
 * blackbox-sweep's readings of its MNIST fields (blackbox/Sweep): the study's cells at the sweep's M. The sweep must have
 * trained on the same data, seed and batch, at the study's base M; a mismatch is bad input naming the parameter.
 */
public final class SweepReadings {
    private final Table t;

    private SweepReadings(Table t) { this.t = t; }

    /** Reads the sweep's readings.csv (an input of prov) and checks it was trained as the study's base setting needs. */
    public static SweepReadings read(Path file, Provenance prov, Map<String, String> expected) {
        Table t = Artifact.readInput(file, Schemas.READINGS, prov);
        expected.forEach((param, value) -> {
            String v = t.meta().get("param." + param);
            if (!value.equals(v)) {
                throw new BadInput(file, 0, null, "the sweep ran with --" + param + " " + v + ", the study needs " + value
                        + " (its base setting reads the sweep's fields): rerun blackbox-sweep or change the study's parameters");
            }
        });
        return new SweepReadings(t);
    }

    /** The sweep's fields read at N_P, increasing. */
    List<Integer> fields(int nParams) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) {
            if (mine(i, nParams) && !out.contains(t.intValue(i, "field"))) out.add(t.intValue(i, "field"));
        }
        if (out.isEmpty()) {
            throw new BadInput(t.file(), 0, null, "no MNIST field read at N_P = " + nParams + ": blackbox-sweep's --read-params must include it");
        }
        return out.stream().sorted().toList();
    }

    /** One field's columns: its pilot and its readings after each of epochs, as the study's points at M = m. */
    List<Study.Point> points(int nParams, int field, int[] epochs, int m) {
        List<Study.Point> out = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) {
            if (!mine(i, nParams) || t.intValue(i, "field") != field) continue;
            String pass = t.text(i, "pass");
            int e = t.intValue(i, "epochs");
            if (pass.equals(Locate.PILOT) || java.util.Arrays.stream(epochs).anyMatch(x -> x == e)) {
                out.add(new Study.Point(nParams, m, e, field, pass, t.number(i, "eta"), t.number(i, "test_accuracy")));
            }
        }
        return out;
    }

    /** The error for a setting the sweep did not read. */
    BadInput missing(int nParams, Study.Setting s) {
        return new BadInput(t.file(), 0, null, "no reading after " + s.epochs() + " epochs at N_P = " + nParams + " (M = " + s.m()
                + "): blackbox-sweep's --read-epochs must include every training length of the study at its M");
    }

    private boolean mine(int i, int nParams) {
        return t.text(i, "dataset").equals("mnist") && t.intValue(i, "n_params") == nParams;
    }
}
