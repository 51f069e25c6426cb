package eulerminimum;

import java.util.List;

/**
 * The claims stage euler-minimum decides, in the order of its registry (paper-checks/euler-minimum.csv). The
 * registry is user-edited input, checked against this list before the stage computes anything (lib/Claims#load);
 * a test checks that the committed registry has exactly these rows.
 */
public final class ClaimIds {
    private ClaimIds() {}

    public static final List<String> ALL = List.of(
            "eq25-literal-n2", "ec-grid-n1", "ec-grid-n2", "ec-tail-n1", "ec-tail-n2", "eq28-ratio-n500",
            "eq28-printed-n500", "eq28-departure-power", "sqrt-e-n500", "u-star-vs-mc-n1", "u-star-vs-mc-n2",
            "fig7-threshold-grows", "fig7-zero-below", "fig7-one-above");
}
