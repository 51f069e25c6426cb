package report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import report.Verdicts.Row;
import report.Verdicts.StageVerdicts;

/** One self-contained HTML page: statements per document, disagreements, the claims tables with notes, every figure inlined. */
public final class Html {
    private Html() {}

    public static String render(List<StageVerdicts> stages, Path figures, String profile) {
        StringBuilder b = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>grf-repro: paper checks</title>
                <style>
                body{font-family:sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}
                table{border-collapse:collapse;font-size:13px;width:100%}th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
                th{background:#f3f3f3}td.num{text-align:right;font-family:monospace}
                .reproduced{color:#0a6d2c}.refuted{color:#b03000;font-weight:bold}.inconclusive{color:#8a6d00}.no{background:#fdd}
                .banner{padding:8px 12px;border:2px solid #0a6d2c}.banner.differ{border-color:#b03000;background:#fee}
                figure{display:inline-block;margin:8px;max-width:560px}figure svg{max-width:100%;height:auto}
                .note{font-size:13px;margin:2px 0 2px 1em}
                </style></head><body>
                """);
        b.append("<h1>grf-repro: paper checks (profile ").append(esc(profile)).append(")</h1>\n");
        long differ = stages.stream().mapToLong(StageVerdicts::disagreements).sum();
        b.append("<p class=\"banner").append(differ > 0 ? " differ" : "").append("\" id=\"banner\">")
                .append(esc(Markdown.banner(stages).replace("*", "").replace("> ", "").strip())).append("</p>\n");
        b.append("<h2>Statements per document</h2>\n").append(tallies(Statements.tallies(Statements.of(stages))));
        if (differ > 0) disagreements(b, stages);
        b.append("<pre>").append(esc(Markdown.summary(stages))).append("</pre>\n");
        for (StageVerdicts s : stages) {
            b.append("<h2 id=\"stage-").append(esc(s.stage())).append("\">").append(esc(s.stage())).append(s.ran() ? "" : " (not run)").append("</h2>\n");
            table(b, s);
            for (Row r : s.rows()) note(b, r);
            figures(b, figures.resolve(s.stage()));
        }
        return b.append("</body></html>\n").toString();
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
                b.append("<tr class=\"no\">").append(td(s.stage())).append(td(r.claim().id())).append(td(r.verdict()))
                        .append(td(r.registered())).append(td(Markdown.why(r))).append("</tr>\n");
            }
        }
        b.append("</table>\n");
    }

    private static void table(StringBuilder b, StageVerdicts s) {
        b.append("<table><tr><th>claim</th><th>source</th><th>statement</th><th>class</th><th>paper</th><th>computed</th>"
                + "<th>± se</th><th>power</th><th>refuted if</th><th>verdict</th><th>registered</th><th>agrees</th></tr>\n");
        for (Row r : s.rows()) {
            var c = r.claim();
            String power = r.decision() == null || Double.isNaN(r.decision().power()) ? ""
                    : String.format(Locale.ROOT, "%.3f", r.decision().power());
            b.append(r.agrees() ? "<tr>" : "<tr class=\"no\">")
                    .append(td(c.id())).append(td(c.source())).append(td(c.statement())).append(td(c.cls()))
                    .append(num(c.expected())).append(num(r.observation().value())).append(num(r.observation().se()))
                    .append("<td class=\"num\">").append(power).append("</td>")
                    .append(td(lib.Verdict.refutedIf(c)))
                    .append("<td class=\"").append(esc(r.verdict())).append("\">").append(esc(r.verdict())).append("</td>")
                    .append(td(r.registered())).append(td(r.agrees() ? "yes" : "NO")).append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void note(StringBuilder b, Row r) {
        String note = r.claim().note().strip();
        String evidence = r.observation().evidence();
        if (note.isEmpty() && evidence.isBlank()) return;
        b.append("<p class=\"note\"><b>").append(esc(r.claim().id())).append("</b>: ").append(esc(note));
        if (!evidence.isBlank()) b.append(" <i>Evidence:</i> ").append(esc(evidence));
        String size = Markdown.sizeNeeded(r);
        if (!size.isEmpty()) b.append(" <i>Would decide:</i> ").append(esc(size));
        b.append(" <i>Tolerance:</i> ").append(esc(r.claim().toleranceReason())).append("</p>\n");
    }

    private static void figures(StringBuilder b, Path dir) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path svg : s.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                String text = Files.readString(svg, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*>", "");
                b.append("<figure>").append(text).append("<figcaption>").append(esc(svg.getFileName().toString()))
                        .append("</figcaption></figure>\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String num(double v) { return "<td class=\"num\">" + esc(Markdown.num(v)) + "</td>"; }

    private static String td(String s) { return "<td>" + esc(s) + "</td>"; }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
