package infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The README's two steps on a machine that has never seen the project: a Debian container with only what README.md
 * says a user needs (workflow/infra/image.packages: a JDK 17, make, Maven, npm, git; built by workflow/infra/image
 * from Debian's mirror), a clean clone of the commit copied in, no Maven, JBang or npm cache of the host. There
 * `make quick` fetches and builds everything itself, then the README's test command runs every test but this one
 * (JUnit tag "container") and those that run the whole quick pipeline again in clones of their own (tag "runs":
 * EndToEndTest, MakeAccidentsTest, CacheEndToEndTest; the host runs them, and the container's own `make quick` is
 * the first run on a fresh machine they would repeat). Compared with the host's `make quick` of the same commit: every verdict equal,
 * every CSV's header and data rows byte-identical; the '#' provenance lines may differ only where they name the JDK
 * build (jdk) or hash an upstream file that holds that line (input.*.sha256). The container gets the host's
 * OPENBLAS_* settings (see {@link #openblasSettings}): without them OpenBLAS picks its kernel by itself and the
 * products differ in their last bits.
 */
@Tag("container")
class FreshMachineTest {
    static final Path DIR = Infra.ROOT.resolve("fresh");
    static final String HOME = "/home/user/grf-repro";

    @Test
    void readmeCommandsOnAFreshMachineGiveTheHostsVerdictsAndRows() throws Exception {
        String dockerHost = System.getenv().getOrDefault("DOCKER_HOST", "");
        Infra.require("container", dockerHost.startsWith("unix://") && Files.exists(Path.of(dockerHost.substring(7))),
                "no Docker engine (DOCKER_HOST=" + dockerHost + "; workflow/infra/docker-engine start DIR starts one)");
        Infra.deleteTree(DIR);
        Files.createDirectories(DIR);
        Path clone = Infra.cleanClone(DIR.resolve("clone"));
        String image = Infra.output(Path.of("."), "workflow/infra/image", dockerHost);
        Path hostData = hostReference(clone);

        Path log = DIR.resolve("container.log");
        try (GenericContainer<?> box = new GenericContainer<>(DockerImageName.parse(image))
                .withEnv(openblasSettings())
                .withNetworkMode("host")
                // an init process (docker-init, Debian's tini) reaps orphans as a machine's init does
                .withCreateContainerCmdModifier(cmd -> cmd.withHostConfig(cmd.getHostConfig().withInit(true)))
                .withCommand("sleep", "infinity")
                .withCopyFileToContainer(MountableFile.forHostPath(clone), HOME)
                .withStartupTimeout(Duration.ofMinutes(2))) {
            box.start();
            // nothing of the host: no Maven repository, no JBang home, no npm cache, no project outputs
            ExecResult fresh = box.execInContainer("sh", "-c", "ls -d ~/.m2 ~/.jbang ~/.npm " + HOME + "/data " + HOME
                    + "/workflow/.jbang 2>/dev/null | wc -l");
            assertEquals("0", fresh.getStdout().strip(), "the container starts with no caches and no outputs");
            exec(box, log, "make quick", "cd " + HOME + " && timeout 40m make quick");
            box.execInContainer("tar", "-C", HOME, "-cf", "/tmp/quick.tar", "data/quick", "paper-checks/quick");
            box.copyFileFromContainer("/tmp/quick.tar", DIR.resolve("quick.tar").toString());
            // the README's test command, without this test (it would need a Docker engine inside the container) and
            // without the whole-pipeline reruns the host makes (they would double CI's time for no other machine state)
            exec(box, log, "make test", "cd " + HOME + " && MAVEN_OPTS=-DexcludedGroups=container,runs timeout 60m make test");
        }
        Path mine = DIR.resolve("container");
        Files.createDirectories(mine);
        assertEquals(0, Infra.run(mine, Map.of(), DIR.resolve("untar.log"), 5, "tar", "-xf", DIR.resolve("quick.tar").toAbsolutePath().toString()));
        compare(hostData, mine.resolve("data/quick"));
        List<String> summary = Infra.surefireSummary(log);
        assertFalse(summary.isEmpty(), "the container's make test ran tests: see " + log);
        System.err.println("fresh machine: make test in the container: " + summary.get(summary.size() - 1));
    }

    /**
     * The host's OpenBLAS settings (OPENBLAS_CORETYPE, OPENBLAS_L2_SIZE, ...), which the container takes over: they
     * choose OpenBLAS's kernel and its blocking, and so the last bits of every product with more than 256 terms
     * (measured: dgemm with an inner dimension of 257 differs between OPENBLAS_CORETYPE=Haswell OPENBLAS_L2_SIZE=512
     * and the detected kernel, on the same CPU). They configure the machine; they are no cache of the project.
     */
    static Map<String, String> openblasSettings() {
        Map<String, String> env = new java.util.TreeMap<>();
        System.getenv().forEach((k, v) -> { if (k.startsWith("OPENBLAS_")) env.put(k, v); });
        System.err.println("fresh machine: the host's OpenBLAS settings, passed on: " + env);
        return env;
    }

    /**
     * The host's `make quick` of the same commit: the project's own data/quick when the work tree is the commit (CI:
     * a fresh clone; make reruns only what is out of date), else a run in the clean clone.
     */
    static Path hostReference(Path clone) throws IOException, InterruptedException {
        Path dir = Infra.treeIsClean() ? Path.of(".") : clone;
        Path log = DIR.resolve("host-quick.log");
        assertEquals(0, Infra.run(dir, Map.of(), log, 30, "make", "--no-print-directory", "quick"), "host make quick: see " + log);
        return dir.resolve("data/quick");
    }

    static void exec(GenericContainer<?> box, Path log, String what, String command) throws Exception {
        long t0 = System.nanoTime();
        ExecResult r = box.execInContainer("bash", "-c", command + " > /tmp/step.log 2>&1; echo $?");
        box.copyFileFromContainer("/tmp/step.log", DIR.resolve("step.log").toString());
        Files.writeString(log, "=== " + what + "\n" + Files.readString(DIR.resolve("step.log")), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        System.err.printf("fresh machine: %s in the container: %.0f s, exit %s%n", what, (System.nanoTime() - t0) / 1e9, r.getStdout().strip());
        assertEquals("0", r.getStdout().strip(), what + " failed in the container: " + failures(DIR.resolve("step.log")) + "; see " + log);
    }

    /** The failing tests and Maven's last error lines of a step's log, so that CI's summary names them. */
    static String failures(Path stepLog) throws IOException {
        List<String> lines = Files.readAllLines(stepLog, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        boolean inSummary = false;
        for (String l : lines) {
            if (l.contains("[ERROR] Failures:") || l.contains("[ERROR] Errors:")) inSummary = true;
            else if (inSummary && l.contains("Tests run:")) inSummary = false;
            if (inSummary && l.startsWith("[ERROR]   ")) out.add(l.substring(10).strip());
        }
        if (out.isEmpty()) out.addAll(lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        return String.join(" | ", out.subList(0, Math.min(out.size(), 12)));
    }

    /** Every verdict equal; every CSV's rows byte-identical; provenance differing only in the JDK build. */
    static void compare(Path host, Path container) throws IOException {
        Map<String, String> expected = Infra.verdicts(host);
        assertTrue(expected.size() > 50, "host verdicts: " + expected.size());
        assertEquals(expected, Infra.verdicts(container), "verdicts: host vs fresh machine");
        List<Path> files = Infra.csvs(host);
        assertEquals(files, Infra.csvs(container), "the same CSV artifacts");
        Set<String> differing = new TreeSet<>();
        List<String> rowsDiffer = new ArrayList<>();
        for (Path f : files) {
            if (!Infra.rows(host.resolve(f)).equals(Infra.rows(container.resolve(f)))) rowsDiffer.add(f.toString());
            differing.addAll(Infra.provenanceDifferences(host.resolve(f), container.resolve(f)));
        }
        assertEquals(List.of(), rowsDiffer, "CSV header and data rows byte-identical");
        differing.removeIf(k -> k.equals("jdk") || k.matches("input\\..*\\.sha256"));
        assertEquals(Set.of(), differing, "provenance differs only in the JDK build and the hashes of files that name it");
        System.err.printf("fresh machine: %d verdicts equal, %d CSVs with byte-identical rows%n", expected.size(), files.size());
    }
}
