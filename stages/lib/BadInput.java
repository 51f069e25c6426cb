package lib;

import java.nio.file.Path;

/** Input that a stage cannot use; the message names file, line and column. Stages exit with status 2. */
public final class BadInput extends RuntimeException {
    public BadInput(Path file, long line, String column, String problem) {
        super(file + ":" + (line > 0 ? line : "?") + (column == null ? "" : ": column '" + column + "'") + ": " + problem);
    }

    public BadInput(Path file, String problem) {
        super(file + ": " + problem);
    }
}
