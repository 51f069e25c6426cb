package report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a stage's code is: its JBang script (stages/GdMoments.java for gd-moments) and the domain sources it pulls in
 * with //SOURCES (those outside lib/). A claim is located at the line that names it in quotes, where one does (a
 * claim id built by concatenation is located at its stage's claim-checking source instead).
 */
public final class Sources {
    private final Path script;
    private final List<Path> domain;
    private final Map<Path, List<String>> lines = new LinkedHashMap<>();

    /** A file and a 1-based line (0: the file as a whole). */
    public record Location(Path file, int line) {}

    private Sources(Path script, List<Path> domain) {
        this.script = script;
        this.domain = domain;
    }

    /** gd-moments → GdMoments.java. */
    public static String scriptName(String stage) {
        StringBuilder b = new StringBuilder();
        for (String part : stage.split("-")) if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return b + ".java";
    }

    public static Sources of(Path stagesDir, String stage) {
        Path script = stagesDir.resolve(scriptName(stage));
        List<Path> domain = new ArrayList<>();
        for (String line : read(script)) {
            if (line.startsWith("//SOURCES ") && !line.substring(10).strip().startsWith("lib/")) domain.add(stagesDir.resolve(line.substring(10).strip()));
        }
        return new Sources(script, domain);
    }

    public Path script() { return script; }

    /** The line naming the claim, else the stage's claim-checking source, else the script. */
    public Location locate(String claimId) {
        String quoted = "\"" + claimId + "\"";
        List<Path> files = new ArrayList<>(domain);
        files.add(script);
        for (Path f : files) {
            List<String> text = lines.computeIfAbsent(f, Sources::read);
            for (int i = 0; i < text.size(); i++) if (text.get(i).contains(quoted)) return new Location(f, i + 1);
        }
        return domain.stream().filter(p -> p.getFileName().toString().endsWith("Checks.java")).findFirst()
                .map(p -> new Location(p, 0)).orElse(new Location(script, 0));
    }

    private static List<String> read(Path file) {
        if (!Files.isRegularFile(file)) return List.of();
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
