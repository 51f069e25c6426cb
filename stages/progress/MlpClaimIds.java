package progress;

import java.util.List;

/**
 * The claims stage progress-mlp decides, in the order of its registry (paper-checks/progress-mlp.csv). The registry is
 * user-edited input, checked against this list before the stage computes anything (lib/Claims#load); a test checks
 * that the committed registry has exactly these rows.
 */
public final class MlpClaimIds {
    private MlpClaimIds() {}

    public static final List<String> ALL = List.of("mlp-gd-near-equal", "mlp-adam-near-equal", "mlp-gd-spread-shrinks",
            "mlp-adam-spread-shrinks", "mlp-distinct-ends");
}
