///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx8g
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//DEPS org.apache.commons:commons-math3:3.6.1
//DEPS org.jfree:jfreechart:1.5.6
//DEPS org.jfree:org.jfree.svg:5.0.7
//SOURCES lib/AtomicFiles.java
//SOURCES lib/Artifact.java
//SOURCES lib/BadInput.java
//SOURCES lib/Charts.java
//SOURCES lib/Claim.java
//SOURCES lib/CheckOptions.java
//SOURCES lib/ClaimLines.java
//SOURCES lib/Claims.java
//SOURCES lib/OpenParameter.java
//SOURCES lib/Observation.java
//SOURCES lib/Require.java
//SOURCES lib/Verdict.java
//SOURCES lib/Provenance.java
//SOURCES lib/Schema.java
//SOURCES lib/StageCli.java
//SOURCES lib/Stats.java
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES blackbox/ClaimIds.java
//SOURCES blackbox/Dataset.java
//SOURCES blackbox/Idx.java
//SOURCES blackbox/MnistFiles.java
//SOURCES blackbox/EtaCrit.java
//SOURCES blackbox/Run.java
//SOURCES blackbox/Schemas.java
//SOURCES blackbox/Analysis.java
//SOURCES blackbox/Figures.java
//SOURCES studies/Outputs.java
//SOURCES studies/Analysis.java
//SOURCES studies/CritError.java
//SOURCES studies/OverM.java
//SOURCES studies/Figure.java

import blackbox.Analysis;
import blackbox.ClaimIds;
import blackbox.Figures;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lib.CheckOptions;
import lib.Claims;
import lib.Provenance;
import lib.StageCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * make blackbox-mnist: checks blackbox-sweep's runs of the "black box" random-field classifier against 000 §4.2
 * and eq (34), then draws Figures 9-10: eta_crit per run and its scaling with N_P, the MNIST accuracy at N_P = 5000
 * against the paper's 96 % and the logistic-regression baseline. Cheap: it reads the sweep, it does not train.
 */
@Command(name = "blackbox-mnist", mixinStandardHelpOptions = true,
        description = "Check the blackbox sweep against 000 §4.2 and eq (34); Figures 9-10.")
public class BlackboxMnist implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--sweep", defaultValue = "data/blackbox-sweep", description = "blackbox-sweep's artifacts") Path sweep;
    @Option(names = "--etacrit", defaultValue = "data/blackbox-studies/etacrit.csv", description = "blackbox-etacrit's etacrit.csv") Path etacritFile;
    @Option(names = "--out", defaultValue = "data/blackbox-mnist") Path out;
    @Mixin CheckOptions check;

    public static void main(String... args) { StageCli.main(new BlackboxMnist(), args); }

    @Override public Integer call() {
        Provenance prov = new Provenance("blackbox-mnist", Path.of("stages/BlackboxMnist.java"), spec);
        Claims claims = check.load(ClaimIds.ALL);
        Analysis analysis = Analysis.load(sweep, prov);
        studies.Analysis study = studies.Analysis.load(etacritFile, prov);
        analysis.write(out, prov);
        analysis.checkClaims(claims);
        study.checkClaims(claims, claims.claim("eta_crit_mnist_n500").expected(), claims.claim("eta_crit_mnist_n5000").expected());
        if (claims.finish(out.resolve("checks.csv"), prov) != 0) return StageCli.CLAIMS_DIFFER;
        Figures.render(analysis, check.figures(), claims.claim("eta_crit_mnist_n500").expected(), claims.claim("eta_crit_mnist_n5000").expected());
        studies.Figure.render(study, claims.claim("eta_crit_mnist_n500").expected(), claims.claim("eta_crit_mnist_n5000").expected(),
                check.figures());
        return StageCli.OK;
    }
}
