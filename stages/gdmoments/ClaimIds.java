package gdmoments;

import java.util.List;

/**
 * The claims stage gd-moments decides, in the order of its registry (paper-checks/gd-moments.csv). The
 * registry is user-edited input, checked against this list before the stage computes anything (lib/Claims#load);
 * a test checks that the committed registry has exactly these rows.
 */
public final class ClaimIds {
    private ClaimIds() {}

    public static final List<String> ALL = List.of(
            "eq11-quadrature", "eq11-mc", "eq12-quadrature", "eq12-mc", "eq12-first-line", "s31-mean-eta0",
            "s31-var-eta0", "s31-mean-etainf", "s31-var-etainf", "eq13-brent", "eq14-quadrature", "eq14-order",
            "eq15-quadrature", "eq15-order", "eq16-asymptote", "eq16-exact", "eq17", "eq17-mc", "random-search-cdf",
            "random-search-tries-500", "random-search-tries-1", "fig8-mean", "fig8-var", "fig8-var-confirm",
            "fig8-mean-finite-m", "m-bias-intercept", "m-bias-slope");
}
