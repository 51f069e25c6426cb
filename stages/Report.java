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
//SOURCES lib/Observation.java
//SOURCES lib/Verdict.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Table.java
//SOURCES report/Verdicts.java
//SOURCES report/Statements.java
//SOURCES report/Markdown.java
//SOURCES report/Html.java

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import lib.AtomicFiles;
import lib.StageCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import report.Html;
import report.Markdown;
import report.Verdicts;

/** make check: gathers every stage's verdicts into a Markdown table and one self-contained HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Gather data/<stage>/checks.csv into <out>.md and <out>.html")
class Report implements Callable<Integer> {
    @Option(names = "--data", description = "data root holding <stage>/checks.csv", defaultValue = "data")
    Path data;
    @Option(names = "--figures", description = "figure root holding <stage>/*.svg", defaultValue = "figures")
    Path figures;
    @Option(names = "--registry", description = "folder of claim registries <stage>.csv", defaultValue = "paper-checks")
    Path registry;
    @Option(names = "--out", description = "output path without extension", defaultValue = "paper-checks/report")
    Path out;
    @Option(names = "--profile", description = "whose registered verdicts apply: paper or quick", defaultValue = "paper")
    String profile;
    @Option(names = "--stages", split = ",", description = "the pipeline's stages (default: every registry in --registry); "
            + "a registry of no stage is left out, saying so")
    List<String> pipeline = List.of();

    public static void main(String... args) { StageCli.main(new Report(), args); }

    @Override
    public Integer call() {
        List<Verdicts.StageVerdicts> stages = Verdicts.gather(registry, data, profile, pipeline);
        String md = Markdown.render(stages, profile);
        String html = Html.render(stages, figures, profile);
        long differ = stages.stream().filter(Verdicts.StageVerdicts::ran).mapToLong(Verdicts.StageVerdicts::disagreements).sum();
        long notRun = stages.stream().filter(st -> !st.ran()).count();
        AtomicFiles.writeText(out.resolveSibling(out.getFileName() + ".md"), w -> w.write(md));
        AtomicFiles.writeText(out.resolveSibling(out.getFileName() + ".html"), w -> w.write(html));
        // the status is what `make check` fails on; the report itself stays, so a disagreement can be read
        AtomicFiles.writeText(out.resolveSibling(out.getFileName() + ".status"), w -> w.write(differ == 0 && notRun == 0 ? "agree\n"
                : "differ " + differ + (notRun > 0 ? " not-run " + notRun : "") + "\n"));
        // one line on the terminal: where the report is and whether every verdict agrees (the report itself says the rest)
        String banner = Markdown.banner(stages).replace("*", "").replace("> ", "").strip();
        System.out.println("report: " + out + ".html and .md · " + banner);
        return StageCli.OK;
    }
}
