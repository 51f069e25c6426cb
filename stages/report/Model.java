package report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lib.Documents;
import lib.Documents.Document;
import report.Statements.Statement;
import report.Statements.Tally;
import report.Verdicts.Row;
import report.Verdicts.StageVerdicts;

/**
 * The report as a referee reads it, built once and read by every renderer (HTML, Markdown, errata): documents →
 * statements → claims, each claim with its evidence, code and figures; per document its counts, grade and the chance
 * of false refutations; the stages' runs. Every decision (statement outcomes, grades, the multiplicity correction,
 * corrected values) is made here or in the classes it calls, never in a renderer.
 */
public record Model(String profile, List<StageVerdicts> stages, List<DocumentReport> documents, Multiplicity.Chance chance,
                    List<Runs.StageRun> runs, Map<String, List<FigureSet.Figure>> figures, Map<String, Sources> sources) {

    /** Where the inputs are. */
    public record Inputs(Path registry, Path data, Path figures, Path stages, Path documents, Path figureMap, Path profiles) {}

    /** One document: its statements and claims, counts per class, grade, chance, and the figures placed with it. */
    public record DocumentReport(Document doc, List<Statement> statements, List<ClaimView> claims, Map<String, Tally> tallies,
                                 Grade grade, Multiplicity.Chance chance, List<FigureSet.Figure> figures) {
        public String anchor() { return "doc-" + doc.id(); }

        public Tally tally(String cls) { return tallies.get(cls); }

        public List<Statement> with(String cls, String outcome) {
            return statements.stream().filter(s -> s.cls().equals(cls) && s.outcome().equals(outcome)).toList();
        }

        /** Substantive statements that fail (the errata's first part). */
        public List<Statement> failing() { return with("document", Statements.FAILS); }

        /** Printed numbers that differ: precision statements, and precision claims beside substantive ones. */
        public List<ClaimView> printedCorrections() {
            return statements.stream().filter(s -> !s.cls().equals("project")).flatMap(s -> s.printedCorrections().stream()).toList();
        }

        /** Refutations set aside by the multiplicity correction. */
        public List<ClaimView> setAside() { return claims.stream().filter(ClaimView::setAside).toList(); }
    }

    public static Model build(Inputs in, String profile, List<Document> table) {
        return build(in, profile, table, List.of());
    }

    /** The model of the registries of the pipeline's stages (empty: every registry in the folder; see Verdicts#gather). */
    public static Model build(Inputs in, String profile, List<Document> table, List<String> pipeline) {
        List<StageVerdicts> stages = Verdicts.gather(in.registry(), in.data(), profile, pipeline);
        Map<String, List<FigureSet.Figure>> figures = new LinkedHashMap<>();
        Map<String, Sources> sources = new LinkedHashMap<>();
        Map<String, List<ClaimView>> byDocument = new LinkedHashMap<>();
        Map<String, List<Row>> rowsByDocument = new LinkedHashMap<>();
        Map<String, List<String>> stageOfRow = new LinkedHashMap<>();
        for (StageVerdicts s : stages) {
            figures.put(s.stage(), FigureSet.of(s.stage(), in.figures(), in.figureMap()));
            sources.put(s.stage(), Sources.of(in.stages(), s.stage()));
            for (Row r : s.rows()) {
                rowsByDocument.computeIfAbsent(r.claim().paper(), k -> new ArrayList<>()).add(r);
                stageOfRow.computeIfAbsent(r.claim().paper(), k -> new ArrayList<>()).add(s.stage());
            }
        }
        List<Multiplicity.Test> all = new ArrayList<>();
        for (var e : rowsByDocument.entrySet()) {
            List<Row> rows = e.getValue();
            List<Multiplicity.Test> tests = rows.stream().map(r -> Multiplicity.test(r.claim(), r.observation())).toList();
            all.addAll(tests);
            double[] adjusted = Multiplicity.holm(tests);
            List<ClaimView> views = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String stage = stageOfRow.get(e.getKey()).get(i);
                views.add(view(in, stage, rows.get(i), tests.get(i), adjusted[i], figures.get(stage), sources.get(stage)));
            }
            byDocument.put(e.getKey(), views);
        }
        List<DocumentReport> documents = documents(table, byDocument, figures);
        return new Model(profile, stages, documents, Multiplicity.chance(all), Runs.of(in.data(), in.profiles().resolve(profile)), figures, sources);
    }

    private static ClaimView view(Inputs in, String stage, Row r, Multiplicity.Test t, double adjusted, List<FigureSet.Figure> figures,
                                  Sources sources) {
        List<FigureSet.Figure> shown = figures.stream().filter(f -> f.supports(r.claim().id())).toList();
        return new ClaimView(stage, r, t, adjusted, ClaimView.correction(r), shown, in.data().resolve(stage).resolve("checks.csv"),
                sources.locate(r.claim().id()), sources.script());
    }

    /** One report per document, in the table's order (then any the table lacks, then the project's own checks). */
    private static List<DocumentReport> documents(List<Document> table, Map<String, List<ClaimView>> byDocument,
                                                  Map<String, List<FigureSet.Figure>> figures) {
        List<String> ids = new ArrayList<>(table.stream().map(Document::id).filter(byDocument::containsKey).toList());
        byDocument.keySet().stream().filter(id -> !ids.contains(id)).sorted(Comparator.comparing(id -> id.equals(Documents.PROJECT)))
                .forEach(ids::add);
        Map<FigureSet.Figure, String> home = homes(byDocument, figures);
        List<DocumentReport> out = new ArrayList<>();
        for (String id : ids) {
            Document doc = Documents.find(table, id).orElseThrow(() -> new lib.BadInput(Documents.TABLE,
                    "no row for document '" + id + "' named in the registry's paper column"));
            List<ClaimView> claims = byDocument.get(id);
            List<Statement> statements = Statements.of(claims);
            Map<String, Tally> tallies = new LinkedHashMap<>();
            for (String cls : Statements.CLASSES) tallies.put(cls, Statements.tally(statements, cls));
            int printed = (int) statements.stream().filter(s -> !s.cls().equals("project")).mapToLong(s -> s.printedCorrections().size()).sum();
            List<FigureSet.Figure> placed = home.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).toList();
            out.add(new DocumentReport(doc, statements, claims, tallies, Grade.of(doc, tallies.get("document"), printed),
                    Multiplicity.chance(claims.stream().map(ClaimView::test).toList()), placed));
        }
        return out;
    }

    /**
     * Each figure is shown once, with the document most of its claims belong to (a figure no claim names goes with
     * the document most of its stage's claims belong to); the other documents link to it.
     */
    private static Map<FigureSet.Figure, String> homes(Map<String, List<ClaimView>> byDocument, Map<String, List<FigureSet.Figure>> figures) {
        Map<FigureSet.Figure, String> out = new LinkedHashMap<>();
        for (var e : figures.entrySet()) {
            for (FigureSet.Figure f : e.getValue()) {
                Map<String, Integer> votes = new LinkedHashMap<>();
                for (var d : byDocument.entrySet()) {
                    for (ClaimView c : d.getValue()) {
                        if (c.figures().contains(f)) votes.merge(d.getKey(), 1, Integer::sum);
                    }
                }
                if (votes.isEmpty()) {
                    for (var d : byDocument.entrySet()) {
                        for (ClaimView c : d.getValue()) if (c.stage().equals(e.getKey())) votes.merge(d.getKey(), 1, Integer::sum);
                    }
                }
                votes.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(v -> out.put(f, v.getKey()));
            }
        }
        return out;
    }

    /** Verdicts that differ from the registry (or could not be decided again), with their stage. */
    public List<ClaimView> disagreements() {
        return documents.stream().flatMap(d -> d.claims().stream()).filter(c -> !c.row().agrees()).toList();
    }

    public long notRun() { return stages.stream().filter(s -> !s.ran()).count(); }

    public int claimCount() { return stages.stream().mapToInt(s -> s.rows().size()).sum(); }

    /** The document a figure is shown with. */
    public DocumentReport home(FigureSet.Figure f) {
        return documents.stream().filter(d -> d.figures().contains(f)).findFirst().orElse(null);
    }
}
