package gdmoments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lib.Claims;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The registered Figure 8 thresholds are the Bonferroni t quantiles their reasons state, for the paper profile's realisations. */
class Fig8ThresholdTest {
    @Test
    void fig8ThresholdsAreTheBonferroniTQuantileForThePaperProfile() throws Exception {
        Matcher m = Pattern.compile("(?m)^GD_FIG8_REALISATIONS \\?= (\\d+)").matcher(Files.readString(Path.of("workflow/profiles/paper/gd-moments.mk")));
        m.find();
        int realisations = Integer.parseInt(m.group(1));
        // oracle: Commons Math's Student t quantile; 20 learning rates, family-wise 1e-3, two-sided
        double q = new TDistribution(realisations - 1).inverseCumulativeProbability(1 - 1e-3 / (2 * 20));
        Claims claims = Claims.load(Path.of("paper-checks/gd-moments.csv"));
        for (String id : new String[] {"fig8-mean", "fig8-var", "fig8-var-confirm"}) {
            assertEquals(q, claims.claim(id).tolerance(), 0.005, id + " with " + realisations + " realisations");
        }
    }
}
