package geometry;

import java.util.List;

/**
 * The claims stage field-geometry decides, in the order of its registry (paper-checks/field-geometry.csv). The
 * registry is user-edited input, checked against this list before the stage computes anything (lib/Claims#load);
 * a test checks that the committed registry has exactly these rows.
 */
public final class ClaimIds {
    private ClaimIds() {}

    public static final List<String> ALL = List.of(
            "eq6-sign-kernel", "eq6-sign-field", "eq7-printed-gives-eq8", "eq8-conditioning", "eq9-conditioning",
            "xi2-chi2-field", "xi2-finite-m-resolution", "xi2-finite-m-variance", "s32-crossover-oracle",
            "s32-crossover-differences", "fig6-echi-disc-closed-form", "fig6-ec-levels");
}
