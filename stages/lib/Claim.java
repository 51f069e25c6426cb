package lib;

/**
 * One registered statement of a paper: where it is, what it says, the value it gives, how far a computed value
 * may lie from it and why, and the verdict we registered after checking it.
 *
 * Kinds: abs |obs-exp| <= tol; rel |obs-exp| <= tol*|exp|; sigma |obs-exp| <= tol*se (se from the stage);
 * min obs >= exp-tol; max obs <= exp+tol.
 */
public record Claim(String id, String paper, String location, String statement, double expected, String kind,
                    double tolerance, String toleranceReason, String expectedVerdict, String note) {

    public static final String REPRODUCED = "reproduced";
    public static final String REFUTED = "refuted";

    public boolean holds(double observed, double se) {
        double d = Math.abs(observed - expected);
        return switch (kind) {
            case "abs" -> d <= tolerance;
            case "rel" -> d <= tolerance * Math.abs(expected);
            case "sigma" -> {
                if (!(se > 0) || !Double.isFinite(se)) throw new IllegalStateException(id + ": sigma claim needs se > 0, got " + se);
                yield d <= tolerance * se;
            }
            case "min" -> observed >= expected - tolerance;
            case "max" -> observed <= expected + tolerance;
            default -> throw new IllegalStateException(id + ": unknown kind " + kind);
        };
    }

    public String source() { return paper + " " + location; }
}
