package sgdmarkov;

import java.util.List;

/**
 * The claims stage sgd-markov decides, in the order of its registry (paper-checks/sgd-markov.csv). The
 * registry is user-edited input, checked against this list before the stage computes anything (lib/Claims#load);
 * a test checks that the committed registry has exactly these rows.
 */
public final class ClaimIds {
    private ClaimIds() {}

    public static final List<String> ALL = List.of(
            "step-mean-unbiased", "step-cov-with-replacement", "step-cov-without-replacement", "step-cov-fpc",
            "a14-scale", "a14-isotropy", "thm7-bound-example2", "thm7-bound-multi", "thm7-rate",
            "thm7-floor-tightness", "thm7-floor-simulation", "thm8-decay-exact", "thm8-decay-runs", "remark9-floor",
            "remark9-sigma", "remark9-step-range", "remark9-contraction", "remark10-sigma", "gibbs-quadratic",
            "gibbs-quadratic-exact", "gibbs-slice-finite-step", "gibbs-slice-limit", "temperature-half",
            "temperature-remark16", "linear-scaling-slice-both", "linear-scaling-slice-alpha",
            "linear-scaling-slice-batch", "linear-scaling-real-both", "linear-scaling-real-alpha", "real-sgd-a14",
            "real-sgd-model", "gibbs-zero-temperature", "annealing-moderate", "annealing-cold", "lemma5-descent", "lemma6-descent",
            "remark9-cost", "remark11-crossover", "lyapunov-chain-law", "lyapunov-gibbs-shape", "gibbs-high-temperature",
            "gibbs-high-temperature-rate");
}
