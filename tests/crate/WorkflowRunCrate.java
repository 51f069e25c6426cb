package crate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ro-crate-metadata.json back and lists what it lacks of the Workflow Run Crate profile's required entities
 * (profile 0.5, https://w3id.org/ro/wfrun/workflow/0.5, with what it inherits from Process Run Crate 0.5, Workflow
 * RO-Crate 1.0 and RO-Crate 1.1): the metadata descriptor about the root and conforming to RO-Crate; the root Dataset
 * conforming to the profile's permalink by a CreativeWork entity, with a mainEntity that is a File, SoftwareSourceCode
 * and ComputationalWorkflow with a ComputerLanguage as programmingLanguage; at least one CreateAction mentioned by the
 * root with the main workflow as instrument; every action with a name and an instrument, its object and result
 * entities present; every FormalParameter with a name and an additionalType; every PropertyValue or data entity's
 * exampleOfWork a FormalParameter; every reference to a local entity resolving. An empty list means it conforms.
 */
public final class WorkflowRunCrate {
    private WorkflowRunCrate() {}

    public static List<String> problems(Path metadata) throws IOException {
        return problems(new ObjectMapper().readTree(metadata.toFile()));
    }

    public static List<String> problems(JsonNode crate) {
        List<String> p = new ArrayList<>();
        Map<String, JsonNode> g = new LinkedHashMap<>();
        for (JsonNode e : crate.path("@graph")) g.put(e.path("@id").asText(), e);
        JsonNode descriptor = g.get("ro-crate-metadata.json");
        if (descriptor == null) return List.of("no metadata descriptor (ro-crate-metadata.json)");
        if (!ids(descriptor.get("about")).contains("./")) p.add("the descriptor is not about the root ./");
        if (ids(descriptor.get("conformsTo")).stream().noneMatch(i -> i.startsWith("https://w3id.org/ro/crate/1."))) p.add("the descriptor conforms to no RO-Crate version");
        JsonNode root = g.get("./");
        if (root == null || !types(root).contains("Dataset")) return add(p, "no root Dataset ./");
        Set<String> profiles = ids(root.get("conformsTo"));
        for (String needed : List.of("https://w3id.org/ro/wfrun/workflow/0.5", "https://w3id.org/ro/wfrun/process/0.5",
                "https://w3id.org/workflowhub/workflow-ro-crate/1.0")) {
            if (!profiles.contains(needed)) p.add("the root does not conform to " + needed);
            else if (g.get(needed) == null || !types(g.get(needed)).contains("CreativeWork")) p.add(needed + " is not a CreativeWork entity");
        }
        String main = first(root.get("mainEntity"));
        JsonNode workflow = main == null ? null : g.get(main);
        if (workflow == null) p.add("no mainEntity");
        else {
            if (!types(workflow).containsAll(List.of("File", "SoftwareSourceCode", "ComputationalWorkflow"))) p.add("the main workflow's types: " + types(workflow));
            String lang = first(workflow.get("programmingLanguage"));
            if (lang == null || g.get(lang) == null || !types(g.get(lang)).contains("ComputerLanguage")) p.add("the main workflow has no ComputerLanguage");
            if (!workflow.hasNonNull("name")) p.add("the main workflow has no name");
        }
        Set<String> mentioned = ids(root.get("mentions"));
        boolean runOfMain = false;
        for (JsonNode e : g.values()) {
            String id = e.path("@id").asText();
            Set<String> t = types(e);
            if (t.contains("CreateAction")) {
                String instrument = first(e.get("instrument"));
                if (instrument == null || g.get(instrument) == null) p.add(id + ": no instrument entity");
                if (!e.hasNonNull("name")) p.add(id + ": no name");
                if (!mentioned.contains(id)) p.add(id + ": not mentioned by the root");
                if (main != null && main.equals(instrument)) runOfMain = true;
                for (String ref : union(ids(e.get("object")), ids(e.get("result")))) if (!g.containsKey(ref)) p.add(id + ": " + ref + " is no entity");
            }
            if (t.contains("FormalParameter") && (!e.hasNonNull("name") || !e.hasNonNull("additionalType"))) p.add(id + ": a FormalParameter needs name and additionalType");
            String work = first(e.get("exampleOfWork"));
            if (work != null && (g.get(work) == null || !types(g.get(work)).contains("FormalParameter"))) p.add(id + ": exampleOfWork " + work + " is no FormalParameter");
        }
        if (!runOfMain) p.add("no CreateAction has the main workflow as instrument");
        for (String part : ids(root.get("hasPart"))) if (!g.containsKey(part)) p.add("hasPart " + part + " is no entity");
        return p;
    }

    static List<String> add(List<String> p, String s) { p.add(s); return p; }

    static Set<String> union(Set<String> a, Set<String> b) { Set<String> u = new LinkedHashSet<>(a); u.addAll(b); return u; }

    static Set<String> types(JsonNode e) {
        Set<String> s = new LinkedHashSet<>();
        JsonNode t = e.get("@type");
        if (t == null) return s;
        if (t.isArray()) t.forEach(x -> s.add(x.asText())); else s.add(t.asText());
        return s;
    }

    /** The @ids of a reference or an array of references. */
    static Set<String> ids(JsonNode v) {
        Set<String> s = new LinkedHashSet<>();
        if (v == null) return s;
        if (v.isArray()) v.forEach(x -> s.addAll(ids(x)));
        else if (v.has("@id")) s.add(v.get("@id").asText());
        return s;
    }

    static String first(JsonNode v) { return ids(v).stream().findFirst().orElse(null); }
}
