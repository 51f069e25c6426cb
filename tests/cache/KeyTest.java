package cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The run cache's key (workflow/run-cache key): the same inputs give the same key, whatever the locale, the thread
 * count, the launcher and the place of the clone; a change in anything that decides a stage's bytes (a source byte, a
 * parameter, a registry row, an input byte, a flag of the command, the JDK, an OpenBLAS setting) gives another key. Each
 * case compares the full SHA-256 of two key texts computed by the script itself.
 */
class KeyTest {
    static final Path FIX = RunCache.BUILD.resolve("key");
    static final String DIR = FIX.resolve("data/stage").toString();
    static final List<String> OUTPUTS = List.of(FIX.resolve("data/stage/a.csv").toString(), FIX.resolve("figures/stage/a.svg").toString());

    /** A run as make describes it: sources, registry and an input artifact as prerequisites, and a command. */
    record Run(Map<String, String> env, String params, List<String> command) {
        Run with(Consumer<Run> change) { Run r = new Run(new HashMap<>(env), params, new ArrayList<>(command)); change.accept(r); return r; }
        Run params(String p) { return new Run(env, p, command); }
    }

    static Run base() {
        Map<String, String> env = new HashMap<>();
        env.put("GRF_INPUTS", Stream.of("src/Stage.java", "src/lib/Shared.java", "registry.csv", "data/up/input.csv")
                .map(f -> FIX.resolve(f).toString()).reduce((a, b) -> a + " " + b).orElseThrow());
        env.put("GRF_LAUNCH_WORDS", "0");
        return new Run(env, "N=200 SEED=7", new ArrayList<>(List.of("workflow/jbang", "--quiet", "stages/Stage.java", "--out", DIR,
                "--n", "200", "--seed", "7", "--threads", "2")));
    }

    @BeforeAll
    static void fixture() throws IOException {
        RunCache.deleteTree(FIX);
        write("src/Stage.java", "class Stage { int n = 200; }\n");
        write("src/lib/Shared.java", "class Shared {}\n");
        write("registry.csv", "claim,expected,tolerance\nvariance,1.0,0.01\n");
        write("data/up/input.csv", "x\n0.25\n# rows: 1\n");
    }

    static void write(String file, String text) throws IOException {
        Path p = FIX.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    static String key(Path root, Run run) throws Exception {
        String text = RunCache.keyText(root, run.env(), DIR, run.params(), OUTPUTS, run.command());
        assertFalse(text.contains(Path.of("").toAbsolutePath().toString()), "no absolute path of the clone in the key:\n" + text);
        return RunCache.sha256(text);
    }

    static String key(Run run) throws Exception { return key(Path.of("."), run); }

    /** Changes a fixture file for one key, then puts it back. */
    static String keyWithEdited(String file, String from, String to) throws Exception {
        Path p = FIX.resolve(file);
        String before = Files.readString(p);
        assertTrue(before.contains(from));
        Files.writeString(p, before.replace(from, to));
        try {
            return key(base());
        } finally {
            Files.writeString(p, before);
        }
    }

    @Test
    void theSameRunGivesTheSameFullKey() throws Exception {
        String a = key(base()), b = key(base());
        assertEquals(a, b);
        assertEquals(64, a.length(), "a full SHA-256");
    }

    static Stream<Arguments> anotherKey() {
        return Stream.of(
            Arguments.of("a source byte", "src/Stage.java", "n = 200", "n = 201"),
            Arguments.of("a shared source's byte", "src/lib/Shared.java", "{}", "{ }"),
            Arguments.of("a registry row", "registry.csv", "0.01", "0.02"),
            Arguments.of("an input artifact's byte", "data/up/input.csv", "0.25", "0.26"));
    }

    @ParameterizedTest(name = "{0} changed: another key")
    @MethodSource
    void anotherKey(String what, String file, String from, String to) throws Exception {
        assertNotEquals(key(base()), keyWithEdited(file, from, to), what);
    }

    @Test
    void aParameterOrAFlagOfTheCommandGivesAnotherKey() throws Exception {
        String k = key(base());
        assertNotEquals(k, key(base().params("N=201 SEED=7")), "PARAMS");
        assertNotEquals(k, key(base().with(r -> r.command().set(8, "8"))), "--seed 8 on the command");
        assertNotEquals(k, key(base().with(r -> r.env().put("GRF_EXPERIMENT", "N201"))), "an experiment");
    }

    @Test
    void aMissingInputIsNoKey() throws Exception {
        Run r = base().with(x -> x.env().put("GRF_INPUTS", x.env().get("GRF_INPUTS") + " " + FIX.resolve("data/up/missing.csv")));
        List<String> cmd = new ArrayList<>(List.of("workflow/run-cache", "key", DIR, r.params()));
        cmd.addAll(OUTPUTS);
        cmd.add("--");
        cmd.addAll(r.command());
        RunCache.Result res = RunCache.run(r.env(), cmd);
        assertEquals(1, res.exit(), res.output());
        assertTrue(res.output().contains("missing.csv is missing"), res.output());
    }

    @Test
    void anOpenBlasSettingGivesAnotherKey() throws Exception {
        String k = key(base());
        // a forced core changes the probed core too (stages/Platform.java runs once for this setting)
        String forced = key(base().with(r -> r.env().put("OPENBLAS_CORETYPE", "Sandybridge")));
        assertNotEquals(k, forced, "OPENBLAS_CORETYPE");
        assertNotEquals(k, key(base().with(r -> r.env().put("OPENBLAS_L2_SIZE", "1024"))), "OPENBLAS_L2_SIZE");
        String text = RunCache.keyText(Path.of("."), base().with(r -> r.env().put("OPENBLAS_CORETYPE", "Sandybridge")).env(), DIR,
                "N=200 SEED=7", OUTPUTS, base().command());
        assertTrue(text.contains("platform openblas_core: SANDYBRIDGE"), "the core OpenBLAS actually chose is in the key:\n" + text);
    }

    @Test
    void anotherJdkVersionGivesAnotherKey() throws Exception {
        // a JAVA_HOME whose java reports another version and otherwise is this machine's java
        Path home = FIX.resolve("other-jdk").toAbsolutePath();
        Files.createDirectories(home.resolve("bin"));
        Path java = home.resolve("bin/java");
        String real = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(java, "#!/usr/bin/env bash\nif [[ ${1:-} == -version ]]; then echo 'openjdk version \"17.0.99\" 2099-01-01' >&2; exit 0; fi\n"
                + "exec " + real + " \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        String other = key(base().with(r -> r.env().put("JAVA_HOME", home.toString())));
        String same = key(base().with(r -> r.env().put("JAVA_HOME", System.getProperty("java.home"))));
        assertNotEquals(same, other, "java -version differs");
    }

    @Test
    void localeThreadsAndLauncherLeaveTheKeyAlone() throws Exception {
        String k = key(base());
        for (String locale : List.of("C", "POSIX", "de_DE.UTF-8", "tr_TR.UTF-8")) {
            assertEquals(k, key(base().with(r -> { r.env().put("LC_ALL", locale); r.env().put("LANG", locale); })), "LC_ALL=" + locale);
        }
        assertEquals(k, key(base().with(r -> r.command().set(r.command().size() - 1, "16"))), "--threads 16");
        assertEquals(k, key(base().with(r -> {
            r.command().addAll(0, List.of("srun", "--job-name=grf-stage", "--cpus-per-task=8", "--quiet"));
            r.env().put("GRF_LAUNCH_WORDS", "4");
        })), "the same command as a Slurm job");
    }

    @Test
    void absoluteAndRelativePathsInsideTheCloneGiveTheSameKey() throws Exception {
        String k = key(base());
        assertEquals(k, key(base().with(r -> r.env().put("GRF_INPUTS", Stream.of(r.env().get("GRF_INPUTS").split(" "))
                .map(f -> Path.of(f).toAbsolutePath().toString()).reduce((a, b) -> a + " " + b).orElseThrow()))), "absolute prerequisites");
        assertEquals(k, key(base().with(r -> r.command().set(4, Path.of(DIR).toAbsolutePath().toString()))), "an absolute --out");
    }

    @Test
    void theCloneAtAnotherPathGivesTheSameKey() throws Exception {
        String here = key(base());
        for (Path other : List.of(FIX.resolve("elsewhere/one/clone"), Path.of(System.getProperty("java.io.tmpdir"), "grf-key-test", "clone"))) {
            copyForKey(other);
            assertEquals(here, key(other, base()), "the same files at " + other.toAbsolutePath());
        }
    }

    /** What workflow/run-cache key reads, copied to another place: the script, the JBang pin, the platform probe and its kept answer, the fixture. */
    static void copyForKey(Path to) throws Exception {
        RunCache.deleteTree(to);
        List<Path> files = new ArrayList<>(List.of(Path.of("workflow/run-cache"), Path.of("workflow/jbang"), Path.of("workflow/jbang-launch-key"),
                Path.of("workflow/jbang-bootstrap/pom.xml"), Path.of("stages/Platform.java")));
        for (String line : Files.readAllLines(Path.of("stages/Platform.java"))) {
            if (line.startsWith("//SOURCES ")) files.add(Path.of("stages", line.substring(10).trim()));
        }
        try (Stream<Path> s = Stream.concat(Files.walk(FIX).filter(p -> !p.startsWith(FIX.resolve("elsewhere")) && !p.startsWith(FIX.resolve("other-jdk"))),
                Files.walk(RunCache.platformProbe()))) {
            files.addAll(s.filter(Files::isRegularFile).toList());
        }
        for (Path f : files) {
            Path dest = to.resolve(f.toString());
            Files.createDirectories(dest.getParent());
            Files.copy(f, dest, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
