package geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import lib.Claims;
import lib.ConditionalStep;
import lib.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Every claim of paper-checks/field-geometry.csv can go the other way: fed deliberately wrong results (a wrong formula,
 * a wrong law, a wrong expectation), each check that the registry has reproduced refutes, and each check registered
 * refuted reproduces when given the derived value instead of the printed one.
 */
class ClaimChecksTest {
    static final Path REGISTRY = Path.of("paper-checks/field-geometry.csv");

    @Test
    void everyCheckTurnsWhenItsInputIsWrong() {
        Claims claims = Claims.load(REGISTRY);
        ClaimChecks.observe(claims, wrongTwoPoint(), wrongGradientNorm(), wrongRandomSearch(), wrongExcursion());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("eq6-sign-kernel", Verdict.REPRODUCED);        // fed the printed coefficient −1
        expected.put("eq6-sign-field", Verdict.REPRODUCED);         // fed −1 ± 0.01
        expected.put("eq7-printed-gives-eq8", Verdict.REPRODUCED);  // fed an eq (8) that is the ascent form
        expected.put("eq8-conditioning", Verdict.REFUTED);          // compared with the ascent form
        expected.put("eq9-conditioning", Verdict.REFUTED);          // compared with 1 − e^{−u}
        expected.put("xi2-chi2-field", Verdict.REFUTED);            // a sample of 1.1 χ²_N
        expected.put("xi2-finite-m-resolution", Verdict.REFUTED);
        expected.put("xi2-finite-m-variance", Verdict.REFUTED);     // exact χ²_N draws: variance 2N
        expected.put("s32-crossover-oracle", Verdict.REFUTED);      // GD wins from N = 1
        expected.put("s32-crossover-differences", Verdict.REFUTED);
        expected.put("fig6-echi-disc-closed-form", Verdict.REFUTED); // euler-minimum's curve 0.3 off the closed form
        expected.put("fig6-ec-levels", Verdict.REFUTED);             // counts that follow the literal reading
        assertEquals(claims.all().keySet(), expected.keySet(), "every registered claim is exercised");
        Map<String, String> got = new LinkedHashMap<>();
        for (String id : expected.keySet()) got.put(id, Verdict.decide(claims.claim(id), observation(claims, id)).verdict());
        assertEquals(expected, got);
    }

    private static lib.Observation observation(Claims claims, String id) {
        try {
            var f = Claims.class.getDeclaredField("results");
            f.setAccessible(true);
            @SuppressWarnings("unchecked") Map<String, Claims.Result> r = (Map<String, Claims.Result>) f.get(claims);
            return r.get(id).observation();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Study.TwoPoint wrongTwoPoint() {
        List<Conditioning.Row> rows = new ArrayList<>();
        for (Conditioning.Row r : Conditioning.draws(new int[] {1, 5}, 4, 2)) {
            double u = r.eta() * r.eta() * r.xi2();
            // eq (8) replaced by the ascent form (which the printed Σ12 then matches), eq (9) by 1 − e^{−u}
            rows.add(new Conditioning.Row(r.draw(), r.n(), r.eta(), r.phi0(), r.xi2(), r.mKernel(), r.vKernel(), r.mPrinted(),
                    r.vPrinted(), r.mAscent(), -Math.expm1(-u), r.mAscent(), true, true));
        }
        return new Study.TwoPoint(rows, new double[] {-1, 0}, new SignCheck.FieldEstimate(-1.003, 0.01, 5, 500, 20, 100, 1));
    }

    static Study.GradientNorm wrongGradientNorm() {
        int n = 100;
        GradientLaw.Sample main = GradientLaw.sample(n, 400, 4, 100, 1e6, "w", 3, 2);
        double[][] scaled = new double[4][];
        for (int r = 0; r < 4; r++) {
            scaled[r] = main.xi2()[r].clone();
            for (int p = 0; p < scaled[r].length; p++) scaled[r][p] *= 1.1;
        }
        GradientLaw.Sample wrong = new GradientLaw.Sample(n, 400, 4, 100, 1e6, scaled);
        double[][] exact = new double[40][30];
        SplittableRandom rng = new SplittableRandom(5);
        for (double[] row : exact) for (int p = 0; p < row.length; p++) row[p] = ConditionalStep.chiSquared(rng, n);
        GradientLaw.Sample small = new GradientLaw.Sample(n, 100, 40, 30, 1e6, exact);
        return new Study.GradientNorm(wrong, GradientLaw.test(wrong.pooled(), n), small, GradientLaw.variance(exact), 40, 10_000, 1);
    }

    static Study.RandomSearch wrongRandomSearch() {
        List<Crossover.Row> rows = new ArrayList<>();
        for (int n = 1; n <= 10; n++) rows.add(new Crossover.Row(n, 0, -1, 0.6, 0.6, -0.5, -0.5, 5));
        return new Study.RandomSearch(rows);
    }

    static Study.Excursion wrongExcursion() {
        double[] levels = {-2, -1, 1, 2};
        double[] disc = new double[levels.length];
        for (int l = 0; l < levels.length; l++) disc[l] = Excursions.expected(levels[l], Math.PI, Math.PI);
        double[] domain = Excursions.domainCurvatures(61);
        double[] mean = new double[levels.length], se = new double[levels.length];
        for (int l = 0; l < levels.length; l++) {
            mean[l] = Excursions.literal(levels[l], domain[0], domain[1]);
            se[l] = 0.03;
        }
        // euler-minimum's curve off the closed form by 0.3; the grid counts following the literal reading of eq (25)
        return new Study.Excursion(levels, disc, 0.3, 81, new Excursions.Counts(levels, mean, se, 400, 500, 61), domain);
    }
}
