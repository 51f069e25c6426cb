package crate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import lib.Documents;
import lib.Provenance;

/**
 * A Workflow Run RO-Crate (profiles Process Run Crate 0.5, Workflow Run Crate 0.5, Workflow RO-Crate 1.0, RO-Crate
 * 1.1) of one run of the pipeline, whose crate root is the clone: the Makefile is the main ComputationalWorkflow, its
 * parameters FormalParameters; one CreateAction for the whole run and one per stage (instrument: the stage's script
 * with its pinned dependencies and the JDK), each with its parameters as PropertyValues, its registry and input
 * artifacts as objects and its outputs as results, every file with its SHA-256 and size; each registry names the
 * documents it judges (docs/documents.csv). What the run sidecars record (CPU model, the OpenBLAS core, times, the
 * commit) and whether the stage was restored from the run cache are in each action's description.
 *
 * <p>Everything comes from what the run left: STAGE_DIR/.complete (the outputs), params.txt, the CSV provenance of
 * checks.csv (sources, deps, JDK, OPENBLAS_* settings, inputs by name), the '.run' sidecars and stage.log's first line.
 * No library for RO-Crates resolves from Maven Central here (edu.kit.datamanager:ro-crate-java was tried), so the
 * JSON-LD is written with Jackson.
 */
public final class RunCrate {
    static final String WORKFLOW_RUN = "https://w3id.org/ro/wfrun/workflow/0.5";
    static final String PROCESS_RUN = "https://w3id.org/ro/wfrun/process/0.5";
    static final String WORKFLOW_RO_CRATE = "https://w3id.org/workflowhub/workflow-ro-crate/1.0";
    static final String RO_CRATE = "https://w3id.org/ro/crate/1.1";
    static final String MAKEFILE = "Makefile";

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final Map<String, ObjectNode> graph = new LinkedHashMap<>();
    private final Path root;

    /** @param root the clone: every @id of a file is its path relative to it */
    public RunCrate(Path root) { this.root = root; }

    /** A stage of the run: its name, folder, figures folder and registry file, all relative to the root. */
    public record Stage(String name, Path dir, Path registry) {}

    /** The crate of the run of {@code stages} (in pipeline order) of {@code profile}, the report files beside it. */
    public ObjectNode build(String profile, List<Stage> stages, Path documentsCsv, List<Path> reports) {
        ObjectNode descriptor = entity("ro-crate-metadata.json", "CreativeWork");
        descriptor.set("about", ref("./"));
        descriptor.set("conformsTo", refs(RO_CRATE, WORKFLOW_RO_CRATE));
        ObjectNode rootEntity = entity("./", "Dataset");
        rootEntity.put("name", "grf-repro: a run of the pipeline, profile " + profile);
        rootEntity.put("description", "Re-runs and checks the claims of the documents in " + documentsCsv + " with the pipeline's "
                + stages.size() + " stages at the " + profile + " profile's sizes; each stage's verdicts are in its checks.csv.");
        rootEntity.put("datePublished", Instant.now().toString());
        rootEntity.set("conformsTo", refs(PROCESS_RUN, WORKFLOW_RUN, WORKFLOW_RO_CRATE));
        rootEntity.set("mainEntity", ref(MAKEFILE));
        profileEntity(PROCESS_RUN, "Process Run Crate", "0.5");
        profileEntity(WORKFLOW_RUN, "Workflow Run Crate", "0.5");
        profileEntity(WORKFLOW_RO_CRATE, "Workflow RO-Crate", "1.0");
        ObjectNode workflow = entity(MAKEFILE, "File", "SoftwareSourceCode", "ComputationalWorkflow");
        workflow.put("name", "grf-repro pipeline (make; one rules file per stage in workflow/stages)");
        workflow.set("programmingLanguage", ref("#gnu-make"));
        ObjectNode make = entity("#gnu-make", "ComputerLanguage");
        make.put("name", "GNU Make");
        make.put("identifier", "https://www.gnu.org/software/make/");
        make.put("url", "https://www.gnu.org/software/make/");
        Map<String, String> documents = documents(documentsCsv);

        ObjectNode run = entity("#run-" + profile, "CreateAction");
        run.put("name", "make, profile " + profile);
        run.set("instrument", ref(MAKEFILE));
        Set<String> runObjects = new LinkedHashSet<>(List.of(file(documentsCsv)));
        Set<String> runResults = new LinkedHashSet<>();
        Set<String> formal = new LinkedHashSet<>();
        List<String> actions = new ArrayList<>();
        String lastEnd = null;
        for (Stage s : stages) {
            ObjectNode action = stageAction(profile, s, documents, formal);
            if (action == null) continue;
            actions.add(action.get("@id").asText());
            for (var o : action.withArray("object")) if (!o.get("@id").asText().startsWith("#")) runObjects.add(o.get("@id").asText());
            for (var r : action.withArray("result")) runResults.add(r.get("@id").asText());
            if (action.has("endTime") && (lastEnd == null || action.get("endTime").asText().compareTo(lastEnd) > 0)) lastEnd = action.get("endTime").asText();
        }
        for (Path r : reports) if (Files.isRegularFile(root.resolve(r))) runResults.add(file(r));
        runObjects.removeAll(runResults);   // a stage's output another stage reads is the run's result, not its input
        run.set("object", refs(runObjects.toArray(String[]::new)));
        run.set("result", refs(runResults.toArray(String[]::new)));
        run.put("endTime", lastEnd != null ? lastEnd : Instant.now().toString());
        workflow.set("input", refs(formal.stream().map(p -> "#param-" + p).toArray(String[]::new)));
        workflow.set("hasPart", refs(stages.stream().map(s -> "stages/" + script(s.name())).filter(id -> graph.containsKey(id)).toArray(String[]::new)));
        List<String> mentions = new ArrayList<>(List.of(run.get("@id").asText()));
        mentions.addAll(actions);
        rootEntity.set("mentions", refs(mentions.toArray(String[]::new)));
        Set<String> parts = new LinkedHashSet<>(List.of(MAKEFILE));
        graph.values().forEach(e -> { if (types(e).contains("File") && !e.get("@id").asText().equals(MAKEFILE)) parts.add(e.get("@id").asText()); });
        rootEntity.set("hasPart", refs(parts.toArray(String[]::new)));

        ObjectNode crate = json.objectNode();
        ArrayNode context = crate.putArray("@context");
        context.add("https://w3id.org/ro/crate/1.1/context");
        context.add("https://w3id.org/ro/terms/workflow-run/context");
        ArrayNode g = crate.putArray("@graph");
        graph.values().forEach(g::add);
        return crate;
    }

    /** One stage's CreateAction, or null when the stage has not run (no params.txt nor checks.csv). */
    ObjectNode stageAction(String profile, Stage s, Map<String, String> documents, Set<String> formal) {
        Path dir = root.resolve(s.dir());
        if (!Files.exists(dir.resolve("params.txt")) && !Files.exists(dir.resolve("checks.csv"))) return null;
        ObjectNode action = entity("#stage-" + s.name(), "CreateAction");
        action.put("name", s.name() + " (" + profile + ")");
        Map<String, String> prov = firstProvenance(dir);
        action.set("instrument", ref(script(s, prov)));
        List<String> objects = new ArrayList<>();
        if (Files.isRegularFile(root.resolve(s.registry()))) {
            String reg = file(s.registry());
            objects.add(reg);
            graph.get(reg).set("about", refs(judged(root.resolve(s.registry()), documents)));
        }
        Map<String, String> sidecar = new TreeMap<>();
        for (Path out : outputs(dir)) {
            Map<String, String> run = meta(root.resolve(out + ".run"));
            run.forEach((k, v) -> {
                if (k.startsWith("run.input_path.")) {
                    Path in = Path.of(v);
                    Path rel = in.isAbsolute() ? root.toAbsolutePath().normalize().relativize(in.normalize()) : in;
                    if (Files.isRegularFile(root.resolve(rel)) && !objects.contains(rel.toString())) objects.add(file(rel));
                }
            });
            if (sidecar.isEmpty()) sidecar.putAll(run);
        }
        List<String> results = new ArrayList<>();
        for (Path out : outputs(dir)) results.add(file(out));
        for (String word : read(dir.resolve("params.txt")).strip().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq <= 0) continue;
            String name = word.substring(0, eq);
            formal.add(name);
            formalParameter(name);
            ObjectNode pv = entity("#stage-" + s.name() + "-" + name, "PropertyValue");
            pv.put("name", name);
            pv.put("value", word.substring(eq + 1));
            pv.set("exampleOfWork", ref("#param-" + name));
            objects.add(pv.get("@id").asText());
        }
        action.set("object", refs(objects.toArray(String[]::new)));
        action.set("result", refs(results.toArray(String[]::new)));
        List<String> env = new ArrayList<>();
        prov.forEach((k, v) -> {
            if (!k.startsWith("env.")) return;
            ObjectNode pv = entity("#stage-" + s.name() + "-" + k, "PropertyValue");
            pv.put("name", k.substring(4));
            pv.put("value", v);
            env.add(pv.get("@id").asText());
        });
        if (!env.isEmpty()) action.set("environment", refs(env.toArray(String[]::new)));
        String started = sidecar.get("started_utc");
        if (started != null) {
            action.put("startTime", started);
            try {
                double wall = Double.parseDouble(sidecar.getOrDefault("wall_time_s", "0"));
                action.put("endTime", Instant.parse(started).plusMillis(Math.round(wall * 1000)).toString());
            } catch (RuntimeException e) {
                action.put("endTime", started);
            }
        }
        action.put("actionStatus", Files.exists(dir.resolve(".complete")) ? "http://schema.org/CompletedActionStatus" : "http://schema.org/FailedActionStatus");
        String log = read(dir.resolve("stage.log")).lines().findFirst().orElse("");
        action.put("description", (log.startsWith("run-stage: restored from the cache")
                ? "restored from the run cache (" + log.replaceFirst("^run-stage: restored from the cache \\(", "").replaceFirst("\\), entry ", "; entry ").replaceFirst(";[^;]*$", "") + "); computed "
                : "computed ") + "on " + sidecar.getOrDefault("cpu_model", "an unknown CPU") + " (" + sidecar.getOrDefault("host_cores", "?")
                + " cores), OpenBLAS core " + sidecar.getOrDefault("blas_core", "unknown") + ", commit " + sidecar.getOrDefault("git_commit", "unknown")
                + ", " + sidecar.getOrDefault("cpu_time_s", "?") + " s of CPU");
        return action;
    }

    /** The stage's script with its pinned dependencies and the JDK it ran on. */
    String script(Stage s, Map<String, String> prov) {
        String id = "stages/" + script(s.name());
        if (!Files.isRegularFile(root.resolve(id))) return id;
        ObjectNode code = fileEntity(Path.of(id), "File", "SoftwareSourceCode", "SoftwareApplication");
        code.put("name", s.name());
        Set<String> requirements = new LinkedHashSet<>();
        for (String dep : prov.getOrDefault("deps", "").split(" ")) {
            String[] gav = dep.split(":");
            if (gav.length < 3) continue;
            String depId = "https://central.sonatype.com/artifact/" + gav[0] + "/" + gav[1] + "/" + gav[2];
            ObjectNode app = entity(depId, "SoftwareApplication");
            app.put("name", gav[0] + ":" + gav[1] + (gav.length > 3 ? ":" + gav[3] : ""));
            app.put("version", gav[2]);
            requirements.add(depId);
        }
        if (prov.containsKey("jdk")) {
            ObjectNode jdk = entity("#jdk", "SoftwareApplication");
            jdk.put("name", "Java Development Kit");
            jdk.put("version", prov.get("jdk"));
            requirements.add("#jdk");
        }
        if (!requirements.isEmpty()) code.set("softwareRequirements", refs(requirements.toArray(String[]::new)));
        if (prov.containsKey("source_sha256")) code.put("description", "with its //SOURCES: SHA-256 " + prov.get("source_sha256"));
        return id;
    }

    /** make's stage name to its script: gd-moments -> GdMoments.java. */
    static String script(String stage) {
        StringBuilder b = new StringBuilder();
        for (String part : stage.split("-")) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return b + ".java";
    }

    void formalParameter(String name) {
        if (graph.containsKey("#param-" + name)) return;
        ObjectNode fp = entity("#param-" + name, "FormalParameter");
        fp.put("name", name);
        fp.put("additionalType", "Text");
        fp.put("description", "a parameter of the profile (workflow/profiles/<profile>/*.mk and workflow/defaults/*.mk; make params lists it)");
        fp.set("conformsTo", ref("https://bioschemas.org/profiles/FormalParameter/1.0-RELEASE"));
    }

    /** The documents a registry judges: its 'paper' column's document ids, each a CreativeWork. */
    String[] judged(Path registry, Map<String, String> documents) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> lines = read(registry).lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        if (lines.isEmpty()) return new String[0];
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(String.join("\n", lines)))) {
            for (var record : parser) {
                String doc = record.isMapped("paper") ? record.get("paper").strip() : "";
                if (documents.containsKey(doc)) ids.add(documents.get(doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids.toArray(String[]::new);
    }

    Map<String, String> documents(Path csv) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Documents.Document d : Documents.load(root.resolve(csv))) {
            String id = d.link().isBlank() ? "#document-" + d.id() : d.link();
            ObjectNode doc = entity(id, "CreativeWork");
            doc.put("name", d.title());
            doc.put("identifier", d.identifier().isBlank() ? d.id() : d.identifier());
            doc.put("author", d.authors());
            if (!d.year().isBlank()) doc.put("datePublished", d.year());
            doc.put("description", "document " + d.id() + " of docs/documents.csv: " + d.takes());
            ids.put(d.id(), id);
        }
        return ids;
    }

    /** The outputs of the stage's last run: .complete ("size path" lines), else the CSVs in its folder. */
    List<Path> outputs(Path dir) {
        Path complete = dir.resolve(".complete");
        List<Path> out = new ArrayList<>();
        if (Files.exists(complete)) {
            for (String line : read(complete).lines().toList()) {
                String[] f = line.split(" ", 2);
                if (f.length == 2 && Files.isRegularFile(root.resolve(f[1]))) out.add(Path.of(f[1]));
            }
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(p -> out.add(root.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The deterministic provenance of the stage's checks.csv (or its first CSV output). */
    Map<String, String> firstProvenance(Path dir) {
        if (Files.exists(dir.resolve("checks.csv"))) return meta(dir.resolve("checks.csv"));
        for (Path p : outputs(dir)) if (p.toString().endsWith(".csv")) return meta(root.resolve(p));
        return Map.of();
    }

    /** The '# key: value' lines of a CSV or sidecar. */
    static Map<String, String> meta(Path file) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) return m;
        for (String l : read(file).lines().toList()) {
            if (!l.startsWith("# ")) break;
            int colon = l.indexOf(": ");
            if (colon > 2) m.put(l.substring(2, colon), l.substring(colon + 2));
        }
        return m;
    }

    /** A File entity for a path relative to the root, with its SHA-256, size and format. */
    String file(Path rel) {
        return fileEntity(rel, "File").get("@id").asText();
    }

    ObjectNode fileEntity(Path rel, String... types) {
        String id = rel.normalize().toString();
        ObjectNode e = graph.containsKey(id) ? graph.get(id) : entity(id, types);
        if (types.length > 1) e.set("@type", typeNode(types));
        Path p = root.resolve(rel);
        if (Files.isRegularFile(p) && !e.has("sha256")) {
            e.put("sha256", Provenance.sha256(p));
            try {
                e.put("contentSize", Long.toString(Files.size(p)));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            e.put("encodingFormat", format(id));
        }
        return e;
    }

    static String format(String id) {
        if (id.endsWith(".csv")) return "text/csv";
        if (id.endsWith(".svg")) return "image/svg+xml";
        if (id.endsWith(".png")) return "image/png";
        if (id.endsWith(".html")) return "text/html";
        if (id.endsWith(".md")) return "text/markdown";
        if (id.endsWith(".java")) return "text/x-java";
        return "application/octet-stream";
    }

    void profileEntity(String id, String name, String version) {
        ObjectNode e = entity(id, "CreativeWork");
        e.put("name", name);
        e.put("version", version);
    }

    ObjectNode entity(String id, String... types) {
        ObjectNode e = graph.get(id);
        if (e != null) return e;
        e = json.objectNode();
        e.put("@id", id);
        e.set("@type", typeNode(types));
        graph.put(id, e);
        return e;
    }

    com.fasterxml.jackson.databind.JsonNode typeNode(String... types) {
        if (types.length == 1) return json.textNode(types[0]);
        ArrayNode a = json.arrayNode();
        for (String t : types) a.add(t);
        return a;
    }

    static Set<String> types(ObjectNode e) {
        Set<String> s = new LinkedHashSet<>();
        var t = e.get("@type");
        if (t.isArray()) t.forEach(x -> s.add(x.asText())); else s.add(t.asText());
        return s;
    }

    ObjectNode ref(String id) { return json.objectNode().put("@id", id); }

    ArrayNode refs(String... ids) {
        ArrayNode a = json.arrayNode();
        for (String id : ids) a.add(ref(id));
        return a;
    }

    static String read(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the crate as indented JSON (temporary file, rename). */
    public static void write(ObjectNode crate, Path out) throws IOException {
        Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), crate);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
