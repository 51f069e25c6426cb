package pspin;

import java.nio.file.Path;
import java.util.ArrayList;
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
 * 002's statements about the field at one point and at its critical points, on dense p = 3 tensors (stage
 * pspin-complexity): the joint law of f and ∇f at a point (its section 'Joint density'), and the Hessian spectrum at
 * critical points of energy 0 and −1 found by Newton's method (the text after its code).
 */
public final class LocalLaws {
    /** N and tensors of the joint-law measurement and of the critical-point search. */
    public record Settings(int momentsN, int momentsSamples, int criticalN, int criticalSamples, long seed, int threads) {}

    static final Schema MOMENTS = Schema.of("pspin-field-moments", 1, Schema.integer("sample"), Schema.num("f"),
            Schema.num("tangent_square"), Schema.num("tangent_along"), Schema.num("radial"));
    static final Schema CRITICAL = Schema.of("pspin-critical-points", 1, Schema.integer("sample"), Schema.text("route"),
            Schema.num("energy"), Schema.integer("index"), Schema.num("index_fraction"), Schema.num("lambda_min"),
            Schema.num("gradient"));
    static final int P = Tensor.P;
    /** 002's second energy: the spectrum "slides right but still straddles zero" at u = −1. */
    static final double U_LOW = -1.0;
    /** Critical points within this of U_LOW count as being at U_LOW (the semicircle's fraction moves 0.02 across it). */
    static final double WINDOW = 0.1;

    private final Settings s;
    private final Path out;
    private final Provenance prov;
    private List<CriticalPoints.Point> found = List.of();   // for the figure
    private double[] halfAtZero = {Double.NaN, Double.NaN};   // the index fraction at u = 0 and its SE (the OLS intercept)

    public LocalLaws(Settings s, Path out, Provenance prov) {
        this.s = s;
        this.out = out;
        this.prov = prov;
    }

    // ---------------------------------------------------------------- f and its gradient at a point

    public void fieldMoments(Claims claims) {
        int n = s.momentsN, m = s.momentsSamples;
        FieldMoments.Sample[] x = Pool.run(s.threads, () -> IntStream.range(0, m).parallel()
                .mapToObj(i -> FieldMoments.sample(n, i, s.seed)).toArray(FieldMoments.Sample[]::new));
        List<List<?>> rows = new ArrayList<>();
        double[] f2 = new double[m], t2 = new double[m], r2 = new double[m], corr = new double[m];
        double fr = 0;
        for (int i = 0; i < m; i++) {
            rows.add(List.of(i, x[i].f(), x[i].tangentSquare(), x[i].along(), x[i].radial()));
            f2[i] = x[i].f() * x[i].f() / n;
            t2[i] = x[i].tangentSquare();
            r2[i] = x[i].radial() * x[i].radial();
            corr[i] = x[i].f() * x[i].along() / Math.sqrt(n * (double) P);   // Var f = N, Var w·∇_S f = ξ'(1) = p
            fr += x[i].f() * x[i].radial();
        }
        Artifact.write(out.resolve("field-moments.csv"), MOMENTS, prov, rows);
        double[] vf = Stats.meanSe(f2), vt = Stats.meanSe(t2), vr = Stats.meanSe(r2), c = Stats.meanSe(corr);
        double radialCorr = fr / Math.sqrt(Stats.meanSe(f2)[0] * n * vr[0]) / m;
        String where = String.format(Locale.ROOT, "%d dense p = 3 tensors at N = %d, each at a uniformly random point", m, n);
        claims.observe("002-var-f", Observation.estimate(vf[0], vf[1])
                .against(6, "p! = 6: one N(0, 1) coupling per unordered triple, summed over ordered triples").size(m, "tensors")
                .evidence(String.format(Locale.ROOT, "%s: mean f^2/N = %.4f +- %.4f (xi(1) = 1)", where, vf[0], vf[1])));
        double euclideanMean = P + P * (P - 1.0) / n;
        claims.observe("002-var-grad", Observation.estimate(vt[0], vt[1])
                .against(euclideanMean, "xi'(1) + xi''(1)/N: the Euclidean gradient's variance averaged over all N components")
                .size(m, "tensors").evidence(String.format(Locale.ROOT, "%s: |grad_S f|^2/(N-1) = %.4f +- %.4f (xi'(1) = %d);"
                        + " the Euclidean gradient's mean component variance would be xi'(1) + xi''(1)/N = %.4f", where, vt[0],
                        vt[1], P, euclideanMean)));
        claims.observe("002-var-grad-euclidean", Observation.estimate(vr[0], vr[1])
                .against(P * P, "xi'(1) + xi''(1) = p^2, the radial variance derived from the covariance").size(m, "tensors")
                .evidence(String.format(Locale.ROOT, "%s: variance of the radial component s.grad f/sqrt N = %.4f +- %.4f, against"
                        + " xi'(1) = %d for a tangent one; its correlation with f is %.6f (Euler: s.grad f = p f)", where, vr[0],
                        vr[1], P, radialCorr)));
        double alt = 1 / Math.sqrt(2 * (n - 1.0));
        claims.observe("002-f-grad-uncorrelated", Observation.estimate(c[0], c[1])
                .against(alt, "1/sqrt(2(N-1)) per tangent component, which would halve Var(f | grad_S f = 0)").size(m, "tensors")
                .evidence(String.format(Locale.ROOT, "%s and a uniformly random unit tangent direction w: correlation of f with"
                        + " w.grad_S f = %.4f +- %.4f; the Euclidean gradient's radial component has correlation %.6f with f", where,
                        c[0], c[1], radialCorr)));
    }

    // ---------------------------------------------------------------- critical points of real tensors

    public void criticalPoints(Claims claims) {
        int n = s.criticalN;
        List<CriticalPoints.Point> pts = Pool.run(s.threads, () -> IntStream.range(0, s.criticalSamples).parallel()
                .mapToObj(i -> CriticalPoints.find(n, i, U_LOW, s.seed)).flatMap(List::stream).toList());
        List<List<?>> rows = new ArrayList<>();
        for (CriticalPoints.Point p : pts) {
            rows.add(List.of(p.sample(), p.route(), p.energy(), p.index(), p.indexFraction(n), p.lambdaMin(), p.gradient()));
        }
        Artifact.write(out.resolve("critical-points.csv"), CRITICAL, prov, rows);
        found = pts;
        observeHalfNegative(claims, pts, n);
        observeStraddles(claims, pts, n);
    }

    /** The critical points' figure, with the index fraction 002 states at u = 0 (the registry's) beside the computed one. */
    public void figures(Path dir, Claims claims) {
        int n = s.criticalN;
        Figures.criticalPoints(found.stream().mapToDouble(CriticalPoints.Point::energy).toArray(),
                found.stream().mapToDouble(p -> p.indexFraction(n)).toArray(), n, Complexity.eInf(P),
                claims.claim("002-spectrum-u0-half-negative").expected(), halfAtZero, dir.resolve("critical-points"));
    }

    /** 002: at u = 0 about half the Hessian eigenvalues are negative: the index fraction against u at u = 0 (OLS intercept). */
    private void observeHalfNegative(Claims claims, List<CriticalPoints.Point> pts, int n) {
        List<CriticalPoints.Point> random = pts.stream().filter(p -> p.route().equals("random")).toList();
        double[] u = random.stream().mapToDouble(CriticalPoints.Point::energy).toArray();
        double[] f = random.stream().mapToDouble(p -> p.indexFraction(n)).toArray();
        double[] fit = Stats.ols(u, f);
        double[] us = Stats.meanSe(u);
        halfAtZero = new double[] {fit[0], fit[2]};
        claims.observe("002-spectrum-u0-half-negative", Observation.estimate(fit[0], fit[2]).size(random.size(), "critical points")
                .evidence(String.format(Locale.ROOT, "%d critical points of %d dense p = 3 tensors at N = %d, by Newton from random"
                                + " points (energy per spin %.3f +- %.3f, sd %.3f): index/(N-1) = %.4f +- %.4f + (%.3f +- %.3f) u;"
                                + " the semicircle's slope at u = 0 is 2/(pi E_inf) = %.3f", random.size(), s.criticalSamples, n, us[0],
                        us[1], Stats.sd(u), fit[0], fit[2], fit[1], fit[3], 2 / (Math.PI * Complexity.eInf(P)))));
    }

    /** 002: at u = −1 the spectrum slides right but still straddles zero: the index fraction of critical points near −1. */
    private void observeStraddles(Claims claims, List<CriticalPoints.Point> pts, int n) {
        List<CriticalPoints.Point> near = pts.stream().filter(p -> p.route().equals("descend") && Math.abs(p.energy() - U_LOW) <= WINDOW)
                .toList();
        long descended = pts.stream().filter(p -> p.route().equals("descend")).count();
        if (near.size() < 10) {
            claims.undecidable("002-spectrum-u-1-straddles", "only " + near.size() + " critical points within " + WINDOW + " of u = "
                    + U_LOW + " (" + descended + " found from descents)");
            return;
        }
        double[] f = Stats.meanSe(near.stream().mapToDouble(p -> p.indexFraction(n)).toArray());
        double[] saddle = Stats.meanSe(near.stream().mapToDouble(p -> p.lambdaMin() < 0 ? 1 : 0).toArray());
        double u = near.stream().mapToDouble(CriticalPoints.Point::energy).average().orElseThrow();
        double semicircle = Complexity.negativeFraction(P, u);
        double code = Complexity.semicircleCdf((P - 1) * u / Math.sqrt(P * (P - 1.0)));
        claims.observe("002-spectrum-u-1-straddles", Observation.estimate(saddle[0], saddle[1]).size(near.size(), "critical points")
                .evidence(String.format(Locale.ROOT, "%d of the %d critical points found by Newton from a descent path at u = %.1f"
                                + " lie within %.2f of it (mean u %.4f): %.4f +- %.4f of them have a negative Hessian eigenvalue"
                                + " (their spectrum straddles zero); fraction of negative eigenvalues %.4f +- %.4f (N - 1 = %d); the"
                                + " semicircle with shift p u gives %.4f there, 002's code shift (p-1) u gives %.4f", near.size(), descended,
                        U_LOW, WINDOW, u, saddle[0], saddle[1], f[0], f[1], n - 1, semicircle, code)));
    }
}
