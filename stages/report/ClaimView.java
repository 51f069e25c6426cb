package report;

import java.nio.file.Path;
import java.util.List;
import lib.Claim;
import lib.Observation;
import lib.Verdict;
import report.Verdicts.Row;

/**
 * One claim as the report shows it: the row decided by {@link Verdicts}, its p-value and Holm-adjusted p-value within
 * its document ({@link Multiplicity}), the corrected value where the computation gives one, the figures that show it,
 * and where its evidence and code are (paths relative to the working directory; a renderer makes them relative to
 * the file it writes).
 */
public record ClaimView(String stage, Row row, Multiplicity.Test test, double adjustedP, Correction correction,
                        List<FigureSet.Figure> figures, Path evidence, Sources.Location code, Path script) {

    public Claim claim() { return row.claim(); }

    public Observation observation() { return row.observation(); }

    public String verdict() { return row.verdict(); }

    public boolean refuted() { return verdict().equals(Verdict.REFUTED); }

    /** Refuted, and the refutation survives the document's correction (always, when no statistic decides it). */
    public boolean refutationStands() { return refuted() && Multiplicity.survives(test, adjustedP); }

    /** Refuted at its own level, but not after Holm's correction over its document. */
    public boolean setAside() { return refuted() && !refutationStands(); }

    public String anchor() { return "claim-" + stage + "-" + claim().id(); }

    /** The explanation: the registry's note, the evidence, the tolerance's reason. */
    public String whyAnchor() { return "why-" + stage + "-" + claim().id(); }

    public String registryAnchor() { return "registry-" + stage + "-" + claim().id(); }

    /**
     * What the document should have said, where the computation supports it: the best alternative the project knows
     * ({@code label} = its name, e.g. "σ_c²(X), the derived limit") when the computed value does not refute it,
     * otherwise the computed value itself ({@code label} empty) with its standard error (NaN when exact).
     */
    public record Correction(String label, double value, double se) {
        public boolean alternative() { return !label.isEmpty(); }
    }

    /** The correction of a refuted claim; null when it is not refuted or no value corrects it (a test's p-value). */
    static Correction correction(Row r) {
        Observation o = r.observation();
        Claim c = r.claim();
        if (!r.verdict().equals(Verdict.REFUTED) || o.undecidable() || Double.isNaN(o.value()) || c.kind().equals("test")) return null;
        boolean pointClaim = List.of("abs", "rel", "sigma").contains(c.kind());
        if (pointClaim && Double.isFinite(o.alternative()) && !o.alternativeLabel().isBlank()) {
            Claim atAlternative = new Claim(c.id(), c.paper(), c.location(), c.statement(), c.group(), c.cls(), o.alternative(), c.kind(),
                    c.tolerance(), c.toleranceReason(), c.expectedVerdict(), c.quickVerdict(), c.note());
            if (!Verdict.decide(atAlternative, o).verdict().equals(Verdict.REFUTED)) {
                return new Correction(o.alternativeLabel(), o.alternative(), Double.NaN);
            }
        }
        return new Correction("", o.value(), o.statistical() ? o.se() : Double.NaN);
    }
}
