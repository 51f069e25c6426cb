package samplefield;

import java.util.List;

/**
 * The claims stage sample-field decides, in the order of its registry (paper-checks/sample-field.csv). The
 * registry is user-edited input, checked against this list before the stage computes anything (lib/Claims#load);
 * a test checks that the committed registry has exactly these rows.
 */
public final class ClaimIds {
    private ClaimIds() {}

    public static final List<String> ALL = List.of(
            "mean-phi-low-n", "mean-phi-high-n", "var-phi-low-n", "var-phi-high-n", "grad-sq-low-n",
            "grad-sq-high-n", "covariance-low-n", "covariance-high-n", "var-phi-paper-cn");
}
