package samplefield;

/**
 * Closed forms of the model: a centred field with k(r) = exp(-r^2/2) (000 section 2). For a separation
 * d = y - x = r u (|u| = 1) and v orthogonal to u, differentiating k(d) = exp(-|d|^2/2):
 * Cov(phi(x), phi(y)) = k(r); Cov(d_u phi(x), phi(y)) = -d_u k(y - x) = -k'(r) = r k(r);
 * Cov(d_i phi(x), d_j phi(y)) = -d_i d_j k(d) = (delta_ij - d_i d_j) k(r), so along u (1 - r^2) k(r) and across
 * (along v) k(r). At r = 0: Var phi = 1, Var d_u phi = 1, E|grad phi|^2 = N, Cov(phi, d_u phi) = 0.
 */
enum Model {
    PHI_PHI("phi_phi", "Cov(phi(x), phi(y)) = k(r)"),
    DPHI_PHI_ALONG("dphi_phi_along", "Cov(d_u phi(x), phi(y)) = -k'(r)"),
    DPHI_DPHI_ALONG("dphi_dphi_along", "Cov(d_u phi(x), d_u phi(y)) = (1 - r^2) k(r)"),
    DPHI_DPHI_ACROSS("dphi_dphi_across", "Cov(d_v phi(x), d_v phi(y)) = k(r)");

    final String column;
    final String label;

    Model(String column, String label) {
        this.column = column;
        this.label = label;
    }

    static double k(double r) {
        return Math.exp(-r * r / 2);
    }

    double expected(double r) {
        return switch (this) {
            case PHI_PHI, DPHI_DPHI_ACROSS -> k(r);
            case DPHI_PHI_ALONG -> r * k(r);
            case DPHI_DPHI_ALONG -> (1 - r * r) * k(r);
        };
    }
}
