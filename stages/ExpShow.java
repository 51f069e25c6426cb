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
//SOURCES diff/ParamsDiff.java

import diff.ParamsDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import lib.Artifact;
import lib.Claims;
import lib.StageCli;
import lib.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * make exp-show: the experiments of a profile as one table, as `dvc exp show` lists them: each experiment's name, the
 * parameters it changed, the stages that ran with other parameters than the profile's, and the claims whose verdict
 * moved from the registered one, with the value the experiment computed.
 */
@Command(name = "exp-show", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "List the experiments under <data>/exp: parameters, stages rerun, claims that moved")
class ExpShow implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "data", description = "the profile's data root (its experiments are in <data>/exp)")
    Path data;

    public static void main(String... args) { StageCli.main(new ExpShow(), args); }

    @Override
    public Integer call() throws IOException {
        Path exp = data.resolve("exp");
        List<Path> experiments = new ArrayList<>();
        if (Files.isDirectory(exp)) {
            try (Stream<Path> s = Files.list(exp)) {
                experiments = s.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve(".seeded"))).sorted().toList();
            }
        }
        if (experiments.isEmpty()) {
            System.out.println("No experiments in " + exp + ": a parameter on the command line starts one (make gd-moments N=200).");
            return StageCli.OK;
        }
        var profile = ParamsDiff.read(data);
        StringBuilder b = new StringBuilder("| experiment | parameters | stages rerun | claims that moved (registered → now: computed) |\n|---|---|---|---|\n");
        for (Path e : experiments) {
            String params = Files.readString(e.resolve(".seeded"), StandardCharsets.UTF_8).trim();
            List<String> rerun = new ArrayList<>();
            ParamsDiff.compare(profile, ParamsDiff.read(e)).forEach(c -> { if (!rerun.contains(c.stage())) rerun.add(c.stage()); });
            b.append("| ").append(String.join(" | ", e.getFileName().toString(), params.isEmpty() ? "(EXP= only)" : params,
                    rerun.isEmpty() ? "none yet" : String.join(", ", rerun), String.join("; ", moved(e)))).append(" |\n");
        }
        System.out.print(b);
        return StageCli.OK;
    }

    /** "stage/claim: registered → verdict: value" for every claim of the experiment whose verdict differs from the registry. */
    static List<String> moved(Path experiment) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(experiment)) {
            for (Path stage : s.filter(d -> Files.exists(d.resolve("checks.csv"))).sorted().toList()) {
                Table t = Artifact.read(stage.resolve("checks.csv"), Claims.CHECKS);
                for (int i = 0; i < t.rows(); i++) {
                    if (t.text(i, "agrees").equals("true")) continue;
                    String se = t.text(i, "standard_error");
                    out.add(stage.getFileName() + "/" + t.text(i, "claim") + ": " + t.text(i, "registered_verdict") + " → "
                            + t.text(i, "verdict") + ": " + t.text(i, "observed") + (se.isEmpty() ? "" : " ± " + se));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.isEmpty() ? List.of("none") : out;
    }
}
