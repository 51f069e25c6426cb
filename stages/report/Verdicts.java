package report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lib.Artifact;
import lib.Claim;
import lib.Claims;
import lib.Observation;
import lib.OpenParameter;
import lib.Table;
import lib.Verdict;

/**
 * Pairs each registry paper-checks/&lt;stage&gt;.csv with the stage's data/&lt;stage&gt;/checks.csv and decides every
 * verdict again from the registry and the numbers the stage recorded: a hand-edited verdict or agrees column, or a
 * registry edited after the stage ran, cannot make a disagreement look like agreement.
 *
 * <p>An {@code underdetermined} verdict (the statement holds for some values of a parameter the document leaves open
 * and fails for others) is decided by the stage across the parameter's range, which one row cannot be decided again
 * from: it is taken as recorded when checks.csv gives its {@code range} (an optional column, e.g. "holds for
 * M &lt;= 6000; fails for M &gt;= 20000"), and counts as a usable decision only then.
 */
public final class Verdicts {
    private Verdicts() {}

    /** The optional checks.csv column of an underdetermined verdict: over which values the statement holds and fails. */
    public static final String RANGE = "range";

    /**
     * One row of the report: the registered claim, what the stage observed, the verdict decided here, the verdict the
     * stage wrote (they differ when checks.csv was edited or the registry changed since), and the registered verdict.
     */
    public record Row(Claim claim, Observation observation, Verdict.Decision decision, String recorded, String registered, String range) {
        public String verdict() { return decision == null ? recorded : decision.verdict(); }

        public boolean agrees() { return decision != null && verdict().equals(registered) && consistent(); }

        /** The stage's own verdict is the one decided here (false: checks.csv edited, or registry changed: rerun). */
        public boolean consistent() { return decision != null && recorded.equals(decision.verdict()); }
    }

    public record StageVerdicts(String stage, List<Row> rows, boolean ran) {
        public long disagreements() { return rows.stream().filter(r -> !r.agrees()).count(); }
    }

    public static List<StageVerdicts> gather(Path registryDir, Path dataDir, String profile) {
        return gather(registryDir, dataDir, profile, List.of());
    }

    /**
     * The verdicts of the registries of {@code stages} (empty: every registry in the folder). A registry file that
     * belongs to no stage (a copy such as mnist-data-old.csv) is no stage that failed to run: it is left out, saying so.
     */
    public static List<StageVerdicts> gather(Path registryDir, Path dataDir, String profile, List<String> stages) {
        List<StageVerdicts> out = new ArrayList<>();
        for (Path registry : registries(registryDir)) {
            String stage = registry.getFileName().toString().replaceFirst("\\.csv$", "");
            if (!stages.isEmpty() && !stages.contains(stage)) {
                System.err.println("report: " + registry + " belongs to no stage of the pipeline (" + String.join(", ", stages)
                        + "); left out of the report");
                continue;
            }
            Claims claims = Claims.load(registry, profile);
            Path checks = dataDir.resolve(stage).resolve("checks.csv");
            out.add(Files.exists(checks) ? readable(stage, claims, checks) : notRun(stage, claims, "not run"));
        }
        return out;
    }

    public static boolean allAgree(List<StageVerdicts> stages) {
        return stages.stream().allMatch(s -> s.ran() && s.disagreements() == 0);
    }

    /** A checks.csv that cannot be read (an older schema, a truncated file) is reported, not fatal. */
    private static StageVerdicts readable(String stage, Claims claims, Path checks) {
        try {
            return judged(stage, claims, Artifact.read(checks, Claims.CHECKS));
        } catch (lib.BadInput e) {
            System.err.println("report: " + e.getMessage() + ": " + stage + " reported as unreadable; rerun it");
            return notRun(stage, claims, "unreadable checks.csv");
        }
    }

    private static StageVerdicts judged(String stage, Claims claims, Table checks) {
        List<Row> rows = new ArrayList<>();
        for (Claim c : claims.all().values()) {
            int i = find(checks, c.id());
            String registered = c.registered(claims.profile());
            if (i < 0) {
                rows.add(new Row(c, Observation.undecidable("not in " + checks.file()), null, Claims.MISSING, registered, ""));
                continue;
            }
            Observation o = observation(checks, i);
            String recorded = checks.text(i, "verdict");
            String range = checks.header().contains(RANGE) ? checks.text(i, RANGE).strip() : "";
            Verdict.Decision d;
            if (recorded.equals(Claims.MISSING)) d = null;
            else if (c.conditional() && hasParts(c, checks)) {
                // decided again from the rows of each value of the open parameter, as the stage decided them
                OpenParameter.Outcome over = overRange(c, checks);
                d = over == null ? null : over.decision();
                if (over != null) range = over.range();
            } else d = decide(c, o);   // (a conditional claim without part rows: the stage could not vary the parameter)
            rows.add(new Row(c, o, d, recorded, registered, range));
        }
        return new StageVerdicts(stage, rows, true);
    }

    /** Whether checks.csv has part rows of the claim (a run too small to vary its open parameter has none). */
    private static boolean hasParts(Claim c, Table checks) {
        if (!checks.header().contains("part_of")) return false;
        for (int j = 0; j < checks.rows(); j++) if (checks.text(j, "part_of").equals(c.id())) return true;
        return false;
    }

    /** The claim over its open parameter, from its part rows ("claim@M=6000", part_of the claim); null if there are none. */
    private static OpenParameter.Outcome overRange(Claim c, Table checks) {
        if (!checks.header().contains("part_of")) return null;
        List<OpenParameter.Part> parts = new ArrayList<>();
        for (int j = 0; j < checks.rows(); j++) {
            if (!checks.text(j, "part_of").equals(c.id())) continue;
            String at = checks.text(j, RANGE);
            Observation o = observation(checks, j);
            Verdict.Decision d = decide(c, o);
            if (d == null) return null;
            parts.add(new OpenParameter.Part(Double.parseDouble(at.substring(at.indexOf('=') + 1)), o, d));
        }
        return parts.isEmpty() ? null : OpenParameter.aggregate(c, parts);
    }

    /** A decision, or null when the recorded numbers cannot support one (a checks.csv edited into nonsense). */
    private static Verdict.Decision decide(Claim c, Observation o) {
        try {
            return Verdict.decide(c, o);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** The observation exactly as the stage recorded it. */
    static Observation observation(Table t, int i) {
        String evidence = t.text(i, "evidence");
        if (Boolean.parseBoolean(t.text(i, "undecidable"))) {
            return Observation.undecidable(evidence).sizeNeeded(num(t, i, "size_needed"));
        }
        Observation o = Observation.estimate(num(t, i, "observed"), num(t, i, "standard_error"));
        if (t.text(i, "kind").equals("test")) o = Observation.test(num(t, i, "observed"), num(t, i, "power"));
        return o.against(num(t, i, "alternative"), t.text(i, "alternative_label")).size(num(t, i, "size"), t.text(i, "size_unit"))
                .sizeNeeded(num(t, i, "size_needed")).evidence(evidence);
    }

    private static double num(Table t, int i, String column) {
        String v = t.text(i, column);
        return v.isBlank() ? Double.NaN : t.number(i, column);
    }

    private static StageVerdicts notRun(String stage, Claims claims, String why) {
        List<Row> rows = new ArrayList<>();
        for (Claim c : claims.all().values()) {
            rows.add(new Row(c, Observation.undecidable(""), null, why, c.registered(claims.profile()), ""));
        }
        return new StageVerdicts(stage, rows, false);
    }

    private static int find(Table checks, String id) {
        for (int i = 0; i < checks.rows(); i++) if (checks.text(i, "claim").equals(id)) return i;
        return -1;
    }

    private static List<Path> registries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
