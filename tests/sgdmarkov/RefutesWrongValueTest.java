package sgdmarkov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lib.Artifact;
import lib.Claim;
import lib.Claims;
import lib.Provenance;
import lib.Table;
import lib.Verdict;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every claim can fail: the studies run at small sizes with a scope matched to those sizes, so that every claim of the
 * registry is evaluated; then each expected value is replaced by a deliberately wrong one, just beyond what the kind,
 * tolerance and the observation's standard error accept, and the same checks must refute all of them.
 */
class RefutesWrongValueTest {
    static final Path REGISTRY = Path.of("paper-checks/sgd-markov.csv");
    static final ClaimChecks.Scope SMALL = new ClaimChecks.Scope(400, 300, 8, 100, 4096, 3);
    static MnistStudy mnist;
    static LsStudy ls;
    static QuadraticStudy quad;
    static SliceStudy slice;
    static ExactStudy exact;

    @Command(name = "sgd-markov-test")
    static final class NoOptions implements Runnable {
        @Override public void run() {}
    }

    @BeforeAll
    static void studies() {
        long seed = 20190613;
        mnist = MnistStudy.run(new MnistStudy.Settings(Mnist.dir(), 400, 1e-3, 300, 60, 200, 0.5, 4, 2, 100, 400, seed, 2));
        ls = LsStudy.run(new LsStudy.Settings(new double[] {0.3}, 8, 4096, 3, 4, 16, seed, 2));
        quad = QuadraticStudy.run(new QuadraticStudy.Settings(new double[] {0.5}, 8, 5000, 8, 20000, seed, 2));
        slice = SliceStudy.run(new SliceStudy.Settings(64, new double[] {1, 0.5, 0.25}, 8, 300, 300, 20, new long[] {0, 100}, seed, 2));
        exact = ExactStudy.run(new ExactStudy.Settings(4, 20000, seed, 2), ls, slice.gibbs);
    }

    static Table check(Path registry, Path out) {
        Claims c = Claims.load(registry, "paper");
        ClaimChecks.markovStep(c, mnist);
        ClaimChecks.realSgd(c, mnist, SMALL);
        ClaimChecks.leastSquares(c, ls, SMALL);
        ClaimChecks.quadratic(c, quad);
        ClaimChecks.slice(c, slice, SMALL);
        ExactChecks.observe(c, exact);
        Provenance prov = new Provenance("sgd-markov-test", Path.of("stages/SgdMarkov.java"),
                new CommandLine(new NoOptions()).getCommandSpec());
        c.finish(out, prov);
        return Artifact.read(out, Claims.CHECKS);
    }

    /** A value the claim's check must reject given the observation v with standard error se (0 for exact values). */
    static double wrong(Claim c, double v, double se) {
        double s = Double.isNaN(se) ? 0 : se, margin = 1e-9 * Math.max(1, Math.abs(v));
        return switch (c.kind()) {
            case "sigma" -> v + (c.tolerance() + 1) * s;
            case "abs" -> v + c.tolerance() + 3 * s + margin + 0.01 * Math.max(c.tolerance(), Math.abs(v));
            case "rel" -> v + Math.signum(v == 0 ? 1 : v) * 2 * (3 * s + c.tolerance() * Math.abs(v) + margin) / (1 - c.tolerance());
            case "min" -> v + c.tolerance() + 3 * s + margin + 0.01 * Math.abs(v);
            case "max" -> v - c.tolerance() - 3 * s - margin - 0.01 * Math.abs(v);
            default -> throw new IllegalStateException(c.kind());
        };
    }

    @Test
    void everyCheckRefutesADeliberatelyWrongValue(@TempDir Path tmp) throws Exception {
        Table first = check(REGISTRY, tmp.resolve("checks.csv"));
        Map<String, Double> wrongValue = new LinkedHashMap<>();
        Map<String, Claim> claims = Claims.load(REGISTRY).all();
        assertEquals(claims.size(), java.util.stream.IntStream.range(0, first.rows()).filter(i -> !Claims.isPart(first, i)).count());
        for (int i = 0; i < first.rows(); i++) {
            String id = first.text(i, "claim");
            // a claim over an open parameter is judged from its parts (lib/OpenParameterTest shows those can fail)
            if (Claims.isPart(first, i) || claims.get(id).conditional()) continue;
            assertFalse(Boolean.parseBoolean(first.text(i, "undecidable")), id + " was not evaluated: " + first.text(i, "evidence"));
            String se = first.text(i, "standard_error");
            wrongValue.put(id, wrong(claims.get(id), first.number(i, "observed"), se.isBlank() ? Double.NaN : Double.parseDouble(se)));
        }
        Path registry = tmp.resolve("wrong.csv");
        Files.writeString(registry, rewrite(List.copyOf(claims.values()), wrongValue));
        Table second = check(registry, tmp.resolve("wrong-checks.csv"));
        for (int i = 0; i < second.rows(); i++) {
            if (Claims.isPart(second, i) || !wrongValue.containsKey(second.text(i, "claim"))) continue;
            assertEquals(Verdict.REFUTED, second.text(i, "verdict"), second.text(i, "claim") + " with expected "
                    + second.text(i, "expected") + ": " + second.text(i, "evidence"));
        }
    }

    /** The registry with each expected value replaced (those verdicts registered as refuted); the others as they are. */
    static String rewrite(List<Claim> claims, Map<String, Double> expected) throws Exception {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            List<String> header = new java.util.ArrayList<>(Claims.REGISTRY_COLUMNS);
            header.add("open_parameter");
            p.printRecord(header);
            for (Claim c : claims) {
                boolean wrong = expected.containsKey(c.id());
                p.printRecord(c.id(), c.paper(), c.location(), c.statement(), c.group(), c.cls(),
                        Double.toString(wrong ? expected.get(c.id()) : c.expected()), c.kind(), Double.toString(c.tolerance()),
                        c.toleranceReason(), wrong ? Verdict.REFUTED : c.expectedVerdict(), "", c.note(), c.openParameter());
            }
        }
        return w.toString();
    }
}
