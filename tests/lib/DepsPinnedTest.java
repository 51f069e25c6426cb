package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JBang scripts and the Maven build must run the same library versions, and //SOURCES must exist. */
class DepsPinnedTest {
    static final Pattern DEP = Pattern.compile(
            "<groupId>([^<]+)</groupId><artifactId>([^<]+)</artifactId><version>([^<]+)</version>(?:<classifier>([^<]+)</classifier>)?");

    static Set<String> pomPins() throws IOException {
        Set<String> pins = new HashSet<>();
        Matcher m = DEP.matcher(Files.readString(Path.of("pom.xml")).replaceAll(">\\s+<", "><"));
        while (m.find()) pins.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3) + (m.group(4) == null ? "" : ":" + m.group(4)));
        return pins;
    }

    static List<Path> scripts() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("stages"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyDepsLineIsPinnedAsInThePom() throws IOException {
        Set<String> pins = pomPins();
        List<String> unpinned = new ArrayList<>();
        for (Path script : scripts()) {
            for (String line : Files.readAllLines(script)) {
                if (line.startsWith("//DEPS ") && !pins.contains(line.substring(7).trim())) unpinned.add(script + ": " + line);
            }
        }
        assertTrue(pins.size() > 5, "pom parsed");
        assertEquals(List.of(), unpinned);
    }

    @Test
    void everySourcesLineNamesAFile() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path script : scripts()) {
            for (String line : Files.readAllLines(script)) {
                if (line.startsWith("//SOURCES ") && !Files.isRegularFile(Path.of("stages", line.substring(10).trim()))) {
                    missing.add(script + ": " + line);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
