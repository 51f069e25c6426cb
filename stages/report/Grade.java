package report;

import lib.Documents;
import report.Statements.Tally;

/**
 * A document's reproduction in one word, graded as a replication report grades a paper, from its substantive
 * statements ({@code document} class) that hold (H) and fail (F) after the multiplicity correction, and its printed
 * numbers that differ (P). Underdetermined and undecided statements count in neither H nor F.
 * <ul>
 * <li><b>reproduced</b>: no statement fails and no printed number differs;</li>
 * <li><b>reproduced with corrections</b>: no statement fails but printed numbers differ, or at most one in four decided
 *     statements fails (F ≤ (H + F)/4): the errata correct what fails;</li>
 * <li><b>partly reproduced</b>: more than one in four fails, and at least one in four holds;</li>
 * <li><b>not reproducible</b>: fewer than one in four decided statements hold;</li>
 * <li><b>undecided</b>: no statement could be decided at this profile's sizes.</li>
 * </ul>
 */
public enum Grade {
    REPRODUCED("reproduced"),
    WITH_CORRECTIONS("reproduced with corrections"),
    PARTLY("partly reproduced"),
    NOT_REPRODUCIBLE("not reproducible"),
    UNDECIDED("undecided"),
    /** The project's own checks are not a document: not graded. */
    NOT_GRADED("not graded (the project's own checks)");

    public final String words;

    Grade(String words) { this.words = words; }

    /** The rule in one sentence, for the report. */
    public static final String RULE = "reproduced: no statement fails and no printed number differs; reproduced with corrections: "
            + "only printed numbers differ, or at most one in four decided statements fails; partly reproduced: more than one in four "
            + "fails and at least one in four holds; not reproducible: fewer than one in four hold; undecided: nothing could be "
            + "decided at this profile's sizes. Counted over the document's substantive statements after the multiplicity "
            + "correction; underdetermined and undecided statements count as neither holding nor failing.";

    public static Grade of(Documents.Document doc, Tally statements, int printedDiffer) {
        return doc.project() ? NOT_GRADED : of(statements, printedDiffer);
    }

    public static Grade of(Tally statements, int printedDiffer) {
        int h = statements.of(Statements.HOLDS);
        int f = statements.of(Statements.FAILS);
        if (h + f == 0) return UNDECIDED;
        if (f == 0) return printedDiffer == 0 ? REPRODUCED : WITH_CORRECTIONS;
        if (4 * f <= h + f) return WITH_CORRECTIONS;
        if (4 * h >= h + f) return PARTLY;
        return NOT_REPRODUCIBLE;
    }
}
