package samplefield;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Statistics estimated once per independent field realisation. Averages over the points of one realisation
 * carry a realisation-level error of order 1/sqrt(M) besides the sampling error over points; the spread of
 * the per-realisation estimates contains both, so mean +- sd/sqrt(R) over R realisations is an honest standard
 * error (Student t with R - 1 degrees of freedom).
 */
final class Replicates {
    private final int fields;
    private final Map<String, double[]> values = new LinkedHashMap<>();

    Replicates(int fields) {
        this.fields = fields;
    }

    /** Records the estimate of {@code stat} from realisation f. */
    void put(String stat, int f, double estimate) {
        values.computeIfAbsent(stat, k -> new double[fields])[f] = estimate;
    }

    double mean(String stat) {
        double s = 0;
        for (double v : get(stat)) s += v;
        return s / fields;
    }

    /** Standard error of {@link #mean}: sample SD of the R estimates over sqrt(R). */
    double se(String stat) {
        double mean = mean(stat), s = 0;
        for (double v : get(stat)) s += (v - mean) * (v - mean);
        return Math.sqrt(s / (fields - 1) / fields);
    }

    int fields() { return fields; }

    private double[] get(String stat) {
        double[] v = values.get(stat);
        if (v == null) throw new IllegalStateException("no statistic " + stat);
        return v;
    }
}
