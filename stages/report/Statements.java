package report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lib.Verdict;
import report.Verdicts.Row;
import report.Verdicts.StageVerdicts;

/**
 * Counts statements, not claims: several claims that test one statement (Theorem 1's variance by exact moments, Monte
 * Carlo and the field) are one statement, which fails if any of its claims is refuted, holds if all are reproduced,
 * and is undecided otherwise. Counted per document and per class (the documents' substantive statements, printed
 * precision, this project's own checks).
 */
public final class Statements {
    private Statements() {}

    public static final String HOLDS = "holds";
    public static final String FAILS = "fails";
    public static final String UNDECIDED = "undecided";

    /** One statement: its document, group id, class, verdict and the claims behind it. */
    public record Statement(String paper, String group, String cls, String verdict, List<Row> rows) {}

    /** Counts of one document: per class, statements that hold, fail, are undecided. */
    public record Tally(String paper, Map<String, int[]> byClass) {
        public int[] of(String cls) { return byClass.getOrDefault(cls, new int[3]); }
    }

    public static List<Statement> of(List<StageVerdicts> stages) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (StageVerdicts s : stages) {
            for (Row r : s.rows()) groups.computeIfAbsent(r.claim().paper() + "\u0000" + r.claim().group(), k -> new ArrayList<>()).add(r);
        }
        List<Statement> out = new ArrayList<>();
        for (List<Row> rows : groups.values()) {
            Row first = rows.get(0);
            out.add(new Statement(first.claim().paper(), first.claim().group(), cls(rows), verdict(rows), rows));
        }
        return out;
    }

    public static List<Tally> tallies(List<Statement> statements) {
        Map<String, Map<String, int[]>> by = new TreeMap<>();
        for (Statement s : statements) {
            int[] t = by.computeIfAbsent(s.paper(), k -> new LinkedHashMap<>()).computeIfAbsent(s.cls(), k -> new int[3]);
            t[s.verdict().equals(HOLDS) ? 0 : s.verdict().equals(FAILS) ? 1 : 2]++;
        }
        List<Tally> out = new ArrayList<>();
        by.forEach((paper, m) -> out.add(new Tally(paper, m)));
        return out;
    }

    static String verdict(List<Row> rows) {
        if (rows.stream().anyMatch(r -> r.verdict().equals(Verdict.REFUTED))) return FAILS;
        if (rows.stream().allMatch(r -> r.verdict().equals(Verdict.REPRODUCED))) return HOLDS;
        return UNDECIDED;
    }

    /** A statement tested by claims of several classes counts in the most substantive one. */
    static String cls(List<Row> rows) {
        for (String c : List.of("document", "precision", "project")) {
            if (rows.stream().anyMatch(r -> r.claim().cls().equals(c))) return c;
        }
        throw new IllegalStateException("no class");
    }
}
