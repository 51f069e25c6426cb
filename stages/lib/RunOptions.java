package lib;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every stage shares (a picocli mixin): where its artifacts go, its seed and its worker threads. */
public final class RunOptions {
    /** The most worker threads a stage accepts: far above any machine this runs on, low enough to catch typos. */
    public static final int MAX_THREADS = 1024;

    @Spec(Spec.Target.MIXEE) CommandSpec mixee;

    @Option(names = "--out", description = "data directory (default: data/<stage>)") Path out;
    @Option(names = "--seed", defaultValue = "20190613", description = "random seed (default: ${DEFAULT-VALUE})") long seed;
    @Option(names = "--threads", defaultValue = "1", description = "worker threads, 1.." + MAX_THREADS
            + "; the artifacts do not depend on it (default: ${DEFAULT-VALUE})") int threads;

    public Path out() { return out != null ? out : Path.of("data", mixee.name()); }

    public long seed() { return seed; }

    /** The thread count, validated. */
    public int threads() {
        Require.range(mixee, "--threads", threads, 1, MAX_THREADS);
        return threads;
    }
}
