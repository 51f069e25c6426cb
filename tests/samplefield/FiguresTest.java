package samplefield;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import lib.Claims;
import lib.FigureData;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** The covariance figure draws Var φ under 000's printed convention beside the k(0) = 1 the document's reading gives. */
class FiguresTest {
    static Study.Result result(int n, double cn, double cnSe) {
        List<Study.Moment> moments = List.of(new Study.Moment(n, Study.VAR, 1, 1.01, 0.01), new Study.Moment(n, Study.VAR_CN, 1, cn, cnSe));
        List<Study.Cell> cells = List.of(new Study.Cell(n, 0, Model.values()[0], 1, 1.01, 0.01, 100),
                new Study.Cell(n, 1, Model.values()[0], Model.values()[0].expected(1), 0.6, 0.02, 100));
        return new Study.Result(n, moments, cells, null);
    }

    @Test
    void theLargestNPanelHasTheConventionsVarianceBesideTheDocumentsValue() {
        double document = Claims.load(Path.of("paper-checks/sample-field.csv")).claim("var-phi-paper-cn").expected();
        JFreeChart chart = Figures.covarianceChart(List.of(result(2, 0.49, 0.01), result(100, 0.503, 0.004)), document);
        FigureData.assertPoint(chart, "000 eq (30), w ~ CN(0, 1/M): Var phi = k(0) = 1", 0, document);
        FigureData.Series cn = FigureData.series(chart, "Var phi with w read as CN(0, 1/M), N = 100: 0.503 +- 0.008");
        assertEquals(0.503, cn.yAt(0), 0);
        assertEquals(1, document, 0, "k(0) = exp(0) = 1");
    }
}
