package lib;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Runs a stage command with the project's exit codes: 0 ok, 1 a claim's verdict differs from the registry
 * (returned by the stage's call()), 2 bad usage or bad input (message names file, line and column).
 */
public final class StageCli {
    private StageCli() {}

    public static final int OK = 0;
    public static final int CLAIMS_DIFFER = 1;
    public static final int BAD_INPUT = 2;

    public static int run(Callable<Integer> command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof BadInput) {
                cmd.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return cli.execute(args);
    }

    public static void main(Callable<Integer> command, String... args) {
        System.exit(run(command, args));
    }
}
