package blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lib.Artifact;
import lib.BadInput;
import lib.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** blackbox-mnist's analysis of a sweep written to disk: eta_crit summaries by hand, and bad sweeps named. */
class AnalysisTest {
    @TempDir Path tmp;

    @Command(name = "test-sweep")
    static class Cmd implements Callable<Integer> {
        @Override public Integer call() { return 0; }
    }

    static Provenance prov() {
        return new Provenance("test-sweep", Path.of("stages/BlackboxSweep.java"), new CommandLine(new Cmd()).getCommandSpec());
    }

    static final double[] ETAS = {1e-3, 1e-2, 1e-1, 1, 10};

    /** A sweep of two starts on one field of MNIST at N_P = 500, plus the other artifacts blackbox-sweep writes. */
    static void writeSweep(Path dir, String datasetInSweep) {
        double[][] curves = {{0.9, 0.9, 0.9, 0.5, 0.5}, {0.9, 0.9, 0.9, 0.9, 0.5}};
        List<List<?>> rows = new ArrayList<>();
        for (int start = 0; start < 2; start++) {
            for (int k = 0; k < ETAS.length; k++) rows.add(List.of(datasetInSweep, 500, 0, start, ETAS[k], curves[start][k], 0.9, 0.3));
        }
        writeSweep(dir, rows);
    }

    @Test
    void summarisesEtaCritOverRunsWithTheGridResolutionInItsError() {
        Path dir = tmp.resolve("sweep");
        writeSweep(dir, "mnist");
        Analysis a = Analysis.load(dir, prov());
        Analysis.Summary s = a.summaries.get("mnist/500");
        // oracle by hand: midpoint (0.9 + 0.5)/2 = 0.7 is crossed halfway through the decades (0.1, 1) and (1, 10):
        // eta_crit = 10^-0.5 and 10^0.5, geometric mean 1; log10 spread: sd 1/sqrt(2), se over 2 runs 0.5;
        // grid term one decade / sqrt(12); in quadrature sqrt(0.25 + 1/12) = 0.57735
        assertEquals(1.0, s.etaCrit(), 1e-12);
        assertEquals(Math.sqrt(0.25 + 1.0 / 12), s.log10Se(), 1e-12);
        assertEquals(0.9, s.bestMean(), 1e-15);
        assertEquals(2, s.withDrop());
        assertTrue(a.fullMnist());
        assertEquals(0.89, a.bestBaseline("mnist"), 0);
    }

    @Test
    void theLossAsPrintedHasTheWrongSignForPositiveLabels() {
        // oracle by hand: y_true = 1, y = 0.9: printed log 0.9 = -0.1053605; y_true = 0, y = 0.1: printed -log 0.9 = +0.1053605
        assertEquals(Math.log(0.9), Analysis.printedLoss(1, 0.9), 1e-15);
        assertEquals(-Math.log(0.9), Analysis.printedLoss(0, 0.1), 1e-15);
    }

    @Test
    void aRunOfAnUnknownDataSetIsBadInputNamingFileLineAndColumn() {
        Path dir = tmp.resolve("bad");
        writeSweep(dir, "cifar");
        BadInput e = assertThrows(BadInput.class, () -> Analysis.load(dir, prov()));
        assertTrue(e.getMessage().contains("sweep.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("dataset"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*sweep\\.csv:\\d+.*"), e.getMessage());
    }

    /**
     * Figure 10's plateau read over windows of w decades below eta_crit. Oracle by hand: a grid of 4 points per decade from
     * 1e-3; accuracy 0.80, 0.85, 0.90, 0.93 at the four smallest etas (under-trained), 0.95 up to eta = 10^-0.25, chance
     * 0.5 from eta = 1: eta_crit = 10^-0.125 (the midpoint 0.725 halfway in log eta), eta_crit/1.5 = 0.5. The windows of
     * 1, 1.5 and 2 decades hold only 0.95 (no drop); 3 decades reach 1e-3 (a drop of 0.15): underdetermined. Lowered by
     * 0.1 just below eta_crit, the plateau fails in every window: refuted.
     */
    @Test
    void thePlateauHoldsCloseBelowEtaCritAndFailsOverAWideWindow() {
        assertEquals("underdetermined", plateauVerdict(0.95));
        assertEquals("refuted", plateauVerdict(0.85));
    }

    private String plateauVerdict(double justBelow) {
        Path dir = tmp.resolve("plateau-" + justBelow);
        double[] acc = {0.80, 0.85, 0.90, 0.93, 0.95, 0.95, 0.95, 0.95, 0.95, justBelow, justBelow, 0.95, 0.5, 0.5, 0.5};
        List<List<?>> rows = new ArrayList<>();
        for (int np : new int[] {500, 5000}) {
            for (int k = 0; k < acc.length; k++) rows.add(List.of("mnist", np, 0, 0, Math.pow(10, -3 + k / 4.0), acc[k], 0.9, 0.3));
        }
        writeSweep(dir, rows);
        lib.Claims claims = lib.Claims.load(Path.of("paper-checks/blackbox-mnist.csv"), "paper", ClaimIds.ALL);
        Analysis.load(dir, prov()).checkClaims(claims);
        claims.finish(dir.resolve("checks.csv"), prov());
        lib.Table t = Artifact.read(dir.resolve("checks.csv"), lib.Claims.CHECKS);
        for (int i = 0; i < t.rows(); i++) {
            if (t.text(i, "claim").equals("fig10-plateau-mnist")) return t.text(i, "verdict");
        }
        throw new AssertionError("no fig10-plateau-mnist row");
    }

    /** The sweep's five artifacts in dir: the given sweep rows, one MNIST data set and baseline, empty Figure 9 files. */
    static void writeSweep(Path dir, List<List<?>> rows) {
        Provenance p = prov();
        Artifact.write(dir.resolve("sweep.csv"), Schemas.SWEEP, p, rows);
        Artifact.write(dir.resolve("datasets.csv"), Schemas.DATASETS, p, List.of(List.of("mnist", 60000, 10000, 784, 0.5)));
        Artifact.write(dir.resolve("baseline.csv"), Schemas.BASELINE, p, List.of(List.of("mnist", 1.0, 0.89)));
        Artifact.write(dir.resolve("figure9.csv"), Schemas.SLICE, p, List.of());
        Artifact.write(dir.resolve("figure9-points.csv"), Schemas.POINTS, p, List.of());
    }
}
