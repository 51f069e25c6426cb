package report;

import java.util.List;
import java.util.Locale;
import lib.Verdict;
import report.ClaimView.Correction;
import report.Verdicts.Row;

/**
 * The report's words and numbers as plain text, the same in every renderer (each escapes them for its own format):
 * how numbers print, what a verdict or outcome is called, why a row disagrees, and the rules a referee reads once.
 */
public final class Text {
    private Text() {}

    /** Six significant digits; four in exponent form below 1e-3 or from 1e6. */
    public static String num(double v) {
        if (Double.isNaN(v)) return "";
        return (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6))
                ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%.6g", v);
    }

    /** A constant as written: 3, 0.9. */
    public static String plain(double v) { return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(); }

    /** A value with its standard error when it has one: "0.815414 ± 0.00115". */
    public static String value(double v, double se) {
        if (Double.isNaN(v)) return "";
        return num(v) + (Double.isFinite(se) && se > 0 ? " ± " + String.format(Locale.ROOT, "%.3g", se) : "");
    }

    /** The computed value as the claim reads it: a test's p-value as "p = …", an estimate with its standard error. */
    public static String computed(ClaimView c) {
        double v = c.observation().value();
        // a claim decided over a parameter the document leaves open has no one value: its value at each point of the range
        if (Double.isNaN(v) && !c.row().range().isEmpty()) return c.row().range();
        if (c.claim().kind().equals("test") && !Double.isNaN(v)) return v < 1e-300 ? "p < 1e-300" : "p = " + num(v);
        return value(c.observation().value(), c.observation().se());
    }

    /** The document's value as the claim reads it: a test's level as "p ≥ …", else the number. */
    public static String documentValue(ClaimView c) {
        return c.claim().kind().equals("test") ? "p ≥ " + plain(c.claim().expected()) : num(c.claim().expected());
    }

    public static String p(double p) {
        if (Double.isNaN(p)) return "";
        if (p < 1e-300) return "< 1e-300";
        return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    /** What a statement's outcome is called in its class: a printed number is right or differs, a project check passes. */
    public static String outcome(String cls, String outcome) {
        return switch (cls) {
            case "precision" -> switch (outcome) {
                case Statements.HOLDS -> "printed number right";
                case Statements.FAILS -> "printed number differs";
                default -> outcome;
            };
            case "project" -> switch (outcome) {
                case Statements.HOLDS -> "passes";
                default -> outcome;
            };
            default -> outcome;
        };
    }

    /** The correction of a refuted claim in words: the alternative it agrees with, else the computed value. */
    public static String correction(Correction c) {
        if (c == null) return "";
        return c.alternative() ? c.label() + " = " + num(c.value()) + " (the computed value agrees with it)"
                : "the computed value, " + value(c.value(), c.se());
    }

    /** The correction where space is short (beside the computed value): the alternative, or "the computed value". */
    public static String correctionBrief(Correction c) {
        if (c == null) return "";
        return c.alternative() ? c.label() + " = " + num(c.value()) : "the computed value";
    }

    /** How far a printed number lies from the computed one: "differs by 0.01786 (0.13 %)". */
    public static String printedDifference(ClaimView c) {
        double d = c.observation().value() - c.claim().expected();
        String rel = c.claim().expected() == 0 ? "" : String.format(Locale.ROOT, " (%.2g %%)", 100 * Math.abs(d / c.claim().expected()));
        return "printed " + num(c.claim().expected()) + "; computed " + computed(c) + "; differs by " + num(Math.abs(d)) + rel;
    }

    /** The p-value, the Holm-adjusted p-value and the level, when a statistic decides the claim. */
    public static String multiplicity(ClaimView c) {
        if (!c.test().present()) return "";
        return "p = " + p(c.test().p()) + ", Holm-adjusted " + p(c.adjustedP()) + " at level " + p(c.test().level());
    }

    /** For an inconclusive claim: the sample size that would decide it. */
    public static String sizeNeeded(Row r) {
        if (r.decision() == null || Double.isNaN(r.decision().sizeNeeded())) return "";
        return String.format(Locale.ROOT, "about %.3g %s", r.decision().sizeNeeded(), r.observation().sizeUnit()).strip();
    }

    /** Why a row disagrees with the registry, in words. */
    public static String why(Row r) {
        if (r.recorded().equals("not run")) return "the stage has not run";
        if (r.recorded().startsWith("unreadable")) return "the stage's checks.csv cannot be read (older schema or damaged): rerun the stage";
        if (r.recorded().equals(Verdict.UNDERDETERMINED) && r.range().isEmpty()) return "checks.csv says underdetermined but gives no range";
        if (r.decision() == null) return "the stage recorded no usable observation (" + r.recorded() + ")";
        if (!r.consistent()) {
            return "checks.csv says " + r.recorded() + " but its numbers give " + r.verdict()
                    + ": the file was edited or the registry changed since the stage ran; rerun the stage";
        }
        return "computed " + value(r.observation().value(), r.observation().se()) + "; refuted if " + Verdict.refutedIf(r.claim());
    }

    /** The project's state in one line (the report's fine print, and the console). */
    public static String agreement(Model m) {
        long differ = m.disagreements().size();
        if (differ == 0 && m.notRun() == 0) return "All " + m.claimCount() + " verdicts agree with the registry.";
        return differ + " of " + m.claimCount() + " verdicts DIFFER from the registry" + (m.notRun() > 0 ? " (" + m.notRun()
                + " stages not run)" : "") + ": see Disagreements.";
    }

    /** One line per stage: its claims by verdict. */
    public static String summary(Verdicts.StageVerdicts s) {
        long reproduced = s.rows().stream().filter(r -> r.verdict().equals(Verdict.REPRODUCED)).count();
        long refuted = s.rows().stream().filter(r -> r.verdict().equals(Verdict.REFUTED)).count();
        long other = s.rows().size() - reproduced - refuted;
        return String.format(Locale.ROOT, "%-22s %3d claims: %3d reproduced, %3d refuted, %3d inconclusive or other; %s", s.stage(),
                s.rows().size(), reproduced, refuted, other, !s.ran() ? "NOT RUN" : s.disagreements() == 0 ? "all agree with the registry"
                        : s.disagreements() + " DIFFER from the registry");
    }

    /** A stage's parameters: whether they are the profile's, then NAME=value, each not the profile's with the profile's value. */
    public static String parameters(Runs.StageRun r) {
        if (r.parameters().isEmpty()) return "none";
        StringBuilder b = new StringBuilder(r.profileParameters() ? "the profile's: " : "NOT the profile's: ");
        for (Runs.Parameter p : r.parameters()) {
            b.append(p.name()).append('=').append(p.value()).append(p.profiles() ? "" : " (profile: " + p.profileValue() + ")").append(' ');
        }
        return b.toString().strip();
    }

    public static String shortHash(String sha) { return sha.length() > 12 ? sha.substring(0, 12) : sha; }

    /** The commit a stage ran at, "(modified)" when the work tree had changes, and the cache when make restored it from one. */
    public static String commit(Runs.StageRun r) {
        return (r.commit().length() > 10 ? r.commit().substring(0, 10) : r.commit()) + (r.dirty() ? " (modified)" : "")
                + (r.restored() ? "; restored from the run cache " + r.restoredFrom() + " (times: the run that stored it)" : "");
    }

    public static String seconds(double s) { return Double.isNaN(s) ? "" : String.format(Locale.ROOT, s < 10 ? "%.1f s" : "%.0f s", s); }

    public static String megabytes(double mb) { return Double.isNaN(mb) ? "" : String.format(Locale.ROOT, "%.0f MB", mb); }

    /** The verdict rule in a referee's words: one paragraph per point. */
    public static List<String> verdictRule() {
        double side = new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1).cumulativeProbability(-Verdict.Z_INTERVAL);
        return List.of(
                "Each number a document states is a claim: its value, a tolerance with its reason, and how it is checked. lib/Verdict "
                        + "alone decides every claim; this report decides each again from the registry and the numbers the stage recorded.",
                "Exact computations (closed forms, quadrature, arbitrary precision) decide at the tolerance: reproduced within it, "
                        + "refuted outside it.",
                String.format(Locale.ROOT, "An estimate v with standard error SE is judged by its interval v ± %s SE. Reproduced: the "
                        + "whole interval lies inside the tolerance band; refuted: it lies wholly outside; inconclusive: it straddles an "
                        + "edge. This is an equivalence test (two one-sided tests, TOST) at level Φ(−%s) ≈ %.5f per side: reproduced means "
                        + "equivalence is shown, refuted means a difference is shown, inconclusive means neither, and the claim says the "
                        + "sample size at which the interval would clear the edge.", plain(Verdict.Z_INTERVAL), plain(Verdict.Z_INTERVAL), side),
                "A sigma claim is a two-sided z-test of the document's value in the standard errors the stage computed, refuted when "
                        + "|v − e| exceeds its tolerance in SE. Not rejecting is read as reproduced only when the test had power ≥ "
                        + plain(Verdict.POWER) + " against the best alternative the project knows (the value a wrong document would have "
                        + "given instead); with less power the claim is inconclusive, with the size that would reach it. A test claim "
                        + "is refuted when its p-value falls below the registered level, and reproduced only with power ≥ "
                        + plain(Verdict.POWER) + ".",
                "Underdetermined: the statement holds for some values of a parameter the document leaves open and fails for others; "
                        + "the range says which. It counts as neither holding nor failing.");
    }

    /** How many refutations chance could give, and the correction applied. */
    public static List<String> multiplicityRule(Multiplicity.Chance all) {
        return List.of(
                String.format(Locale.ROOT, "%d claims are decided by a statistic (the others are exact and cannot be refuted by "
                        + "chance). If every statement were true, the expected number of refutations by chance alone would be at most "
                        + "%.2f, the sum of their levels (a sigma or test claim is refuted by chance with probability equal to its level, "
                        + "an interval claim with at most its level), and the chance of at least one at most %.1f %%.",
                        all.tests(), all.expected(), 100 * all.atLeastOne()),
                "Per document, the refutations are corrected by Holm's step-down procedure over the document's claims that have a "
                        + "p-value (sigma claims: two-sided from z; test claims: their p-value; estimated abs, rel, min and max claims: "
                        + "the p of lying outside the band). A refutation survives when its Holm-adjusted p-value is at most its own "
                        + "level; the chance of any false refutation in a document is then at most the largest level among its claims. "
                        + "A refutation that does not survive is marked as such and its statement counts as undecided, not failing.");
    }

    /** How statements are counted, printed numbers included. */
    public static List<String> statementRule() {
        return List.of(
                "Several claims may test one statement (the registry's group): a statement fails when one of its claims is refuted "
                        + "and the refutation survives the correction, holds when all are reproduced, and is undecided otherwise.",
                "Printed numbers: claims of class precision test how the document printed a number, not what it states (for "
                        + "example a printed asymptote, which the document says it prints, against the exact value at the document's "
                        + "finite N). A printed number that differs is listed with the difference and never counted as a "
                        + "failing statement; beside a substantive claim it is shown as a correction of that statement.",
                "Project checks (class project) are this project's own derivations and machinery, not statements of a document: "
                        + "they are counted apart and do not grade the document.");
    }
}
