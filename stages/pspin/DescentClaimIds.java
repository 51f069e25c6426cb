package pspin;

import java.util.List;

/**
 * The claims stage pspin-descent decides, in the order of its registry (paper-checks/pspin-descent.csv). The
 * registry is user-edited input, checked against this list before the stage computes anything (lib/Claims#load);
 * a test checks that the committed registry has exactly these rows.
 */
public final class DescentClaimIds {
    private DescentClaimIds() {}

    public static final List<String> ALL = List.of(
            "004-gd-floor", "004-gd-floor-confirm", "004-gd-floor-extrapolated", "004-gd-separation",
            "004-modest-n-global", "004-modest-n-typical", "004-ground-state-found", "004-ground-state-scale",
            "001-spread-decay");
}
