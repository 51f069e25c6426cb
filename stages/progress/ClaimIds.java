package progress;

import java.util.List;

/**
 * The claims stage predictable-progress decides, in the order of its registry (paper-checks/predictable-progress.csv). The
 * registry is user-edited input, checked against this list before the stage computes anything (lib/Claims#load);
 * a test checks that the committed registry has exactly these rows.
 */
public final class ClaimIds {
    private ClaimIds() {}

    public static final List<String> ALL = List.of(
            "001-deterministic-gd", "001-deterministic-heavy-ball", "001-deterministic-nesterov", "rate-gd",
            "rate-heavy-ball", "rate-nesterov", "limit-curve-gd", "limit-curve-gd-all-steps", "001-span-momentum",
            "adam-leaves-span", "contrast-adam-deterministic", "n1-law-eqs11-12", "n1-thm1-variance",
            "n1-first-step-eta-opt", "sampler-vs-spectral", "sampler-jitter", "blackbox-gd-spread-shrinks",
            "blackbox-adam-spread-shrinks", "blackbox-distinct-ends", "001-quadratic-concentrates", "quadratic-rate",
            "quadratic-limit-curve", "quadratic-spread-constant", "quadratic-tridiagonal");
}
