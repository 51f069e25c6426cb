package report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import report.Verdicts.Row;
import report.Verdicts.StageVerdicts;

/** One self-contained HTML page: the claims tables with notes and every stage's SVG figures inlined. */
public final class Html {
    private Html() {}

    public static String render(List<StageVerdicts> stages, Path figures) {
        StringBuilder b = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>grf-repro: paper checks</title>
                <style>
                body{font-family:sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}
                table{border-collapse:collapse;font-size:13px;width:100%}th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
                th{background:#f3f3f3}td.num{text-align:right;font-family:monospace}
                .reproduced{color:#0a6d2c}.refuted{color:#b03000;font-weight:bold}.no{background:#fdd}
                figure{display:inline-block;margin:8px;max-width:560px}figure svg{max-width:100%;height:auto}
                .note{font-size:13px;margin:2px 0 2px 1em}
                </style></head><body>
                <h1>grf-repro: paper checks</h1>
                """);
        b.append("<pre>").append(esc(Markdown.summary(stages))).append("</pre>\n");
        for (StageVerdicts s : stages) {
            b.append("<h2>").append(esc(s.stage())).append(s.ran() ? "" : " (not run)").append("</h2>\n");
            table(b, s);
            for (Row r : s.rows()) note(b, r);
            figures(b, figures.resolve(s.stage()));
        }
        return b.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder b, StageVerdicts s) {
        b.append("<table><tr><th>claim</th><th>source</th><th>statement</th><th>paper</th><th>computed</th>"
                + "<th>± se</th><th>tolerance</th><th>verdict</th><th>agrees</th></tr>\n");
        for (Row r : s.rows()) {
            var c = r.claim();
            b.append(r.agrees() ? "<tr>" : "<tr class=\"no\">")
                    .append(td(c.id())).append(td(c.source())).append(td(c.statement()))
                    .append("<td class=\"num\">").append(Markdown.num(c.expected())).append("</td>")
                    .append("<td class=\"num\">").append(esc(Markdown.num(r.observed()))).append("</td>")
                    .append("<td class=\"num\">").append(esc(Markdown.num(r.se()))).append("</td>")
                    .append(td(c.kind() + " " + c.tolerance()))
                    .append("<td class=\"").append(esc(r.verdict())).append("\">").append(esc(r.verdict())).append("</td>")
                    .append(td(r.agrees() ? "yes" : "NO")).append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void note(StringBuilder b, Row r) {
        String note = r.claim().note().strip();
        if (note.isEmpty() && r.evidence().isBlank()) return;
        b.append("<p class=\"note\"><b>").append(esc(r.claim().id())).append("</b>: ").append(esc(note));
        if (!r.evidence().isBlank()) b.append(" <i>Evidence:</i> ").append(esc(r.evidence()));
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

    private static String td(String s) { return "<td>" + esc(s) + "</td>"; }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
