package pspin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import lib.Artifact;
import lib.Claims;
import lib.Observation;
import lib.Provenance;
import lib.Schema;
import lib.Stats;
import me.tongfei.progressbar.ProgressBar;

/**
 * The computations of stage pspin-descent: projected gradient descent on dense p = 3 tensors (004's floor, 001's
 * concentration of progress), each writing its artifacts and observing its claims; the ground states at small N:
 * {@link GroundStates}.
 */
public final class DescentStudy {
    /** Every parameter of the stage. */
    public record Settings(int[] gdN, int gdSamples, int gdStarts, double eta, int gdSteps, double gdTol, int spreadStep,
                           int floorDraws, long seed, long confirmSeed, int threads) {}

    static final Schema ENDPOINTS = Schema.of("pspin-gd-endpoints", 1, Schema.integer("n"), Schema.integer("sample"),
            Schema.integer("start"), Schema.num("energy"), Schema.num("gradient"), Schema.integer("steps"),
            Schema.integer("index"), Schema.num("lambda_min"), Schema.num("mean_eigenvalue"));
    static final Schema GD_SUMMARY = Schema.of("pspin-gd-summary", 1, Schema.integer("n"), Schema.integer("runs"),
            Schema.num("mean_energy"), Schema.num("sd_energy"), Schema.num("sd_between_samples"), Schema.num("min_energy"),
            Schema.num("max_energy"), Schema.num("mean_index"), Schema.num("fraction_minima"),
            Schema.num("fraction_converged"), Schema.num("mean_lambda_min"));
    static final Schema GD_SPECTRUM = Schema.of("pspin-gd-spectrum", 1, Schema.integer("n"), Schema.num("eigenvalue"),
            Schema.num("density_endpoints"), Schema.num("density_semicircle"));
    static final Schema SPREAD = Schema.of("pspin-gd-spread", 1, Schema.integer("n"), Schema.integer("step"),
            Schema.num("mean_energy"), Schema.num("sd_energy"));
    static final Schema SPREAD_FIT = Schema.of("pspin-spread-fit", 1, Schema.integer("step"), Schema.num("exponent"),
            Schema.num("se"), Schema.num("log_prefactor"));


    private final Settings s;
    private final Path out;
    private final Provenance prov;
    private double[][] gdEnergy;
    private double[] originalZ;   // 004-gd-floor's z and its standard error, beside the confirmation's
    private double[] confirmPoint = {};   // (largest N, mean end energy) of the confirmation run, if it ran
    private final Map<Integer, double[][]> spreadCurves = new TreeMap<>();
    private final Map<Integer, List<Descent.Run>> runsByN = new TreeMap<>();
    private final Map<Integer, double[][]> endpointSpectra = new TreeMap<>();

    public DescentStudy(Settings s, Path out, Provenance prov) {
        this.s = s;
        this.out = out;
        this.prov = prov;
    }

    // ---------------------------------------------------------------- gradient descent on tensors

    public void descent(Claims claims) {
        List<Descent.Run[]> all = runDescent();
        List<List<?>> ends = new ArrayList<>(), summary = new ArrayList<>(), spectrum = new ArrayList<>(),
                spread = new ArrayList<>();
        gdEnergy = new double[4][s.gdN.length];
        for (int i = 0; i < s.gdN.length; i++) {
            int n = s.gdN[i];
            List<Descent.Run> runs = new ArrayList<>();
            for (int j = 0; j < s.gdSamples; j++) runs.addAll(Arrays.asList(all.get(i * s.gdSamples + j)));
            for (Descent.Run r : runs) ends.add(endpointRow(n, r));
            summary.add(summarise(n, runs, i));
            spectrum.addAll(endpointSpectrum(n, runs));
            spreadCurve(n, runs, spread);
            runsByN.put(n, runs);
        }
        Artifact.write(out.resolve("gd-endpoints.csv"), ENDPOINTS, prov, ends);
        Artifact.write(out.resolve("gd-summary.csv"), GD_SUMMARY, prov, summary);
        Artifact.write(out.resolve("gd-spectrum.csv"), GD_SPECTRUM, prov, spectrum);
        Artifact.write(out.resolve("gd-spread.csv"), SPREAD, prov, spread);
        observeDescentClaims(claims, all);
    }

    private static List<?> endpointRow(int n, Descent.Run r) {
        return List.of(n, r.sample(), r.start(), r.energy(), r.gradient(), r.steps(), r.index(), r.lambdaMin(), r.meanEigenvalue());
    }

    private List<Descent.Run[]> runDescent() {
        int tasks = s.gdN.length * s.gdSamples;
        try (ProgressBar pb = lib.Progress.start("pspin gradient descent", tasks)) {
            Descent.Run[][] res = Pool.run(s.threads, () -> IntStream.range(0, tasks).parallel().mapToObj(t -> {
                Descent.Run[] r = Descent.run(s.gdN[t / s.gdSamples], t % s.gdSamples, s.gdStarts, s.eta, s.gdSteps,
                        s.gdTol, s.seed);
                pb.step();
                return r;
            }).toArray(Descent.Run[][]::new));
            return Arrays.asList(res);
        }
    }

    private List<?> summarise(int n, List<Descent.Run> runs, int i) {
        double[] e = runs.stream().mapToDouble(Descent.Run::energy).toArray();
        double[] sampleMeans = new double[s.gdSamples];
        for (Descent.Run r : runs) sampleMeans[r.sample()] += r.energy() / s.gdStarts;
        double[] ms = Stats.meanSe(e);
        double min = Arrays.stream(e).min().orElseThrow(), max = Arrays.stream(e).max().orElseThrow();
        double idx = runs.stream().mapToInt(Descent.Run::index).average().orElseThrow();
        double minima = runs.stream().filter(r -> r.index() == 0).count() / (double) runs.size();
        double conv = runs.stream().filter(r -> r.gradient() < s.gdTol).count() / (double) runs.size();
        double lmin = runs.stream().mapToDouble(Descent.Run::lambdaMin).average().orElseThrow();
        gdEnergy[0][i] = n;
        gdEnergy[1][i] = ms[0];
        gdEnergy[2][i] = min;
        gdEnergy[3][i] = max;
        return List.of(n, runs.size(), ms[0], Stats.sd(e), s.gdSamples > 1 ? Stats.sd(sampleMeans) : 0.0, min, max, idx,
                minima, conv, lmin);
    }

    /** Pooled end-point Hessian spectra against the semicircle of radius 2 sqrt 6 centred at -3 u (u the mean energy). */
    private List<List<?>> endpointSpectrum(int n, List<Descent.Run> runs) {
        double u = runs.stream().mapToDouble(Descent.Run::energy).average().orElseThrow();
        double r = 2 * Math.sqrt(6), lo = -3 * u - r - 1, hi = -3 * u + r + 1;
        int bins = 40;
        double w = (hi - lo) / bins;
        double[] count = new double[bins];
        long total = 0;
        for (Descent.Run run : runs) {
            for (double l : run.spectrum()) {
                int b = (int) Math.floor((l - lo) / w);
                if (b >= 0 && b < bins) count[b]++;
                total++;
            }
        }
        List<List<?>> rows = new ArrayList<>();
        double[][] fig = new double[3][bins];
        for (int b = 0; b < bins; b++) {
            double x = lo + (b + 0.5) * w;
            fig[0][b] = x;
            fig[1][b] = count[b] / (total * w);
            fig[2][b] = Complexity.semicircleDensity((x + 3 * u) / Math.sqrt(6)) / Math.sqrt(6);
            rows.add(List.of(n, x, fig[1][b], fig[2][b]));
        }
        endpointSpectra.put(n, fig);
        return rows;
    }

    /** SD of the energy curves across all runs and samples at every step. */
    private void spreadCurve(int n, List<Descent.Run> runs, List<List<?>> rows) {
        int steps = s.gdSteps + 1;
        double[][] curve = new double[2][steps];
        for (int t = 0; t < steps; t++) {
            int tt = t;
            double[] v = runs.stream().mapToDouble(r -> r.curve()[tt]).toArray();
            double sd = Stats.sd(v);
            rows.add(List.of(n, t, Stats.meanSe(v)[0], sd));
            curve[0][t] = t;
            curve[1][t] = sd;
        }
        spreadCurves.put(n, curve);
    }

    private void observeDescentClaims(Claims claims, List<Descent.Run[]> all) {
        int nMax = s.gdN[s.gdN.length - 1];
        if (nMax < 100) {
            String why = "largest N = " + nMax + " < 100: too small for the N -> infinity statements";
            claims.undecidable("004-gd-floor", why);
            claims.undecidable("004-gd-floor-extrapolated", why);
            claims.undecidable("004-gd-separation", why);
            claims.undecidable("004-gd-floor-confirm", why);
            Artifact.write(out.resolve("gd-confirm.csv"), ENDPOINTS, prov, List.of());   // no confirmation run at these sizes
        } else {
            observeFloor(claims, nMax);
            observeExtrapolation(claims);
            confirmFloor(claims, nMax);
        }
        observeSpread(claims);
    }

    /** Mean and standard error of the per-sample mean end energies at n (the samples are the independent replications). */
    private double[] sampleMeanSe(int n) {
        return sampleMeanSe(runsByN.get(n));
    }

    private double[] sampleMeanSe(List<Descent.Run> runs) {
        double[] means = new double[s.gdSamples];
        for (Descent.Run r : runs) means[r.sample()] += r.energy() / s.gdStarts;
        return Stats.meanSe(means);
    }

    /**
     * The finite-N floor: in the Hessian law at a critical point of energy u (note of 002-threshold-formula) the smallest
     * eigenvalue crosses zero at u_c = sqrt(p(p-1)/N) mu_min / p, a random energy whose law (Tracy-Widom around -E_inf)
     * is sampled here from GOE draws at N; {mean, sd, se of the mean}.
     */
    private double[] floorWindow(int n, long seed) {
        double[][] mu = ShiftedGoe.drawSpectra(n, s.floorDraws, lib.Streams.of(seed, "floor-window", n).nextLong(), s.threads);
        double[] e = ShiftedGoe.edgeCrossing(mu, n, 3);
        return new double[] {e[0], e[1] * Math.sqrt(s.floorDraws), e[1]};
    }

    private void observeFloor(Claims claims, int nMax) {
        StringBuilder perN = new StringBuilder();
        double z = 0, zse = 0;
        double[] top = null;
        for (int n : s.gdN) {
            double[] ms = sampleMeanSe(n), w = floorWindow(n, s.seed);
            double zn = (ms[0] - w[0]) / (2 * w[1]), zs = Math.hypot(ms[1], w[2]) / (2 * w[1]);
            perN.append(String.format(Locale.ROOT, "N = %d: mean end %.4f +- %.4f, window %.4f +- 2 x %.4f, z = %.3f; ", n, ms[0],
                    ms[1], w[0], w[1], zn));
            if (n == nMax) { z = zn; zse = zs; top = ms; originalZ = new double[] {zn, zs}; }
        }
        String where = String.format(Locale.ROOT, "%d samples x %d starts per N, eta %.3g, <= %d steps, %d GOE draws per window",
                s.gdSamples, s.gdStarts, s.eta, s.gdSteps, s.floorDraws);
        claims.observe("004-gd-floor", Observation.estimate(z, zse).size(s.gdSamples, "disorder samples").evidence(
                perN + where + String.format(Locale.ROOT, "; -E_inf = %.4f", -Complexity.eInf(3))));
        double mid = -(Complexity.eK(0, 3) + Complexity.eInf(3)) / 2;
        claims.observe("004-gd-separation", Observation.estimate(top[0], top[1]).size(s.gdSamples, "disorder samples").evidence(
                String.format(Locale.ROOT, "N = %d, %s: mean end %.4f +- %.4f (between samples), %.2f floor-to-ground gaps above"
                                + " -E_0 = %.4f; midpoint of floor and ground state %.4f; lowest end point %.4f", nMax, where, top[0],
                        top[1], (top[0] + Complexity.eK(0, 3)) / (Complexity.eK(0, 3) - Complexity.eInf(3)), -Complexity.eK(0, 3),
                        mid, runsByN.get(nMax).stream().mapToDouble(Descent.Run::energy).min().orElseThrow())));
    }

    /**
     * Issue 24: 004-gd-floor was re-specified after a seed-dependent first result, so it is confirmed on fresh disorder:
     * the same design at the largest N (samples, starts, step, budget, window draws), every tensor, start and window
     * draw from the confirmation seed, which the profile fixed before the confirmation first ran. Writes gd-confirm.csv.
     */
    private void confirmFloor(Claims claims, int nMax) {
        Descent.Run[][] res = Pool.run(s.threads, () -> IntStream.range(0, s.gdSamples).parallel()
                .mapToObj(j -> Descent.run(nMax, j, s.gdStarts, s.eta, s.gdSteps, s.gdTol, s.confirmSeed)).toArray(Descent.Run[][]::new));
        List<Descent.Run> runs = Arrays.stream(res).flatMap(Arrays::stream).toList();
        Artifact.write(out.resolve("gd-confirm.csv"), ENDPOINTS, prov, runs.stream().map(r -> endpointRow(nMax, r)).toList());
        double[] ms = sampleMeanSe(runs), w = floorWindow(nMax, s.confirmSeed);
        double z = (ms[0] - w[0]) / (2 * w[1]), zse = Math.hypot(ms[1], w[2]) / (2 * w[1]);
        confirmPoint = new double[] {nMax, ms[0]};
        claims.observe("004-gd-floor-confirm", Observation.estimate(z, zse).size(s.gdSamples, "disorder samples").evidence(
                String.format(Locale.ROOT, "N = %d, %d samples x %d starts, eta %.3g, <= %d steps, %d GOE draws per window."
                                + " Confirmation seed %d: mean end %.4f +- %.4f, window %.4f +- 2 x %.4f, z = %.3f +- %.3f;"
                                + " original seed %d (004-gd-floor): z = %.3f +- %.3f", nMax, s.gdSamples, s.gdStarts, s.eta,
                        s.gdSteps, s.floorDraws, s.confirmSeed, ms[0], ms[1], w[0], w[1], z, zse, s.seed, originalZ[0],
                        originalZ[1])));
    }

    /**
     * Mean final energy against N^(-2/3) (finite-size scaling of the Hessian edge), weighted by the between-sample
     * standard error at each N; the intercept estimates the N -> infinity value of the mean GD end point.
     */
    private void observeExtrapolation(Claims claims) {
        int k = s.gdN.length;
        double[] x = new double[k], y = new double[k], var = new double[k];
        for (int i = 0; i < k; i++) {
            double[] means = new double[s.gdSamples];
            for (Descent.Run r : runsByN.get(s.gdN[i])) means[r.sample()] += r.energy() / s.gdStarts;
            double[] ms = Stats.meanSe(means);
            x[i] = Math.pow(s.gdN[i], -2.0 / 3);
            y[i] = ms[0];
            var[i] = ms[1] * ms[1];
        }
        double[] fit = Stats.wls(x, y, var);
        double[] alt = new double[2];
        for (int e = 0; e < 2; e++) {
            double exponent = e == 0 ? 0.5 : 1.0;
            double[] xe = Arrays.stream(s.gdN).mapToDouble(n -> Math.pow(n, -exponent)).toArray();
            alt[e] = Stats.wls(xe, y, var)[0];
        }
        claims.observe("004-gd-floor-extrapolated", Observation.estimate(fit[0], fit[2]).size(s.gdSamples, "disorder samples per N")
                .evidence(String.format(Locale.ROOT, "WLS of the mean final energy on N^(-2/3) over N = %s: intercept %.4f +- %.4f,"
                        + " slope %.3f; with N^(-1/2): %.4f, with N^(-1): %.4f; -E_inf = %.4f, -E_0 = %.4f", Arrays.toString(s.gdN),
                        fit[0], fit[2], fit[1], alt[0], alt[1], -Complexity.eInf(3), -Complexity.eK(0, 3))));
    }

    /**
     * Fits spread ~ N^b by weighted least squares on log spread at a few steps. The variance of log spread at each N
     * comes from a bootstrap over disorder samples (runs of one sample are resampled together, as they are correlated).
     */
    private void observeSpread(Claims claims) {
        List<List<?>> rows = new ArrayList<>();
        double[] x = Arrays.stream(s.gdN).mapToDouble(Math::log).toArray();
        double[] fitAtClaim = null, fitAt0 = null;
        for (int step : new int[] {0, 10, s.spreadStep, s.gdSteps}) {
            if (step > s.gdSteps) continue;
            double[] y = new double[s.gdN.length], var = new double[s.gdN.length];
            for (int i = 0; i < s.gdN.length; i++) {
                y[i] = Math.log(spreadCurves.get(s.gdN[i])[1][step]);
                var[i] = bootstrapVarLogSd(s.gdN[i], step);
            }
            double[] fit = Stats.wls(x, y, var);
            rows.add(List.of(step, fit[1], fit[3], fit[0]));
            if (step == s.spreadStep) fitAtClaim = fit;
            if (step == 0) fitAt0 = fit;
        }
        Artifact.write(out.resolve("spread-fit.csv"), SPREAD_FIT, prov, rows);
        if (s.gdN.length < 3 || s.gdSamples < 4 || fitAtClaim == null) {
            claims.undecidable("001-spread-decay", "needs at least three N values and four disorder samples per N");
            return;
        }
        claims.observe("001-spread-decay", Observation.estimate(fitAtClaim[1], fitAtClaim[3]).size(s.gdSamples, "disorder samples per N")
                .evidence(String.format(Locale.ROOT, "spread at step %d ~ N^b over N = %s (%d samples x %d starts each): b = %.3f +- %.3f"
                                + " (bootstrap over samples); calibration at step 0, where the exponent is exactly -1/2: %.3f +- %.3f",
                        s.spreadStep, Arrays.toString(s.gdN), s.gdSamples, s.gdStarts, fitAtClaim[1], fitAtClaim[3], fitAt0[1], fitAt0[2 + 1])));
    }

    private double bootstrapVarLogSd(int n, int step) {
        List<Descent.Run> runs = runsByN.get(n);
        int reps = 400;
        double[] logs = new double[reps];
        for (int b = 0; b < reps; b++) {
            java.util.SplittableRandom rng = lib.Streams.of(s.seed, "spread-bootstrap-" + n + "-" + step, b);
            double[] v = new double[runs.size()];
            int c = 0;
            for (int j = 0; j < s.gdSamples; j++) {
                int pick = rng.nextInt(s.gdSamples);
                for (Descent.Run r : runs) if (r.sample() == pick) v[c++] = r.curve()[step];
            }
            logs[b] = Math.log(Stats.sd(v));
        }
        double sd = Stats.sd(logs);
        return sd * sd;
    }

    // ---------------------------------------------------------------- figures

    /** The figures; 004's floor and the reading of "well above the ground state" come from the registry. */
    public void figures(Path dir, Claims claims) {
        Figures.gdEnergy(gdEnergy[0], gdEnergy[1], gdEnergy[2], gdEnergy[3], confirmPoint, Complexity.eK(0, 3), new Figures.Document004(
                claims.claim("004-gd-floor-extrapolated").expected(), claims.claim("004-gd-separation").expected()), dir.resolve("gd-energy"));
        Map<Integer, double[][]> thin = new TreeMap<>();
        spreadCurves.forEach((n, c) -> thin.put(n, new double[][] {Arrays.copyOfRange(c[0], 1, c[0].length),
                Arrays.copyOfRange(c[1], 1, c[1].length)}));
        Figures.spread(thin, dir.resolve("gd-spread"));
        int nMax = s.gdN[s.gdN.length - 1];
        Figures.endpointSpectrum(nMax, endpointSpectra.get(nMax), dir.resolve("gd-endpoint-spectrum"));
    }
}
