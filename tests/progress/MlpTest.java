package progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import blackbox.Dataset;
import java.io.IOException;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import lib.Artifact;
import lib.Blas;
import lib.Claims;
import lib.Provenance;
import lib.Table;
import lib.Verdict;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

class MlpTest {
    static final Path REGISTRY = Path.of("paper-checks/progress-mlp.csv");

    static Dataset synthetic(int n, int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n * d];
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                x[i * d + j] = (float) rng.nextGaussian();
                s += x[i * d + j] * (j % 3 - 1);
            }
            label[i] = s > 0 ? 1 : 0;
        }
        return new Dataset("synthetic", n, d, x, label);
    }

    /** Oracle: central finite differences of the loss (step 1e-6) against the back-propagated gradient. */
    @Test
    void gradientMatchesFiniteDifferences() {
        int n = 30, d = 7, h = 5;
        Dataset data = synthetic(n, d, 1);
        double[] xs = new double[n * d];
        for (int i = 0; i < xs.length; i++) xs[i] = data.x()[i];
        DoubleBuffer x = Blas.offHeap(xs);
        double[] th = Mlp.glorot(h, d, new SplittableRandom(4));
        for (int i = h * d; i < th.length; i++) th[i] += 0.3 * Math.sin(i);   // non-zero biases too
        double[] grad = new double[th.length], scratch = new double[th.length];
        Mlp.Work w = new Mlp.Work(n, h);
        Mlp.lossAndGradient(x, data.label(), n, d, h, th, grad, w, true);
        for (int i = 0; i < th.length; i++) {
            double keep = th[i], eps = 1e-6;
            th[i] = keep + eps;
            double up = Mlp.lossAndGradient(x, data.label(), n, d, h, th, scratch, w, false);
            th[i] = keep - eps;
            double down = Mlp.lossAndGradient(x, data.label(), n, d, h, th, scratch, w, false);
            th[i] = keep;
            assertEquals((up - down) / (2 * eps), grad[i], 1e-7, "parameter " + i);
        }
    }

    @Test
    void curvesDoNotDependOnTheThreadCount() {
        Dataset data = synthetic(40, 12, 2);
        Mlp.Settings s = new Mlp.Settings(6, 8, 3, 0.5, 0.01, 7);
        Mlp.Curves one = Mlp.train(data, s, 1), two = Mlp.train(data, s, 2);
        assertArrayEquals(one.gd(), two.gd());
        assertArrayEquals(one.adam(), two.adam());
        assertEquals(one.gdEndDistance(), two.gdEndDistance());
    }

    /** Curves at the claims' sizes with a chosen spread: loss_k = 0.7 - 0.4 (1 - e^{-k/20}) + scale u_start. */
    static MlpStudy.Result result(double narrowScale, double wideScale, double ends) {
        List<Mlp.Curves> c = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(3);
        int starts = MlpChecks.STARTS, steps = MlpChecks.STEPS;
        for (int h : new int[] {MlpChecks.NARROW, MlpChecks.WIDE}) {
            double scale = h == MlpChecks.NARROW ? narrowScale : wideScale;
            double[] loss = new double[starts * (steps + 1)];
            for (int s = 0; s < starts; s++) {
                double u = rng.nextGaussian();
                for (int k = 0; k <= steps; k++) loss[s * (steps + 1) + k] = 0.7 - 0.4 * (1 - Math.exp(-k / 20.0)) + scale * u;
            }
            c.add(new Mlp.Curves(h, Mlp.params(h, 784), starts, steps, loss, loss, 1.0, ends, ends));
        }
        return new MlpStudy.Result(c, 500);
    }

    static Map<String, String> verdicts(Path registry, MlpStudy.Result r, Path dir) throws IOException {
        Claims claims = Claims.load(registry);
        MlpChecks.observe(claims, r);
        Path checks = Files.createTempFile(dir, "checks", ".csv");
        claims.finish(checks, new Provenance("progress-mlp", Path.of("stages/ProgressMlp.java"), CommandSpec.create()));
        Table t = Artifact.read(checks, Claims.CHECKS);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < t.rows(); i++) out.put(t.text(i, "claim"), t.text(i, "verdict") + ": " + t.text(i, "evidence"));
        return out;
    }

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

    /** Near-equal, shrinking, distinct-ended curves reproduce every claim; each is refuted by a deliberately wrong value. */
    @Test
    void everyCheckCanFail(@TempDir Path dir) throws IOException {
        MlpStudy.Result good = result(0.02, 0.004, 1.2);
        Map<String, String> r = verdicts(REGISTRY, good, dir);
        for (var e : r.entrySet()) assertEquals(Verdict.REPRODUCED, e.getValue().split(":")[0], e.getKey() + " " + e.getValue());
        Map<String, Double> wrong = new java.util.HashMap<>();
        wrong.put("mlp-gd-near-equal", 0.001);       // "the spread is at most 0.1 % of the drop"
        wrong.put("mlp-adam-near-equal", 0.001);
        wrong.put("mlp-gd-spread-shrinks", -3.0);    // "the spread falls twentyfold"
        wrong.put("mlp-adam-spread-shrinks", -3.0);
        wrong.put("mlp-distinct-ends", 2.0);         // "the ends are twice as far apart as the starts"
        Map<String, String> w = verdicts(registry(dir, wrong), good, dir);
        for (String id : wrong.keySet()) assertEquals(Verdict.REFUTED, w.get(id).split(":")[0], id + " " + w.get(id));
        // and wrong data: spread 20 % of the drop and growing with the width, runs ending at one point
        Map<String, String> bad = verdicts(REGISTRY, result(0.02, 0.08, 0.0), dir);
        for (String id : wrong.keySet()) assertEquals(Verdict.REFUTED, bad.get(id).split(":")[0], id + " " + bad.get(id));
    }
}
