package geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditioningTest {
    /** Oracle: the bivariate normal, E[X | Y = y] = ρ σx/σy y, Var = σx²(1 − ρ²). */
    @Test
    void conditioningABivariateNormalGivesTheTextbookMoments() {
        double sx = 1.5, sy = 0.8, rho = -0.6, y = 1.3;
        double[][] joint = {{sx * sx, rho * sx * sy}, {rho * sx * sy, sy * sy}};
        Conditioning.Conditional c = Conditioning.condition(joint, 1, new double[] {y});
        assertEquals(rho * sx / sy * y, c.mean()[0], 1e-14);
        assertEquals(sx * sx * (1 - rho * rho), c.cov()[0][0], 1e-14);
    }

    /** The kernel's joint gives eqs (8)-(9); the printed Σ12 gives the ascent form e^{-η²ξ²/2}(φ0 + ηξ²). */
    @Test
    void kernelConditioningGivesEqs8And9AndThePrintedSigma12GivesAscent() {
        List<Conditioning.Row> rows = Conditioning.draws(new int[] {1, 3, 20}, 6, 11);
        for (Conditioning.Row r : rows) {
            assertEquals(r.mEq8(), r.mKernel(), 1e-12, "eq (8) at draw " + r.draw());
            assertEquals(r.vEq9(), r.vKernel(), 1e-12, "eq (9) at draw " + r.draw());
            assertEquals(r.mAscent(), r.mPrinted(), 1e-12, "ascent at draw " + r.draw());
            assertEquals(r.vEq9(), r.vPrinted(), 1e-12);
            assertTrue(r.kernelJointPd() && r.printedJointPd());
        }
        // the two differ by 2 a eta xi^2, far above rounding wherever a = exp(-eta^2 xi^2/2) is not negligible
        for (Conditioning.Row r : rows) if (r.eta() * r.eta() * r.xi2() < 20) assertTrue(Math.abs(r.mPrinted() - r.mKernel()) > 1e-6);
    }

    /** Oracle: eqs (8)-(9) written out here, at a hand-checkable point (N = 1, φ0 = 0.5, ξ = 2, η = 0.3). */
    @Test
    void oneDrawByHand() {
        double eta = 0.3, xi = 2, phi0 = 0.5;
        double[] x0 = {0.1}, x1 = {0.1 - eta * xi};
        double[][] joint = Kernel.joint(Kernel.block(x1, x1), Kernel.block(x1, x0), Kernel.block(x0, x0));
        Conditioning.Conditional c = Conditioning.condition(joint, 2, new double[] {phi0, xi});
        double u = eta * eta * xi * xi;
        assertEquals(Math.exp(-u / 2) * (phi0 - eta * xi * xi), c.mean()[0], 1e-14);
        assertEquals(1 - Math.exp(-u) * (1 + u), c.cov()[0][0], 1e-14);
    }
}
