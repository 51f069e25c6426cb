package report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lib.Verdict;

/**
 * Counts statements, not claims: several claims that test one statement (the registry's {@code group}: Theorem 1's
 * variance by exact moments, Monte Carlo and the field) are one statement. The rule, from the registry's {@code class}:
 * <ul>
 * <li>A statement is decided by its claims of its most substantive class ({@code document}, else {@code precision},
 *     else {@code project}). Its {@code precision} claims beside {@code document} ones test how the document printed a
 *     number, not what it states: a refuted one is shown as a printed-number correction of the statement and does not
 *     make the statement fail.</li>
 * <li>Among the deciding claims: a refutation that survives the document's multiplicity correction
 *     ({@link Multiplicity}) makes the statement <b>fail</b>; otherwise an underdetermined claim makes it
 *     <b>underdetermined</b> (it holds for some values of a parameter the document leaves open and fails for others);
 *     otherwise a refutation that does not survive the correction leaves it <b>undecided</b> (so marked); all
 *     reproduced: it <b>holds</b>; else (an inconclusive claim) <b>undecided</b>.</li>
 * <li>A statement with {@code precision} claims only is a printed number: right, or differing in its printed digits;
 *     never a failing statement. A {@code project} statement is the project's own check: it passes or fails.</li>
 * </ul>
 */
public final class Statements {
    private Statements() {}

    public static final String HOLDS = "holds";
    public static final String FAILS = "fails";
    public static final String UNDERDETERMINED = "underdetermined";
    public static final String UNDECIDED = "undecided";
    public static final List<String> OUTCOMES = List.of(HOLDS, FAILS, UNDERDETERMINED, UNDECIDED);
    public static final List<String> CLASSES = List.of("document", "precision", "project");

    /**
     * One statement of a document: its group id, deciding class, outcome, every claim testing it; whether a refutation
     * was set aside by the multiplicity correction.
     */
    public record Statement(String paper, String group, String cls, String outcome, List<ClaimView> claims, boolean notAfterCorrection) {
        /** The claims that decide it (those of its class). */
        public List<ClaimView> deciding() { return claims.stream().filter(c -> c.claim().cls().equals(cls)).toList(); }

        /** Its refuted claims that decide it (those a reader sends as errata when the statement fails). */
        public List<ClaimView> refuted() { return deciding().stream().filter(ClaimView::refuted).toList(); }

        /** Printed numbers beside a substantive statement that differ from the computed value. */
        public List<ClaimView> printedCorrections() {
            if (cls.equals("precision")) return refuted();
            return claims.stream().filter(c -> c.claim().cls().equals("precision") && c.refuted()).toList();
        }

        /**
         * The ranges of its claims decided over an open parameter ("holds at M = 6000 (…); fails at M = 20000 (…)"), each
         * named by its claim when there are several (the same statement tested on two data sets).
         */
        public String range() {
            List<ClaimView> ranged = claims.stream().filter(c -> !c.row().range().isBlank()).toList();
            if (ranged.size() == 1) return ranged.get(0).row().range();
            return ranged.stream().map(c -> c.claim().id() + ": " + c.row().range()).collect(Collectors.joining("; "));
        }

        /** The statement's own words: those of its first deciding claim. */
        public ClaimView first() { return deciding().get(0); }
    }

    /** Groups the claims of one document into statements, in registry order. */
    public static List<Statement> of(List<ClaimView> claims) {
        Map<String, List<ClaimView>> groups = new LinkedHashMap<>();
        for (ClaimView c : claims) groups.computeIfAbsent(c.claim().paper() + "\u0000" + c.claim().group(), k -> new ArrayList<>()).add(c);
        List<Statement> out = new ArrayList<>();
        for (List<ClaimView> g : groups.values()) {
            String cls = cls(g);
            List<ClaimView> deciding = g.stream().filter(c -> c.claim().cls().equals(cls)).toList();
            boolean setAside = deciding.stream().anyMatch(ClaimView::refuted) && deciding.stream().noneMatch(ClaimView::refutationStands);
            out.add(new Statement(g.get(0).claim().paper(), g.get(0).claim().group(), cls, outcome(deciding), g, setAside));
        }
        return out;
    }

    static String outcome(List<ClaimView> deciding) {
        if (deciding.stream().anyMatch(ClaimView::refutationStands)) return FAILS;
        if (deciding.stream().anyMatch(c -> c.verdict().equals(Verdict.UNDERDETERMINED))) return UNDERDETERMINED;
        if (deciding.stream().allMatch(c -> c.verdict().equals(Verdict.REPRODUCED))) return HOLDS;
        return UNDECIDED;
    }

    /** The most substantive class among a statement's claims. */
    static String cls(List<ClaimView> claims) {
        for (String c : CLASSES) if (claims.stream().anyMatch(r -> r.claim().cls().equals(c))) return c;
        throw new IllegalStateException("no class among " + CLASSES);
    }

    /** Statements per outcome, for one class. */
    public record Tally(Map<String, Integer> byOutcome, int notAfterCorrection) {
        public int of(String outcome) { return byOutcome.getOrDefault(outcome, 0); }

        public int total() { return byOutcome.values().stream().mapToInt(Integer::intValue).sum(); }
    }

    public static Tally tally(List<Statement> statements, String cls) {
        Map<String, Integer> by = new LinkedHashMap<>();
        for (String o : OUTCOMES) by.put(o, 0);
        int setAside = 0;
        for (Statement s : statements) {
            if (!s.cls().equals(cls)) continue;
            by.merge(s.outcome(), 1, Integer::sum);
            if (s.notAfterCorrection()) setAside++;
        }
        return new Tally(by, setAside);
    }
}
