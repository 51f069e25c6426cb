package lib;

import java.util.List;

/**
 * One registered statement: where it is, what it says, the value it gives, how far a computed value may lie from it
 * and why, and the verdicts registered after checking it: {@code expectedVerdict} at paper scale, {@code quickVerdict}
 * in the quick profile (empty: the same; otherwise inconclusive, when the small sizes cannot decide it).
 *
 * <p>{@code group} names the statement the claim tests (several claims test one statement by different routes, and
 * the report counts statements); {@code cls} is {@code document} (a substantive statement of a document),
 * {@code precision} (the printed precision of a number) or {@code project} (a check of this project's own derivation
 * or machinery). Kinds and how they are decided: {@link Verdict}. {@code openParameter} names a parameter the document
 * leaves open over which the claim is decided ({@link OpenParameter}), empty for most claims.
 */
public record Claim(String id, String paper, String location, String statement, String group, String cls,
                    double expected, String kind, double tolerance, String toleranceReason, String expectedVerdict,
                    String quickVerdict, String note, String openParameter) {

    /** A claim decided at the one value of its parameters the stage computes (no parameter the document leaves open). */
    public Claim(String id, String paper, String location, String statement, String group, String cls, double expected, String kind,
                 double tolerance, String toleranceReason, String expectedVerdict, String quickVerdict, String note) {
        this(id, paper, location, statement, group, cls, expected, kind, tolerance, toleranceReason, expectedVerdict, quickVerdict,
                note, "");
    }

    /** Decided over a parameter the document leaves open (lib/OpenParameter): the registry's open_parameter column. */
    public boolean conditional() { return !openParameter.isEmpty(); }

    public static final String REPRODUCED = Verdict.REPRODUCED;
    public static final String REFUTED = Verdict.REFUTED;
    public static final String INCONCLUSIVE = Verdict.INCONCLUSIVE;
    public static final List<String> KINDS = List.of("abs", "rel", "sigma", "min", "max", "test");
    public static final List<String> CLASSES = List.of("document", "precision", "project");
    public static final String QUICK = "quick";

    /** The verdict registered for this profile. */
    public String registered(String profile) {
        return profile.equals(QUICK) && !quickVerdict.isEmpty() ? quickVerdict : expectedVerdict;
    }

    public String source() { return paper + " " + location; }
}
