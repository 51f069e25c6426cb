package lib;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** A stand-in stage command for tests of provenance and artifacts. */
@Command(name = "test-stage")
class TestCommand implements Callable<Integer> {
    @Option(names = "--n", defaultValue = "500") int n;
    @Option(names = "--seed", defaultValue = "7") long seed;
    @Option(names = "--threads", defaultValue = "2") int threads;
    @Option(names = "--out", defaultValue = "data/x") Path out;

    @Override public Integer call() { return 0; }

    static CommandSpec spec(String... args) {
        CommandLine cli = new CommandLine(new TestCommand());
        cli.parseArgs(args);
        return cli.getCommandSpec();
    }

    static Provenance provenance(String... args) {
        return new Provenance("test-stage", Path.of("stages/Diff.java"), spec(args));   // a small script that exists: its sources are hashed
    }
}
