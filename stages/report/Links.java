package report;

import java.nio.file.Path;

/** Links from a written file to the project's files: relative paths, so they work in any clone and on GitHub. */
public final class Links {
    private final Path from;

    /** @param dir the folder of the file being written */
    public Links(Path dir) { this.from = dir.toAbsolutePath().normalize(); }

    public String to(Path target) {
        return from.relativize(target.toAbsolutePath().normalize()).toString().replace(java.io.File.separatorChar, '/');
    }

    /** A source location: the file, with GitHub's line anchor when the line is known. */
    public String to(Sources.Location loc) { return to(loc.file()) + (loc.line() > 0 ? "#L" + loc.line() : ""); }
}
