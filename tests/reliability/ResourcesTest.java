package reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a stage asks of a Slurm node (`make resources`, workflow/resources.mk) covers the peak memory it was measured to
 * use at paper scale (bench/results/pipeline-paper.csv, one uninterrupted `make all`) with a quarter to spare: a Slurm
 * that enforces memory would otherwise kill it (blackbox-studies, 7.4 GB, once asked for 2 GB).
 */
class ResourcesTest {
    static final double MARGIN = 1.25;

    static double gigabytes(String mem) {
        double v = Double.parseDouble(mem.replaceAll("[GgMm]$", ""));
        return mem.toUpperCase().endsWith("M") ? v / 1000 : v;
    }

    @Test
    void everyStageAsksAtLeastItsMeasuredPeakWithAMargin() throws Exception {
        MakeFaultsTest.Run r = MakeFaultsTest.exec(List.of("make", "--no-print-directory", "resources"), Map.of(), null);
        assertEquals(0, r.exit(), r.output());
        Map<String, Double> asked = new HashMap<>();
        for (String line : r.output().lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3 && f[2].matches("[0-9.]+[GgMm]")) asked.put(f[0], gigabytes(f[2]));   // a stage's row
        }
        List<String> peaks = Files.readAllLines(Path.of("bench/results/pipeline-paper.csv"));
        int checked = 0;
        for (String row : peaks.subList(1, peaks.size())) {
            String[] f = row.split(",");
            if (!asked.containsKey(f[1])) continue;
            double peakGb = Double.parseDouble(f[4]) / 1000;
            assertTrue(asked.get(f[1]) >= MARGIN * peakGb, f[1] + " asks " + asked.get(f[1]) + " GB for a measured peak of " + peakGb + " GB");
            checked++;
        }
        assertEquals(asked.size(), checked, "every stage has a measured peak: " + asked.keySet());
    }
}
