package report;

import java.nio.file.Path;
import java.util.List;
import lib.Claim;
import report.Model.DocumentReport;
import report.Statements.Statement;
import report.Statements.Tally;

/**
 * The model as GitHub-flavoured Markdown, in the HTML page's order: a table of contents, the documents with their
 * grades and counts, per document what fails, the printed numbers that differ, what is underdetermined, its figures
 * (relative image links, each to its SVG) and every claim; then how to read the verdicts and what ran. Anchors are
 * explicit ({@code <a id>}), so links hold on GitHub and in any Markdown viewer.
 */
public final class Markdown {
    private final Model m;
    private final Path dir;
    private final Links links;
    private final StringBuilder b = new StringBuilder();

    private Markdown(Model m, Path dir) {
        this.m = m;
        this.dir = dir;
        this.links = new Links(dir);
    }

    /** The report, with links relative to {@code dir}, the folder it is written to. */
    public static String render(Model m, Path dir) {
        Markdown md = new Markdown(m, dir);
        md.head();
        for (DocumentReport d : m.documents()) md.document(d);
        md.howToRead();
        md.whatRan();
        return md.b.toString();
    }

    private void head() {
        b.append("# A referee's report (grf-repro, profile ").append(m.profile()).append(")\n\n")
                .append(m.claimCount()).append(" claims checked. ").append(m.disagreements().isEmpty() ? Text.agreement(m) : "**" + Text.agreement(m) + "**")
                .append("\n\n**Contents:** [documents](#documents)");
        for (DocumentReport d : m.documents()) b.append(" · [").append(d.doc().id()).append("](#").append(d.anchor()).append(")");
        if (!m.disagreements().isEmpty()) b.append(" · [disagreements](#disagreements)");
        b.append(" · [how to read the verdicts](#how-to-read) · [what ran](#what-ran)\n\n");
        b.append("<a id=\"documents\"></a>\n\n## The documents\n\n| document | classification ([rule](#grade-rule)) | hold | fail | underdetermined "
                + "| undecided | printed numbers differ | project checks pass / fail / undecided |\n|---|---|---|---|---|---|---|---|\n");
        for (DocumentReport d : m.documents()) {
            Tally t = d.tally("document");
            Tally p = d.tally("project");
            String a = "#" + d.anchor();
            b.append("| [**").append(d.doc().id()).append("**](").append(a).append(") ").append(cell(d.doc().title())).append(" | ")
                    .append(d.grade().words).append(" | [").append(t.of(Statements.HOLDS)).append("](").append(a).append("-all) | [")
                    .append(t.of(Statements.FAILS)).append("](").append(a).append("-fails) | [").append(t.of(Statements.UNDERDETERMINED))
                    .append("](").append(a).append("-underdetermined) | [").append(t.of(Statements.UNDECIDED)).append("](").append(a)
                    .append("-all) | [").append(d.printedCorrections().size()).append("](").append(a).append("-printed) | ")
                    .append(p.of(Statements.HOLDS)).append(" / ").append(p.of(Statements.FAILS)).append(" / ")
                    .append(p.of(Statements.UNDECIDED) + p.of(Statements.UNDERDETERMINED)).append(" |\n");
        }
        b.append("\nCounts are of statements (several claims may test one), failing counts after the multiplicity correction.\n\n");
        if (m.disagreements().isEmpty()) return;
        b.append("<a id=\"disagreements\"></a>\n\n## Disagreements with the registry\n\n| stage | claim | verdict | registered | why |\n|---|---|---|---|---|\n");
        for (ClaimView c : m.disagreements()) {
            b.append("| ").append(c.stage()).append(" | [").append(c.claim().id()).append("](#").append(c.anchor()).append(") | ").append(c.verdict())
                    .append(" | ").append(c.row().registered()).append(" | ").append(cell(Text.why(c.row()))).append(" |\n");
        }
        b.append('\n');
    }

    private void document(DocumentReport d) {
        b.append("<a id=\"").append(d.anchor()).append("\"></a>\n\n## ").append(d.doc().id()).append(": ").append(d.doc().title()).append("\n\n")
                .append(d.doc().byline());
        if (!d.doc().link().isBlank()) b.append(" · [").append(d.doc().identifier().isBlank() ? d.doc().link() : d.doc().identifier())
                .append("](").append(d.doc().link()).append(")");
        b.append("  \nWhat the project takes from it: ").append(d.doc().takes()).append("\n\n**Classification: ").append(d.grade().words)
                .append("** ([rule](#grade-rule)).");
        String errata = links.to(Errata.path(dir, d.doc().id()));
        if (!d.doc().project()) b.append(" Errata to send to the authors: [").append(errata).append("](").append(errata).append(").");
        b.append("\n\n");
        failing(d);
        printed(d);
        underdetermined(d);
        for (ClaimView c : d.setAside()) {
            b.append("- Set aside by the multiplicity correction: [").append(c.claim().id()).append("](#").append(c.anchor())
                    .append(") (").append(Text.multiplicity(c)).append(")\n");
        }
        figures(d);
        claims(d);
    }

    private void failing(DocumentReport d) {
        List<Statement> fails = d.failing();
        heading(d.anchor() + "-fails", "Statements that fail", fails.size());
        int n = 0;
        for (Statement s : fails) {
            List<ClaimView> standing = s.refuted().stream().filter(ClaimView::refutationStands).toList();
            b.append(++n).append(". **").append(standing.get(0).claim().location()).append("** (statement `").append(s.group()).append("`)\n");
            for (ClaimView c : standing) {
                b.append("   - ").append(c.claim().statement()).append(" — document: ").append(Text.documentValue(c))
                        .append("; computed: ").append(Text.computed(c));
                if (c.correction() != null) b.append("; corrected: ").append(Text.correctionBrief(c.correction()));
                b.append(". ").append(linksOf(c)).append('\n');
            }
        }
        b.append('\n');
    }

    /** A list's heading with its count, under the anchor the counts link to; "None." when there is nothing to list. */
    private void heading(String id, String title, int n) {
        b.append("<a id=\"").append(id).append("\"></a>\n\n### ").append(title).append(" (").append(n).append(")\n\n");
        if (n == 0) b.append("None.\n");
    }

    private void printed(DocumentReport d) {
        List<ClaimView> printed = d.printedCorrections();
        heading(d.anchor() + "-printed", "Printed numbers that differ", printed.size());
        for (ClaimView c : printed) {
            b.append("- **").append(c.claim().location()).append("**: ").append(c.claim().statement()).append(": ").append(Text.printedDifference(c))
                    .append(". Not a failing statement. ").append(linksOf(c)).append('\n');
        }
        b.append('\n');
    }

    private void underdetermined(DocumentReport d) {
        List<Statement> u = d.with("document", Statements.UNDERDETERMINED);
        heading(d.anchor() + "-underdetermined", "Underdetermined by the document", u.size());
        for (Statement s : u) {
            ClaimView c = s.first();
            b.append("- **").append(c.claim().location()).append("**: ").append(c.claim().statement()).append(": ").append(s.range())
                    .append(". Neither holds nor fails. ").append(linksOf(c)).append('\n');
        }
        b.append('\n');
    }

    private void figures(DocumentReport d) {
        if (d.figures().isEmpty()) return;
        b.append("### Figures\n\n");
        for (FigureSet.Figure f : d.figures()) {
            b.append("<a id=\"").append(f.anchor()).append("\"></a>\n\n[![").append(f.stage()).append(' ').append(f.name()).append("](")
                    .append(links.to(f.image())).append(")](").append(links.to(f.svg() != null ? f.svg() : f.image())).append(")  \n*")
                    .append(f.stage()).append(" · ").append(f.name()).append("*");
            if (!f.entry().caption().isBlank()) b.append(": ").append(f.entry().caption());
            b.append(".\n\n");
        }
    }

    private void claims(DocumentReport d) {
        b.append("<a id=\"").append(d.anchor()).append("-all\"></a>\n\n<details><summary>All ").append(d.statements().size()).append(" statements and ")
                .append(d.claims().size()).append(" claims of ").append(d.doc().id()).append("</summary>\n\n")
                .append("| claim | where | statement | class | document | computed | p · Holm | verdict | registered | links |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Statement s : d.statements()) {
            for (ClaimView c : s.claims()) {
                Claim k = c.claim();
                b.append("| <a id=\"").append(c.anchor()).append("\"></a>").append(k.id()).append(" | ").append(cell(k.location())).append(" | ")
                        .append(cell(k.statement())).append(" | ").append(k.cls()).append(" | ").append(Text.num(k.expected())).append(" | ")
                        .append(Text.computed(c)).append(" | ").append(c.test().present() ? Text.p(c.test().p()) + " · " + Text.p(c.adjustedP()) : "")
                        .append(" | ").append(c.verdict()).append(" | ").append(c.row().registered()).append(c.row().agrees() ? "" : " **(DIFFERS)**")
                        .append(" | ").append(cell(linksOf(c))).append(" |\n");
            }
        }
        b.append("\n</details>\n\n<details><summary>Explanations</summary>\n\n");
        for (ClaimView c : d.claims()) {
            Claim k = c.claim();
            b.append("- <a id=\"").append(c.whyAnchor()).append("\"></a>**").append(k.id()).append("** (").append(k.source()).append(", ")
                    .append(c.verdict()).append(")");
            if (!k.note().isBlank()) b.append(": ").append(k.note().strip());
            if (!c.observation().evidence().isBlank()) b.append(" *Evidence:* ").append(c.observation().evidence().strip());
            if (!c.row().range().isEmpty()) b.append(" *Range:* ").append(c.row().range());
            String size = Text.sizeNeeded(c.row());
            if (!size.isEmpty()) b.append(" *Would decide:* ").append(size);
            if (c.test().present()) b.append(" *Multiplicity:* ").append(Text.multiplicity(c));
            b.append(" *Tolerance:* ").append(k.toleranceReason().strip()).append(" [back](#").append(c.anchor()).append(")\n");
        }
        b.append("\n</details>\n\n");
    }

    private String linksOf(ClaimView c) {
        StringBuilder l = new StringBuilder("[why](#").append(c.whyAnchor()).append(") · [evidence](").append(links.to(c.evidence()))
                .append(") · [code](").append(links.to(c.code())).append(")");
        for (FigureSet.Figure f : c.figures()) l.append(" · [").append(f.name()).append("](#").append(f.anchor()).append(")");
        return l.toString();
    }

    private void howToRead() {
        b.append("<a id=\"how-to-read\"></a>\n\n## How to read the verdicts\n\n");
        for (String p : Text.verdictRule()) b.append(p).append("\n\n");
        b.append("<a id=\"multiplicity\"></a>\n\n### Multiplicity\n\n");
        for (String p : Text.multiplicityRule(m.chance())) b.append(p).append("\n\n");
        b.append("### Statements and printed numbers\n\n");
        for (String p : Text.statementRule()) b.append(p).append("\n\n");
        b.append("<a id=\"grade-rule\"></a>\n\n### Classification of a document\n\n").append(Grade.RULE).append("\n\n");
    }

    private void whatRan() {
        String jdk = Runs.common(m.runs(), Runs.StageRun::jdk);
        b.append("<a id=\"what-ran\"></a>\n\n## What ran\n\n").append(jdk == null ? "" : "Every stage on JDK " + jdk + ". ")
                .append("Wall and CPU time and peak resident memory of each stage's process until it wrote its last artifact.\n\n")
                .append("| stage | wall | CPU | peak memory | threads | parameters | source SHA-256 |").append(jdk == null ? " JDK |" : "")
                .append(" BLAS core | commit |\n|---|---|---|---|---|---|---|").append(jdk == null ? "---|" : "").append("---|---|\n");
        for (Runs.StageRun r : m.runs()) {
            if (!r.ran()) {
                b.append("| ").append(r.stage()).append(" | not run |").append(" |".repeat(jdk == null ? 8 : 7)).append('\n');
                continue;
            }
            b.append("| ").append(r.stage()).append(" | ").append(Text.seconds(r.wallSeconds())).append(" | ").append(Text.seconds(r.cpuSeconds()))
                    .append(" | ").append(Text.megabytes(r.peakRssMb())).append(" | ").append(r.threads()).append(" | ").append(cell(Text.parameters(r)))
                    .append(" | `").append(Text.shortHash(r.sourceSha256())).append("` | ").append(jdk == null ? cell(r.jdk()) + " | " : "")
                    .append(cell(r.blas())).append(" | ").append(Text.commit(r)).append(" |\n");
        }
        b.append('\n');
    }

    static String cell(String s) { return s.replace("|", "\\|").replace("\n", " "); }
}
