package gdmoments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lib.Claims;
import lib.RecordedVerdicts;
import lib.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * fig8-var-confirm runs on the seed its registry statement names (the profiles pass that seed), and its test turns on
 * Figure 8 rows with and without a variance excess.
 */
class ConfirmationTest {
    static final Path REGISTRY = Path.of("paper-checks/gd-moments.csv");
    static final String ID = "fig8-var-confirm";

    static long registered() {
        return ClaimChecks.registeredSeed(Claims.load(REGISTRY).claim(ID).statement());
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper", "quick"})
    void theProfilesPassTheSeedTheStatementRegisters(String profile) throws Exception {
        Matcher m = Pattern.compile("(?m)^GD_FIG8_CONFIRM_SEED \\?= (\\d+)")
                .matcher(Files.readString(Path.of("workflow/profiles/" + profile + "/gd-moments.mk")));
        m.find();
        assertEquals(registered(), Long.parseLong(m.group(1)));
        assertEquals(-1, ClaimChecks.registeredSeed("no seed here"));
    }

    /** Figure 8's grid at the paper's N and M with 80 realisations; at {@code excessAt} the variance exceeds eq (12) by {@code z} SE. */
    static List<Analysis.StepRow> rows(int excessAt, double z) {
        double se = 0.006;
        List<Analysis.StepRow> out = new ArrayList<>();
        double[] etas = CrossChecks.logGrid(500, 0.02, 20, 20);
        for (int i = 0; i < etas.length; i++) {
            double var = Moments.variance(500, etas[i]) + (i == excessAt ? z : 0.3) * se;
            out.add(new Analysis.StepRow(500, 20000, 80, etas[i], new SampleMoments(40000, Moments.mean(500, etas[i]), 0.005, var, se), 0));
        }
        return out;
    }

    static String verdict(List<Analysis.StepRow> rows, long seed, Path out) {
        Claims c = Claims.load(REGISTRY);
        ClaimChecks.confirmation(c, rows, seed);
        return RecordedVerdicts.of(c, out, List.of(ID)).get(ID);
    }

    @Test
    void anExcessIsRefutedAndAMatchIsNot(@TempDir Path tmp) {
        long seed = registered();
        // 6 SE above eq (12) at one η: beyond t_79's 4.29
        assertEquals(Verdict.REFUTED, verdict(rows(12, 6), seed, tmp.resolve("excess.csv")));
        // rows that match eq (12) within 0.3 SE are not refuted; against a 1 % error in eq (12) the test has no power
        assertEquals(Verdict.INCONCLUSIVE, verdict(rows(12, 0.3), seed, tmp.resolve("match.csv")));
    }

    @Test
    void anotherSeedCannotDecideIt(@TempDir Path tmp) {
        assertEquals(Verdict.INCONCLUSIVE, verdict(rows(12, 6), registered() + 1, tmp.resolve("other.csv")));
    }
}
