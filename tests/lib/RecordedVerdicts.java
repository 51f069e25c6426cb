package lib;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For tests that feed a stage's claim checks real or deliberately wrong results: the verdicts the checks recorded, read
 * back from the checks.csv that {@link Claims#finish} writes, and the verdicts the registry holds for the same claims.
 */
public final class RecordedVerdicts {
    private RecordedVerdicts() {}

    /** Claim id → verdict for {@code ids}, in their order, after {@code claims} finished into {@code checksCsv}. */
    public static Map<String, String> of(Claims claims, Path checksCsv, Collection<String> ids) {
        claims.finish(checksCsv, TestCommand.provenance());
        Table t = Artifact.read(checksCsv, Claims.CHECKS);
        Map<String, String> byId = new LinkedHashMap<>();
        for (int i = 0; i < t.rows(); i++) byId.put(t.text(i, "claim"), t.text(i, "verdict"));
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) out.put(id, byId.get(id));
        return out;
    }

    /** Claim id → registered paper-scale verdict for {@code ids}. */
    public static Map<String, String> registered(Claims claims, Collection<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) out.put(id, claims.claim(id).expectedVerdict());
        return out;
    }

    /** Claim id → {@code verdict} for every id. */
    public static Map<String, String> all(Collection<String> ids, String verdict) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) out.put(id, verdict);
        return out;
    }
}
