package lib;

/**
 * What a stage computed for one claim, everything {@link Verdict} needs to decide it: the value; its standard error
 * (NaN for an exact computation); the best alternative the project knows (the value a wrong document would have
 * predicted instead, e.g. the corrected limit) with its name; for a {@code test} claim the power of the test against
 * that alternative; the sample size behind the standard error (so an inconclusive verdict can say which size would
 * decide), and the evidence text generated from the computed values.
 */
public record Observation(double value, double se, double alternative, String alternativeLabel, double power,
                         double size, String sizeUnit, double sizeNeeded, boolean undecidable, String evidence) {

    /** A value computed exactly (quadrature, closed form, arbitrary precision). */
    public static Observation exact(double value) {
        return new Observation(value, Double.NaN, Double.NaN, "", Double.NaN, Double.NaN, "", Double.NaN, false, "");
    }

    /** An estimate with its standard error. */
    public static Observation estimate(double value, double se) {
        return exact(value).withSe(se);
    }

    /** The p-value of a test with its power against the alternative (computed by the stage). */
    public static Observation test(double pValue, double power) {
        Observation o = exact(pValue);
        return new Observation(o.value, o.se, o.alternative, o.alternativeLabel, power, o.size, o.sizeUnit, o.sizeNeeded,
                false, o.evidence);
    }

    /** These parameters cannot decide the claim at all (the claim is about a size this run does not have). */
    public static Observation undecidable(String reason) {
        return new Observation(Double.NaN, Double.NaN, Double.NaN, "", Double.NaN, Double.NaN, "", Double.NaN, true, reason);
    }

    public Observation against(double alt, String label) {
        return new Observation(value, se, alt, label, power, size, sizeUnit, sizeNeeded, undecidable, evidence);
    }

    public Observation size(double n, String unit) {
        return new Observation(value, se, alternative, alternativeLabel, power, n, unit, sizeNeeded, undecidable, evidence);
    }

    /** For a test: the sample size at which its power would reach {@link Verdict#POWER}. */
    public Observation sizeNeeded(double n) {
        return new Observation(value, se, alternative, alternativeLabel, power, size, sizeUnit, n, undecidable, evidence);
    }

    public Observation evidence(String text) {
        return new Observation(value, se, alternative, alternativeLabel, power, size, sizeUnit, sizeNeeded, undecidable, text);
    }

    private Observation withSe(double s) {
        return new Observation(value, s, alternative, alternativeLabel, power, size, sizeUnit, sizeNeeded, undecidable, evidence);
    }

    public boolean statistical() { return se > 0 && Double.isFinite(se); }
}
