package samplefield;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModelTest {
    static double k3(double[] d) {
        return Math.exp(-(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) / 2);
    }

    /**
     * Oracle: central finite differences of k(d) = exp(-|d|^2/2) in R^3 with separation d = r e_0 (along) and e_1
     * (across): Cov(d_u phi(x), phi(y)) = -d/dr k, Cov(d_i phi(x), d_j phi(y)) = -d_i d_j k(d). Step h = 1e-4:
     * truncation ~h^2 |k'''| < 1e-8, rounding ~eps/h^2 ~ 2e-8; tolerance 1e-6.
     */
    @Test
    void closedFormsMatchFiniteDifferencesOfK() {
        double h = 1e-4;
        for (double r : new double[] {0, 0.25, 0.5, 1, 1.5, 2, 3}) {
            assertEquals(Model.k(r), Model.PHI_PHI.expected(r), 0.0);
            double dk = (k3(new double[] {r + h, 0, 0}) - k3(new double[] {r - h, 0, 0})) / (2 * h);
            assertEquals(-dk, Model.DPHI_PHI_ALONG.expected(r), 1e-6, "r = " + r);
            double d00 = (k3(new double[] {r + h, 0, 0}) - 2 * k3(new double[] {r, 0, 0}) + k3(new double[] {r - h, 0, 0})) / (h * h);
            double d11 = (k3(new double[] {r, h, 0}) - 2 * k3(new double[] {r, 0, 0}) + k3(new double[] {r, -h, 0})) / (h * h);
            assertEquals(-d00, Model.DPHI_DPHI_ALONG.expected(r), 1e-6, "along, r = " + r);
            assertEquals(-d11, Model.DPHI_DPHI_ACROSS.expected(r), 1e-6, "across, r = " + r);
        }
    }
}
