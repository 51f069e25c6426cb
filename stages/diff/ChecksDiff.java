package diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import lib.Artifact;
import lib.Claims;
import lib.Documents;
import lib.Table;

/**
 * Two runs' claims side by side (each a data root of &lt;stage&gt;/checks.csv, schema v2): for every claim the base's and
 * this run's verdict and computed value, the change, and whether it exceeds the claim's own tolerance for a change:
 * abs: the tolerance; rel: tolerance x |expected|; sigma: tolerance x the standard error of the difference,
 * sqrt(se_base^2 + se^2); min and max: the tolerance, or 3 standard errors of the difference when it is 0 and the
 * values are estimates; test: none (a p-value is judged by its verdict). Rendered as a GitHub Markdown table.
 */
public final class ChecksDiff {
    private ChecksDiff() {}

    public static final String SAME = "same", WITHIN = "within tolerance", BEYOND = "beyond tolerance",
            VERDICT = "verdict changed", ADDED = "new claim", REMOVED = "removed claim";

    /** One claim's row of checks.csv, as recorded. */
    public record Check(String stage, String document, String claim, String kind, double expected, double tolerance, String observed,
                        String se, String verdict) {
        double value() { return observed.isEmpty() ? Double.NaN : Double.parseDouble(observed); }

        double stdErr() { return se.isEmpty() ? Double.NaN : Double.parseDouble(se); }
    }

    /** A claim in both runs (or in one: the other is null), with the change and how it compares with the tolerance. */
    public record Change(String stage, String claim, Check base, Check head, double delta, double scale, String change) {}

    /** Every stage's checks.csv under a data root, keyed stage/claim, in stage and file order. */
    public static Map<String, Check> read(Path data) {
        Map<String, Check> out = new LinkedHashMap<>();
        if (!Files.isDirectory(data)) throw new lib.BadInput(data, "no such data folder (a data root holding <stage>/checks.csv)");
        List<Path> stages;
        try (Stream<Path> s = Files.list(data)) {
            stages = s.filter(d -> Files.exists(d.resolve("checks.csv"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stages.isEmpty()) throw new lib.BadInput(data, "holds no <stage>/checks.csv: not a data root of a run");
        for (Path dir : stages) {
            String stage = dir.getFileName().toString();
            Table t = Artifact.read(dir.resolve("checks.csv"), Claims.CHECKS);
            for (int i = 0; i < t.rows(); i++) {
                // the source column is "<document> <location>", e.g. "000 eq (11)"
                out.put(stage + "/" + t.text(i, "claim"), new Check(stage, t.text(i, "source").split(" ")[0], t.text(i, "claim"), t.text(i, "kind"),
                        t.number(i, "expected"), t.number(i, "tolerance"), t.text(i, "observed"), t.text(i, "standard_error"),
                        t.text(i, "verdict")));
            }
        }
        return out;
    }

    public static List<Change> compare(Map<String, Check> base, Map<String, Check> head) {
        TreeSet<String> keys = new TreeSet<>(head.keySet());
        keys.addAll(base.keySet());
        List<Change> out = new ArrayList<>();
        for (String k : keys) {
            Check b = base.get(k), h = head.get(k);
            Check any = h != null ? h : b;
            if (b == null || h == null) {
                out.add(new Change(any.stage(), any.claim(), b, h, Double.NaN, Double.NaN, b == null ? ADDED : REMOVED));
                continue;
            }
            double delta = h.value() - b.value();
            double scale = scale(h, b);
            String change;
            if (!h.verdict().equals(b.verdict())) change = VERDICT;
            else if (h.observed().equals(b.observed())) change = SAME;
            else if (Double.isNaN(delta) || !(Math.abs(delta) <= scale)) change = BEYOND;
            else change = WITHIN;
            out.add(new Change(h.stage(), h.claim(), b, h, delta, scale, change));
        }
        return out;
    }

    /** The claim's tolerance for a change of its computed value (NaN: none, as for a p-value). */
    static double scale(Check h, Check b) {
        double se = Math.hypot(zeroIfNaN(h.stdErr()), zeroIfNaN(b.stdErr()));
        return switch (h.kind()) {
            case "abs" -> h.tolerance();
            case "rel" -> h.tolerance() * Math.abs(h.expected());
            case "sigma" -> h.tolerance() * se;
            case "min", "max" -> h.tolerance() > 0 ? h.tolerance() : 3 * se;
            default -> Double.NaN;
        };
    }

    private static double zeroIfNaN(double v) { return Double.isNaN(v) ? 0 : v; }

    /** The Markdown a pull-request comment carries: a summary line, then the claims that changed (all with all). */
    public static String markdown(List<Change> changes, String baseName, String headName, boolean all) {
        return markdown(changes, baseName, headName, all, List.of());
    }

    /** As above, each claim's document named from the table of documents (title, authors, identifier) under the table. */
    public static String markdown(List<Change> changes, String baseName, String headName, boolean all, List<Documents.Document> documents) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String c : List.of(VERDICT, BEYOND, WITHIN, SAME, ADDED, REMOVED)) counts.put(c, 0);
        for (Change c : changes) counts.merge(c.change(), 1, Integer::sum);
        StringBuilder b = new StringBuilder("### Claims: " + headName + " against " + baseName + "\n\n");
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> { if (v > 0) parts.add(v + " " + k); });
        b.append(changes.size()).append(" claims: ").append(String.join(", ", parts)).append(".\n\n");
        List<Change> shown = changes.stream().filter(c -> all || !c.change().equals(SAME)).toList();
        if (shown.isEmpty()) return b.append("No computed value or verdict changed.\n").toString();
        b.append("| document | stage | claim | kind | verdict (base → this) | computed (base → this) | change | tolerance | change / tolerance | |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Change c : shown) {
            Check any = c.head() != null ? c.head() : c.base();
            String verdict = (c.base() == null ? "—" : c.base().verdict()) + " → " + (c.head() == null ? "—" : c.head().verdict());
            String value = (c.base() == null ? "—" : num(c.base().value())) + " → " + (c.head() == null ? "—" : num(c.head().value()));
            String ratio = Double.isNaN(c.scale()) || Double.isNaN(c.delta()) ? "" : c.scale() == 0 ? (c.delta() == 0 ? "0" : "∞")
                    : String.format(Locale.ROOT, "%.2f", Math.abs(c.delta()) / c.scale());
            b.append("| ").append(String.join(" | ", any.document(), c.stage(), c.claim(), any.kind(), verdict, value, num(c.delta()),
                    Double.isNaN(c.scale()) ? "" : num(c.scale()), ratio, bold(c.change()))).append(" |\n");
        }
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (Change c : shown) named.add((c.head() != null ? c.head() : c.base()).document());
        List<String> legend = new ArrayList<>();
        for (String id : named) {
            Documents.find(documents, id).filter(d -> !d.project()).ifPresent(d -> legend.add(d.id() + ": " + d.title() + ", " + d.byline()
                    + (d.identifier().isBlank() ? "" : ", " + d.identifier())));
        }
        if (!legend.isEmpty()) b.append("\nDocuments: ").append(String.join("; ", legend)).append(".\n");
        return b.toString();
    }

    private static String bold(String change) {
        return change.equals(VERDICT) || change.equals(BEYOND) ? "**" + change + "**" : change;
    }

    static String num(double v) {
        if (Double.isNaN(v)) return "";
        return (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6)) ? String.format(Locale.ROOT, "%.4g", v)
                : String.format(Locale.ROOT, "%.6g", v);
    }
}
