package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A claim decided over a parameter the document leaves open. Each value is an `abs` claim with tolerance 0.1 around
 * 1 and a standard error of 0.01, so each value's verdict is known by hand: 1.05 holds (|d| + 3 SE = 0.08), 1.5 fails
 * (0.5 - 0.03 > 0.1), 1.1 is undecided (the interval straddles the tolerance).
 */
class OpenParameterTest {
    static final double SE = 0.01;

    static Claim claim(String open) {
        return new Claim("c", "000", "§4.2", "eta_crit = 1", "g", "document", 1, "abs", 0.1, "why", Verdict.UNDERDETERMINED, "", "", open);
    }

    static List<OpenParameter.At> at(double... pairs) {
        List<OpenParameter.At> out = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) out.add(new OpenParameter.At(pairs[i], Observation.estimate(pairs[i + 1], SE)));
        return out;
    }

    /** The statement exists for some value: holding somewhere and failing elsewhere is underdetermined by the document. */
    @ParameterizedTest
    @CsvSource({
        "1000, 1.05, 6000, 1.05, 20000, 1.5, underdetermined",
        "1000, 1.05, 6000, 1.05, 20000, 1.05, reproduced",
        "1000, 1.5,  6000, 1.5,  20000, 1.5,  refuted",
        "1000, 1.05, 6000, 1.1,  20000, 1.1,  reproduced",
        "1000, 1.5,  6000, 1.1,  20000, 1.5,  inconclusive",
        "1000, 1.1,  6000, 1.1,  20000, 1.1,  inconclusive"})
    void overARange(double m1, double v1, double m2, double v2, double m3, double v3, String verdict) {
        assertEquals(verdict, OpenParameter.decide(claim("M"), at(m1, v1, m2, v2, m3, v3)).decision().verdict());
    }

    @Test
    void theRangeSaysWhereItHoldsAndWhereItFailsWithTheValues() {
        OpenParameter.Outcome o = OpenParameter.decide(claim("M"), at(20000, 1.5, 1000, 1.05, 6000, 1.02));
        assertEquals("holds at M = 1000 (1.050 ± 0.010), 6000 (1.020 ± 0.010); fails at M = 20000 (1.500 ± 0.010)", o.range());
    }

    /** The statement is about the limit: the largest value decides, and a failure still closing in on the value is no verdict. */
    @ParameterizedTest
    @CsvSource({
        "300, 1.9, 3000, 1.7, 30000, 1.5, inconclusive",   // fails at 30000, the distance shrinks: 0.9, 0.7, 0.5
        "300, 1.5, 3000, 1.7, 30000, 1.5, refuted",        // the distance does not shrink from 300 to 3000
        "300, 1.9, 3000, 1.5, 30000, 1.05, reproduced",
        "300, 1.05, 3000, 1.05, 30000, 1.5, refuted"})
    void overALimit(double b1, double v1, double b2, double v2, double b3, double v3, String verdict) {
        OpenParameter.Outcome o = OpenParameter.decide(claim("stage_steps->inf"), at(b1, v1, b2, v2, b3, v3));
        assertEquals(verdict, o.decision().verdict());
        if (verdict.equals("inconclusive")) assertTrue(o.range().contains("the limit the document states is not reached at 30000"), o.range());
    }

    @Test
    void oneFailingValueCannotShowTheLimit() {
        OpenParameter.Outcome o = OpenParameter.decide(claim("stage_steps->inf"), at(30000, 1.5));
        assertEquals(Verdict.INCONCLUSIVE, o.decision().verdict());
        assertTrue(o.range().contains("one value cannot show"), o.range());
    }

    /** checks.csv keeps each value's row, part_of the claim, so the report decides the claim again from the numbers. */
    @Test
    void checksKeepsEachValueAndTheReportDecidesAgain(@TempDir Path tmp) throws Exception {
        Path registry = tmp.resolve("s.csv");
        Files.writeString(registry, String.join(",", Claims.REGISTRY_COLUMNS) + ",open_parameter\n"
                + "c,000,§4.2,eta_crit = 1,g,document,1,abs,0.1,why,underdetermined,,,M\n");
        Claims claims = Claims.load(registry, "paper", List.of("c"));
        claims.observeOver("c", at(1000, 1.05, 20000, 1.5));
        Path checks = tmp.resolve("checks.csv");
        assertEquals(0, claims.finish(checks, TestCommand.provenance()));
        Table t = Artifact.read(checks, Claims.CHECKS);
        assertEquals(3, t.rows(), "the claim and one row per value");
        assertEquals("c@M=1000", t.text(1, "claim"));
        assertEquals("c", t.text(1, "part_of"));
        assertEquals(Verdict.REPRODUCED, t.text(1, "verdict"));
        assertEquals(Verdict.UNDERDETERMINED, t.text(0, "verdict"));
        // the report decides again from the rows: as recorded, and refuted once a value's number is edited to fail
        Files.createDirectories(tmp.resolve("data/s"));
        Files.copy(checks, tmp.resolve("data/s/checks.csv"));
        Files.createDirectories(tmp.resolve("registry"));
        Files.copy(registry, tmp.resolve("registry/s.csv"));
        var rows = report.Verdicts.gather(tmp.resolve("registry"), tmp.resolve("data"), "paper").get(0).rows();
        assertEquals(Verdict.UNDERDETERMINED, rows.get(0).verdict());
        assertTrue(rows.get(0).agrees());
        String text = Files.readString(checks).replace("c@M=1000,000 §4.2,g,document,eta_crit = 1 (at M=1000),1.0,abs,0.1,1.05,",
                "c@M=1000,000 §4.2,g,document,eta_crit = 1 (at M=1000),1.0,abs,0.1,1.5,");
        assertTrue(!text.equals(Files.readString(checks)), "the edit takes");
        Files.writeString(tmp.resolve("data/s/checks.csv"), text);
        var edited = report.Verdicts.gather(tmp.resolve("registry"), tmp.resolve("data"), "paper").get(0).rows();
        assertEquals(Verdict.REFUTED, edited.get(0).verdict(), "decided again from the edited number, not taken from the file");
        assertTrue(!edited.get(0).agrees());
    }
}
