package crate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run's Workflow Run RO-Crate (crate/RunCrate) read back: it conforms to the profile's required entities
 * (WorkflowRunCrate lists what is missing, and does find a missing instrument or an unknown profile), every output is
 * a File with the SHA-256 of its bytes, parameters are PropertyValues of FormalParameters, registries name the
 * documents they judge, and the sidecar's CPU model, OpenBLAS core and the cache's restore are in the action.
 */
class RunCrateTest {
    static final Path ROOT = Path.of("target/crate/clone");
    static JsonNode crate;
    static Map<String, JsonNode> graph = new HashMap<>();

    /** A clone with two stages' results as run-stage leaves them (one computed, one restored from the run cache). */
    @BeforeAll
    static void build() throws Exception {
        cache.RunCache.deleteTree(ROOT.getParent());
        write("docs/documents.csv", "document,title,authors,year,identifier,link,takes\n000,A paper,\"A. Author\",2018,arXiv:1803.09119,https://arxiv.org/abs/1803.09119,its eq (8)\n");
        write("stages/SampleField.java", "//DEPS info.picocli:picocli:4.7.7\nclass SampleField {}\n");
        write("stages/GdMoments.java", "class GdMoments {}\n");
        write("paper-checks/sample-field.csv", "claim,paper,location\nvar,000,eq (29)\n");
        write("paper-checks/gd-moments.csv", "claim,paper,location\nmean,000,eq (8)\n");
        String prov = "# schema: checks v3\n# stage: %s\n# source_sha256: abc\n# jdk: 17.0.15 (Debian)\n# deps: info.picocli:picocli:4.7.7\n# env.OPENBLAS_CORETYPE: Haswell\n";
        write("data/quick/sample-field/checks.csv", prov.formatted("sample-field") + "claim,verdict\nvar,reproduced\n# rows: 1\n");
        write("data/quick/sample-field/checks.csv.run", "# artifact: checks.csv\n# git_commit: 1234\n# started_utc: 2026-12-07T10:00:00Z\n# wall_time_s: 2.500\n"
                + "# cpu_time_s: 4.0\n# host_cores: 2\n# cpu_model: AMD EPYC\n# blas_core: HASWELL\n");
        write("data/quick/sample-field/params.txt", "FIELD_M=4000 SEED=7\n");
        write("data/quick/sample-field/.complete", "40 data/quick/sample-field/checks.csv\n");
        write("data/quick/sample-field/stage.log", "verdicts: 1\n");
        write("data/quick/gd-moments/checks.csv", prov.formatted("gd-moments") + "claim,verdict\nmean,reproduced\n# rows: 1\n");
        write("data/quick/gd-moments/checks.csv.run", "# artifact: checks.csv\n# started_utc: 2026-12-07T10:01:00Z\n# wall_time_s: 1\n# input_path: x\n"
                + "# run.input_path.checks.csv: data/quick/sample-field/checks.csv\n# cpu_model: AMD EPYC\n# blas_core: not used\n");
        write("data/quick/gd-moments/params.txt", "N=200 SEED=7\n");
        write("data/quick/gd-moments/.complete", "40 data/quick/gd-moments/checks.csv\n");
        write("data/quick/gd-moments/stage.log", "run-stage: restored from the cache (~/.cache/grf-repro/runs), entry 0123; what the run that stored it printed follows\n");
        write("Makefile", "all:\n");
        write("paper-checks/quick/report.md", "# report\n");
        List<RunCrate.Stage> stages = List.of(new RunCrate.Stage("sample-field", Path.of("data/quick/sample-field"), Path.of("paper-checks/sample-field.csv")),
                new RunCrate.Stage("gd-moments", Path.of("data/quick/gd-moments"), Path.of("paper-checks/gd-moments.csv")),
                new RunCrate.Stage("euler-minimum", Path.of("data/quick/euler-minimum"), Path.of("paper-checks/euler-minimum.csv")));
        Path out = ROOT.resolve("ro-crate-metadata.json");
        Files.createDirectories(ROOT.resolve("data/quick/euler-minimum"));
        RunCrate.write(new RunCrate(ROOT).build("quick", stages, Path.of("docs/documents.csv"), List.of(Path.of("paper-checks/quick/report.md"))), out);
        crate = new ObjectMapper().readTree(out.toFile());
        for (JsonNode e : crate.get("@graph")) graph.put(e.get("@id").asText(), e);
    }

    static void write(String file, String text) throws Exception {
        Path p = ROOT.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void itConformsToTheWorkflowRunCrateProfile() throws Exception {
        assertEquals(List.of(), WorkflowRunCrate.problems(ROOT.resolve("ro-crate-metadata.json")));
        assertEquals("#run-quick", graph.get("./").get("mentions").get(0).get("@id").asText());
        assertTrue(!graph.containsKey("#stage-euler-minimum"), "a stage that did not run has no action");
    }

    @Test
    void theCheckerFindsWhatIsMissing() {
        ObjectNode broken = crate.deepCopy();
        for (JsonNode e : broken.get("@graph")) if (e.get("@id").asText().equals("#run-quick")) ((ObjectNode) e).remove("instrument");
        assertTrue(WorkflowRunCrate.problems(broken).contains("#run-quick: no instrument entity"), WorkflowRunCrate.problems(broken).toString());
        ObjectNode other = crate.deepCopy();
        for (JsonNode e : other.get("@graph")) if (e.get("@id").asText().equals("./")) ((ObjectNode) e).remove("conformsTo");
        assertTrue(WorkflowRunCrate.problems(other).contains("the root does not conform to https://w3id.org/ro/wfrun/workflow/0.5"));
    }

    @Test
    void outputsCarryTheirHashesAndParametersTheirSlots() throws Exception {
        JsonNode checks = graph.get("data/quick/sample-field/checks.csv");
        assertEquals(cache.RunCache.sha256(Files.readAllBytes(ROOT.resolve("data/quick/sample-field/checks.csv"))), checks.get("sha256").asText());
        JsonNode seed = graph.get("#stage-gd-moments-N");
        assertEquals("200", seed.get("value").asText());
        assertEquals("#param-N", seed.get("exampleOfWork").get("@id").asText());
        JsonNode gd = graph.get("#stage-gd-moments");
        assertTrue(gd.get("object").toString().contains("data/quick/sample-field/checks.csv"), "its input: " + gd.get("object"));
        assertTrue(gd.get("description").asText().startsWith("restored from the run cache (~/.cache/grf-repro/runs"), gd.get("description").asText());
        JsonNode sf = graph.get("#stage-sample-field");
        assertTrue(sf.get("description").asText().contains("AMD EPYC") && sf.get("description").asText().contains("OpenBLAS core HASWELL"));
        assertEquals("2026-12-07T10:00:02.500Z", sf.get("endTime").asText());
        assertEquals("https://arxiv.org/abs/1803.09119", graph.get("paper-checks/sample-field.csv").get("about").get(0).get("@id").asText());
        assertEquals("A paper", graph.get("https://arxiv.org/abs/1803.09119").get("name").asText());
        assertTrue(graph.get("stages/SampleField.java").get("softwareRequirements").toString().contains("picocli/4.7.7"));
        assertTrue(graph.get("#run-quick").get("result").toString().contains("paper-checks/quick/report.md"));
    }
}
