package reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One bad input or fault tried: what was done, the exit code and the first line of the message it gave, and what was
 * checked to be intact afterwards. Each test appends its row to target/reliability/&lt;table&gt;.md, from which
 * RELIABILITY.md is assembled (so its exit codes and messages are the ones the code gave, never typed).
 */
record Outcome(String what, String command, int exit, String message, String intact) {
    static final Path DIR = Path.of("target/reliability");

    void record(String table) {
        String row = "| " + String.join(" | ", cell(what), "`" + cell(command) + "`", Integer.toString(exit), cell(message),
                cell(intact)) + " |\n";
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(table + ".md"), row, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of a stage's output that names the problem (the one with "error" or the stage's own explanation). */
    static String firstProblemLine(String output) {
        for (String line : output.split("\n")) {
            String l = line.strip();
            if (l.startsWith("error:") || l.contains("out of range") || l.contains("internal failure") || l.contains("out of memory")
                    || l.contains("***") || l.startsWith("Unknown option") || l.startsWith("Invalid value")) {
                return l;
            }
        }
        return output.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }

    private static String cell(String s) {
        String t = s.replace("|", "\\|").replace("\n", " ");
        return t.length() > 220 ? t.substring(0, 217) + "..." : t;
    }
}
