///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//DEPS org.apache.commons:commons-math3:3.6.1
//SOURCES lib/AtomicFiles.java
//SOURCES lib/Artifact.java
//SOURCES lib/BadInput.java
//SOURCES lib/Claim.java
//SOURCES lib/ClaimLines.java
//SOURCES lib/Claims.java
//SOURCES lib/OpenParameter.java
//SOURCES lib/Observation.java
//SOURCES lib/Verdict.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Table.java
//SOURCES report/Verdicts.java
//SOURCES lib/Documents.java
//SOURCES report/Multiplicity.java
//SOURCES report/ClaimView.java
//SOURCES report/Statements.java
//SOURCES report/Grade.java
//SOURCES report/FigureSet.java
//SOURCES report/Sources.java
//SOURCES report/Runs.java
//SOURCES report/Model.java
//SOURCES report/Text.java
//SOURCES report/Links.java
//SOURCES report/Markdown.java
//SOURCES report/Html.java
//SOURCES report/Errata.java

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lib.AtomicFiles;
import lib.StageCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import lib.Documents;
import report.Errata;
import report.FigureSet;
import report.Html;
import report.Markdown;
import report.Model;
import report.Text;

/**
 * make check: the report a referee would hand in, per document: report.md, a self-contained report.html, and the
 * errata of each document (errata/&lt;document&gt;.md beside them), all read from one model of the verdicts.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Gather data/<stage>/checks.csv into <out>.md, <out>.html and errata/<document>.md beside them")
class Report implements Callable<Integer> {
    @Option(names = "--data", description = "data root holding <stage>/checks.csv", defaultValue = "data")
    Path data;
    @Option(names = "--figures", description = "figure root holding <stage>/*.png and *.svg", defaultValue = "figures")
    Path figures;
    @Option(names = "--registry", description = "folder of claim registries <stage>.csv", defaultValue = "paper-checks")
    Path registry;
    @Option(names = "--documents", description = "the table of documents", defaultValue = "docs/documents.csv")
    Path documents;
    @Option(names = "--stages", description = "the stage scripts' folder (linked as the code of each claim)", defaultValue = "stages")
    Path stages;
    @Option(names = "--profiles", description = "the parameter profiles' folder", defaultValue = "workflow/profiles")
    Path profiles;
    @Option(names = "--out", description = "output path without extension", defaultValue = "paper-checks/report")
    Path out;
    @Option(names = "--profile", description = "whose registered verdicts apply: paper or quick", defaultValue = "paper")
    String profile;
    @Option(names = "--pipeline", split = ",", description = "the pipeline's stages (default: every registry in --registry); "
            + "a registry of no stage is left out, saying so")
    List<String> pipeline = List.of();

    public static void main(String... args) { StageCli.main(new Report(), args); }

    /** "  000  partly reproduced: 20 hold, 6 fail, 1 underdetermined, 3 undecided · Chouza, Roberts, Zohren (2018)" */
    static String documentLine(Model.DocumentReport d) {
        if (d.doc().project()) return String.format(Locale.ROOT, "  %-8s %s", d.doc().id(), d.grade().words);
        report.Statements.Tally t = d.tally("document");
        StringBuilder counts = new StringBuilder();
        int all = 0;
        for (String outcome : report.Statements.OUTCOMES) {
            all += t.of(outcome);
            String plural = outcome.equals(report.Statements.HOLDS) ? "hold" : outcome.equals(report.Statements.FAILS) ? "fail" : outcome;
            if (t.of(outcome) > 0) counts.append(counts.length() == 0 ? "" : ", ").append(t.of(outcome)).append(' ').append(plural);
        }
        return String.format(Locale.ROOT, "  %-8s %s: of %d statements %s · %s", d.doc().id(), d.grade().words, all, counts, d.doc().byline());
    }

    @Override
    public Integer call() {
        Model m = Model.build(new Model.Inputs(registry, data, figures, stages, documents, FigureSet.MAP, profiles), profile,
                Documents.load(documents), pipeline);
        Path dir = out.toAbsolutePath().getParent();
        String name = out.getFileName().toString();
        for (Model.DocumentReport d : m.documents()) {
            if (d.doc().project()) continue;
            Path errata = Errata.path(dir, d.doc().id());
            AtomicFiles.writeText(errata, w -> w.write(Errata.render(m, d, errata.getParent())));
        }
        AtomicFiles.writeText(dir.resolve(name + ".md"), w -> w.write(Markdown.render(m, dir)));
        AtomicFiles.writeText(dir.resolve(name + ".html"), w -> w.write(Html.render(m, dir)));
        // the status is what `make check` fails on; the report itself stays, so a disagreement can be read
        // disagreements among the stages that ran; a stage that has not run is counted apart
        long differ = m.stages().stream().filter(report.Verdicts.StageVerdicts::ran).mapToLong(report.Verdicts.StageVerdicts::disagreements).sum();
        AtomicFiles.writeText(dir.resolve(name + ".status"), w -> w.write(differ == 0 && m.notRun() == 0 ? "agree\n"
                : "differ " + differ + (m.notRun() > 0 ? " not-run " + m.notRun() : "") + "\n"));
        // the terminal: one line per document (its grade), then where the report is and whether every verdict agrees;
        // each stage's own line said its counts as it ran
        for (Model.DocumentReport d : m.documents()) System.out.println(documentLine(d));
        System.out.println("report: " + out + ".html · " + Text.agreement(m));
        return StageCli.OK;
    }
}
