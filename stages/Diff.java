///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//SOURCES lib/AtomicFiles.java
//SOURCES lib/Artifact.java
//SOURCES lib/BadInput.java
//SOURCES lib/Claim.java
//SOURCES lib/ClaimLines.java
//SOURCES lib/Claims.java
//SOURCES lib/OpenParameter.java
//SOURCES lib/Documents.java
//SOURCES lib/Observation.java
//SOURCES lib/Verdict.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Table.java
//SOURCES diff/ChecksDiff.java
//SOURCES diff/ParamsDiff.java
//DEPS org.apache.commons:commons-math3:3.6.1

import diff.ChecksDiff;
import diff.ParamsDiff;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import lib.AtomicFiles;
import lib.Documents;
import lib.StageCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** make diff: this run's computed values and verdicts against another run's, claim by claim with each claim's tolerance. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare <data>/<stage>/checks.csv with <base>/<stage>/checks.csv; print a Markdown table")
class Diff implements Callable<Integer> {
    @Option(names = "--base", required = true, description = "the other run's data root (<stage>/checks.csv)") Path base;
    @Option(names = "--data", defaultValue = "data", description = "this run's data root") Path data;
    @Option(names = "--base-name", defaultValue = "base", description = "what to call the other run") String baseName;
    @Option(names = "--name", defaultValue = "this tree", description = "what to call this run") String name;
    @Option(names = "--out", description = "also write the table to this file") Path out;
    @Option(names = "--all", description = "list every claim, also those that did not change") boolean all;
    @Option(names = "--fail-on-change", description = "exit 1 when a verdict changed (make diff; DIFF_FAIL=no turns it off)")
    boolean failOnChange;
    @Option(names = "--findings", description = "an experiment against its profile: a moved verdict is a finding (exit 0)")
    boolean findings;
    @Option(names = "--documents", defaultValue = "docs/documents.csv", description = "the table of documents (names each claim's document)")
    Path documents;

    public static void main(String... args) { StageCli.main(new Diff(), args); }

    @Override
    public Integer call() {
        List<ChecksDiff.Change> claims = ChecksDiff.compare(ChecksDiff.read(base), ChecksDiff.read(data));
        String md = ParamsDiff.markdown(ParamsDiff.compare(ParamsDiff.read(base), ParamsDiff.read(data)), baseName, name)
                + ChecksDiff.markdown(claims, baseName, name, all, Documents.load(documents));
        if (out != null) AtomicFiles.writeText(out, w -> w.write(md));
        System.out.print(md);
        long moved = claims.stream().filter(c -> c.change().equals(ChecksDiff.VERDICT)).count();
        if (moved > 0 && findings) System.out.println("\n" + moved + " verdicts moved in " + name + ": findings, kept in " + (out == null ? "" : out));
        return moved > 0 && failOnChange && !findings ? StageCli.CLAIMS_DIFFER : StageCli.OK;
    }
}
