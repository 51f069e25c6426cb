package lib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A stage's claims: loaded from its registry in paper-checks/, observed by the stage, judged, and written to
 * data/&lt;stage&gt;/checks.csv before any figure is drawn. {@link #finish} returns how many verdicts differ from
 * the registry (a claim the stage neither observed nor skipped counts as differing); stages exit 1 then.
 */
public final class Claims {
    public static final List<String> REGISTRY_COLUMNS = List.of("claim", "paper", "location", "statement", "expected",
            "kind", "tolerance", "tolerance_reason", "expected_verdict", "note");
    public static final Schema CHECKS = Schema.of("checks", 1,
            Schema.text("claim"), Schema.text("source"), Schema.text("statement"), Schema.num("expected"),
            Schema.text("observed"), Schema.text("standard_error"), Schema.text("kind"), Schema.num("tolerance"),
            Schema.text("verdict"), Schema.text("expected_verdict"), Schema.text("agrees"), Schema.text("evidence"));
    private static final Set<String> KINDS = Set.of("abs", "rel", "sigma", "min", "max");

    private final Path registry;
    private final Map<String, Claim> claims;
    private final Map<String, Result> results = new LinkedHashMap<>();

    /** What the stage found for one claim. Skipped claims carry the reason in {@code evidence}. */
    public record Result(Claim claim, double observed, double se, String verdict, String evidence) {
        public boolean agrees() { return verdict.equals(claim.expectedVerdict()); }

        public boolean skipped() { return verdict.equals("not evaluated"); }
    }

    private Claims(Path registry, Map<String, Claim> claims) {
        this.registry = registry;
        this.claims = claims;
    }

    public static Claims load(Path registry) {
        return new Claims(registry, readRegistry(registry));
    }

    public Claim claim(String id) {
        Claim c = claims.get(id);
        if (c == null) throw new IllegalStateException(registry + ": no claim '" + id + "' registered");
        return c;
    }

    public Map<String, Claim> all() { return claims; }

    public void observe(String id, double observed, String evidence) {
        observe(id, observed, Double.NaN, evidence);
    }

    public void observe(String id, double observed, double se, String evidence) {
        Claim c = claim(id);
        if (!Double.isFinite(observed)) throw new IllegalStateException(id + ": non-finite observation " + observed);
        String verdict = c.holds(observed, se) ? Claim.REPRODUCED : Claim.REFUTED;
        results.put(id, new Result(c, observed, se, verdict, evidence));
    }

    /** Declares that these parameters cannot decide the claim (too few samples, say); the reason is reported. */
    public void skip(String id, String reason) {
        results.put(id, new Result(claim(id), Double.NaN, Double.NaN, "not evaluated", reason));
    }

    /** Judges every claim, writes checks.csv, prints a summary on stderr; returns the number of disagreements. */
    public int finish(Path checksCsv, Provenance provenance) {
        List<List<?>> rows = new ArrayList<>();
        int disagreements = 0;
        for (Claim c : claims.values()) {
            Result r = results.get(c.id());
            if (r == null) r = new Result(c, Double.NaN, Double.NaN, "missing", "the stage did not evaluate this claim");
            boolean ok = r.agrees() || r.skipped();
            if (!ok) disagreements++;
            rows.add(row(r, ok));
            System.err.printf(Locale.ROOT, "%-10s %-44s expected %-12s observed %-14s %s%n", ok ? "ok" : "DIFFERS",
                    c.id(), fmt(c.expected()), fmt(r.observed()), r.verdict() + detail(r, ok));
        }
        Artifact.write(checksCsv, CHECKS, provenance, rows);
        return disagreements;
    }

    /** The console's detail: why a claim was skipped; for a disagreement, everything needed to judge it. */
    private static String detail(Result r, boolean ok) {
        if (r.skipped()) return " (" + r.evidence() + ")";
        if (ok) return "";
        return " (registered: " + r.claim().expectedVerdict() + (Double.isNaN(r.se()) ? "" : "; standard error " + fmt(r.se()))
                + "; tolerance " + r.claim().tolerance() + " " + r.claim().kind() + "; " + r.evidence() + ")";
    }

    private static List<?> row(Result r, boolean ok) {
        Claim c = r.claim();
        return List.of(c.id(), c.source(), c.statement(), c.expected(), fmt(r.observed()), fmt(r.se()), c.kind(),
                c.tolerance(), r.verdict(), c.expectedVerdict(), Boolean.toString(ok), r.evidence());
    }

    private static String fmt(double v) { return Double.isNaN(v) ? "" : Double.toString(v); }

    private static Map<String, Claim> readRegistry(Path registry) {
        String text;
        try {
            text = Files.readString(registry, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInput(registry, "no such claims registry");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        Map<String, Claim> out = new LinkedHashMap<>();
        try (CSVParser p = CSVParser.parse(text, format)) {
            for (String col : REGISTRY_COLUMNS) {
                if (!p.getHeaderNames().contains(col)) throw new BadInput(registry, 1, col, "missing column");
            }
            for (CSVRecord r : p) {
                Claim c = claim(registry, r, (int) p.getCurrentLineNumber());
                if (out.put(c.id(), c) != null) throw new BadInput(registry, p.getCurrentLineNumber(), "claim", "duplicate id " + c.id());
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new BadInput(registry, "malformed CSV: " + e.getMessage());
        }
        return out;
    }

    private static Claim claim(Path file, CSVRecord r, int line) {
        if (!r.isConsistent()) throw new BadInput(file, line, null, "wrong number of fields");
        String kind = r.get("kind");
        if (!KINDS.contains(kind)) throw new BadInput(file, line, "kind", "unknown kind '" + kind + "', one of " + KINDS);
        String verdict = r.get("expected_verdict");
        if (!verdict.equals(Claim.REPRODUCED) && !verdict.equals(Claim.REFUTED)) {
            throw new BadInput(file, line, "expected_verdict", "must be reproduced or refuted, is '" + verdict + "'");
        }
        if (r.get("tolerance_reason").isBlank()) throw new BadInput(file, line, "tolerance_reason", "a tolerance needs its reason");
        return new Claim(r.get("claim"), r.get("paper"), r.get("location"), r.get("statement"),
                Table.finite(file, line, "expected", r.get("expected")), kind,
                Table.finite(file, line, "tolerance", r.get("tolerance")), r.get("tolerance_reason"), verdict, r.get("note"));
    }
}
