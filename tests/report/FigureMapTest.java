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
        try (Stream<Path> s = Files.list(FigureSet.MAP)) {
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
            for (FigureSet.Entry f : FigureSet.table(t)) {
                if (f.caption().isBlank()) problems.add(t + ": " + f.name() + " has no caption");
                for (String pattern : f.claims()) {
                    FigureSet.Entry one = new FigureSet.Entry(f.name(), List.of(pattern), "");
                    if (claims.stream().noneMatch(one::supports)) problems.add(t + ": " + f.name() + ": '" + pattern + "' matches no claim");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void patternsMatchWholeIdsWithStarsAsWildcards() {
        FigureSet.Entry f = new FigureSet.Entry("x", List.of("eq20-*", "fig5-ks"), "");
        assertTrue(f.supports("eq20-sigma2-mc-X1"));
        assertTrue(f.supports("fig5-ks"));
        assertTrue(!f.supports("fig5-ks-extra"), "no prefix match without a star");
        assertTrue(!f.supports("xeq20-a"));
    }

    @Test
    void aPngsSizeIsReadFromItsHeader(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("a.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(123, 45, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertEquals(List.of(123, 45), List.of(FigureSet.pngSize(png)[0], FigureSet.pngSize(png)[1]));
    }
}
