package pspin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lib.Claims;
import lib.FigureData;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** The p-spin figures draw the values 002 and 004 give (from the registries) beside the computed ones. */
class FiguresTest {
    static final Claims COMPLEXITY = Claims.load(Path.of("paper-checks/pspin-complexity.csv"));
    static final Claims DESCENT = Claims.load(Path.of("paper-checks/pspin-descent.csv"));
    /** E_inf = 2 sqrt((p-1)/p) at p = 3 (ABC 2013), written out here. */
    static final double E_INF = 2 * Math.sqrt(2.0 / 3);

    @Test
    void complexityMarks002sGroundStateAnd004sFloorBesideTheComputedOnes() {
        Map<String, Double> energies = new LinkedHashMap<>();
        energies.put("-E_inf", Complexity.eInf(3));
        energies.put("-E_0", Complexity.eK(0, 3));
        JFreeChart chart = Figures.complexityChart(Map.of("Theta_3 (all)", new double[][] {{-1.7, -1.6}, {-0.03, 0.02}}), energies,
                COMPLEXITY.claim("002-ground-state").expected(), COMPLEXITY.claim("004-floor-limit").expected());
        assertEquals(-1.657, FigureData.marker(chart, "002: E_gs ≈ −1.657").value(), 0);
        assertEquals(-E_INF, FigureData.marker(chart, "004: floor −E_inf = −1.633").value(), 1e-12);
        assertEquals(-Complexity.eK(0, 3), FigureData.marker(chart, "−E_0 = ").value(), 0);
    }

    @Test
    void theWidePanelDraws002sSigmaAtZeroBesideTheComputedRate() {
        double doc = COMPLEXITY.claim("002-sigma-formula-u0").expected();
        JFreeChart chart = Figures.sigmaChart(new double[][] {{-1.7, 0, 0.5}, {-0.1, Complexity.theta(3, 0), Complexity.theta(3, 0.5)}},
                Math.log(2) / 2, doc);
        assertEquals(Math.log(2) / 2 - 0.5, doc, 1e-12, "002's formula at u = 0, p = 3");
        FigureData.assertPoint(chart, "002: Σ(0) = log(2)/2 − 1/2 = −0.1534", 0, doc);
        FigureData.assertPoint(chart, "computed: Kac-Rice rate at u = 0, 0.3466", 0, Math.log(2) / 2);
    }

    @Test
    void spectraDraw002sCodeShiftBesideTheDerivedOne() {
        double[] x = {-6, -3, 0, 3, 6};
        double[][] panel = {x, new double[5], new double[5]};
        JFreeChart chart = Figures.spectraChart(List.<double[][]>of(panel), new double[] {-1.0}, COMPLEXITY.claim("002-code-shift").expected());
        FigureData.Series code = FigureData.series(chart, "002's code: shift (p−1)u = 2u");
        // centre of 002's law at u = -1: -(p-1)u = 2; semicircle of radius 2 sqrt 6, density sqrt(4 - t^2)/(2 pi)/sqrt 6 at t = (x - 2)/sqrt 6
        double t = (3 - 2) / Math.sqrt(6);
        assertEquals(Math.sqrt(4 - t * t) / (2 * Math.PI) / Math.sqrt(6), code.yAt(3), 1e-12);
    }

    @Test
    void lambdaMinDraws002sLineAndThresholdFromTheRegistry() {
        double alpha = COMPLEXITY.claim("002-lambda-min-slope").expected(), eTh = COMPLEXITY.claim("002-threshold-formula").expected();
        JFreeChart chart = Figures.lambdaMinChart(new double[] {-0.2, 0.2}, new double[] {-1.7, -2.3}, new double[] {-2.0, -1.2, 0.05},
                E_INF, new Figures.Document002(alpha, eTh, COMPLEXITY.claim("002-lambda-min-u0").expected()));
        assertEquals(Math.sqrt(3), alpha, 1e-12, "002: alpha = -2/E_th with E_th = -E_inf sqrt((p-2)/(p-1))");
        FigureData.Series doc = FigureData.series(chart, "002: −2 − α u with α = 1.732");
        assertEquals(-2 - alpha * 0.6, doc.yAt(0.6), 1e-12);
        assertEquals(0, -2 - alpha * eTh, 1e-9, "002's line closes the gap at its E_th");
        assertEquals(eTh, FigureData.marker(chart, "002: E_th = −1.1547").value(), 0);
        FigureData.assertPoint(chart, "002: λ_min → −2 at u = 0", 0, -2);
        assertTrue(FigureData.series(chart, "computed: OLS fit, α = 1.200 ± 0.050").y().length == 2);
    }

    @Test
    void criticalPointsDrawTheHalfAtUZeroBesideTheFit() {
        double half = COMPLEXITY.claim("002-spectrum-u0-half-negative").expected();
        JFreeChart chart = Figures.criticalPointsChart(new double[] {-0.1, 0.1}, new double[] {0.45, 0.55}, 30, E_INF, half,
                new double[] {0.497, 0.01});
        FigureData.assertPoint(chart, "002: half the eigenvalues negative at u = 0: 0.5", 0, 0.5);
        assertEquals(0.497, FigureData.series(chart, "computed at u = 0 (OLS intercept): 0.497 ± 0.010").yAt(0), 0);
    }

    @Test
    void descentFiguresDraw004sFloorAndTheReadingsFromTheRegistry() {
        Figures.Document004 doc = new Figures.Document004(DESCENT.claim("004-gd-floor-extrapolated").expected(),
                DESCENT.claim("004-gd-separation").expected());
        JFreeChart energy = Figures.gdEnergyChart(new double[] {16, 32}, new double[] {-1.4, -1.5}, new double[] {-1.6, -1.62},
                new double[] {-1.1, -1.3}, new double[0], Complexity.eK(0, 3), doc);
        assertEquals(-E_INF, FigureData.marker(energy, "004: floor −E_inf = −1.633").value(), 1e-12);
        assertEquals(DESCENT.claim("004-gd-separation").expected(), FigureData.marker(energy, "'well above −E_0', read: above −1.645").value(), 0);
        JFreeChart ground = Figures.groundStatesChart(new double[] {10, 20}, new double[] {-1.52, -1.61}, new double[] {0.28, 0.22},
                Complexity.eK(0, 3), doc.floor(), DESCENT.claim("004-modest-n-typical").expected());
        assertEquals(0.5, FigureData.marker(ground, "a typical run, 0.5").value(), 0);
        assertEquals(-E_INF, FigureData.marker(ground, "004: floor").value(), 1e-12);
    }
}
