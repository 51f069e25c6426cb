package report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import lib.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import report.Model.DocumentReport;
import report.Statements.Statement;

/**
 * The report model on a synthetic registry and checks.csv that hold one case of each rule: a statement that holds, one
 * that fails, one whose refutation does not survive Holm's correction, a printed number that differs (alone, and beside
 * a substantive claim that holds), a statement underdetermined by the document (registered over the open parameter M,
 * with one checks.csv row per value, part_of the claim, from which the report decides it again), a project check, and a
 * second document.
 */
class ModelTest {
    @TempDir Path tmp;
    Model model;

    static final String REGISTRY_HEADER = "claim,paper,location,statement,group,class,expected,kind,tolerance,tolerance_reason,"
            + "expected_verdict,quick_verdict,note,open_parameter\n";
    static final String CHECKS_HEADER = "claim,source,group,class,statement,expected,kind,tolerance,observed,standard_error,alternative,"
            + "alternative_label,power,size,size_unit,size_needed,undecidable,verdict,registered_verdict,agrees,refuted_if,evidence,range,part_of\n";

    /**
     * One claim: its registry row and its checks.csv row (observed, se, alternative and label, power, verdict, range);
     * a part ("claim@M=6000", part_of the claim) has no registry row and an empty registered verdict.
     */
    record C(String id, String paper, String group, String cls, double expected, String kind, double tol, String verdict,
             String observed, String se, String alt, String altLabel, String power, String range, String partOf) {
        C(String id, String paper, String group, String cls, double expected, String kind, double tol, String verdict,
          String observed, String se, String alt, String altLabel, String power, String range) {
            this(id, paper, group, cls, expected, kind, tol, verdict, observed, se, alt, altLabel, power, range, "");
        }

        String registry() {
            return partOf.isEmpty() ? String.join(",", id, paper, "eq (" + id + ")", "statement " + id, group, cls, Double.toString(expected), kind,
                    Double.toString(tol), "a reason", verdict, "", "note of " + id, verdict.equals("underdetermined") ? "M" : "") + "\n" : "";
        }

        String checks() {
            return String.join(",", id, paper + " eq", group, cls, "statement " + id, Double.toString(expected), kind, Double.toString(tol),
                    observed, se, alt, altLabel, power, "100", "draws", "", Boolean.toString(observed.isEmpty()), verdict,
                    partOf.isEmpty() ? verdict : "", "true", "", "evidence of " + id, range, partOf) + "\n";
        }
    }

    /** The range the report derives from the two parts below (lib/OpenParameter), as the stage would write it. */
    static final String RANGE = "holds at M = 6000 (0.0320 ± 0.0070); fails at M = 20000 (0.0610 ± 0.0040)";

    static final List<C> CLAIMS = List.of(
            new C("hold", "000", "g-hold", "document", 1, "abs", 0.01, "reproduced", "1.001", "", "", "", "", ""),
            new C("fail", "000", "g-fail", "document", 1, "sigma", 4, "refuted", "0.5", "0.05", "0.51", "the derived limit", "0.99", ""),
            new C("aside", "000", "g-aside", "document", 0, "sigma", 3, "refuted", "3.1", "1", "", "", "", ""),
            new C("printed", "000", "g-printed", "precision", -13.56, "abs", 0.005, "refuted", "-13.5421", "", "", "", "", ""),
            new C("mixed-doc", "000", "g-mixed", "document", 2, "sigma", 4, "reproduced", "2.01", "0.01", "3", "x", "0.999", ""),
            new C("mixed-digits", "000", "g-mixed", "precision", 2.5, "abs", 0.05, "refuted", "2.01", "", "", "", "", ""),
            new C("open", "000", "g-open", "document", 0.03, "sigma", 2, "underdetermined", "", "", "", "", "", RANGE),
            // z = 0.29 with power 0.99 against 0.06 (delta 4.3 SE): holds; z = 7.75: fails
            new C("open@M=6000", "000", "g-open", "document", 0.03, "sigma", 2, "reproduced", "0.032", "0.007", "0.06", "x", "", "M=6000", "open"),
            new C("open@M=20000", "000", "g-open", "document", 0.03, "sigma", 2, "refuted", "0.061", "0.004", "0.06", "x", "", "M=20000", "open"),
            new C("own", "000", "g-own", "project", 0, "abs", 1e-9, "reproduced", "0", "", "", "", "", ""),
            new C("other", "001", "h-one", "document", 1, "sigma", 3, "inconclusive", "1.1", "0.2", "1.5", "y", "0.4", ""));

    @BeforeEach
    void write() throws IOException {
        write(tmp.resolve("registry/alpha.csv"), REGISTRY_HEADER + CLAIMS.stream().map(C::registry).collect(Collectors.joining()));
        write(tmp.resolve("data/alpha/checks.csv"), "# schema: checks\n# schema_version: 3\n# stage: alpha\n" + CHECKS_HEADER
                + CLAIMS.stream().map(C::checks).collect(Collectors.joining()) + "# rows: " + CLAIMS.size() + "\n");
        write(tmp.resolve("documents.csv"), "document,title,authors,year,identifier,link,takes\n000,Zero,A. Author,2018,arXiv:1,https://arxiv.org/abs/1,"
                + "all\n001,One,B. Author,2024,,,some\n");
        Files.createDirectories(tmp.resolve("figures"));
        build();
    }

    void build() {
        model = Model.build(new Model.Inputs(tmp.resolve("registry"), tmp.resolve("data"), tmp.resolve("figures"), tmp.resolve("stages"),
                tmp.resolve("documents.csv"), tmp.resolve("maps"), tmp.resolve("profiles")), "paper", Documents.load(tmp.resolve("documents.csv")));
    }

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    DocumentReport doc(String id) { return model.documents().stream().filter(d -> d.doc().id().equals(id)).findFirst().orElseThrow(); }

    Statement statement(String group) {
        return model.documents().stream().flatMap(d -> d.statements().stream()).filter(s -> s.group().equals(group)).findFirst().orElseThrow();
    }

    @Test
    void everyVerdictAgreesWithTheRegistryIncludingTheUnderdeterminedOne() {
        assertEquals(List.of(), model.disagreements());
        assertEquals(RANGE, statement("g-open").range());
    }

    @Test
    void statementsFollowTheRule() {
        assertEquals(Statements.HOLDS, statement("g-hold").outcome());
        assertEquals(Statements.FAILS, statement("g-fail").outcome());
        assertEquals(Statements.UNDECIDED, statement("g-aside").outcome(), "z = 3.1 among 5 p-values: Holm sets it aside");
        assertTrue(statement("g-aside").notAfterCorrection());
        assertEquals(Statements.UNDERDETERMINED, statement("g-open").outcome());
        assertEquals("document", statement("g-mixed").cls());
        assertEquals(Statements.HOLDS, statement("g-mixed").outcome(), "a printed number beside a statement that holds does not make it fail");
        assertEquals(List.of("mixed-digits"), statement("g-mixed").printedCorrections().stream().map(c -> c.claim().id()).toList());
        assertEquals("precision", statement("g-printed").cls());
        assertEquals("project", statement("g-own").cls());
    }

    @Test
    void countsAndGradeOfEachDocument() {
        DocumentReport zero = doc("000");
        Statements.Tally t = zero.tally("document");
        assertEquals(List.of(2, 1, 1, 1), List.of(t.of(Statements.HOLDS), t.of(Statements.FAILS), t.of(Statements.UNDERDETERMINED),
                t.of(Statements.UNDECIDED)));
        assertEquals(1, t.notAfterCorrection());
        assertEquals(List.of("printed", "mixed-digits"), zero.printedCorrections().stream().map(c -> c.claim().id()).sorted(
                java.util.Comparator.reverseOrder()).toList());
        // H = 2, F = 1: one in three fails (more than one in four), two in three hold
        assertEquals(Grade.PARTLY, zero.grade());
        assertEquals(Grade.UNDECIDED, doc("001").grade(), "nothing decided");
    }

    @Test
    void aRefutedClaimIsCorrectedByTheAlternativeItAgreesWith() {
        ClaimView fail = statement("g-fail").refuted().get(0);
        assertTrue(fail.correction().alternative(), "0.5 ± 0.05 does not refute 0.51");
        assertEquals(0.51, fail.correction().value(), 0);
        ClaimView digits = statement("g-printed").refuted().get(0);
        assertFalse(digits.correction().alternative());
        assertEquals(-13.5421, digits.correction().value(), 0);
    }

    @Test
    void theRenderersShowTheRangeAndTheErrataHoldEveryFailure() {
        Path dir = tmp.resolve("out");
        String html = Html.render(model, dir);
        String md = Markdown.render(model, dir);
        String errata = Errata.render(model, doc("000"), dir.resolve("errata"));
        for (String page : List.of(html, md, errata)) assertTrue(page.contains(RANGE), "the range is shown");
        assertTrue(html.contains("data-count=\"underdetermined\"><a href=\"#doc-000-underdetermined\">1</a>"), "the count links to its list");
        assertTrue(errata.contains("`fail`") && errata.contains("0.500000 ± 0.0500"), "the failing claim with its computed value");
        assertTrue(errata.contains("the derived limit = 0.510000"), "its correction");
        assertTrue(errata.contains("printed -13.5600; computed -13.5421; differs by 0.0179000"), "the printed number that differs");
        assertTrue(errata.contains("not after the multiplicity correction (1)") && errata.contains("statement aside"), "set aside, and said so");
        assertFalse(errata.contains("### 2."), "one failing statement");
    }

    @Test
    void anUnderdeterminedVerdictIsDecidedAgainFromItsPartsNotTakenFromTheFile() throws IOException {
        // the value at M = 20000 edited to hold as well: the report decides reproduced, which differs from the registry
        String text = Files.readString(tmp.resolve("data/alpha/checks.csv")).replace(",0.061,0.004,", ",0.031,0.004,");
        Files.writeString(tmp.resolve("data/alpha/checks.csv"), text);
        build();
        assertEquals(List.of("open"), model.disagreements().stream().map(c -> c.claim().id()).toList());
        // and without its parts it cannot be decided at all
        Files.writeString(tmp.resolve("data/alpha/checks.csv"), text.replaceAll("(?m)^open@.*\n", "").replace("# rows: 11", "# rows: 9"));
        build();
        assertEquals(List.of("open"), model.disagreements().stream().map(c -> c.claim().id()).toList());
    }
    @Test
    void aConditionalClaimWithoutPartsIsDecidedFromItsOwnRow() throws IOException {
        // a run too small to vary the open parameter (the quick profile's black box): no part rows, the claim's own row
        // undecidable and inconclusive, as registered: it agrees; recorded as underdetermined it would not
        String registry = Files.readString(tmp.resolve("registry/alpha.csv")).replace(",underdetermined,,note of open,M", ",inconclusive,,note of open,M");
        String checks = Files.readString(tmp.resolve("data/alpha/checks.csv")).replaceAll("(?m)^open@.*\n", "").replace("# rows: 11", "# rows: 9");
        String own = checks.replace("underdetermined,underdetermined,true,,evidence of open," + RANGE, "inconclusive,inconclusive,true,,evidence of open,");
        assertNotEquals(checks, own);
        Files.writeString(tmp.resolve("registry/alpha.csv"), registry);
        Files.writeString(tmp.resolve("data/alpha/checks.csv"), own);
        build();
        assertEquals(List.of(), model.disagreements().stream().map(c -> c.claim().id()).toList());
        Files.writeString(tmp.resolve("data/alpha/checks.csv"), checks);
        build();
        assertEquals(List.of("open"), model.disagreements().stream().map(c -> c.claim().id()).toList());
    }
    @Test
    void aConditionalClaimThatFailsAtEveryValueShowsItsValuesAsTheComputedOne() throws IOException {
        // both parts fail: refuted over the whole range, listed among the failures with its value at each M
        Files.writeString(tmp.resolve("registry/alpha.csv"), Files.readString(tmp.resolve("registry/alpha.csv"))
                .replace(",underdetermined,,note of open,M", ",refuted,,note of open,M"));
        Files.writeString(tmp.resolve("data/alpha/checks.csv"), Files.readString(tmp.resolve("data/alpha/checks.csv"))
                .replace(",0.032,0.007,", ",0.061,0.007,").replace("underdetermined,underdetermined,true,,evidence of open," + RANGE,
                        "refuted,refuted,true,,evidence of open,"));
        build();
        assertEquals(List.of(), model.disagreements().stream().map(c -> c.claim().id()).toList());
        String md = Markdown.render(model, tmp.resolve("out"));
        assertTrue(md.contains("computed: fails at M = 6000 (0.0610 ± 0.0070), 20000 (0.0610 ± 0.0040)"), md);
    }
}
