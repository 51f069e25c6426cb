package diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The parameters two runs were made with, stage by stage: each stage folder's params.txt (the NAME=value list
 * workflow/run-stage records for its last complete run), compared name by name. Shown before the claims, so a reader
 * knows whether a change comes from the code or from the parameters.
 */
public final class ParamsDiff {
    private ParamsDiff() {}

    /** One parameter of one stage that differs: its value in the base and in this run ("" when absent). */
    public record Change(String stage, String name, String base, String head) {}

    /** NAME=value of every stage folder under a data root, keyed by stage. */
    public static Map<String, Map<String, String>> read(Path root) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path dir : s.filter(d -> Files.isRegularFile(d.resolve("params.txt"))).toList()) {
                Map<String, String> params = new TreeMap<>();
                for (String word : Files.readString(dir.resolve("params.txt"), StandardCharsets.UTF_8).trim().split("\\s+")) {
                    int eq = word.indexOf('=');
                    if (eq > 0) params.put(word.substring(0, eq), word.substring(eq + 1));
                }
                out.put(dir.getFileName().toString(), params);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static List<Change> compare(Map<String, Map<String, String>> base, Map<String, Map<String, String>> head) {
        List<Change> out = new ArrayList<>();
        TreeSet<String> stages = new TreeSet<>(base.keySet());
        stages.retainAll(head.keySet());
        for (String stage : stages) {
            TreeSet<String> names = new TreeSet<>(base.get(stage).keySet());
            names.addAll(head.get(stage).keySet());
            for (String n : names) {
                String b = base.get(stage).getOrDefault(n, ""), h = head.get(stage).getOrDefault(n, "");
                if (!b.equals(h)) out.add(new Change(stage, n, b, h));
            }
        }
        return out;
    }

    public static String markdown(List<Change> changes, String baseName, String headName) {
        StringBuilder b = new StringBuilder("### Parameters: " + headName + " against " + baseName + "\n\n");
        if (changes.isEmpty()) return b.append("Every stage ran with the same parameters.\n\n").toString();
        b.append("| stage | parameter | base | this |\n|---|---|---|---|\n");
        for (Change c : changes) {
            b.append("| ").append(String.join(" | ", c.stage(), c.name(), c.base().isEmpty() ? "—" : c.base(),
                    c.head().isEmpty() ? "—" : c.head())).append(" |\n");
        }
        return b.append('\n').toString();
    }
}
