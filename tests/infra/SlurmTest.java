package infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The DAG on a cluster: a single-node Slurm (Debian's slurm-wlm and munge, every file under target/infra/slurm,
 * started and stopped by workflow/infra/slurm-local) runs `make quick LAUNCHER=srun`, each stage and each shard of
 * blackbox-sweep a job of its own with its resources from workflow/resources.mk. Its CSV artifacts and SVG figures
 * are byte-identical to the one-machine `make quick`; the stages' exit codes reach make through srun.
 */
@Tag("slurm")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlurmTest {
    static final Path DIR = Infra.ROOT.resolve("slurm");
    static final Path STATE = DIR.resolve("cluster");
    static final Path OUT = DIR.resolve("run");
    static Map<String, String> env;

    static boolean available() {
        return Infra.onPath("srun") && Infra.onPath("slurmctld") && Infra.onPath("slurmd") && Infra.onPath("munged");
    }

    /** Each test is skipped (or fails, when required) on its own, so that Surefire counts and names the skips. */
    @BeforeEach
    void needsSlurm() {
        Infra.require("slurm", available(), "no Slurm (apt-get install slurm-wlm munge)");
    }

    @BeforeAll
    static void startSlurm() throws Exception {
        if (!available()) return;
        Infra.deleteTree(OUT);
        Files.createDirectories(DIR);
        String conf = Infra.output(Path.of("."), "workflow/infra/slurm-local", "start", STATE.toString());
        env = Map.of("SLURM_CONF", conf);
    }

    @AfterAll
    static void stopSlurm() throws Exception {
        if (env != null) Infra.run(Path.of("."), Map.of(), DIR.resolve("stop.log"), 2, "workflow/infra/slurm-local", "stop", STATE.toString());
    }

    static String[] makeOnSlurm(String... targets) {
        List<String> cmd = new ArrayList<>(List.of("make", "--no-print-directory", "LAUNCHER=srun", "DATA=" + OUT.resolve("data"),
                "FIGURES=" + OUT.resolve("figures"), "REPORT=" + OUT.resolve("report")));
        cmd.addAll(List.of(targets));
        return cmd.toArray(String[]::new);
    }

    @Test
    @Order(1)
    void quickOnSlurmIsByteIdenticalToQuickOnOneMachine() throws Exception {
        Path log = DIR.resolve("make.log");
        assertEquals(0, Infra.run(Path.of("."), Map.of(), DIR.resolve("host.log"), 30, "make", "--no-print-directory", "quick"),
                "one-machine make quick: see " + DIR.resolve("host.log"));
        long t0 = System.nanoTime();
        assertEquals(0, Infra.run(Path.of("."), env, log, 30, makeOnSlurm("quick")), "make quick LAUNCHER=srun: see " + log);
        System.err.printf("slurm: make quick LAUNCHER=srun: %.0f s%n", (System.nanoTime() - t0) / 1e9);
        Infra.assertSameBytes(Path.of("data/quick"), OUT.resolve("data"), "Slurm vs one machine");
        assertSameSvgs(Path.of("figures/quick"), OUT.resolve("figures"));
        assertEquals(Infra.verdicts(Path.of("data/quick")), Infra.verdicts(OUT.resolve("data")));
        jobsHadTheirOwnRequests();
    }

    /** Every stage and shard ran as its own job, with the CPUs and memory of workflow/resources.mk. */
    static void jobsHadTheirOwnRequests() throws Exception {
        Path jobs = DIR.resolve("jobs.txt");
        Infra.run(Path.of("."), env, jobs, 1, "scontrol", "show", "jobs", "--oneliner");
        Map<String, String> byName = new TreeMap<>();
        Matcher m = Pattern.compile("JobName=(grf-\\S+).*?MinMemoryNode=(\\S+)").matcher(Files.readString(jobs, StandardCharsets.UTF_8));
        while (m.find()) byName.put(m.group(1), m.group(2));
        List<String> expected = new ArrayList<>(List.of("grf-mnist-data", "grf-sample-field", "grf-gd-moments", "grf-asymptotic-normality",
                "grf-euler-minimum", "grf-pspin-complexity", "grf-blackbox-sweep", "grf-blackbox-mnist",
                "grf-blackbox-sweep-sine-data", "grf-blackbox-sweep-sine-np50-field0", "grf-blackbox-sweep-mnist-np200-field0"));
        for (String name : expected) assertTrue(byName.containsKey(name), name + " ran as a Slurm job: " + byName.keySet());
        assertEquals(request("blackbox-sweep"), byName.get("grf-blackbox-sweep-sine-np50-field0"), "a shard asks for blackbox-sweep's memory");
        byName.forEach((name, mem) -> {
            if (name.startsWith("grf-blackbox-studies-")) assertEquals(request("blackbox-studies"), mem, name + " asks for blackbox-studies' memory");
        });
        assertEquals(request("gd-moments"), byName.get("grf-gd-moments"));
        assertEquals("2G", byName.get("grf-sample-field"), "a stage without a request of its own asks MEM.default");
        System.err.println("slurm: " + byName.size() + " jobs: " + byName);
    }

    /** The memory workflow/resources.mk asks for a stage (MEM.<stage> ?= value). */
    static String request(String stage) {
        try {
            Matcher m = Pattern.compile("(?m)^MEM\\." + Pattern.quote(stage) + " \\?= (\\S+)$").matcher(Files.readString(Path.of("workflow/resources.mk")));
            assertTrue(m.find(), "workflow/resources.mk has MEM." + stage);
            return m.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertSameSvgs(Path expected, Path actual) throws Exception {
        try (var s = Files.walk(expected)) {
            List<Path> svgs = s.filter(p -> p.toString().endsWith(".svg")).toList();
            assertTrue(svgs.size() >= 10);
            for (Path svg : svgs) {
                Path other = actual.resolve(expected.relativize(svg));
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(svg), Files.readAllBytes(other)), svg + " differs from " + other);
            }
        }
    }

    @Test
    @Order(2)
    void exitCodesReachMakeThroughSrun() throws Exception {
        // the composition make uses (workflow/run-stage, then srun, then the command), for each stage code
        for (int code : new int[] {0, 1, 2, 3}) {
            Path dir = DIR.resolve("codes/c" + code);
            Files.createDirectories(dir);
            int got = Infra.run(Path.of("."), env, DIR.resolve("codes.log"), 2, "workflow/run-stage", dir.toString(), "", "--",
                    "srun", "--quiet", "--ntasks=1", "--cpus-per-task=1", "--mem=100M", "bash", "-c", "exit " + code);
            assertEquals(code, got, "exit " + code + " through srun and run-stage");
        }
        // a real stage refusing a bad parameter on Slurm: exit 2 reaches make, which fails and says so
        Path log = DIR.resolve("bad-param.log");
        int status = Infra.run(Path.of("."), env, log, 10, makeOnSlurm("PROFILE=quick", "sample-field", "FIELD_M=0"));
        assertTrue(status != 0, "make fails when the stage fails on Slurm");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("sample-field: failed (status 2)"), "the stage's exit 2 passed through srun: see " + log);
    }
}
