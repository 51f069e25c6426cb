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
import lib.Table;

/** Pairs each registry paper-checks/&lt;stage&gt;.csv with the stage's data/&lt;stage&gt;/checks.csv. */
public final class Verdicts {
    private Verdicts() {}

    /** One row of the report: the registered claim and what the stage observed (null when it has not run). */
    public record Row(Claim claim, String observed, String se, String verdict, boolean agrees, String evidence) {}

    public record StageVerdicts(String stage, List<Row> rows, boolean ran) {}

    public static List<StageVerdicts> gather(Path registryDir, Path dataDir) {
        List<StageVerdicts> out = new ArrayList<>();
        for (Path registry : registries(registryDir)) {
            String stage = registry.getFileName().toString().replaceFirst("\\.csv$", "");
            Claims claims = Claims.load(registry);
            Path checks = dataDir.resolve(stage).resolve("checks.csv");
            out.add(Files.exists(checks) ? judged(stage, claims, Artifact.read(checks, Claims.CHECKS)) : notRun(stage, claims));
        }
        return out;
    }

    public static boolean allAgree(List<StageVerdicts> stages) {
        return stages.stream().allMatch(s -> s.ran() && s.rows().stream().allMatch(Row::agrees));
    }

    private static StageVerdicts judged(String stage, Claims claims, Table checks) {
        List<Row> rows = new ArrayList<>();
        for (Claim c : claims.all().values()) {
            int i = find(checks, c.id());
            rows.add(i < 0 ? new Row(c, "", "", "missing", false, "not in " + checks.file())
                    : new Row(c, checks.text(i, "observed"), checks.text(i, "standard_error"), checks.text(i, "verdict"),
                            Boolean.parseBoolean(checks.text(i, "agrees")), checks.text(i, "evidence")));
        }
        return new StageVerdicts(stage, rows, true);
    }

    private static StageVerdicts notRun(String stage, Claims claims) {
        List<Row> rows = new ArrayList<>();
        for (Claim c : claims.all().values()) rows.add(new Row(c, "", "", "not run", false, ""));
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
