package lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArtifactTest {
    static final Schema SCHEMA = Schema.of("test.table", 3, Schema.integer("n"), Schema.num("value"), Schema.text("label"));

    @TempDir Path dir;

    Path writeSample() {
        Path f = dir.resolve("t.csv");
        Artifact.write(f, SCHEMA, TestCommand.provenance("--n", "12"),
                List.of(List.of(1, 0.1, "a"), List.of(2, -3.5e-300, "b, with comma"), List.of(3, 1e300, "c")));
        return f;
    }

    @Test
    void roundTripKeepsEveryValueExactly() {
        Table t = Artifact.read(writeSample(), SCHEMA);
        assertEquals(3, t.rows());
        assertArrayEquals(new double[] {0.1, -3.5e-300, 1e300}, t.numbers("value"));
        assertEquals("b, with comma", t.text(1, "label"));
        assertEquals(2, t.integer(1, "n"));
        assertEquals("12", t.meta("param.n"));
        assertEquals("test-stage", t.meta("stage"));
    }

    @Test
    void pathsAndThreadsStayOutOfTheCsvSoItIsByteIdenticalAcrossRuns() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Artifact.write(a, SCHEMA, TestCommand.provenance("--threads", "1", "--out", "x"), List.of(List.of(1, 2.0, "z")));
        Artifact.write(b, SCHEMA, TestCommand.provenance("--threads", "2", "--out", "y"), List.of(List.of(1, 2.0, "z")));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        String sidecar = Files.readString(dir.resolve("a.csv.run"));
        assertTrue(sidecar.contains("run.threads: 1") && sidecar.contains("wall_time_s:"), sidecar);
    }

    /** The sidecar's CPU time lies between the process's CPU time before and after the write; its peak memory is at least
     *  the resident memory before it (read from /proc independently); neither goes into the CSV. */
    @Test
    void theSidecarRecordsCpuTimeAndPeakMemory() throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double before = os.getProcessCpuTime() / 1e9;
        double rssBefore = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToDouble(l -> Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElseThrow();
        Path a = writeSample();
        double after = os.getProcessCpuTime() / 1e9;
        java.util.Map<String, String> side = new java.util.HashMap<>();
        for (String l : Files.readAllLines(a.resolveSibling("t.csv.run"))) side.put(l.substring(2, l.indexOf(':')), l.substring(l.indexOf(':') + 1).strip());
        double cpu = Double.parseDouble(side.get("cpu_time_s"));
        assertTrue(cpu >= before - 1e-3 && cpu <= after + 1e-3, before + " <= " + cpu + " <= " + after);
        assertTrue(Double.parseDouble(side.get("peak_rss_mb")) >= rssBefore - 0.1, side.get("peak_rss_mb") + " >= " + rssBefore);
        assertTrue(!side.get("cpu_model").isBlank());
        assertTrue(!Files.readString(a).contains("cpu_time") && !Files.readString(a).contains("rss"), "run facts stay out of the CSV");
    }

    @Test
    void writingLeavesNoTemporaryFiles() throws IOException {
        writeSample();
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("t.csv", "t.csv.run"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void artifactsAreReadableByEveryone() throws IOException {
        Path f = writeSample();
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
        Path f = writeSample();
        byte[] before = Files.readAllBytes(f);
        assertThrows(IllegalStateException.class, () -> Artifact.write(f, SCHEMA, TestCommand.provenance(),
                List.of(List.of(1, Double.NaN, "nan is a bug"))));
        assertArrayEquals(before, Files.readAllBytes(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.count());
        }
    }

    /** Each corruption of a valid file, and the line and column the error must name. */
    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("schema name", (Edit) s -> s.replace("# schema: test.table", "# schema: other"), ":1", "schema is 'other'"),
                Arguments.of("schema version", (Edit) s -> s.replace("# schema_version: 3", "# schema_version: 2"), ":2", "version 2, expected 3"),
                Arguments.of("missing column", (Edit) s -> s.replace("n,value,label", "n,val,label"), "column 'value'", "missing column"),
                Arguments.of("non-numeric", (Edit) s -> s.replace("0.1,a", "zero,a"), "column 'value'", "not a number: 'zero'"),
                Arguments.of("non-finite", (Edit) s -> s.replace("0.1,a", "1e999,a"), "column 'value'", "not finite"),
                Arguments.of("Java's Infinity", (Edit) s -> s.replace("0.1,a", "Infinity,a"), "column 'value'", "not a number: 'Infinity'"),
                Arguments.of("Java's hex float", (Edit) s -> s.replace("0.1,a", "0x1p1,a"), "column 'value'", "not a number: '0x1p1'"),
                Arguments.of("Java's float suffix", (Edit) s -> s.replace("0.1,a", "1.5d,a"), "column 'value'", "not a number: '1.5d'"),
                Arguments.of("non-integer", (Edit) s -> s.replace("2,-3.5E-300", "2.5,-3.5E-300"), "column 'n'", "not an integer"),
                Arguments.of("truncated mid-file", (Edit) s -> s.substring(0, s.indexOf("3,1.0E300")), "truncated", "trailer"),
                Arguments.of("truncated mid-row", (Edit) s -> s.substring(0, s.indexOf("3,1.0E300") + 4), "truncated", "trailer"),
                Arguments.of("row lost", (Edit) s -> s.replace("2,-3.5E-300,\"b, with comma\"\n", ""), "truncated", "2 data rows, trailer says 3"),
                Arguments.of("short row", (Edit) s -> s.replace("3,1.0E300,c", "3,1.0E300"), "2 fields", "header has 3"),
                Arguments.of("no schema", (Edit) s -> s.replaceAll("(?m)^# schema.*\\n", ""), ":1", "no '# schema:'"));
    }

    interface Edit { String apply(String s); }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void badInput(String name, Edit edit, String where, String what) throws IOException {
        Path f = writeSample();
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String bad = edit.apply(text);
        assertFalse(bad.equals(text), "the edit must change the file");
        Files.writeString(f, bad, StandardCharsets.UTF_8);
        BadInput e = assertThrows(BadInput.class, () -> Artifact.read(f, SCHEMA));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(where), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void errorsNameTheLineOfTheBadValue() throws IOException {
        Path f = writeSample();
        List<String> lines = Files.readAllLines(f);
        int line = lines.indexOf("1,0.1,a") + 1;
        Files.writeString(f, String.join("\n", lines).replace("1,0.1,a", "1,NaN,a") + "\n");
        BadInput e = assertThrows(BadInput.class, () -> Artifact.read(f, SCHEMA));
        assertTrue(e.getMessage().contains(":" + line + ": column 'value'"), e.getMessage());
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThrows(BadInput.class, () -> Artifact.read(dir.resolve("none.csv"), SCHEMA));
    }
}
