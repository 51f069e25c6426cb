package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import lib.Claims;
import lib.FigureData;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** The temperature figure draws both of 003's temperatures, Theorem 8's figure its slope, each from the registry. */
class FiguresTest {
    static final Claims REGISTRY = Claims.load(Path.of("paper-checks/sgd-markov.csv"));

    @Test
    void temperatureDrawsTheGibbsLawAtBothOf003sTemperatures() {
        double alpha = 0.01;
        long[] histogram = new long[40];
        java.util.Arrays.fill(histogram, 10);
        // a run of eq (3) with l = 4: per-step noise variance alpha^2/l
        GaussianChain.Run run = new GaussianChain.Run(alpha, 1, alpha * alpha / 4, 2, 100, new double[] {0.00126, 0.00124}, histogram, 0.2);
        JFreeChart chart = Figures.temperatureChart(run, REGISTRY.claim("temperature-half").expected(),
                REGISTRY.claim("temperature-remark16").expected());
        // Gibbs e^{-x²/(2T)}/Z at x = 0 is 1/sqrt(2 pi T): T = alpha/(2l) (§3.3) and T = alpha/l (Remark 16), lambda = 1
        double[] temperature = {alpha / 8, alpha / 4};
        String[] name = {"003 §3.3: 1/β = α/(2l)", "003 Remark 16: 1/β = α/l"};
        for (int k = 0; k < 2; k++) {
            FigureData.Series g = FigureData.series(chart, name[k]);
            assertEquals(1 / Math.sqrt(2 * Math.PI * temperature[k]), g.yAt(0), 1e-9, name[k]);
        }
        FigureData.series(chart, "l λ Var/α = 0.500");
    }

    @Test
    void theorem8sReferenceHasTheSlopeTheTheoremGives() {
        double slope = REGISTRY.claim("thm8-decay-exact").expected();
        LsStudy st = new LsStudy();
        int[] cp = {10, 100, 1000};
        st.decays.add(new LsStudy.Decay("α0 m = 2", 2, new Theorem8.Schedule(1, 5, 1000, cp), new double[] {0.1, 0.012, 0.0011}, -1.0,
                new double[] {0.11, 0.013, 0.0012}, new double[] {-1.0, 0.02}));
        JFreeChart chart = Figures.decayChart(st, slope);
        FigureData.Series ref = FigureData.series(chart, "003 Theorem 8: C (t + t0)^−1");
        assertEquals(-1, slope, 0);
        // through the last exact gap, falling as 1/(t + t0)
        assertEquals(0.0011, ref.yAt(1005), 1e-15);
        assertEquals(0.0011 * 1005 / 15, ref.yAt(15), 1e-12);
    }
}
