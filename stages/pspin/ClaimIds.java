package pspin;

import java.util.List;

/**
 * The claims stage pspin-complexity decides, in the order of its registry (paper-checks/pspin-complexity.csv). The
 * registry is user-edited input, checked against this list before the stage computes anything (lib/Claims#load);
 * a test checks that the committed registry has exactly these rows.
 */
public final class ClaimIds {
    private ClaimIds() {}

    public static final List<String> ALL = List.of(
            "002-threshold-formula", "002-ground-state", "002-sigma-formula-u0", "002-free-energy-coefficient",
            "002-catalan-m4", "002-catalan-m6", "002-catalan-m8", "002-code-shift", "002-positive-spectrum-u-1.7",
            "002-code-positive-spectrum-u-1.7", "004-ek-ordering", "004-floor-limit", "004-p2-minimum",
            "004-p2-minimum-independent-entries", "004-p2-critical-points", "004-constant-coupling", "002-var-f",
            "002-var-grad", "002-var-grad-euclidean", "002-f-grad-uncorrelated", "002-spectrum-u0-half-negative",
            "002-spectrum-u-1-straddles", "002-lambda-min-u0", "002-lambda-min-slope", "002-euler-p2",
            "004-euler-sublevel-p2", "002-morse-pairs-p2", "004-exponential-critical-points",
            "004-theta-p0-closed-form");
}
