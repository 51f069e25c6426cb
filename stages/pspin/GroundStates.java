package pspin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import lib.Artifact;
import lib.Claims;
import lib.Observation;
import lib.Provenance;
import lib.Schema;
import lib.Stats;

/**
 * The finite-N ground state of dense p = 3 tensors at small N, by many descents (stage pspin-descent). Per disorder
 * sample, 2K projected-GD runs from random starts in two independent batches of K; the ground state E_0(J) is the
 * lowest end point of all 2K, and the two batches finding the same lowest minimum says the search found it. Against
 * it: whether a single run reaches the global optimum at a modest N (004), and the scale of the global minimum in N
 * (004: O(1) under J ~ N(0, 1/N)).
 *
 * <p>Units: H(s)/N on the sphere |s|² = N equals 004's H_{N,3}(σ) on the unit sphere with J ~ N(0, 1/N)
 * (s = √N σ, J/√N), so the energy per spin is 004's H.
 */
public final class GroundStates {
    /** The parameters: N values (the first is the modest N), samples per N, starts per batch, GD as in the stage. */
    public record Settings(int[] n, int[] samples, int starts, double eta, int steps, double tol, long seed, int threads) {}

    static final Schema RUNS = Schema.of("pspin-ground-runs", 1, Schema.integer("n"), Schema.integer("sample"),
            Schema.integer("start"), Schema.text("batch"), Schema.num("energy"), Schema.integer("index"));
    static final Schema SAMPLES = Schema.of("pspin-ground-states", 1, Schema.integer("n"), Schema.integer("sample"),
            Schema.num("lowest_batch_a"), Schema.num("lowest_batch_b"), Schema.num("ground_state"),
            Schema.num("fraction_at_ground_state"), Schema.num("mean_gap"));
    /** Two end points of one sample are the same minimum when their energies per spin agree to this. */
    static final double SAME_MINIMUM = 1e-6;
    /** 004's "essentially all the way to global optimality" read for a typical run: at least half the runs. */
    static final double TYPICAL = 0.5;

    /** One sample: its ground state, whether the batches agree, the fraction of batch-A runs at it, their mean gap. */
    record Sample(int n, int sample, double lowestA, double lowestB, double ground, double fraction, double gap) {
        boolean agree() { return Math.abs(lowestA - lowestB) < SAME_MINIMUM; }
    }

    private final Settings s;
    private final Path out;
    private final Provenance prov;
    private double[] meanGround, meanFraction;   // per N, for the figure

    public GroundStates(Settings s, Path out, Provenance prov) {
        this.s = s;
        this.out = out;
        this.prov = prov;
    }

    public void run(Claims claims) {
        List<List<?>> runRows = new ArrayList<>(), sampleRows = new ArrayList<>();
        List<List<Sample>> byN = new ArrayList<>();
        for (int i = 0; i < s.n.length; i++) {
            int n = s.n[i], count = s.samples[i];
            Descent.Run[][] runs = Pool.run(s.threads, () -> IntStream.range(0, count).parallel()
                    .mapToObj(j -> Descent.run(n, j, 2 * s.starts, s.eta, s.steps, s.tol, s.seed)).toArray(Descent.Run[][]::new));
            List<Sample> samples = new ArrayList<>();
            for (Descent.Run[] r : runs) {
                Sample x = summarise(n, r);
                samples.add(x);
                sampleRows.add(List.of(n, x.sample, x.lowestA, x.lowestB, x.ground, x.fraction, x.gap));
                for (Descent.Run run : r) {
                    runRows.add(List.of(n, run.sample(), run.start(), run.start() < s.starts ? "a" : "b", run.energy(), run.index()));
                }
            }
            byN.add(samples);
        }
        Artifact.write(out.resolve("ground-runs.csv"), RUNS, prov, runRows);
        Artifact.write(out.resolve("ground-states.csv"), SAMPLES, prov, sampleRows);
        observe(claims, byN);
    }

    /** Batch A = starts 0..K-1, batch B = K..2K-1 of one tensor; the fraction and gap are batch A's. */
    Sample summarise(int n, Descent.Run[] runs) {
        double a = Double.POSITIVE_INFINITY, b = Double.POSITIVE_INFINITY;
        for (Descent.Run r : runs) {
            if (r.start() < s.starts) a = Math.min(a, r.energy()); else b = Math.min(b, r.energy());
        }
        double ground = Math.min(a, b), at = 0, gap = 0;
        for (Descent.Run r : runs) {
            if (r.start() >= s.starts) continue;
            if (r.energy() - ground < SAME_MINIMUM) at++;
            gap += r.energy() - ground;
        }
        return new Sample(n, runs[0].sample(), a, b, ground, at / s.starts, gap / s.starts);
    }

    private void observe(Claims claims, List<List<Sample>> byN) {
        StringBuilder perN = new StringBuilder();
        double[] logN = new double[s.n.length], logE = new double[s.n.length], var = new double[s.n.length];
        double[][] frac = new double[s.n.length][];
        meanGround = new double[s.n.length];
        meanFraction = new double[s.n.length];
        for (int i = 0; i < s.n.length; i++) {
            List<Sample> ss = byN.get(i);
            frac[i] = Stats.meanSe(ss.stream().mapToDouble(Sample::fraction).toArray());
            double[] e0 = Stats.meanSe(ss.stream().mapToDouble(Sample::ground).toArray());
            meanGround[i] = e0[0];
            meanFraction[i] = frac[i][0];
            double gap = ss.stream().mapToDouble(Sample::gap).average().orElseThrow();
            long agree = ss.stream().filter(Sample::agree).count();
            logN[i] = Math.log(s.n[i]);
            logE[i] = Math.log(-e0[0]);
            var[i] = Math.pow(e0[1] / e0[0], 2);   // delta method: Var log|E| = (se/E)^2
            perN.append(String.format(Locale.ROOT, "N = %d (%d samples): ground state %.4f +- %.4f, batches agree in %d,"
                            + " fraction of runs at it %.3f +- %.3f, mean gap per spin %.4f; ", s.n[i], ss.size(), e0[0], e0[1],
                    agree, frac[i][0], frac[i][1], gap));
        }
        String design = String.format(Locale.ROOT, "2 batches x %d starts per sample, eta %.3g, <= %d steps, gradient tol %.1e;"
                + " -E_0 = %.4f, -E_inf = %.4f (N -> infinity)", s.starts, s.eta, s.steps, s.tol, -Complexity.eK(0, 3), -Complexity.eInf(3));
        List<Sample> modest = byN.get(0);
        long disagree = modest.stream().filter(x -> !x.agree()).count();
        claims.observe("004-ground-state-found", Observation.exact(disagree).evidence(String.format(Locale.ROOT,
                "N = %d: %d of %d samples whose two independent batches of %d starts end at different lowest minima; ",
                s.n[0], disagree, modest.size(), s.starts) + perN + design));
        int last = s.n.length - 1;
        double diff = frac[0][0] - frac[last][0], se = Math.hypot(frac[0][1], frac[last][1]);
        claims.observe("004-modest-n-global", Observation.estimate(diff, se).size(modest.size(), "disorder samples at the modest N")
                .evidence(String.format(Locale.ROOT, "fraction of runs from random starts that end at the sample's ground state:"
                        + " %.3f at N = %d minus %.3f at N = %d = %.3f +- %.3f; ", frac[0][0], s.n[0], frac[last][0], s.n[last],
                        diff, se) + perN + design));
        claims.observe("004-modest-n-typical", Observation.estimate(frac[0][0], frac[0][1]).size(modest.size(), "disorder samples")
                .evidence(String.format(Locale.ROOT, "N = %d: fraction of runs at the ground state %.3f +- %.3f (a typical run"
                        + " would need >= %.1f); largest N of %s with a fraction >= %.1f: %s; ", s.n[0], frac[0][0], frac[0][1],
                        TYPICAL, Arrays.toString(s.n), TYPICAL, largestTypical(frac)) + perN + design));
        if (s.n.length < 2) {
            claims.undecidable("004-ground-state-scale", "needs at least two N values");
            return;
        }
        double[] fit = Stats.wls(logN, logE, var);
        claims.observe("004-ground-state-scale", Observation.estimate(fit[1], fit[3]).size(modest.size(), "disorder samples per N")
                .evidence(String.format(Locale.ROOT, "|ground state per spin| ~ N^b over N = %s (weighted by the between-sample"
                        + " errors): b = %.4f +- %.4f; J ~ N(0, 1) would give b = 1/2, the value at a typical point b = -1/2; ",
                        Arrays.toString(s.n), fit[1], fit[3]) + perN + design));
    }

    /** The figure; 004's floor and the fraction a typical run needs come from the registry. */
    public void figures(Path dir, Claims claims) {
        Figures.groundStates(Arrays.stream(s.n).asDoubleStream().toArray(), meanGround, meanFraction, Complexity.eK(0, 3),
                claims.claim("004-gd-floor-extrapolated").expected(), claims.claim("004-modest-n-typical").expected(), dir.resolve("ground-states"));
    }

    private String largestTypical(double[][] frac) {
        String best = "none";
        for (int i = 0; i < s.n.length; i++) if (frac[i][0] >= TYPICAL) best = Integer.toString(s.n[i]);
        return best;
    }
}
