package report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import report.Verdicts.Row;
import report.Verdicts.StageVerdicts;

/**
 * One self-contained HTML page. First what a reader wants: the statements per document, the disagreements, a filter
 * that leaves only refuted and inconclusive claims. Then per stage: the claims table (each row links to the figure
 * that shows it and to its registry row), each figure beside the claims it supports (the mapping is data:
 * stages/report/figures/&lt;stage&gt;.csv), the notes, and the registry rows. Figures are embedded as SVG images,
 * each with the SHA-256 of its file, so a reader (or the browser test) can tell it is the current run's.
 */
public final class Html {
    private Html() {}

    /** Where the claim-to-figure tables live (one per stage; see its README.md). */
    public static final Path FIGURE_MAP = Path.of("stages/report/figures");

    /** One figure of a stage: its file name without .svg, the claim patterns it supports, a caption. */
    record Figure(String name, List<String> claims, String caption) {
        boolean supports(String claim) {
            return claims.stream().anyMatch(p -> Pattern.matches(Pattern.quote(p).replace("*", "\\E.*\\Q"), claim));
        }
    }

    public static String render(List<StageVerdicts> stages, Path figures, String profile) {
        return render(stages, figures, profile, FIGURE_MAP);
    }

    public static String render(List<StageVerdicts> stages, Path figures, String profile, Path figureMap) {
        StringBuilder b = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>grf-repro: paper checks</title>
                <style>
                body{font-family:sans-serif;max-width:1250px;margin:2em auto;padding:0 1em;color:#222}
                table{border-collapse:collapse;font-size:13px;width:100%}th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
                th{background:#f3f3f3}td.num{text-align:right;font-family:monospace}
                .reproduced{color:#0a6d2c}.refuted{color:#b03000;font-weight:bold}.inconclusive{color:#8a6d00}.no{background:#fdd}
                .banner{padding:8px 12px;border:2px solid #0a6d2c}.banner.differ{border-color:#b03000;background:#fee}
                #filter{position:sticky;top:0;background:#fff;padding:6px 0;border-bottom:1px solid #ccc;z-index:1}
                body.open-only tr.claim[data-verdict=reproduced]{display:none}
                body.open-only div.figrow[data-open="0"]{display:none}
                .figrow{display:flex;gap:16px;align-items:flex-start;margin:12px 0;border-top:1px dashed #ccc;padding-top:8px}
                .figrow figure{margin:0;flex:0 0 560px}.figrow img{width:560px;height:auto;border:1px solid #eee}
                .figrow table{width:auto}.figrow .caption{font-size:13px;margin:0 0 4px 0}
                .note{font-size:13px;margin:2px 0 2px 1em}:target{outline:3px solid #0072B2}[id]{scroll-margin-top:48px}
                details{margin:8px 0}summary{cursor:pointer}
                </style></head><body>
                """);
        b.append("<h1>grf-repro: paper checks (profile ").append(esc(profile)).append(")</h1>\n");
        long differ = stages.stream().mapToLong(StageVerdicts::disagreements).sum();
        b.append("<p class=\"banner").append(differ > 0 ? " differ" : "").append("\" id=\"banner\">")
                .append(esc(Markdown.banner(stages).replace("*", "").replace("> ", "").strip())).append("</p>\n");
        b.append("<h2>Statements per document</h2>\n").append(tallies(Statements.tallies(Statements.of(stages))));
        filter(b, stages);
        if (differ > 0) disagreements(b, stages);
        b.append("<pre>").append(esc(Markdown.summary(stages))).append("</pre>\n");
        for (StageVerdicts s : stages) {
            List<Figure> map = figureMap(figureMap.resolve(s.stage() + ".csv"));
            Map<String, Path> svgs = svgs(figures.resolve(s.stage()));
            b.append("<section id=\"stage-").append(esc(s.stage())).append("\">\n<h2>").append(esc(s.stage()))
                    .append(s.ran() ? "" : " (not run)").append("</h2>\n");
            table(b, s, map, svgs);
            figureRows(b, s, map, svgs);
            for (Row r : s.rows()) note(b, s.stage(), r);
            registry(b, s);
            b.append("</section>\n");
        }
        b.append("""
                <script>
                document.getElementById('open-only').addEventListener('change', function (e) {
                  document.body.classList.toggle('open-only', e.target.checked);
                });
                </script>
                """);
        return b.append("</body></html>\n").toString();
    }

    private static void filter(StringBuilder b, List<StageVerdicts> stages) {
        long open = stages.stream().flatMap(s -> s.rows().stream()).filter(r -> !r.verdict().equals(lib.Verdict.REPRODUCED)).count();
        b.append("<div id=\"filter\"><label><input type=\"checkbox\" id=\"open-only\"> show only the ").append(open)
                .append(" refuted and inconclusive claims (and the figures beside them)</label></div>\n");
    }

    private static String tallies(List<Statements.Tally> tallies) {
        StringBuilder b = new StringBuilder("<table id=\"statements\"><tr><th rowspan=\"2\">document</th><th colspan=\"3\">statements</th>"
                + "<th colspan=\"3\">printed precision</th><th colspan=\"3\">project checks</th></tr>\n<tr>"
                + "<th>hold</th><th>fail</th><th>undecided</th><th>right</th><th>wrong</th><th>undecided</th>"
                + "<th>pass</th><th>fail</th><th>undecided</th></tr>\n");
        for (Statements.Tally t : tallies) {
            b.append("<tr>").append(td(t.paper()));
            for (String c : List.of("document", "precision", "project")) {
                for (int n : t.of(c)) b.append("<td class=\"num\">").append(n).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private static void disagreements(StringBuilder b, List<StageVerdicts> stages) {
        b.append("<h2 id=\"disagreements\">Disagreements</h2>\n<table><tr><th>stage</th><th>claim</th><th>verdict</th><th>registered</th><th>why</th></tr>\n");
        for (StageVerdicts s : stages) {
            for (Row r : s.rows()) {
                if (r.agrees()) continue;
                b.append("<tr class=\"no\">").append(td(s.stage())).append("<td>").append(claimLink(s.stage(), r.claim().id())).append("</td>")
                        .append(td(r.verdict())).append(td(r.registered())).append(td(Markdown.why(r))).append("</tr>\n");
            }
        }
        b.append("</table>\n");
    }

    private static void table(StringBuilder b, StageVerdicts s, List<Figure> map, Map<String, Path> svgs) {
        b.append("<table class=\"claims\"><tr><th>claim</th><th>source</th><th>statement</th><th>class</th><th>paper</th><th>computed</th>"
                + "<th>± se</th><th>power</th><th>refuted if</th><th>verdict</th><th>registered</th><th>agrees</th><th>figure</th></tr>\n");
        for (Row r : s.rows()) {
            var c = r.claim();
            String power = r.decision() == null || Double.isNaN(r.decision().power()) ? ""
                    : String.format(Locale.ROOT, "%.3f", r.decision().power());
            double v = r.observation().value();
            b.append("<tr id=\"").append(esc(claimId(s.stage(), c.id()))).append("\" class=\"claim").append(r.agrees() ? "" : " no")
                    .append("\" data-claim=\"").append(esc(c.id())).append("\" data-verdict=\"").append(esc(r.verdict())).append("\">")
                    .append("<td><a class=\"registry\" href=\"#").append(esc(registryId(s.stage(), c.id()))).append("\">")
                    .append(esc(c.id())).append("</a></td>")
                    .append(td(c.source())).append(td(c.statement())).append(td(c.cls()))
                    .append(num(c.expected()))
                    .append("<td class=\"num computed\" data-value=\"").append(Double.isNaN(v) ? "" : Double.toString(v)).append("\">")
                    .append(esc(Markdown.num(v))).append("</td>")
                    .append(num(r.observation().se()))
                    .append("<td class=\"num\">").append(power).append("</td>")
                    .append(td(lib.Verdict.refutedIf(c)))
                    .append("<td class=\"verdict ").append(esc(r.verdict())).append("\">").append(esc(r.verdict())).append("</td>")
                    .append(td(r.registered())).append(td(r.agrees() ? "yes" : "NO")).append("<td>");
            for (Figure f : map) {
                if (f.supports(c.id()) && svgs.containsKey(f.name())) {
                    b.append("<a class=\"figure\" href=\"#").append(esc(figureId(s.stage(), f.name()))).append("\">")
                            .append(esc(f.name())).append("</a> ");
                }
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** Each figure of the map, beside a table of the claims it supports; then the figures no row names. */
    private static void figureRows(StringBuilder b, StageVerdicts s, List<Figure> map, Map<String, Path> svgs) {
        Map<String, Path> rest = new LinkedHashMap<>(svgs);
        for (Figure f : map) {
            Path svg = rest.remove(f.name());
            if (svg == null) continue;
            List<Row> rows = s.rows().stream().filter(r -> f.supports(r.claim().id())).toList();
            boolean open = rows.stream().anyMatch(r -> !r.verdict().equals(lib.Verdict.REPRODUCED));
            b.append("<div class=\"figrow\" data-open=\"").append(open ? 1 : 0).append("\">");
            figure(b, s.stage(), f.name(), svg);
            b.append("<div><p class=\"caption\"><b>").append(esc(f.name())).append("</b>: ").append(esc(f.caption())).append("</p>");
            if (!rows.isEmpty()) {
                b.append("<table><tr><th>claim</th><th>computed</th><th>verdict</th></tr>");
                for (Row r : rows) {
                    b.append("<tr><td>").append(claimLink(s.stage(), r.claim().id())).append("</td>").append(num(r.observation().value()))
                            .append("<td class=\"").append(esc(r.verdict())).append("\">").append(esc(r.verdict())).append("</td></tr>");
                }
                b.append("</table>");
            }
            b.append("</div></div>\n");
        }
        for (Map.Entry<String, Path> e : rest.entrySet()) {
            b.append("<div class=\"figrow\" data-open=\"0\">");
            figure(b, s.stage(), e.getKey(), e.getValue());
            b.append("<div><p class=\"caption\"><b>").append(esc(e.getKey())).append("</b></p></div></div>\n");
        }
    }

    private static void figure(StringBuilder b, String stage, String name, Path svg) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(svg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.append("<figure id=\"").append(esc(figureId(stage, name))).append("\"><img alt=\"").append(esc(stage + " " + name))
                .append("\" data-file=\"").append(esc(svg.toString())).append("\" data-sha256=\"").append(sha256(bytes))
                .append("\" src=\"data:image/svg+xml;base64,").append(Base64.getEncoder().encodeToString(bytes))
                .append("\"><figcaption>").append(esc(svg.getFileName().toString())).append("</figcaption></figure>");
    }

    private static void note(StringBuilder b, String stage, Row r) {
        String note = r.claim().note().strip();
        String evidence = r.observation().evidence();
        if (note.isEmpty() && evidence.isBlank()) return;
        b.append("<p class=\"note\"><b>").append(claimLink(stage, r.claim().id())).append("</b>: ").append(esc(note));
        if (!evidence.isBlank()) b.append(" <i>Evidence:</i> ").append(esc(evidence));
        String size = Markdown.sizeNeeded(r);
        if (!size.isEmpty()) b.append(" <i>Would decide:</i> ").append(esc(size));
        b.append(" <i>Tolerance:</i> ").append(esc(r.claim().toleranceReason())).append("</p>\n");
    }

    /** The registry rows of paper-checks/&lt;stage&gt;.csv as registered (what each claim is checked against). */
    private static void registry(StringBuilder b, StageVerdicts s) {
        b.append("<details class=\"registry\"><summary>registry rows: paper-checks/").append(esc(s.stage())).append(".csv</summary>\n")
                .append("<table><tr><th>claim</th><th>paper</th><th>location</th><th>group</th><th>class</th><th>expected</th><th>kind</th>"
                        + "<th>tolerance</th><th>tolerance reason</th><th>expected verdict</th><th>quick verdict</th></tr>\n");
        for (Row r : s.rows()) {
            var c = r.claim();
            b.append("<tr id=\"").append(esc(registryId(s.stage(), c.id()))).append("\" data-claim=\"").append(esc(c.id())).append("\">")
                    .append("<td>").append(claimLink(s.stage(), c.id())).append("</td>").append(td(c.paper())).append(td(c.location()))
                    .append(td(c.group())).append(td(c.cls()))
                    .append("<td class=\"num expected\" data-value=\"").append(Double.toString(c.expected())).append("\">")
                    .append(esc(Markdown.num(c.expected()))).append("</td>").append(td(c.kind()))
                    .append("<td class=\"num tolerance\" data-value=\"").append(Double.toString(c.tolerance())).append("\">")
                    .append(esc(Markdown.num(c.tolerance()))).append("</td>").append(td(c.toleranceReason()))
                    .append(td(c.expectedVerdict())).append(td(c.quickVerdict())).append("</tr>\n");
        }
        b.append("</table></details>\n");
    }

    static String claimId(String stage, String claim) { return "claim-" + stage + "-" + claim; }

    static String registryId(String stage, String claim) { return "registry-" + stage + "-" + claim; }

    static String figureId(String stage, String figure) { return "figure-" + stage + "-" + figure; }

    private static String claimLink(String stage, String claim) {
        return "<a class=\"claim\" href=\"#" + esc(claimId(stage, claim)) + "\">" + esc(claim) + "</a>";
    }

    /** A stage's claim-to-figure table; none (every figure shown at the end of its section) when it has no file. */
    static List<Figure> figureMap(Path csv) {
        if (!Files.exists(csv)) return List.of();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        List<Figure> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8, format)) {
            for (CSVRecord r : p) {
                String claims = r.get("claims").strip();
                out.add(new Figure(r.get("figure"), claims.isEmpty() ? List.of() : List.of(claims.split("\\s+")), r.get("caption")));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new lib.BadInput(csv, "malformed figure table: " + e.getMessage());
        }
        return out;
    }

    private static Map<String, Path> svgs(Path dir) {
        Map<String, Path> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path svg : s.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                out.put(svg.getFileName().toString().replaceFirst("\\.svg$", ""), svg);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String num(double v) { return "<td class=\"num\">" + esc(Markdown.num(v)) + "</td>"; }

    private static String td(String s) { return "<td>" + esc(s) + "</td>"; }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
