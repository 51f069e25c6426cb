package report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lib.Claim;
import lib.Verdict;
import report.Model.DocumentReport;
import report.Statements.Statement;
import report.Statements.Tally;

/**
 * The model as one self-contained HTML page, in a referee's order: the documents with their grades and counts (each
 * a link), then per document its failing statements (with the computed and corrected values and links to the
 * explanation, evidence, code and figure), printed numbers that differ, underdetermined statements, its figures and
 * every claim; then how to read the verdicts, what ran, and the stage view. Figures are embedded as PNG (with the
 * SHA-256 of the file, so a reader or the browser test can tell it is the current run's) and link to their SVG.
 */
public final class Html {
    private final Model m;
    private final Path dir;
    private final Links links;
    private final StringBuilder b = new StringBuilder();

    private Html(Model m, Path dir) {
        this.m = m;
        this.dir = dir;
        this.links = new Links(dir);
    }

    /** The page, with links relative to {@code dir}, the folder it is written to. */
    public static String render(Model m, Path dir) {
        Html h = new Html(m, dir);
        h.head();
        h.overview();
        for (DocumentReport d : m.documents()) h.document(d);
        h.howToRead();
        h.whatRan();
        h.stages();
        h.b.append(SCRIPT).append("</main></body></html>\n");
        return h.b.toString();
    }

    private void head() {
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>grf-repro: a referee's report (profile ").append(esc(m.profile())).append(")</title>\n").append(STYLE)
                .append("</head><body>\n<main>\n<h1>A referee's report on ").append(m.documents().stream().filter(d -> !d.doc().project()).count())
                .append(" documents on gradient descent in random landscapes</h1>\n<p class=\"meta\" id=\"banner\">grf-repro, profile ")
                .append(esc(m.profile())).append(": ").append(m.claimCount()).append(" claims checked. <span class=\"")
                .append(m.disagreements().isEmpty() ? "agree" : "differ").append("\">").append(esc(Text.agreement(m))).append("</span></p>\n");
        b.append("<nav id=\"toc\"><b>Contents</b>: <a href=\"#documents\">documents</a>");
        for (DocumentReport d : m.documents()) b.append(" · <a href=\"#").append(d.anchor()).append("\">").append(esc(d.doc().id())).append("</a>");
        if (!m.disagreements().isEmpty()) b.append(" · <a href=\"#disagreements\">disagreements</a>");
        b.append(" · <a href=\"#how-to-read\">how to read the verdicts</a> · <a href=\"#what-ran\">what ran</a>"
                + " · <a href=\"#stages\">by stage</a></nav>\n");
    }

    /** The first screen: per document its grade and counts, each count a link to its list. */
    private void overview() {
        b.append("<h2 id=\"documents\">The documents</h2>\n<table id=\"statements\" class=\"overview\"><tr><th>document</th>"
                + "<th>classification (<a href=\"#grade-rule\">rule</a>)</th><th>statements hold</th><th>fail</th><th>underdetermined</th>"
                + "<th>undecided</th><th>printed numbers differ</th><th>project checks pass / fail / undecided</th></tr>\n");
        for (DocumentReport d : m.documents()) {
            Tally t = d.tally("document");
            Tally p = d.tally("project");
            b.append("<tr data-document=\"").append(esc(d.doc().id())).append("\"><td><a href=\"#").append(d.anchor()).append("\"><b>")
                    .append(esc(d.doc().id())).append("</b></a> ").append(esc(d.doc().title())).append("<br><small>")
                    .append(esc(d.doc().byline())).append("</small></td><td class=\"grade ").append(d.grade().name()).append("\">")
                    .append(esc(d.grade().words)).append("</td>")
                    .append(count(d, "holds", t.of(Statements.HOLDS), "-all"))
                    .append(count(d, "fails", t.of(Statements.FAILS), "-fails"))
                    .append(count(d, "underdetermined", t.of(Statements.UNDERDETERMINED), "-underdetermined"))
                    .append(count(d, "undecided", t.of(Statements.UNDECIDED), "-all"))
                    .append(count(d, "printed", d.printedCorrections().size(), "-printed"))
                    .append("<td class=\"num\"><a href=\"#").append(d.anchor()).append("-all\">").append(p.of(Statements.HOLDS)).append(" / ")
                    .append(p.of(Statements.FAILS)).append(" / ").append(p.of(Statements.UNDECIDED) + p.of(Statements.UNDERDETERMINED))
                    .append("</a></td></tr>\n");
        }
        b.append("</table>\n<p class=\"small\">Counts are of statements: several claims may test one. Failing counts are after the "
                + "multiplicity correction (<a href=\"#how-to-read\">how to read</a>); printed numbers that differ are listed apart and "
                + "never counted as failing statements.</p>\n");
        if (!m.disagreements().isEmpty()) disagreements();
        b.append("<div id=\"filter\"><label><input type=\"checkbox\" id=\"open-only\"> show only the ")
                .append(m.documents().stream().flatMap(d -> d.claims().stream()).filter(c -> !c.verdict().equals(Verdict.REPRODUCED)).count())
                .append(" claims not reproduced in the tables of claims</label></div>\n");
    }

    private static String count(DocumentReport d, String what, int n, String list) {
        return "<td class=\"num\" data-count=\"" + what + "\"><a href=\"#" + d.anchor() + list + "\">" + n + "</a></td>";
    }

    private void disagreements() {
        b.append("<h2 id=\"disagreements\" class=\"differ\">Disagreements with the registry</h2>\n<table><tr><th>stage</th><th>claim</th>"
                + "<th>verdict</th><th>registered</th><th>why</th></tr>\n");
        for (ClaimView c : m.disagreements()) {
            b.append("<tr class=\"no\">").append(td(c.stage())).append("<td>").append(rowLink(c)).append("</td>").append(td(c.verdict()))
                    .append(td(c.row().registered())).append(td(Text.why(c.row()))).append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private void document(DocumentReport d) {
        String id = d.anchor();
        b.append("<section class=\"document\" id=\"").append(id).append("\">\n<h2>").append(esc(d.doc().id())).append(" · ")
                .append(esc(d.doc().title())).append("</h2>\n<p class=\"byline\">").append(esc(d.doc().byline()));
        if (!d.doc().link().isBlank()) {
            b.append(" · <a class=\"external\" href=\"").append(esc(d.doc().link())).append("\">")
                    .append(esc(d.doc().identifier().isBlank() ? d.doc().link() : d.doc().identifier())).append("</a>");
        }
        b.append("<br>What the project takes from it: ").append(esc(d.doc().takes())).append("</p>\n");
        grade(d);
        failing(d);
        printed(d);
        underdetermined(d);
        setAside(d);
        figures(d);
        claims(d);
        explanations(d);
        b.append("</section>\n");
    }

    private void grade(DocumentReport d) {
        Tally t = d.tally("document");
        b.append("<p class=\"grade ").append(d.grade().name()).append("\">Classification: <b>").append(esc(d.grade().words))
                .append("</b> (<a href=\"#grade-rule\">rule</a>). Statements: <a href=\"#").append(d.anchor()).append("-all\">")
                .append(t.of(Statements.HOLDS)).append(" hold</a>, <a href=\"#").append(d.anchor()).append("-fails\">")
                .append(t.of(Statements.FAILS)).append(" fail</a>, <a href=\"#").append(d.anchor()).append("-underdetermined\">")
                .append(t.of(Statements.UNDERDETERMINED)).append(" underdetermined</a>, <a href=\"#").append(d.anchor()).append("-all\">")
                .append(t.of(Statements.UNDECIDED)).append(" undecided</a>; <a href=\"#").append(d.anchor()).append("-printed\">")
                .append(d.printedCorrections().size()).append(" printed numbers differ</a>.");
        if (!d.doc().project()) {
            String errata = links.to(Errata.path(dir, d.doc().id()));
            b.append(" Errata to send to the authors: <a class=\"errata\" href=\"").append(esc(errata)).append("\">").append(esc(errata)).append("</a>.");
        }
        b.append("</p>\n");
    }

    private void failing(DocumentReport d) {
        List<Statement> fails = d.failing();
        if (!heading(d.anchor() + "-fails", "Statements that fail", fails.size())) return;
        b.append("<ol class=\"fails\">\n");
        for (Statement s : fails) {
            List<ClaimView> standing = s.refuted().stream().filter(ClaimView::refutationStands).toList();
            b.append("<li class=\"failing\" data-group=\"").append(esc(s.group())).append("\"><b>").append(esc(standing.get(0).claim().location()))
                    .append("</b> <small>(statement ").append(esc(s.group())).append(": ").append(standing.size()).append(" of ")
                    .append(s.deciding().size()).append(" claims refuted)</small>\n<table class=\"failures\"><tr><th>the document says</th>"
                            + "<th>document</th><th>computed</th><th>corrected</th><th>links</th></tr>\n");
            for (ClaimView c : standing) {
                b.append("<tr class=\"failure\" data-claim=\"").append(esc(c.claim().id())).append("\">").append(td(c.claim().statement()))
                        .append(numTdText(Text.documentValue(c))).append("<td class=\"num computed-value\" data-value=\"").append(c.observation().value())
                        .append("\">").append(esc(Text.computed(c))).append("</td><td class=\"corrected\">")
                        .append(esc(Text.correctionBrief(c.correction()))).append("</td><td class=\"links\">")
                        .append(linksOf(c)).append("</td></tr>\n");
            }
            b.append("</table></li>\n");
        }
        b.append("</ol>\n");
    }

    /** A list's heading with its count (the anchor the counts link to), or "None."; whether there is anything to list. */
    private boolean heading(String id, String title, int n) {
        b.append("<h3 id=\"").append(id).append("\">").append(title).append(" (").append(n).append(")</h3>\n");
        if (n == 0) b.append("<p>None.</p>\n");
        return n > 0;
    }

    private void printed(DocumentReport d) {
        List<ClaimView> printed = d.printedCorrections();
        if (!heading(d.anchor() + "-printed", "Printed numbers that differ", printed.size())) return;
        b.append("<ul>\n");
        for (ClaimView c : printed) {
            b.append("<li class=\"printed\" data-claim=\"").append(esc(c.claim().id())).append("\"><b>").append(esc(c.claim().location()))
                    .append("</b>: “").append(esc(c.claim().statement())).append("”: ").append(esc(Text.printedDifference(c)))
                    .append(". Not a failing statement.<br>").append(linksOf(c)).append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private void underdetermined(DocumentReport d) {
        List<Statement> u = d.with("document", Statements.UNDERDETERMINED);
        if (!heading(d.anchor() + "-underdetermined", "Underdetermined by the document", u.size())) return;
        b.append("<ul>\n");
        for (Statement s : u) {
            ClaimView c = s.first();
            b.append("<li class=\"underdetermined\" data-group=\"").append(esc(s.group())).append("\"><b>").append(esc(c.claim().location()))
                    .append("</b>: “").append(esc(c.claim().statement())).append("”: <span class=\"range\">").append(esc(s.range()))
                    .append("</span>. Neither holds nor fails.<br>").append(linksOf(c)).append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private void setAside(DocumentReport d) {
        List<ClaimView> aside = d.setAside();
        if (aside.isEmpty()) return;
        b.append("<h3 id=\"").append(d.anchor()).append("-set-aside\">Refutations that do not survive the multiplicity correction (")
                .append(aside.size()).append(")</h3>\n<ul>\n");
        for (ClaimView c : aside) {
            b.append("<li class=\"set-aside\" data-claim=\"").append(esc(c.claim().id())).append("\">").append(rowLink(c)).append(": refuted at its "
                    + "own level, not after Holm's correction over the document (").append(esc(Text.multiplicity(c)))
                    .append("); its statement counts as undecided.</li>\n");
        }
        b.append("</ul>\n");
    }

    private void figures(DocumentReport d) {
        if (d.figures().isEmpty()) return;
        b.append("<h3 id=\"").append(d.anchor()).append("-figures\">Figures (").append(d.figures().size()).append(")</h3>\n");
        for (FigureSet.Figure f : d.figures()) figure(d, f);
    }

    private void figure(DocumentReport d, FigureSet.Figure f) {
        byte[] bytes = read(f.image());
        boolean png = f.image().toString().endsWith(".png");
        b.append("<figure class=\"fig\" id=\"").append(f.anchor()).append("\"><img class=\"figure\" alt=\"").append(esc(f.stage() + " " + f.name()))
                .append("\" title=\"click to enlarge\" data-file=\"").append(esc(f.image().toString())).append("\" data-sha256=\"").append(sha256(bytes))
                .append('"');
        if (f.width() > 0) b.append(" width=\"").append(f.width()).append("\" height=\"").append(f.height()).append('"');
        b.append(" decoding=\"async\" src=\"data:image/").append(png ? "png" : "svg+xml").append(";base64,")
                .append(Base64.getEncoder().encodeToString(bytes)).append("\"><figcaption><b>").append(esc(f.stage())).append(" · ")
                .append(esc(f.name())).append("</b>. ");
        if (!f.entry().caption().isBlank()) b.append("Drawn: ").append(esc(f.entry().caption())).append(". ");
        List<ClaimView> shown = m.documents().stream().flatMap(x -> x.claims().stream()).filter(c -> c.figures().contains(f)).toList();
        if (!shown.isEmpty()) {
            b.append("What the documents claim, and the verdicts: ");
            Map<String, List<ClaimView>> byGroup = new LinkedHashMap<>();
            for (ClaimView c : shown) byGroup.computeIfAbsent(c.claim().paper() + " " + c.claim().group(), k -> new java.util.ArrayList<>()).add(c);
            int i = 0;
            for (List<ClaimView> g : byGroup.values()) {
                ClaimView c = g.get(0);
                b.append(i++ == 0 ? "" : "; ").append(esc(c.claim().paper() + " " + c.claim().location())).append(" “")
                        .append(esc(c.claim().statement())).append("”");
                for (ClaimView x : g) {
                    b.append(" <a class=\"claim ").append(esc(x.verdict())).append("\" href=\"#").append(x.anchor()).append("\">")
                            .append(esc(x.verdict())).append("</a>");
                }
            }
            b.append(". ");
        }
        if (f.svg() != null) b.append("<a class=\"svg\" href=\"").append(esc(links.to(f.svg()))).append("\">SVG</a>");
        b.append("</figcaption></figure>\n");
    }

    /** Every statement and its claims, one row per claim, in a table folded away (a link to a row opens it). */
    private void claims(DocumentReport d) {
        b.append("<details class=\"all\" id=\"").append(d.anchor()).append("-all\"><summary>All ").append(d.statements().size())
                .append(" statements and ").append(d.claims().size()).append(" claims of ").append(esc(d.doc().id())).append("</summary>\n")
                .append("<table class=\"claims\"><tr><th>claim</th><th>where</th><th>statement</th><th>class</th><th>document</th><th>computed</th>"
                        + "<th>refuted if</th><th>p · Holm</th><th>verdict</th><th>registered</th><th>links</th></tr>\n");
        for (Statement s : d.statements()) {
            b.append("<tr class=\"statement ").append(esc(s.outcome())).append("\"><td colspan=\"11\">statement <b>").append(esc(s.group()))
                    .append("</b> (").append(esc(s.cls())).append("): <b>").append(esc(Text.outcome(s.cls(), s.outcome()))).append("</b>")
                    .append(s.range().isEmpty() ? "" : " — " + esc(s.range())).append(s.notAfterCorrection() ? " (a refutation did not survive the correction)" : "")
                    .append("</td></tr>\n");
            for (ClaimView c : s.claims()) claimRow(c);
        }
        b.append("</table></details>\n");
    }

    private void claimRow(ClaimView c) {
        Claim k = c.claim();
        double v = c.observation().value();
        b.append("<tr id=\"").append(c.anchor()).append("\" class=\"claim").append(c.row().agrees() ? "" : " no").append("\" data-claim=\"")
                .append(esc(k.id())).append("\" data-stage=\"").append(esc(c.stage())).append("\" data-verdict=\"").append(esc(c.verdict())).append("\">")
                .append("<td><a class=\"registry\" href=\"#").append(c.registryAnchor()).append("\">").append(esc(k.id())).append("</a></td>")
                .append(td(k.location())).append(td(k.statement())).append(td(k.cls())).append(numTd(k.expected()))
                .append("<td class=\"num computed\" data-value=\"").append(Double.isNaN(v) ? "" : Double.toString(v)).append("\">")
                .append(esc(Text.num(v))).append(c.observation().statistical() ? "<br><small>± " + esc(Text.num(c.observation().se())) + "</small>" : "")
                .append("</td>").append(td(Verdict.refutedIf(k))).append(td(c.test().present() ? Text.p(c.test().p()) + " · " + Text.p(c.adjustedP()) : ""))
                .append("<td class=\"verdict ").append(esc(c.verdict())).append("\">").append(esc(c.verdict())).append("</td>")
                .append(td(c.row().registered() + (c.row().agrees() ? "" : " (DIFFERS)"))).append("<td class=\"links\">").append(linksOf(c))
                .append("</td></tr>\n");
    }

    /** why · evidence · code · figures · the row: every link of a claim. */
    private String linksOf(ClaimView c) {
        StringBuilder l = new StringBuilder("<a class=\"why\" href=\"#").append(c.whyAnchor()).append("\">why</a> · <a class=\"evidence\" href=\"")
                .append(esc(links.to(c.evidence()))).append("\">evidence</a> · <a class=\"source\" href=\"").append(esc(links.to(c.code())))
                .append("\">code</a>");
        for (FigureSet.Figure f : c.figures()) {
            l.append(" · <a class=\"figure\" href=\"#").append(f.anchor()).append("\">").append(esc(f.name())).append("</a>");
        }
        return l.append(" · <a class=\"row\" href=\"#").append(c.anchor()).append("\">row</a>").toString();
    }

    private void explanations(DocumentReport d) {
        b.append("<details class=\"whys\" id=\"").append(d.anchor()).append("-why\"><summary>Explanations: the registry's note, the "
                + "evidence and the tolerance of each claim</summary>\n");
        for (ClaimView c : d.claims()) {
            Claim k = c.claim();
            b.append("<div class=\"why\" id=\"").append(c.whyAnchor()).append("\"><b>").append(esc(k.id())).append("</b> (")
                    .append(esc(k.source())).append(", ").append(esc(c.verdict())).append(") <a href=\"#").append(c.anchor())
                    .append("\">back to the row</a><br>");
            if (!k.note().isBlank()) b.append(esc(k.note().strip())).append(' ');
            if (!c.observation().evidence().isBlank()) b.append("<i>Evidence:</i> ").append(esc(c.observation().evidence().strip())).append(' ');
            if (!c.row().range().isEmpty()) b.append("<i>Range:</i> ").append(esc(c.row().range())).append(' ');
            String size = Text.sizeNeeded(c.row());
            if (!size.isEmpty()) b.append("<i>Would decide:</i> ").append(esc(size)).append(' ');
            if (c.test().present()) b.append("<i>Multiplicity:</i> ").append(esc(Text.multiplicity(c))).append(' ');
            if (c.correction() != null) b.append("<i>Corrected:</i> ").append(esc(Text.correction(c.correction()))).append(' ');
            b.append("<i>Tolerance:</i> ").append(esc(k.toleranceReason().strip())).append("</div>\n");
        }
        b.append("</details>\n");
    }

    private void howToRead() {
        b.append("<section id=\"how-to-read\"><h2>How to read the verdicts</h2>\n");
        for (String p : Text.verdictRule()) b.append("<p>").append(esc(p)).append("</p>\n");
        b.append("<h3 id=\"multiplicity\">Multiplicity</h3>\n");
        for (String p : Text.multiplicityRule(m.chance())) b.append("<p>").append(esc(p)).append("</p>\n");
        b.append("<h3 id=\"statement-rule\">Statements and printed numbers</h3>\n");
        for (String p : Text.statementRule()) b.append("<p>").append(esc(p)).append("</p>\n");
        b.append("<h3 id=\"grade-rule\">Classification of a document</h3>\n<p>").append(esc(Grade.RULE)).append("</p>\n</section>\n");
    }

    private void whatRan() {
        String jdk = Runs.common(m.runs(), Runs.StageRun::jdk);
        b.append("<section id=\"what-ran\"><h2>What ran</h2>\n<p>").append(jdk == null ? "" : "Every stage on JDK " + esc(jdk) + ". ")
                .append("BLAS core: the OpenBLAS kernels of each stage that multiplies matrices (none for the others).</p>\n")
                .append("<table class=\"runs\"><tr><th>stage</th><th>wall</th><th>CPU</th><th>peak memory</th><th>threads</th><th>parameters</th>"
                        + "<th>source SHA-256</th>").append(jdk == null ? "<th>JDK</th>" : "").append("<th>BLAS core</th><th>commit</th></tr>\n");
        for (Runs.StageRun r : m.runs()) {
            b.append("<tr data-stage=\"").append(esc(r.stage())).append("\">").append(td(r.stage()));
            if (!r.ran()) {
                b.append("<td colspan=\"9\">not run</td></tr>\n");
                continue;
            }
            b.append(numTdText(Text.seconds(r.wallSeconds()) + (r.processes() > 1 ? " (" + r.processes() + " processes)" : "")))
                    .append(numTdText(Text.seconds(r.cpuSeconds()))).append(numTdText(Text.megabytes(r.peakRssMb()))).append(td(r.threads()))
                    .append("<td class=\"params\">").append(esc(Text.parameters(r))).append("</td><td><code>")
                    .append(esc(Text.shortHash(r.sourceSha256()))).append("</code></td>").append(jdk == null ? td(r.jdk()) : "")
                    .append(td(r.blas())).append(td(Text.commit(r))).append("</tr>\n");
        }
        b.append("</table>\n<p class=\"small\">Wall and CPU time and peak resident memory of each stage's process until it wrote its "
                + "last artifact (from the artifacts' run sidecars); a sharded stage adds its shards' times. Parameters in capitals are "
                + "those of the stage's last complete run, marked where they are not the profile's.</p></section>\n");
    }

    /** The stage view: each stage's claims (links to their rows), its sources and evidence files, its registry rows. */
    private void stages() {
        b.append("<section id=\"stages\"><h2>By stage</h2>\n");
        for (Verdicts.StageVerdicts s : m.stages()) {
            Sources src = m.sources().get(s.stage());
            b.append("<section id=\"stage-").append(esc(s.stage())).append("\"><h3>").append(esc(s.stage())).append(s.ran() ? "" : " (not run)")
                    .append("</h3>\n<p>").append(esc(Text.summary(s))).append(". Code: <a class=\"source\" href=\"").append(esc(links.to(src.script())))
                    .append("\">").append(esc(src.script().toString())).append("</a>. Claims: ");
            for (Verdicts.Row r : s.rows()) {
                b.append("<a class=\"claim ").append(esc(r.verdict())).append("\" href=\"#claim-").append(esc(s.stage())).append('-')
                        .append(esc(r.claim().id())).append("\">").append(esc(r.claim().id())).append("</a> ");
            }
            b.append("</p>\n");
            registry(s);
            b.append("</section>\n");
        }
        b.append("</section>\n");
    }

    /** The registry rows of paper-checks/&lt;stage&gt;.csv as registered (what each claim is checked against). */
    private void registry(Verdicts.StageVerdicts s) {
        b.append("<details class=\"registry\"><summary>registry rows: paper-checks/").append(esc(s.stage())).append(".csv</summary>\n")
                .append("<table><tr><th>claim</th><th>paper</th><th>location</th><th>group</th><th>class</th><th>expected</th><th>kind</th>"
                        + "<th>tolerance</th><th>tolerance reason</th><th>expected verdict</th><th>quick verdict</th></tr>\n");
        for (Verdicts.Row r : s.rows()) {
            Claim c = r.claim();
            b.append("<tr id=\"registry-").append(esc(s.stage())).append('-').append(esc(c.id())).append("\" data-claim=\"").append(esc(c.id())).append("\">")
                    .append("<td><a class=\"claim\" href=\"#claim-").append(esc(s.stage())).append('-').append(esc(c.id())).append("\">")
                    .append(esc(c.id())).append("</a></td>").append(td(c.paper())).append(td(c.location())).append(td(c.group())).append(td(c.cls()))
                    .append("<td class=\"num expected\" data-value=\"").append(c.expected()).append("\">").append(esc(Text.num(c.expected())))
                    .append("</td>").append(td(c.kind())).append("<td class=\"num tolerance\" data-value=\"").append(c.tolerance()).append("\">")
                    .append(esc(Text.num(c.tolerance()))).append("</td>").append(td(c.toleranceReason())).append(td(c.expectedVerdict()))
                    .append(td(c.quickVerdict())).append("</tr>\n");
        }
        b.append("</table></details>\n");
    }

    private static String rowLink(ClaimView c) {
        return "<a class=\"claim\" href=\"#" + c.anchor() + "\">" + esc(c.claim().id()) + "</a>";
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String numTd(double v) { return "<td class=\"num\">" + esc(Text.num(v)) + "</td>"; }

    private static String numTdText(String s) { return "<td class=\"num\">" + esc(s) + "</td>"; }

    private static String td(String s) { return "<td>" + esc(s) + "</td>"; }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Body text 15 px: the figures' axis and tick labels (lib/Charts) are drawn at least that size, shown at 1:1. */
    private static final String STYLE = """
            <style>
            body{font:15px/1.45 sans-serif;color:#222;margin:0}main{max-width:1340px;margin:0 auto;padding:0 16px 4em}
            h1{font-size:26px}h2{margin-top:1.6em;border-bottom:2px solid #ddd}h3{margin:1.2em 0 .4em}
            .meta,.small,small{font-size:13px;color:#555}.meta .differ,.differ{color:#b03000;font-weight:bold}
            #toc{position:sticky;top:0;background:#fff;padding:6px 0;border-bottom:1px solid #ccc;z-index:2}
            table{border-collapse:collapse;font-size:14px}th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
            th{background:#f3f3f3}td.num{text-align:right;font-family:monospace}table.claims{width:100%}
            tr.statement td{background:#f7f7f7}tr.statement.fails td{background:#fbe9e4}tr.statement.underdetermined td{background:#fdf6dd}
            .reproduced{color:#0a6d2c}.refuted{color:#b03000;font-weight:bold}.inconclusive{color:#8a6d00}.underdetermined{color:#6a3d9a}.no{background:#fdd}
            table.runs td{font-size:13px}td.params{max-width:480px}
            td.grade,p.grade{font-weight:bold}.grade.REPRODUCED{color:#0a6d2c}.grade.WITH_CORRECTIONS{color:#3b6e00}.grade.PARTLY{color:#8a6d00}
            .grade.NOT_REPRODUCIBLE{color:#b03000}p.grade{font-weight:normal;padding:6px 10px;border-left:5px solid currentColor;background:#fafafa}
            ol.fails>li{margin:.8em 0}table.failures{width:100%;margin-top:4px}table.failures td:first-child{width:46%}
            li.printed,li.underdetermined{margin:.4em 0}.corrected{color:#0a4d8c}td.links{white-space:nowrap;font-size:13px}
            #filter{margin:8px 0}body.open-only tr.claim[data-verdict=reproduced]{display:none}
            figure.fig{margin:18px 0;padding-top:8px;border-top:1px dashed #ccc}figure.fig img{max-width:100%;height:auto;cursor:zoom-in;display:block}
            figure.fig figcaption{max-width:1000px;margin-top:6px}
            figure.fig.zoom{position:fixed;inset:0;margin:0;padding:1vh 1vw;background:#fff;z-index:10;overflow:auto;border:0;box-sizing:border-box}
            figure.fig.zoom img{max-width:none;height:auto;cursor:zoom-out}
            figure.fig.zoom figcaption{display:none}
            .why{font-size:14px;margin:8px 0;padding:4px 8px;border-left:3px solid #ddd}
            :target{outline:3px solid #0072B2}[id]{scroll-margin-top:56px}details{margin:8px 0}summary{cursor:pointer;font-weight:bold}
            </style>
            """;

    /** Enlarge a figure on click (again or Escape: back); open the folded block a link leads into. */
    private static final String SCRIPT = """
            <script>
            document.getElementById('open-only').addEventListener('change', function (e) {
              document.body.classList.toggle('open-only', e.target.checked);
            });
            document.querySelectorAll('figure.fig img').forEach(function (img) {
              img.addEventListener('click', function () {
                // fit the window (at most twice the size); a tall figure is enlarged to the width and scrolls
                var on = img.parentElement.classList.toggle('zoom'), w = 0.96 * document.documentElement.clientWidth / img.naturalWidth;
                var scale = Math.max(Math.min(w, 0.96 * window.innerHeight / img.naturalHeight, 2), Math.min(w, 1.5));
                img.style.width = on ? Math.round(scale * img.naturalWidth) + 'px' : '';
              });
            });
            document.addEventListener('keydown', function (e) {
              if (e.key === 'Escape') document.querySelectorAll('figure.zoom img').forEach(function (i) { i.click(); });
            });
            function openTarget() {
              var id = decodeURIComponent(location.hash.slice(1)), e = id && document.getElementById(id);
              if (!e) return;
              for (var p = e; p; p = p.parentElement) if (p.tagName === 'DETAILS') p.open = true;
              e.scrollIntoView();
            }
            window.addEventListener('hashchange', openTarget);
            openTarget();
            </script>
            """;
}
