package asymptoticnormality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import lib.Claims;
import lib.FigureData;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** The variance figure draws eq (20)'s σ²(X) and the value each eq20 claim takes from it beside the exact variance it is tested on. */
class FiguresTest {
    static final double[] XS = {0.1, 0.5, 1, 1.5, 2, 3};

    static JFreeChart chart() {
        Claims registry = Claims.load(Path.of("paper-checks/asymptotic-normality.csv"));
        List<Study.ExactRow> exact = ClaimChecks.atLargestN(Study.exact(XS, new double[] {1e4, 1e8}));
        List<double[]> document = exact.stream().map(r -> new double[] {r.x(), registry.claim(ClaimChecks.sigma2ExactId(r.x())).expected()}).toList();
        return Figures.varianceChart(Study.varianceCurves(new int[] {50}, 4.0, 40), new int[] {50}, List.of(), exact, document);
    }

    @Test
    void everyEq20ClaimsValueIsARingOnThePrintedCurveBesideTheExactVariance() {
        JFreeChart chart = chart();
        FigureData.Series document = FigureData.series(chart, "000 eq (20): σ²(X) at the X of each claim");
        FigureData.Series computed = FigureData.series(chart, "computed: exact Var Φ1 at N = 1e8");
        assertEquals(XS.length, document.x().length);
        for (double x : XS) {
            double sigma2 = 1 + x * x * Math.exp(-x * x);                                       // 000 eq (20)
            double corrected = 1 + x * x * Math.exp(-x * x) * (1 - 2 * x * x + Math.pow(x, 4) / 2);   // the derived σ_c²(X)
            assertEquals(sigma2, document.yAt(x), 1e-9, "registry value at X = " + x);
            assertEquals(corrected, computed.yAt(x), 1e-6, "exact eq (12) at N = 1e8 lies on σ_c² at X = " + x);
        }
        FigureData.series(chart, "000 eq (20) as printed");
        FigureData.series(chart, "corrected limit σ_c²(X)");
    }
}
