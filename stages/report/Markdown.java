package report;

import java.util.List;
import java.util.Locale;
import lib.Verdict;
import report.Statements.Statement;
import report.Statements.Tally;
import report.Verdicts.Row;
import report.Verdicts.StageVerdicts;

/** The verdicts as GitHub-flavoured Markdown: statements per document first, then disagreements, then every claim. */
public final class Markdown {
    private Markdown() {}

    public static String render(List<StageVerdicts> stages, String profile) {
        List<Statement> statements = Statements.of(stages);
        StringBuilder b = new StringBuilder("# Paper checks: verdicts (profile " + profile + ")\n\n");
        b.append(banner(stages)).append('\n');
        b.append("## Statements per document\n\n");
        b.append(tallyTable(Statements.tallies(statements))).append('\n');
        b.append("A statement *holds* when every claim testing it is reproduced, *fails* when one is refuted, and is *undecided* "
                + "when a computation cannot yet tell (inconclusive: the claim says which size would). *Printed precision*: the "
                + "document's printed digits of a number; *project checks*: this project's own derivations and machinery.\n\n");
        b.append("Verdicts are decided again here from the registry and the numbers each stage recorded: a claim is *reproduced* "
                + "when the computed value lies within the registered tolerance and the test could have told otherwise (power ≥ "
                + Verdict.POWER + " against the best known alternative), *refuted* when the evidence excludes the document's value, "
                + "*inconclusive* otherwise.\n\n");
        disagreements(b, stages);
        b.append(summary(stages)).append('\n');
        for (StageVerdicts s : stages) {
            b.append("## ").append(s.stage()).append(s.ran() ? "" : " (not run)").append("\n\n");
            b.append("| claim | statement | class | paper | computed | ± se | power | refuted if | verdict | registered | agrees |\n");
            b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Row r : s.rows()) b.append(row(r));
            b.append('\n');
            notes(b, s);
        }
        return b.toString();
    }

    /** The first line a reader sees: whether every verdict is the registered one. */
    public static String banner(List<StageVerdicts> stages) {
        long differ = stages.stream().mapToLong(StageVerdicts::disagreements).sum();
        long notRun = stages.stream().filter(s -> !s.ran()).count();
        if (differ == 0) return "**All " + count(stages) + " verdicts agree with the registry.**\n";
        return "> **" + differ + " of " + count(stages) + " verdicts DIFFER from the registry" + (notRun > 0 ? " (" + notRun
                + " stages not run)" : "") + ".** They are listed under *Disagreements* below.\n";
    }

    static String tallyTable(List<Tally> tallies) {
        StringBuilder b = new StringBuilder("| document | statements hold | fail | undecided | printed precision right | wrong | undecided | project checks pass | fail | undecided |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Tally t : tallies) {
            b.append("| ").append(t.paper());
            for (String c : List.of("document", "precision", "project")) for (int n : t.of(c)) b.append(" | ").append(n);
            b.append(" |\n");
        }
        return b.toString();
    }

    private static void disagreements(StringBuilder b, List<StageVerdicts> stages) {
        if (stages.stream().allMatch(s -> s.disagreements() == 0)) return;
        b.append("## Disagreements\n\n| stage | claim | verdict | registered | why |\n|---|---|---|---|---|\n");
        for (StageVerdicts s : stages) {
            for (Row r : s.rows()) {
                if (r.agrees()) continue;
                b.append("| ").append(String.join(" | ", s.stage(), r.claim().id(), r.verdict(), r.registered(), cell(why(r)))).append(" |\n");
            }
        }
        b.append('\n');
    }

    /** Why a row disagrees, in words. */
    static String why(Row r) {
        if (r.recorded().equals("not run")) return "the stage has not run";
        if (r.recorded().startsWith("unreadable")) return "the stage's checks.csv cannot be read (older schema or damaged): rerun the stage";
        if (r.decision() == null) return "the stage recorded no usable observation (" + r.recorded() + ")";
        if (!r.consistent()) {
            return "checks.csv says " + r.recorded() + " but its numbers give " + r.verdict()
                    + ": the file was edited or the registry changed since the stage ran; rerun the stage";
        }
        return "computed " + num(r.observation().value()) + (r.observation().statistical() ? " ± " + num(r.observation().se()) : "")
                + "; refuted if " + Verdict.refutedIf(r.claim());
    }

    public static String summary(List<StageVerdicts> stages) {
        StringBuilder b = new StringBuilder();
        for (StageVerdicts s : stages) {
            long reproduced = s.rows().stream().filter(r -> r.verdict().equals(Verdict.REPRODUCED)).count();
            long refuted = s.rows().stream().filter(r -> r.verdict().equals(Verdict.REFUTED)).count();
            long inconclusive = s.rows().stream().filter(r -> r.verdict().equals(Verdict.INCONCLUSIVE)).count();
            long differ = s.disagreements();
            b.append(String.format(Locale.ROOT, "- %-22s %3d claims: %3d reproduced, %3d refuted, %3d inconclusive; %s%n",
                    s.stage(), s.rows().size(), reproduced, refuted, inconclusive,
                    !s.ran() ? "NOT RUN" : differ == 0 ? "all agree with the registry" : differ + " DIFFER from the registry"));
        }
        return b.toString();
    }

    private static String row(Row r) {
        var c = r.claim();
        var o = r.observation();
        String power = r.decision() == null || Double.isNaN(r.decision().power()) ? "" : String.format(Locale.ROOT, "%.3f", r.decision().power());
        return "| " + String.join(" | ", c.id(), cell(c.statement()), c.cls(), num(c.expected()), num(o.value()), num(o.se()), power,
                cell(Verdict.refutedIf(c)), r.verdict(), r.registered(), r.agrees() ? "yes" : "**NO**") + " |\n";
    }

    private static void notes(StringBuilder b, StageVerdicts s) {
        for (Row r : s.rows()) {
            String note = r.claim().note();
            String evidence = r.observation().evidence();
            if (note.isBlank() && evidence.isBlank() && r.decision() == null) continue;
            b.append("- **").append(r.claim().id()).append("**");
            if (!note.isBlank()) b.append(": ").append(note.strip());
            if (!evidence.isBlank()) b.append(" *Evidence:* ").append(evidence.strip());
            String size = sizeNeeded(r);
            if (!size.isEmpty()) b.append(" *Would decide:* ").append(size);
            b.append(" *Tolerance:* ").append(r.claim().toleranceReason().strip()).append('\n');
        }
        b.append('\n');
    }

    /** For an inconclusive claim: the sample size that would decide it. */
    static String sizeNeeded(Row r) {
        if (r.decision() == null || Double.isNaN(r.decision().sizeNeeded())) return "";
        return String.format(Locale.ROOT, "about %.3g %s", r.decision().sizeNeeded(), r.observation().sizeUnit()).strip();
    }

    private static long count(List<StageVerdicts> stages) {
        return stages.stream().mapToLong(s -> s.rows().size()).sum();
    }

    static String num(double v) {
        if (Double.isNaN(v)) return "";
        return (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6))
                ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%.6g", v);
    }

    static String cell(String s) { return s.replace("|", "\\|").replace("\n", " "); }
}
