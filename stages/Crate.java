///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//DEPS com.fasterxml.jackson.core:jackson-databind:2.21.3
//SOURCES lib/AtomicFiles.java
//SOURCES lib/BadInput.java
//SOURCES lib/Documents.java
//SOURCES lib/Provenance.java
//SOURCES crate/RunCrate.java

import crate.RunCrate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * make report's research-object record: a Workflow Run RO-Crate (ro-crate-metadata.json at the clone's root, the
 * crate's root) of the profile's run: the stages, their parameters, inputs, outputs with SHA-256, software and the
 * documents they judge (crate/RunCrate).
 */
@Command(name = "crate", mixinStandardHelpOptions = true, description = "Write the Workflow Run RO-Crate of the pipeline's run.")
public class Crate implements Callable<Integer> {
    @Option(names = "--profile", required = true, description = "the profile that ran") String profile;
    @Option(names = "--data", required = true, description = "the profile's data root, e.g. data/quick") Path data;
    @Option(names = "--registry", defaultValue = "paper-checks", description = "the claims registry (default ${DEFAULT-VALUE})") Path registry;
    @Option(names = "--documents", defaultValue = "docs/documents.csv", description = "the documents (default ${DEFAULT-VALUE})") Path documents;
    @Option(names = "--pipeline", required = true, split = ",", description = "the stages in pipeline order") List<String> stages;
    @Option(names = "--reports", split = ",", description = "the report's files") List<Path> reports = new ArrayList<>();
    @Option(names = "--out", defaultValue = "ro-crate-metadata.json", description = "where (default ${DEFAULT-VALUE}; the crate's root is its folder)") Path out;

    @Override
    public Integer call() throws Exception {
        Path root = out.toAbsolutePath().getParent();
        List<RunCrate.Stage> list = new ArrayList<>();
        for (String s : stages) list.add(new RunCrate.Stage(s, data.resolve(s), registry.resolve(s + ".csv")));
        RunCrate.write(new RunCrate(root).build(profile, list, documents, reports), out);
        return 0;
    }

    public static void main(String... args) { System.exit(new CommandLine(new Crate()).execute(args)); }
}
