package deeplinear;

import java.util.List;

/**
 * The claims stage deep-linear decides, in the order of its registry (paper-checks/deep-linear.csv). The
 * registry is user-edited input, checked against this list before the stage computes anything (lib/Claims#load);
 * a test checks that the committed registry has exactly these rows.
 */
public final class ClaimIds {
    private ClaimIds() {}

    public static final List<String> ALL = List.of(
            "004-deep-linear-convex-each", "004-deep-linear-not-convex", "004-deep-linear-local-min-global",
            "004-deep-linear-strict-saddles-d2", "004-deep-linear-degenerate-saddle-d3");
}
