package samplefield;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lib.Claims;
import lib.Provenance;

/** The steps of stage sample-field, in the order its call() runs them. */
public final class SampleFieldRun {
    private final Study.Settings settings;
    private final List<Study.Result> results = new ArrayList<>();

    public SampleFieldRun(int m, int points, int realisations, double[] distances, double halfWidth, long seed, int threads) {
        this.settings = new Study.Settings(m, points, realisations, distances.clone(), halfWidth, seed, threads);
    }

    /** Runs the study for every N (in increasing order); the slice of Figure 1 comes from the largest N. */
    public void study(int[] dims, int sliceGrid, double sliceHalfWidth) {
        int[] ns = Arrays.stream(dims).distinct().sorted().toArray();
        for (int n : ns) results.add(Study.run(n, settings, n == ns[ns.length - 1], sliceGrid, sliceHalfWidth));
    }

    public void write(Path out, Provenance prov) {
        Outputs.write(out, prov, results, settings);
    }

    public void check(Claims claims) {
        Checks.observe(claims, results, settings.fields());
    }

    /** Figure 1 and the covariances, with the value var-phi-paper-cn's registry row gives for 000's printed convention. */
    public void figures(Path dir, Claims claims) {
        Study.Result last = results.get(results.size() - 1);
        Figures.figure1(last.n(), last.slice(), settings.m(), dir.resolve("figure1"));
        Figures.covariance(results, claims.claim("var-phi-paper-cn").expected(), dir.resolve("covariance"));
    }
}
