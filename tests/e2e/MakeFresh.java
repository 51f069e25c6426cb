package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh clone of this repository's HEAD, as a user makes one, with this tree's verified MNIST download copied in. */
final class MakeFresh {
    private MakeFresh() {}

    static void clone(Path to) throws Exception {
        if (Files.exists(to)) {
            try (Stream<Path> s = Files.walk(to)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(to.getParent());
        Process git = new ProcessBuilder("git", "clone", "--quiet", Path.of("").toAbsolutePath().toString(), to.toString()).inheritIO().start();
        assertEquals(0, git.waitFor(), "git clone");
        Path cache = Path.of("data/cache/mnist");
        if (blackbox.MnistFiles.problem(cache) == null) {
            Files.createDirectories(to.resolve(cache));
            for (blackbox.MnistFiles.Pinned p : blackbox.MnistFiles.FILES) Files.copy(cache.resolve(p.name()), to.resolve(cache).resolve(p.name()));
        }
    }
}
