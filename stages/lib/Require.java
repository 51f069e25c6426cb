package lib;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Parameter validation before any work: each failure names the option, its value and the allowed range, and the
 * stage exits 2 (picocli's ParameterException). Sizes that cannot fit in memory are refused with the estimate.
 */
public final class Require {
    private Require() {}

    public static void range(CommandSpec spec, String option, long value, long min, long max) {
        if (value < min || value > max) {
            fail(spec, String.format(Locale.ROOT, "%s = %d is out of range: allowed %d..%d", option, value, min, max));
        }
    }

    public static void range(CommandSpec spec, String option, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            fail(spec, String.format(Locale.ROOT, "%s = %s is out of range: allowed %s..%s", option, value, min, max));
        }
    }

    /** Every element of a list option in [min, max], and at least one element. */
    public static void each(CommandSpec spec, String option, int[] values, long min, long max) {
        if (values == null || values.length == 0) fail(spec, option + " needs at least one value");
        for (int v : values) {
            if (v < min || v > max) {
                fail(spec, String.format(Locale.ROOT, "%s = %s: %d is out of range: allowed %d..%d", option,
                        Arrays.toString(values), v, min, max));
            }
        }
    }

    public static void each(CommandSpec spec, String option, double[] values, double min, double max) {
        if (values == null || values.length == 0) fail(spec, option + " needs at least one value");
        for (double v : values) {
            if (!(v >= min && v <= max)) {
                fail(spec, String.format(Locale.ROOT, "%s = %s: %s is out of range: allowed %s..%s", option,
                        Arrays.toString(values), v, min, max));
            }
        }
    }

    public static void oneOf(CommandSpec spec, String option, String value, String... allowed) {
        if (!Arrays.asList(allowed).contains(value)) {
            fail(spec, option + " = '" + value + "' is not one of " + Arrays.toString(allowed));
        }
    }

    /**
     * Refuses a computation whose arrays need more than the heap can give: {@code bytes} is the estimate of what it
     * allocates, {@code what} says which parameters make it so.
     */
    public static void memory(CommandSpec spec, double bytes, String what) {
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > 0.9 * max) {
            fail(spec, String.format(Locale.ROOT, "%s needs about %.2f GB of memory, more than this JVM's %.2f GB heap "
                    + "(-Xmx); choose smaller sizes", what, bytes / 1e9, max / 1e9));
        }
    }

    public static void that(CommandSpec spec, boolean ok, String message) {
        if (!ok) fail(spec, message);
    }

    private static void fail(CommandSpec spec, String message) {
        throw new ParameterException(spec.commandLine(), message);
    }
}
