package blackbox;

import java.util.List;

/**
 * The claims stage blackbox-mnist decides, in the order of its registry (paper-checks/blackbox-mnist.csv). The
 * registry is user-edited input, checked against this list before the stage computes anything (lib/Claims#load);
 * a test checks that the committed registry has exactly these rows.
 */
public final class ClaimIds {
    private ClaimIds() {}

    public static final List<String> ALL = List.of(
            "eq34_product_n5000", "eq34_product_n500", "loss_as_printed", "mnist_accuracy_n5000",
            "eta_crit_mnist_n500", "eta_crit_mnist_n5000", "eta_crit_sqrt_n_ratio", "eta_crit_m_slope_n500",
            "eta_crit_steps_slope_n500", "eta_crit_m_slope_n5000", "eta_crit_steps_slope_n5000",
            "eta_crit_paper_setting", "normalisation_matters_n500", "normalisation_matters_n5000",
            "competitive_similar_size", "fig10-plateau-mnist", "fig10-chance-mnist", "fig10-plateau-sine",
            "fig10-chance-sine");
}
