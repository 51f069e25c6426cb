package reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * workflow/jbang keeps the java command JBang printed for a script and runs it again without JBang while nothing it
 * depends on changed (workflow/jbang-launch-key). A kept command must never run old code: editing any file the script
 * pulls in, or removing JBang's compiled jar, sends the run back through JBang. Each test has its own JBANG_DIR, so
 * its compiled scripts and kept commands are its own.
 */
class LaunchCacheTest {
    static final Path ROOT = Path.of("target/launch-cache").toAbsolutePath();
    static final Path SCRIPT = ROOT.resolve("Echo.java");
    static final Path HELPER = ROOT.resolve("lib/Helper.java");
    static final Path HOME = ROOT.resolve("jbang-home");

    record Run(int exit, String out, String err) {}

    static Run jbang(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of("workflow/jbang").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("JBANG_DIR", HOME.toString());
        pb.environment().remove("JBANG_JAVA_OPTIONS");
        Path err = ROOT.resolve("err.log");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return new Run(p.exitValue(), out, Files.readString(err));
    }

    static void helperSays(String tag) throws IOException {
        Files.writeString(HELPER, "class Helper { static String tag() { return \"" + tag + "\"; } }\n");
    }

    @BeforeEach
    void fresh() throws IOException {
        MakeFaultsTest.deleteTree(ROOT);
        Files.createDirectories(HELPER.getParent());
        Files.writeString(SCRIPT, """
                //SOURCES lib/Helper.java
                public class Echo {
                    public static void main(String[] args) {
                        for (String a : args) System.out.println("[" + a + "]");
                        System.out.println(Helper.tag());
                    }
                }
                """);
        helperSays("first");
    }

    @Test
    void aKeptCommandSkipsJBangAndPassesTheArgumentsAsGiven() throws Exception {
        String[] args = {"--verbose", "Echo.java", "a b", "$HOME", "it's", "", "*"};
        Run first = jbang(args);
        Run second = jbang(args);
        String expected = "[a b]\n[$HOME]\n[it's]\n[]\n[*]\nfirst\n";
        assertEquals(0, first.exit(), first.err());
        assertEquals(expected, first.out());
        assertTrue(first.err().contains("[jbang]"), "the first run goes through JBang (--verbose): " + first.err());
        assertEquals(0, second.exit(), second.err());
        assertEquals(expected, second.out());
        assertFalse(second.err().contains("[jbang]"), "the second run execs the kept command, JBang does not start: " + second.err());
    }

    @Test
    void editingAPulledInSourceRunsTheNewCode() throws Exception {
        assertEquals("first\n", jbang("--quiet", "Echo.java").out());
        helperSays("second");
        assertEquals("second\n", jbang("--quiet", "Echo.java").out());
    }

    @Test
    void aRemovedCompiledJarSendsTheRunBackThroughJBang() throws Exception {
        assertEquals("first\n", jbang("--quiet", "Echo.java").out());
        MakeFaultsTest.deleteTree(HOME.resolve("cache/jars"));
        Run again = jbang("--quiet", "Echo.java");
        assertEquals(0, again.exit(), again.err());
        assertEquals("first\n", again.out());
    }

    @Test
    void aJBangSubcommandIsNeverKept() throws Exception {
        Run info = jbang("info", "classpath", "Echo.java");
        assertEquals(0, info.exit(), info.err());
        assertEquals(1, new ProcessBuilder("workflow/jbang-launch-key", "java", "info", "classpath", SCRIPT.toString())
                .redirectErrorStream(true).start().waitFor());
    }
}
