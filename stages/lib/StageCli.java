package lib;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Runs a stage command with the project's exit codes: 0 ok, 1 a claim's verdict differs from the registry (returned
 * by the stage's call()), 2 bad usage or bad input (the message names the option and its allowed range, or file,
 * line and column), 3 an internal failure (a bug or the machine: out of memory, a full disk), which says so and is
 * never mistaken for either of the others.
 */
public final class StageCli {
    private StageCli() {}

    public static final int OK = 0;
    public static final int CLAIMS_DIFFER = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    /** `--describe-options` lists the command's options, one per line: name, default, description (make params). */
    public static final String DESCRIBE = "--describe-options";

    public static int run(Callable<Integer> command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.getCommandSpec().usageMessage().showDefaultValues(true);   // --help shows every option's default
        if (args.length == 1 && args[0].equals(DESCRIBE)) return describe(cli);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof BadInput) {
                cmd.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            return internal(cmd.getCommandName(), e);
        });
        try {
            return cli.execute(args);
        } catch (Throwable e) {   // thrown outside call(), e.g. while picocli builds the command
            return internal(cli.getCommandName(), e);
        }
    }

    private static int describe(CommandLine cli) {
        for (CommandLine.Model.OptionSpec o : cli.getCommandSpec().options()) {
            if (o.usageHelp() || o.versionHelp()) continue;
            String description = String.join(" ", o.description()).replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue())).replace('\t', ' ');
            System.out.println(o.longestName() + "\t" + (o.defaultValue() == null ? "" : o.defaultValue()) + "\t" + description);
        }
        return OK;
    }

    /** Prints what failed and that it is not a verdict; returns {@link #INTERNAL}. */
    static int internal(String stage, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            System.err.println(stage + ": out of memory (heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB): "
                    + "choose smaller sizes or a larger -Xmx. Internal failure, exit " + INTERNAL + ": no verdict was reached.");
        } else {
            e.printStackTrace();
            System.err.println(stage + ": internal failure (" + e.getClass().getSimpleName() + "), exit " + INTERNAL
                    + ": a bug or a machine fault, not bad input and not a claim that differs.");
        }
        return INTERNAL;
    }

    public static void main(Callable<Integer> command, String... args) {
        int status;
        try {
            status = run(command, args);
        } catch (Throwable e) {
            status = INTERNAL;
        }
        System.exit(status);
    }
}
