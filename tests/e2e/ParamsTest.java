package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * `make params`: every option of every stage is reachable from make (none left to the stage's own default), and each
 * parameter line says which option it sets, its value in both profiles and now, and what it is (the stage's own
 * description). A stage option added without a make parameter fails here.
 */
class ParamsTest {
    @Test
    void everyOptionOfEveryStageIsAMakeParameterWithItsDescription() throws Exception {
        Process p = new ProcessBuilder("make", "--no-print-directory", "PROFILE=quick", "params").redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(15, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        assertFalse(out.contains("options no parameter sets"), "every option is a make parameter:\n" + out);
        List<String> rows = out.lines().filter(l -> l.matches("  [A-Z][A-Z0-9_]+ +--\\S+ .*")).toList();
        assertTrue(rows.size() > 150, "every stage's parameters are listed: " + rows.size());
        for (String r : rows) {
            String[] f = r.trim().split("\\s+", 6);
            assertEquals(6, f.length, "parameter, option, paper, quick, now and a description: " + r);
        }
        assertTrue(out.contains("  N                        --n                    500            100            100            dimension N"), out);
    }
}
