package studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lib.Artifact;
import lib.Claims;
import lib.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 000 §4.2's eta_crit at N = 500, 5000 and its sqrt(N) ratio, decided over M with the registry as committed: cells whose
 * values are placed by hand where each verdict is known, and wrong values that must fail.
 */
class OverMTest {
    @TempDir Path tmp;

    /** Cells at M = 6000, 12000, 20000 (10 epochs) for N_P = 500 and 5000, two fields each, log10 error from the grid alone. */
    static Analysis study(double[] eta500, double[] eta5000, double log10Se) {
        Analysis a = new Analysis(20000, 10);
        int[] ms = {6000, 12000, 20000};
        for (int i = 0; i < 3; i++) {
            a.cells.add(new Analysis.Cell(500, ms[i], 10, 2, eta500[i], log10Se));
            a.cells.add(new Analysis.Cell(5000, ms[i], 10, 2, eta5000[i], log10Se));
        }
        return a;
    }

    /** The verdict and range of each claim the study decides over M, from checks.csv as the stage writes it. */
    Map<String, String[]> decide(Analysis a) {
        Claims claims = Claims.load(Path.of("paper-checks/blackbox-mnist.csv"), "paper", blackbox.ClaimIds.ALL);
        OverM.check(a, claims);
        Path checks = tmp.resolve("checks.csv");
        claims.finish(checks, new lib.Provenance("test", Path.of("stages/BlackboxMnist.java"),
                new picocli.CommandLine(new ShardsTest.Cmd()).getCommandSpec()));
        Table t = Artifact.read(checks, Claims.CHECKS);
        Map<String, String[]> out = new java.util.HashMap<>();
        for (int i = 0; i < t.rows(); i++) out.put(t.text(i, "claim"), new String[] {t.text(i, "verdict"), t.text(i, "range")});
        return out;
    }

    /**
     * Oracle by hand, with a log10 error of 0.01 (2.3 % of eta_crit; 3 SE = 6.9 %): 0.030 at M = 6000 lies within 0.005 of
     * 0.03 with its interval (±0.0021); 0.047 and 0.056 lie outside with theirs: underdetermined. 0.26 at every M at N_P = 500
     * is far from 0.13 with its interval (±0.018): refuted at every M. The ratio 0.030 sqrt(5000) / (0.26 sqrt(500)) = 0.365
     * at M = 6000 and 0.681 at 2e4 lie below 1 - 0.209 with their intervals (±0.036 and ±0.067): refuted.
     */
    @Test
    void theDocumentsValuesHoldAtSomeFieldSizesAndFailAtOthers() {
        Map<String, String[]> v = decide(study(new double[] {0.26, 0.26, 0.26}, new double[] {0.030, 0.047, 0.056}, 0.01));
        assertEquals("underdetermined", v.get("eta_crit_mnist_n5000")[0]);
        assertTrue(v.get("eta_crit_mnist_n5000")[1].startsWith("holds at M = 6000 (0.03000 ± 0.00069); fails at M = 12000 (0.0470 ± 0.0011), 20000"),
                v.get("eta_crit_mnist_n5000")[1]);
        assertEquals("refuted", v.get("eta_crit_mnist_n500")[0]);
        assertEquals("refuted", v.get("eta_crit_sqrt_n_ratio")[0]);
        assertEquals("refuted", v.get("eta_crit_mnist_n500@M=6000")[0]);
        assertEquals("reproduced", v.get("eta_crit_mnist_n5000@M=6000")[0]);
    }

    /**
     * The document's values at every M hold at every M; a wrong value at every M fails at every M. Log10 error 0.005: 0.13
     * ± 0.0015 (interval ±0.0045, inside 0.005); 0.0367 ± 0.0004 lies 0.0067 from 0.03, beyond 0.005 by more than 3 SE.
     */
    @Test
    void rightValuesHoldAndWrongValuesFailAtEveryFieldSize() {
        Map<String, String[]> right = decide(study(new double[] {0.13, 0.13, 0.13}, new double[] {0.0367, 0.0367, 0.0367}, 0.005));
        assertEquals("reproduced", right.get("eta_crit_mnist_n500")[0]);
        // 0.0367 sqrt(5000) / (0.13 sqrt(500)) = 0.8927 ± 0.0145: within 0.209 of 1 with its interval
        assertEquals("reproduced", right.get("eta_crit_sqrt_n_ratio")[0]);
        assertEquals("refuted", right.get("eta_crit_mnist_n5000")[0]);
        Map<String, String[]> wrong = decide(study(new double[] {0.2, 0.2, 0.2}, new double[] {0.045, 0.045, 0.045}, 0.005));
        assertEquals("refuted", wrong.get("eta_crit_mnist_n500")[0]);
        assertEquals("refuted", wrong.get("eta_crit_mnist_n5000")[0]);
    }

    /**
     * An error resting on a spread with one degree of freedom is widened by Student's t: the ratio 0.680 with a log10 error
     * of 0.01 per N_P refutes when the error is the grid's (known: ±0.066 around 0.680 stays below 0.791), and cannot when
     * all of it comes from a spread of one degree of freedom (t_1 at the 3-SE level is 78.6 times 3 SE; oracle: the Cauchy
     * quantile tan(pi (p - 1/2))).
     */
    @Test
    void aRatioWhoseErrorRestsOnOneDegreeOfFreedomIsNotRefuted() {
        double p = new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(3);
        assertEquals(Math.tan(Math.PI * (p - 0.5)) / 3, CritError.widening(1), 1e-6);
        Analysis known = study(new double[] {0.26, 0.26, 0.26}, new double[] {0.0559, 0.0559, 0.0559}, 0.01);
        assertEquals("refuted", decide(known).get("eta_crit_sqrt_n_ratio@M=20000")[0]);
        Analysis oneDof = new Analysis(20000, 10);
        oneDof.pooled = new CritError.Pooled(2 * 0.01 * 0.01, 1, 1);
        for (int np : new int[] {500, 5000}) {
            oneDof.cells.add(new Analysis.Cell(np, 20000, 10, 2, np == 500 ? 0.26 : 0.0559, 0.01 * 0.01, 0, 1, 0, List.of()));
        }
        assertEquals("inconclusive", decide(oneDof).get("eta_crit_sqrt_n_ratio")[0]);
    }

    /** Oracle by hand: groups {1, 3} and {2, 2, 5}: squares 2 and 6 over 1 + 2 degrees of freedom; a group of one adds nothing. */
    @Test
    void theSpreadIsPooledOverTheCells() {
        CritError.Pooled p = CritError.pool(List.of(new double[] {1, 3}, new double[] {2, 2, 5}, new double[] {7}));
        assertEquals(8.0 / 3, p.variance(), 1e-15);
        assertEquals(3, p.dof());
        assertEquals(2, p.cells());
        // Welch-Satterthwaite by hand: se^2 = 0.5 (spread, 3 d.o.f.) + 0.5 (grid): nu = 1 / (0.25 / 3) = 12
        assertEquals(12, CritError.dof(1, 0.5, 3), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, CritError.dof(1, 0, 3));
        assertEquals(1, CritError.widening(Double.POSITIVE_INFINITY));
    }
}
