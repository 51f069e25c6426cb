package progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lib.Artifact;
import lib.Claims;
import lib.Provenance;
import lib.Table;
import lib.Verdict;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every check can fail: on a small real study, each claim is refuted when its registered value is replaced by a
 * deliberately wrong one (the alternative it is meant to detect, or a clearly wrong number), or, for the tests and the
 * span check, when the prediction the data are compared with is replaced by the wrong model.
 */
class ClaimChecksTest {
    static Study study;
    static QuadraticProgress quadratic;
    static final Path REGISTRY = Path.of("paper-checks/predictable-progress.csv");

    @BeforeAll
    static void smallStudy() {
        study = new Study(new Study.Settings(new long[] {10, 1000, 100000}, 5, 60, 6, 0.5, 0.5, new long[] {1, 10, 1000000}, 2000,
                new int[] {10}, 2000, 6, 10, 600, 4, new int[] {10, 30, 60}, 2000, 6, 10, 6, 4, 0.5, 20, 500, 4, 1e6, 5, 2));
        study.run();
        quadratic = new QuadraticProgress(new QuadraticProgress.Settings(new long[] {10, 1000, 100000}, 5, 60, 6, 20, 600, 5, 2)).run();
    }

    /** Two black-box sizes: the larger one's spread across starts is `ratio` times the smaller's; final β spread `ends`. */
    static BlackBoxStudy.Result blackBox(double ratio, double ends) {
        List<BlackBox.Curves> c = new ArrayList<>();
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        int starts = 40, steps = 3;
        for (int np : new int[] {ClaimChecks.BB_SMALL, ClaimChecks.BB_LARGE}) {
            double scale = np == ClaimChecks.BB_SMALL ? 0.01 : 0.01 * ratio;
            double[] loss = new double[starts * (steps + 1)];
            for (int s = 0; s < starts; s++) {
                double u = rng.nextGaussian();
                for (int k = 0; k <= steps; k++) loss[s * (steps + 1) + k] = 0.5 - 0.05 * k + scale * u;
            }
            c.add(new BlackBox.Curves(np, starts, steps, loss, loss, 1.4, ends, ends));
        }
        return new BlackBoxStudy.Result(c, 500, 1000);
    }

    /** Claim id → {verdict, evidence}, as the stage's checks.csv records them. */
    static Map<String, String[]> observe(Path registry, BlackBoxStudy.Result bb, Path dir) throws IOException {
        Claims claims = Claims.load(registry);
        ClaimChecks.observe(claims, study, bb);
        ClaimChecks.quadratic(claims, quadratic);
        Path checks = Files.createTempFile(dir, "checks", ".csv");
        claims.finish(checks, new Provenance("predictable-progress", Path.of("stages/PredictableProgress.java"), CommandSpec.create()));
        Table t = Artifact.read(checks, Claims.CHECKS);
        Map<String, String[]> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < t.rows(); i++) {
            out.put(t.text(i, "claim"), new String[] {t.text(i, "verdict"), t.text(i, "registered_verdict"), t.text(i, "evidence")});
        }
        return out;
    }

    /** The registry with some expected values replaced. */
    static Path registry(Path dir, Map<String, Double> wrong) throws IOException {
        CSVFormat in = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        Path out = dir.resolve("registry.csv");
        try (CSVParser p = CSVParser.parse(Files.readString(REGISTRY), in);
             CSVPrinter w = new CSVPrinter(Files.newBufferedWriter(out), CSVFormat.RFC4180)) {
            w.printRecord(p.getHeaderNames());
            for (CSVRecord r : p) {
                List<String> row = new ArrayList<>(r.toList());
                Double e = wrong.get(r.get("claim"));
                if (e != null) row.set(p.getHeaderNames().indexOf("expected"), Double.toString(e));
                w.printRecord(row);
            }
        }
        return out;
    }

    @Test
    void theRealDataContradictNoRegisteredVerdict(@TempDir Path dir) throws IOException {
        Map<String, String[]> r = observe(REGISTRY, blackBox(0.5, 1.3), dir);
        for (var e : r.entrySet()) {
            String v = e.getValue()[0], reg = e.getValue()[1];
            assertNotEquals(Claims.MISSING, v, e.getKey());
            if (!v.equals(Verdict.INCONCLUSIVE) && !reg.equals(Verdict.INCONCLUSIVE)) assertEquals(reg, v, e.getKey() + ": " + e.getValue()[2]);
        }
    }

    @Test
    void wrongRegisteredValuesAreRefuted(@TempDir Path dir) throws IOException {
        Map<String, Double> wrong = new java.util.HashMap<>();
        for (String a : ClaimChecks.ALGORITHMS) {
            wrong.put("001-deterministic-" + a, -1.0);    // "b <= −1": the spread would fall like 1/N
            wrong.put("rate-" + a, -0.25);                // a rate twice as slow
        }
        wrong.put("limit-curve-gd", 0.05);                // the limit shifted by 0.05
        wrong.put("adam-leaves-span", 0.9);               // "Adam's residual >= 0.9"
        wrong.put("contrast-adam-deterministic", -1.0);
        wrong.put("n1-thm1-variance", 1 + Math.exp(-1));  // 000's printed σ²(1)
        wrong.put("n1-first-step-eta-opt", -1.0);         // the expected-minimum scale
        wrong.put("sampler-jitter", -1.0);
        wrong.put("blackbox-distinct-ends", 2.0);         // "the ends are twice as far apart as the starts"
        wrong.put("001-quadratic-concentrates", -1.0);    // "the spread falls at least like 1/N"
        wrong.put("quadratic-rate", -1.0);                // the rate of a linear spectral statistic
        wrong.put("quadratic-spread-constant", 2.5);      // the constant 2.5 times larger (60 runs: SE about 18 %)
        Map<String, String[]> r = observe(registry(dir, wrong), blackBox(0.5, 1.3), dir);
        for (String id : wrong.keySet()) assertEquals(Verdict.REFUTED, r.get(id)[0], id + ": " + r.get(id)[2]);
    }

    @Test
    void wrongModelsAreRefutedByTheTests(@TempDir Path dir) throws IOException {
        double[] c = study.limits.get("gd")[0].clone();
        List<OneStep.Row> link = new ArrayList<>(study.link);
        List<Validation.Row> val = new ArrayList<>(study.validation);
        List<Contrast.Span> spans = new ArrayList<>(study.spans);
        try {
            // the memoryless iteration as the "limit", the large-N forms as "eqs 11-12", the N(0,1) variant as "the sampler"
            double[] mem = study.memoryless;
            for (int k = 0; k < c.length; k++) study.limits.get("gd")[0][k] = mem[k];
            study.link.replaceAll(x -> new OneStep.Row(x.dims(), x.eta(), x.x(), x.runs(), x.phi1(), x.leadingMean(), x.sigma2Corrected(),
                    x.leadingMean(), x.sigma2Corrected(), x.sigma2Printed()));
            study.validation.replaceAll(x -> new Validation.Row(x.dims(), x.m(), x.step(), x.statistic(), x.spectral(), x.seSpectral(),
                    x.variant(), x.seVariant(), x.exact(), x.seExact(), x.biasAllowance()));
            // Adam's residuals presented as a momentum method's
            Contrast.Span adam = spans.stream().filter(s -> !s.gradientSpan()).findFirst().orElseThrow();
            study.spans.add(new Contrast.Span("adam-as-span", true, adam.dims(), adam.runs(), adam.maxResidual(), adam.minResidual()));
            // the random quadratic's limit with the spectrum collapsed to lambda; the dense check against that collapsed law
            double[][] lim = quadratic.limit.clone();
            for (int k = 0; k < lim.length; k++) quadratic.limit[k] = quadratic.collapsed[k];
            List<QuadraticProgress.Check> qval = new ArrayList<>(quadratic.validation);
            quadratic.validation.replaceAll(x -> new QuadraticProgress.Check(x.step(), x.statistic(), x.dense(), x.seDense(),
                    x.statistic().equals("mean") ? quadraticCollapsed(x.step()) : x.tridiagonal(), x.seTridiagonal()));
            Map<String, String[]> r;
            try {
                r = observe(REGISTRY, blackBox(2.0, 0.0), dir);
            } finally {
                System.arraycopy(lim, 0, quadratic.limit, 0, lim.length);
                quadratic.validation.clear();
                quadratic.validation.addAll(qval);
            }
            for (String id : new String[] {"limit-curve-gd", "limit-curve-gd-all-steps", "n1-law-eqs11-12", "sampler-vs-spectral",
                    "001-span-momentum", "blackbox-gd-spread-shrinks", "blackbox-adam-spread-shrinks", "blackbox-distinct-ends",
                    "quadratic-limit-curve", "quadratic-tridiagonal"}) {
                assertEquals(Verdict.REFUTED, r.get(id)[0], id + ": " + r.get(id)[2]);
            }
        } finally {
            System.arraycopy(c, 0, study.limits.get("gd")[0], 0, c.length);
            study.link.clear();
            study.link.addAll(link);
            study.validation.clear();
            study.validation.addAll(val);
            study.spans.clear();
            study.spans.addAll(spans);
        }
    }

    /** The mean f(x_k)/N a tridiagonal model with Gaussian off-diagonals would give at large N: the collapsed spectrum's. */
    static double quadraticCollapsed(int k) {
        return quadratic.collapsed[k][0];
    }
}
