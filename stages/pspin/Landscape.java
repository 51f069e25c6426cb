package pspin;

import lib.Stats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import lib.Artifact;
import lib.Claims;
import lib.Observation;
import lib.Provenance;
import lib.Schema;

/** The computations of stage pspin-complexity, each writing its artifacts and observing its claims (descent: {@link DescentStudy}). */
public final class Landscape {
    /** Every parameter of the stage. */
    public record Settings(int[] ps, int hessianN, int hessianDraws, int shiftN, int shiftSamples, int p2N, int p2Draws,
                           int criticalN, int criticalStarts, int couplingN, int couplingStarts, long seed, int threads) {}

    static final Schema COMPLEXITY = Schema.of("pspin-complexity-curves", 1, Schema.integer("p"), Schema.text("curve"),
            Schema.num("u"), Schema.num("theta"));
    static final Schema ENERGIES = Schema.of("pspin-energies", 1, Schema.integer("p"), Schema.text("quantity"),
            Schema.num("value"), Schema.text("how"));
    static final Schema EK = Schema.of("pspin-ek", 1, Schema.integer("p"), Schema.integer("k"), Schema.num("e_k"),
            Schema.num("e_k_minus_e_inf"));
    static final Schema RATES = Schema.of("pspin-total-rates", 1, Schema.integer("p"), Schema.num("u_at_max"),
            Schema.num("rate_max_quadrature"), Schema.num("rate_u0_quadrature"), Schema.num("theta_p_0_code"));
    static final Schema P2 = Schema.of("pspin-p2", 1, Schema.text("quantity"), Schema.integer("n"), Schema.integer("draw"),
            Schema.num("value"));
    static final Schema SPECTRUM = Schema.of("pspin-hessian-spectrum", 1, Schema.num("u"), Schema.num("eigenvalue"),
            Schema.num("density_simulated"), Schema.num("density_semicircle"));
    static final Schema NEGATIVE = Schema.of("pspin-negative-fraction", 1, Schema.num("u"), Schema.num("fraction"),
            Schema.num("se"), Schema.num("fraction_semicircle"), Schema.num("fraction_002_code_shift"));
    static final Schema MOMENTS = Schema.of("pspin-goe-moments", 1, Schema.integer("k"), Schema.num("moment"),
            Schema.num("se"), Schema.num("exact_finite_n"), Schema.integer("catalan"), Schema.num("moment_corrected"));
    static final Schema SHIFT = Schema.of("pspin-hessian-shift", 2, Schema.integer("sample"), Schema.num("u"),
            Schema.num("mean_eigenvalue"), Schema.num("lambda_min"));

    static final double[] PANELS = {-1.7, -1.0, 0.0, 1.0};
    static final int QUADRATURE = 2_000_000;

    private final Settings s;
    private final Path out;
    private final Provenance prov;
    private final Map<String, double[][]> complexityCurves = new LinkedHashMap<>();
    private final Map<String, Double> energyMarks = new LinkedHashMap<>();
    private final List<double[][]> panels = new ArrayList<>();
    private double[][] negative;
    private double[] shiftFit;
    private double[][] lambdaMinPoints;   // u and lambda_min/sqrt(xi''(1)) at the random points of hessianShift
    private double[] lambdaMinFit;        // their OLS fit: intercept, slope, SE of the slope
    private double rateAtZero;            // the Kac-Rice density rate at u = 0 by quadrature (002-sigma-formula-u0's value)

    public Landscape(Settings s, Path out, Provenance prov) {
        this.s = s;
        this.out = out;
        this.prov = prov;
    }

    // ---------------------------------------------------------------- complexity (ABC 2013)

    public void complexity(Claims claims) {
        List<List<?>> curves = new ArrayList<>();
        List<List<?>> energies = new ArrayList<>();
        for (int p : s.ps) {
            for (int i = 0; i <= 400; i++) {
                double u = -2.2 + i * 0.0055;
                curves.add(List.of(p, "total", u, Complexity.theta(p, u)));
                for (int k = 0; k <= 3; k++) curves.add(List.of(p, "k=" + k, u, Complexity.thetaK(k, p, u)));
            }
            energies.add(List.of(p, "E_inf", Complexity.eInf(p), "2 sqrt((p-1)/p)"));
            for (int k = 0; k <= 3; k++) {
                energies.add(List.of(p, "E_" + k, Complexity.eK(k, p), "Brent root of Theta_{k,p}(-E) = 0"));
            }
            energies.add(List.of(p, "theta_p(0)", Complexity.theta(p, 0), "log(p-1)/2"));
        }
        Artifact.write(out.resolve("complexity.csv"), COMPLEXITY, prov, curves);
        Artifact.write(out.resolve("energies.csv"), ENERGIES, prov, energies);
        rememberCurves(3);
        observeComplexityClaims(claims);
    }

    private void rememberCurves(int p) {
        double[] u = IntStream.rangeClosed(0, 400).mapToDouble(i -> -1.70 + i * 0.000375).toArray();
        for (int k = 0; k <= 3; k++) {
            int kk = k;
            complexityCurves.put("Theta_{" + k + ",3}", new double[][] {u, Arrays.stream(u).map(x -> Complexity.thetaK(kk, p, x)).toArray()});
        }
        complexityCurves.put("Theta_3 (all)", new double[][] {u, Arrays.stream(u).map(x -> Complexity.theta(p, x)).toArray()});
        energyMarks.put("-E_inf", Complexity.eInf(p));
        for (int k = 0; k <= 3; k++) energyMarks.put("-E_" + k, Complexity.eK(k, p));
    }

    /** The largest k of the ordering check, and the k of the limit E_k -> E_inf (powers of ten). */
    static final int ORDERING_K = 50;
    static final int[] LIMIT_K = {1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    private void observeComplexityClaims(Claims claims) {
        double edge = Complexity.leftEdgeZero(3);
        claims.observe("002-threshold-formula", edge, String.format(Locale.ROOT,
                "left edge -3u - 2 sqrt(6) of the Hessian law at energy u is zero at u = %.6f = -E_inf; 002's formula gives %.6f",
                edge, -Complexity.eInf(3) * Math.sqrt(0.5)));
        double e0 = Complexity.eK(0, 3);
        claims.observe("002-ground-state", -e0, String.format(Locale.ROOT,
                "Brent root of Theta_{0,3}(u) = 0: u = %.6f (E_inf = %.6f)", -e0, Complexity.eInf(3)));
        double sigma0 = Complexity.densityRateQuadrature(3, 0, QUADRATURE);
        rateAtZero = sigma0;
        claims.observe("002-sigma-formula-u0", sigma0, String.format(Locale.ROOT,
                "Kac-Rice rate at u = 0 by quadrature = %.6f (closed form log(2)/2 = %.6f); 002's formula lacks the +1/2"
                        + " from the sphere volume and gradient density, giving %.6f", sigma0, Math.log(2) / 2,
                0.5 * Math.log(2) + Complexity.omegaQuadrature(0, QUADRATURE)));
        double c = Complexity.freeEnergyCoefficient(3, 0.5, QUADRATURE);
        claims.observe("002-free-energy-coefficient", c, String.format(Locale.ROOT,
                "F(u)/T = u/T - Sigma(u): the coefficient of u^2 from the Kac-Rice rate at p = 3 by quadrature and central"
                        + " differences at u = 0, +-0.5: %.6f; ABC's Theta_3 on [-E_inf, 0] gives (p-2)/(4(p-1)) = %.6f;"
                        + " 002's own Sigma formula gives 1/2 - alpha^2/4, which is 1/2 only for alpha = 0 (no shift)", c, 1 / 8.0));
        observeOrdering(claims);
        observeTotalRates(claims);
    }

    /** {u at the maximum, the maximum refined, the rate at u = 0} of the Kac-Rice density rate by quadrature at p. */
    static double[] totalRate(int p) {
        double e = Complexity.eInf(p), best = Double.NEGATIVE_INFINITY, uBest = 0;
        int steps = (int) Math.floor(e / RATE_GRID);
        for (int k = -steps; k <= steps; k++) {
            double u = k * RATE_GRID, r = Complexity.densityRateQuadrature(p, u, QUADRATURE / 100);
            if (r > best) { best = r; uBest = u; }
        }
        return new double[] {uBest, Complexity.densityRateQuadrature(p, uBest, QUADRATURE), Complexity.densityRateQuadrature(p, 0, QUADRATURE)};
    }

    /** The p of 004's "for every p >= 3, exponentially many critical points" (p = 2 for contrast), and the u grid step. */
    static final int[] RATE_PS = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 50, 100};
    static final double RATE_GRID = 0.05;

    /**
     * 004: for every p >= 3 there are exponentially many critical points. The rate of the mean total number is the
     * maximum over u of the Kac-Rice density rate, computed here by quadrature of the log-determinant (no closed form):
     * a grid search over |u| <= E_inf in steps of RATE_GRID (the density decays outside), refined with {@link #QUADRATURE} points at the best
     * u. Against it, the closed form Theta_p(0) = log(p-1)/2 of ABC Thm 2.8, which Complexity.theta returns. Writes rates.csv.
     */
    private void observeTotalRates(Claims claims) {
        double[][] r = Pool.run(s.threads, () -> Arrays.stream(RATE_PS).parallel().mapToObj(Landscape::totalRate)
                .toArray(double[][]::new));
        List<List<?>> rows = new ArrayList<>();
        double minRate = Double.POSITIVE_INFINITY, worstClosed = 0;
        int minAt = 0, worstAt = 0;
        StringBuilder ev = new StringBuilder();
        for (int i = 0; i < RATE_PS.length; i++) {
            int p = RATE_PS[i];
            double uBest = r[i][0], rate = r[i][1], at0 = r[i][2], code = Complexity.theta(p, 0);
            rows.add(List.of(p, uBest, rate, at0, code));
            if (p >= 3 && rate < minRate) { minRate = rate; minAt = p; }
            if (p >= 3 && Math.abs(code - at0) > worstClosed) { worstClosed = Math.abs(code - at0); worstAt = p; }
            if (p <= 4 || p >= 50) ev.append(String.format(Locale.ROOT, "p = %d: max at u = %.2f, rate %.6f; ", p, uBest, rate));
        }
        Artifact.write(out.resolve("rates.csv"), RATES, prov, rows);
        String ps = "p = 3..20, 50, 100";
        claims.observe("004-exponential-critical-points", minRate, String.format(Locale.ROOT, "rate of the mean number of"
                + " critical points, max over u of the Kac-Rice density rate by quadrature, over %s: smallest %.6f at p = %d; %s"
                + "(p = 2, 004's 2N critical points: rate 0)", ps, minRate, minAt, ev));
        claims.observe("004-theta-p0-closed-form", worstClosed, String.format(Locale.ROOT, "Complexity.theta(p, 0) = log(p-1)/2"
                + " against the Kac-Rice quadrature at u = 0 (%d points) over %s: largest difference %.2e at p = %d", QUADRATURE, ps,
                worstClosed, worstAt));
    }

    /** 004: -E_0 < -E_1 < ... < -E_inf for every p, and E_k -> E_inf; writes ek.csv. */
    private void observeOrdering(Claims claims) {
        List<List<?>> rows = new ArrayList<>();
        double worstGap = Double.POSITIVE_INFINITY;
        String worstAt = "";
        for (int p : s.ps) {
            double prev = Double.NaN;
            for (int k = 0; k <= ORDERING_K; k++) {
                double e = Complexity.eK(k, p);
                rows.add(List.of(p, k, e, e - Complexity.eInf(p)));
                double gap = k == 0 ? Double.POSITIVE_INFINITY : prev - e;
                if (gap < worstGap) { worstGap = gap; worstAt = "p = " + p + ", k = " + k; }
                prev = e;
            }
            double last = prev - Complexity.eInf(p);
            if (last < worstGap) { worstGap = last; worstAt = "p = " + p + ", E_" + ORDERING_K + " - E_inf"; }
            for (int k : LIMIT_K) rows.add(List.of(p, k, Complexity.eK(k, p), Complexity.eK(k, p) - Complexity.eInf(p)));
        }
        Artifact.write(out.resolve("ek.csv"), EK, prov, rows);
        claims.observe("004-ek-ordering", worstGap, String.format(Locale.ROOT,
                "E_k by Brent roots of Theta_{k,p}(-E) = 0 for k = 0..%d and p in %s: smallest of E_k - E_{k+1} and E_%d - E_inf"
                        + " = %.3e (at %s); E_0 - E_1 at p = 3: %.6f", ORDERING_K, Arrays.toString(s.ps), ORDERING_K, worstGap,
                worstAt, Complexity.eK(0, 3) - Complexity.eK(1, 3)));
        int a = LIMIT_K[LIMIT_K.length - 2], b = LIMIT_K[LIMIT_K.length - 1];
        double da = Complexity.eK(a, 3) - Complexity.eInf(3), db = Complexity.eK(b, 3) - Complexity.eInf(3);
        double slope = Math.log(db / da) / Math.log((double) b / a);
        // E_k - E_inf = c k^(-2/3) (1 + O(k^(-2/3))): extrapolate from the last two k with the exponent -2/3
        double ra = Math.pow(a, 2.0 / 3), rb = Math.pow(b, 2.0 / 3);
        double limit = (Complexity.eK(b, 3) * rb - Complexity.eK(a, 3) * ra) / (rb - ra);
        claims.observe("004-floor-limit", -limit, String.format(Locale.ROOT,
                "p = 3: E_k - E_inf = %.3e at k = %d, %.3e at k = %d (log-log slope %.4f, expected -2/3 from I_1(u) ~ "
                        + "(-E_inf - u)^(3/2)); extrapolated lim E_k = %.12f; E_inf = %.12f", da, a, db, b, slope, limit,
                Complexity.eInf(3)));
    }

    // ---------------------------------------------------------------- shifted GOE at N

    public void hessianSpectra(Claims claims) {
        int n = s.hessianN, p = 3;
        double[][] mu = ShiftedGoe.drawSpectra(n, s.hessianDraws, s.seed, s.threads);
        writeSpectra(mu, n, p);
        writeMoments(mu, claims);
        writeNegativeFraction(mu, n, p, claims);
        observeLambdaMinU0(mu, n, claims);
    }

    /** 002: as u → 0, λ_min ≈ −2 in units of √ξ''(1): the smallest eigenvalue of the law at u = 0 over the GOE draws at N. */
    private void observeLambdaMinU0(double[][] mu, int n, Claims claims) {
        double[] edge = new double[mu.length];
        for (int d = 0; d < mu.length; d++) edge[d] = mu[d][0] / Math.sqrt(n);   // sqrt(6/N) mu_min / sqrt 6
        double[] ms = Stats.meanSe(edge);
        claims.observe("002-lambda-min-u0", Observation.estimate(ms[0], ms[1]).size(mu.length, "GOE draws").evidence(String.format(
                Locale.ROOT, "smallest Hessian eigenvalue at u = 0 in units of sqrt(xi''(1)), N = %d, %d GOE draws: %.4f +- %.4f;"
                        + " Tracy-Widom puts the finite-N mean at -2 + 1.2065 (N-1)^(-2/3) sqrt((N-1)/N) = %.4f; in the Hessian's own"
                        + " units (002's h, whose bulk is sqrt(xi''(1)) times the semicircle) it is %.4f", n, mu.length, ms[0], ms[1],
                (-2 + 1.2065 * Math.pow(n - 1, -2.0 / 3)) * Math.sqrt((n - 1.0) / n), ms[0] * Math.sqrt(6))));
    }

    private void writeSpectra(double[][] mu, int n, int p) {
        List<List<?>> rows = new ArrayList<>();
        double radius = 2 * Math.sqrt(p * (p - 1.0));
        for (double u : PANELS) {
            double lo = -p * u - radius - 0.5, hi = -p * u + radius + 0.5;
            int bins = 60;
            double w = (hi - lo) / bins;
            double[] count = new double[bins];
            long total = 0;
            for (double[] m : mu) {
                for (double l : ShiftedGoe.hessian(m, n, p, u, p)) {
                    int b = (int) Math.floor((l - lo) / w);
                    if (b >= 0 && b < bins) count[b]++;
                    total++;
                }
            }
            double[][] panel = new double[3][bins];
            for (int b = 0; b < bins; b++) {
                double x = lo + (b + 0.5) * w;
                double sc = Complexity.semicircleDensity((x + p * u) / Math.sqrt(p * (p - 1.0))) / Math.sqrt(p * (p - 1.0));
                panel[0][b] = x;
                panel[1][b] = count[b] / (total * w);
                panel[2][b] = sc;
                rows.add(List.of(u, x, panel[1][b], sc));
            }
            panels.add(panel);
        }
        Artifact.write(out.resolve("hessian-spectrum.csv"), SPECTRUM, prov, rows);
    }

    private void writeMoments(double[][] mu, Claims claims) {
        List<List<?>> rows = new ArrayList<>();
        int m = mu[0].length;
        for (double[] r : ShiftedGoe.moments(mu, 4)) {
            int k = (int) r[0];
            double exact = Goe.exactMoment(k, m);
            long c = Goe.catalan(k);
            double corrected = r[1] - (exact - c);
            rows.add(List.of(k, r[1], r[2], exact, c, corrected));
            if (k == 1) continue;   // m_2 = 1 is the GOE's normalisation, not a count of pairings: no claim
            double allPairings = doubleFactorial(2 * k - 1);
            claims.observe("002-catalan-m" + 2 * k, Observation.estimate(corrected, r[2])
                    .against(allPairings, "(2k-1)!!, every Wick pairing counted (crossing ones too): the Gaussian moment")
                    .size(mu.length, "GOE draws").evidence(String.format(Locale.ROOT,
                            "(1/n) tr M^%d over %d GOE draws of size %d: %.5f +- %.5f, minus the exact finite-n Wick correction"
                                    + " %.5f (higher-genus pairings, enumerated); all pairings would give %.0f", 2 * k, mu.length, m,
                            r[1], r[2], exact - c, allPairings)));
        }
        Artifact.write(out.resolve("goe-moments.csv"), MOMENTS, prov, rows);
    }

    private void writeNegativeFraction(double[][] mu, int n, int p, Claims claims) {
        List<List<?>> rows = new ArrayList<>();
        int points = 121;
        negative = new double[4][points];
        for (int i = 0; i < points; i++) {
            double u = -2.4 + i * 0.04;
            double[] f = ShiftedGoe.negativeFraction(mu, n, p, u, p);
            double[] code = ShiftedGoe.negativeFraction(mu, n, p, u, p - 1);
            double pred = Complexity.negativeFraction(p, u);
            rows.add(List.of(u, f[0], f[1], pred, code[0]));
            negative[0][i] = u;
            negative[1][i] = f[0];
            negative[2][i] = pred;
            negative[3][i] = code[0];
        }
        Artifact.write(out.resolve("negative-fraction.csv"), NEGATIVE, prov, rows);
        observePositiveSpectrum(mu, n, p, claims);
        double[] lowCode = ShiftedGoe.negativeFraction(mu, n, p, -1.7, p - 1);
        claims.observe("002-code-positive-spectrum-u-1.7", Observation.estimate(lowCode[0], lowCode[1]).size(mu.length, "GOE draws")
                .evidence(String.format(Locale.ROOT,
                "002's shift (p-1)u = 3.4 with the same GOE draws: fraction negative %.5f +- %.5f (semicircle %.5f)",
                lowCode[0], lowCode[1], Complexity.semicircleCdf(-3.4 / Math.sqrt(6)))));
    }

    /**
     * 002's text: at u = -1.7 the whole Hessian spectrum sits in R+. Tested on the Hessian law with the shift measured on
     * real tensors (hessianShift, slope c of the mean Riemannian-Hessian eigenvalue on u) and the fluctuations of the
     * GOE at the N of 002's simulation: the left edge at u is the mean over draws of sqrt(p(p-1)/N) mu_min - c u.
     */
    private void observePositiveSpectrum(double[][] mu, int n, int p, Claims claims) {
        if (shiftFit == null) throw new IllegalStateException("hessianShift must run before hessianSpectra");
        double c = -shiftFit[1], cse = shiftFit[3], u = -1.7, scale = Math.sqrt(p * (p - 1.0) / n);
        double[] lmin = new double[mu.length];
        for (int d = 0; d < mu.length; d++) lmin[d] = scale * mu[d][0];
        double[] ms = Stats.meanSe(lmin);
        double edge = ms[0] - c * u, se = Math.sqrt(ms[1] * ms[1] + u * u * cse * cse);
        claims.observe("002-positive-spectrum-u-1.7", Observation.estimate(edge, se).size(mu.length, "GOE draws").evidence(
                String.format(Locale.ROOT, "smallest eigenvalue at u = -1.7, N = %d: mean over %d GOE draws of sqrt(6/N) mu_min"
                                + " = %.5f +- %.5f, plus 1.7 c with the shift c = %.4f +- %.4f measured on %d real tensors at N = %d:"
                                + " edge %.5f +- %.5f (with 002's code shift 2: %.5f); Theta_3(-1.7) = %.5f < 0, so u = -1.7 lies"
                                + " below the ground state and holds no critical points for large N",
                        n, mu.length, ms[0], ms[1], c, cse, s.shiftSamples, s.shiftN, edge, se, ms[0] + 2 * 1.7,
                        Complexity.theta(3, -1.7))));
    }

    // ---------------------------------------------------------------- the shift on real tensors

    public void hessianShift(Claims claims) {
        double[][] pts = Pool.run(s.threads, () -> IntStream.range(0, s.shiftSamples).parallel()
                .mapToObj(i -> Descent.shiftSamples(s.shiftN, i, s.seed)).toArray(double[][]::new));
        List<List<?>> rows = new ArrayList<>();
        double[] u = new double[pts.length], m = new double[pts.length], lmin = new double[pts.length];
        for (int i = 0; i < pts.length; i++) {
            u[i] = pts[i][0];
            m[i] = pts[i][1];
            lmin[i] = pts[i][2];
            rows.add(List.of(i, u[i], m[i], lmin[i]));
        }
        Artifact.write(out.resolve("hessian-shift.csv"), SHIFT, prov, rows);
        observeLambdaMinSlope(claims, u, lmin);
        double[] fit = Stats.ols(u, m);
        shiftFit = fit;
        claims.observe("002-code-shift", Observation.estimate(-fit[1], fit[3]).against(3, "p = 3, the curvature shift derived in the note")
                .size(pts.length, "tensors").evidence(String.format(Locale.ROOT,
                "OLS of the mean Riemannian Hessian eigenvalue on u over %d dense p = 3 tensors at N = %d: slope %.4f +- %.4f,"
                        + " intercept %.4f +- %.4f", pts.length, s.shiftN, fit[1], fit[3], fit[0], fit[2])));
    }

    /**
     * 002 (Dynamics): λ_min(u) ≈ −2 − αu, in units of √ξ''(1) where the bulk is the semicircle on [−2, 2], with the gap
     * closing at E_th, which makes α = −2/E_th. The slope of the smallest Riemannian Hessian eigenvalue on u at random
     * points of real tensors (the conditional law given H = Nu holds at any point; note of 002-code-shift) gives α.
     */
    private void observeLambdaMinSlope(Claims claims, double[] u, double[] lmin) {
        int p = 3;
        double unit = Math.sqrt(p * (p - 1.0));   // sqrt(xi''(1))
        double[] fit = Stats.ols(u, lmin);
        double alpha = -fit[1] / unit, se = fit[3] / unit;
        lambdaMinPoints = new double[][] {u, Arrays.stream(lmin).map(l -> l / unit).toArray()};
        lambdaMinFit = new double[] {fit[0] / unit, fit[1] / unit, se};
        double eTh = -Complexity.eInf(p) * Math.sqrt((p - 2.0) / (p - 1));
        claims.observe("002-lambda-min-slope", Observation.estimate(alpha, se)
                .against(2 / Complexity.eInf(p), "2/E_inf = sqrt(p/(p-1)), the slope of the derived law (ABC)").size(u.length, "tensors")
                .evidence(String.format(Locale.ROOT, "OLS of the smallest Riemannian Hessian eigenvalue on u over %d dense p = 3"
                                + " tensors at N = %d, in units of sqrt(xi''(1)) = sqrt 6: slope %.4f +- %.4f, so alpha = %.4f +- %.4f,"
                                + " intercept %.4f +- %.4f; with this alpha the gap closes at u = -2/alpha = %.4f (-E_inf = %.4f);"
                                + " 002's E_th = %.4f needs alpha = -2/E_th = %.4f", u.length, s.shiftN, fit[1] / unit, se, alpha, se,
                        fit[0] / unit, fit[2] / unit, -2 / alpha, -Complexity.eInf(p), eTh, -2 / eTh)));
    }

    // ---------------------------------------------------------------- p = 2 and constant couplings (004 §3)

    public void quadratic(Claims claims) {
        List<List<?>> rows = new ArrayList<>();
        double[] sym = lambdaMins("p2-symmetric", true), ind = lambdaMins("p2-independent", false);
        for (int d = 0; d < s.p2Draws; d++) {
            rows.add(List.of("lambda_min_symmetric", s.p2N, d, sym[d]));
            rows.add(List.of("lambda_min_independent_entries", s.p2N, d, ind[d]));
        }
        double[] ms = Stats.meanSe(sym), mi = Stats.meanSe(ind);
        String tw = String.format(Locale.ROOT, "Tracy-Widom (GOE mean -1.2065 of the extreme eigenvalue, which lies inside the edge)"
                + " puts the finite-N mean at -2 + 1.2065 N^(-2/3) = %.4f", -2 + 1.2065 * Math.pow(s.p2N, -2.0 / 3));
        claims.observe("004-p2-minimum", Observation.estimate(ms[0], ms[1]).size(s.p2Draws, "draws").evidence(String.format(Locale.ROOT,
                "symmetric J = W/sqrt N (J_ij = J_ji ~ N(0, 1/N)), N = %d, %d draws: lambda_min %.5f +- %.5f (LAPACK); %s",
                s.p2N, s.p2Draws, ms[0], ms[1], tw)));
        claims.observe("004-p2-minimum-independent-entries", Observation.estimate(mi[0], mi[1]).size(s.p2Draws, "draws")
                .evidence(String.format(Locale.ROOT, "J_ij ~ N(0, 1/N) independent, J_ii = 0, N = %d, %d draws: min of sigma^T J sigma ="
                                + " lambda_min((J + J^T)/2) = %.5f +- %.5f; the semicircle of variance 1/(2N) ends at -sqrt 2 = %.5f",
                        s.p2N, s.p2Draws, mi[0], mi[1], -Math.sqrt(2))));
        observeCriticalPoints(claims, rows);
        observeConstantCoupling(claims, rows);
        Artifact.write(out.resolve("p2.csv"), P2, prov, rows);
    }

    private double[] lambdaMins(String label, boolean symmetric) {
        return Pool.run(s.threads, () -> IntStream.range(0, s.p2Draws).parallel().mapToDouble(d -> {
            java.util.SplittableRandom rng = lib.Streams.of(s.seed, label, d);
            double[] j = symmetric ? Spherical2.symmetric(s.p2N, rng) : Spherical2.independentEntries(s.p2N, rng);
            return Spherical2.eigenvalues(j, s.p2N)[0];
        }).toArray());
    }

    private void observeCriticalPoints(Claims claims, List<List<?>> rows) {
        int n = s.criticalN;
        double[] j = Spherical2.symmetric(n, lib.Streams.of(s.seed, "p2-critical-matrix"));
        List<Spherical2.Critical> found = Spherical2.criticalPoints(j, n, s.criticalStarts, lib.Streams.of(s.seed, "p2-critical-starts"));
        double[] ev = Spherical2.eigenvalues(j, n);
        int[] byIndex = new int[n + 1];
        double worst = 0;
        for (Spherical2.Critical c : found) {
            byIndex[Math.min(c.index(), n)]++;
            if (c.index() < n) worst = Math.max(worst, Math.abs(c.value() - ev[c.index()]));
        }
        int off = Math.abs(found.size() - 2 * n);
        for (int k = 0; k < n; k++) off += Math.abs(byIndex[k] - 2);
        for (int k = 0; k <= n; k++) rows.add(List.of("critical_points_of_index", n, k, (double) byIndex[k]));
        claims.observe("004-p2-critical-points", Observation.exact(off).evidence(String.format(Locale.ROOT,
                "N = %d, symmetric J, Newton on the Lagrange system from %d random starts: %d distinct critical points, by index"
                        + " 0..%d: %s; largest |H - lambda_{index+1}| = %.2e; observed: |count - 2N| + sum_k |count_k - 2|", n,
                s.criticalStarts, found.size(), n - 1, Arrays.toString(Arrays.copyOf(byIndex, n)), worst)));
    }

    private void observeConstantCoupling(Claims claims, List<List<?>> rows) {
        StringBuilder ev = new StringBuilder();
        double ratio3 = Double.NaN;
        for (int p = 2; p <= 3; p++) {
            ConstantCoupling.Result r = ConstantCoupling.minimise(s.couplingN, p, s.couplingStarts,
                    lib.Streams.of(s.seed, "constant-coupling", p));
            double target = -Math.pow(s.couplingN, p / 2.0), ratio = r.minimum() / target;
            if (p == 3) ratio3 = ratio;
            rows.add(List.of("constant_coupling_min_over_minus_n_p_half_p" + p, s.couplingN, 0, ratio));
            ev.append(String.format(Locale.ROOT, "p = %d: min H = %.6g by projected descent from %d random starts, at distance %.2e from"
                            + " sigma_i = N^(-1/2); H there = %.6g; ratio to -N^(p/2) = %.6f; ", p, r.minimum(), r.starts(),
                    r.distanceToUniform(), ConstantCoupling.atUniform(s.couplingN, p), ratio));
        }
        claims.observe("004-constant-coupling", Observation.exact(ratio3).evidence(ev + "N = " + s.couplingN
                + ", J = -1 on distinct index tuples (004's convention)"));
    }

    static double doubleFactorial(int m) {
        double f = 1;
        for (int i = m; i > 1; i -= 2) f *= i;
        return f;
    }

    // ---------------------------------------------------------------- figures

    /** The figures, with the values the documents give taken from the registry's claims. */
    public void figures(Path dir, Claims claims) {
        double[] u = IntStream.rangeClosed(0, 220).mapToDouble(i -> -1.7 + i * 0.01).toArray();
        double[][] wide = {u, Arrays.stream(u).map(x -> Complexity.theta(3, x)).toArray()};
        Figures.complexity(complexityCurves, energyMarks, wide, rateAtZero, new Figures.DocumentComplexity(
                claims.claim("002-ground-state").expected(), claims.claim("004-floor-limit").expected(),
                claims.claim("002-sigma-formula-u0").expected()), dir.resolve("complexity"));
        Figures.spectra(panels, PANELS, claims.claim("002-code-shift").expected(), dir.resolve("hessian-spectra"));
        Figures.negativeFraction(negative[0], negative[1], negative[2], negative[3], Complexity.eInf(3),
                dir.resolve("negative-fraction"));
        Figures.lambdaMin(lambdaMinPoints[0], lambdaMinPoints[1], lambdaMinFit, Complexity.eInf(3), new Figures.Document002(
                claims.claim("002-lambda-min-slope").expected(), claims.claim("002-threshold-formula").expected(),
                claims.claim("002-lambda-min-u0").expected()), dir.resolve("lambda-min"));
    }

}
