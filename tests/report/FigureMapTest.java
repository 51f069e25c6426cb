package report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lib.Claims;
import org.junit.jupiter.api.Test;

/** The claim-to-figure tables of the report name registered stages and claims: a pattern matching nothing is a typo. */
class FigureMapTest {
    @Test
    void everyPatternNamesARegisteredClaim() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> tables;
        try (Stream<Path> s = Files.list(Html.FIGURE_MAP)) {
            tables = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(tables.size() >= 7, "tables: " + tables);
        for (Path t : tables) {
            String stage = t.getFileName().toString().replaceFirst("\\.csv$", "");
            Path registry = Path.of("paper-checks", stage + ".csv");
            if (!Files.exists(registry)) {
                problems.add(t + ": no registry " + registry);
                continue;
            }
            Set<String> claims = Claims.load(registry).all().keySet();
            for (Html.Figure f : Html.figureMap(t)) {
                for (String pattern : f.claims()) {
                    Html.Figure one = new Html.Figure(f.name(), List.of(pattern), "");
                    if (claims.stream().noneMatch(one::supports)) problems.add(t + ": " + f.name() + ": '" + pattern + "' matches no claim");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void patternsMatchWholeIdsWithStarsAsWildcards() {
        Html.Figure f = new Html.Figure("x", List.of("eq20-*", "fig5-ks"), "");
        assertTrue(f.supports("eq20-sigma2-mc-X1"));
        assertTrue(f.supports("fig5-ks"));
        assertTrue(!f.supports("fig5-ks-extra"), "no prefix match without a star");
        assertTrue(!f.supports("xeq20-a"));
    }
}
