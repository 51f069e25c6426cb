package deeplinear;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import lib.Artifact;
import lib.Claims;
import lib.Observation;
import lib.Parallel;
import lib.Provenance;
import lib.Schema;
import lib.Streams;

/**
 * The computations of stage deep-linear: 004's four statements on deep linear networks (section 4), on small random
 * instances with exact Hessians. Architectures: input 4, output 3, bottleneck 2 (so the rank bound binds), the other
 * hidden layers 3; data X, Y with iid N(0, 1) entries.
 */
public final class Study {
    /** Depths, instances per depth, data points per instance, random parameter points and descent starts per instance, descent budget. */
    public record Settings(int[] depths, int instances, int samples, int points, int starts, int maxSteps, long seed, int threads) {}

    static final Schema CONVEXITY = Schema.of("deep-linear-convexity", 1, Schema.integer("depth"), Schema.integer("instance"),
            Schema.integer("point"), Schema.integer("layer"), Schema.num("midpoint_gap"), Schema.num("lambda_min_rel"),
            Schema.num("lambda_max_rel"));
    static final Schema RUNS = Schema.of("deep-linear-descent", 1, Schema.integer("depth"), Schema.integer("instance"),
            Schema.integer("start"), Schema.num("loss"), Schema.num("global_minimum"), Schema.num("relative_gap"),
            Schema.num("gradient"), Schema.num("lambda_min_rel"), Schema.integer("steps"));
    static final Schema CRITICAL = Schema.of("deep-linear-critical-points", 1, Schema.integer("depth"), Schema.integer("instance"),
            Schema.text("point"), Schema.num("loss"), Schema.num("global_minimum"), Schema.num("relative_gap"),
            Schema.num("gradient"), Schema.num("lambda_min_rel"));

    /** Descent stops at |∇f| below this (f is O(10) here: near a minimum f − f* <= |∇f|²/(2μ), far below 1e-12). */
    static final double TOL = 1e-9;
    /** A Hessian eigenvalue counts as negative below −this × the largest |eigenvalue| at a descent's end (a point within
     *  |∇f|/μ of the flat valley of minima, where the flat directions' eigenvalues are that small, not exactly 0). */
    static final double FLAT = 1e-6;
    /** At the exact critical points a negative eigenvalue is one below −this × the largest |eigenvalue| (rounding). */
    static final double ZERO = 1e-9;
    /** Parameter entries of random points and starts: N(0, SCALE²). */
    static final double SCALE = 0.5;

    private final Settings s;
    private final Path out;
    private final Provenance prov;
    private final List<double[]> figureRuns = new ArrayList<>(), figureCritical = new ArrayList<>();

    public Study(Settings s, Path out, Provenance prov) {
        this.s = s;
        this.out = out;
        this.prov = prov;
    }

    /** Input 4, output 3, the last hidden layer 2 (the bottleneck), the other hidden layers 3; depth >= 2. */
    static int[] dims(int depth) {
        int[] d = new int[depth + 1];
        Arrays.fill(d, 3);
        d[0] = 4;
        d[depth - 1] = 2;
        return d;
    }

    Network instance(int depth, int i) {
        return Network.random(dims(depth), s.samples, Streams.of(s.seed, "data-" + depth, i));
    }

    static double[] randomPoint(Network net, SplittableRandom rng) {
        double[] t = new double[net.parameters()];
        for (int k = 0; k < t.length; k++) t[k] = SCALE * rng.nextGaussian();
        return t;
    }

    /** {λ_min, λ_max} / max |λ| of a symmetric matrix. */
    static double[] relativeExtremes(double[][] h) {
        double[] ev = Landscape.eigenvalues(h);
        double scale = Math.max(Math.abs(ev[0]), Math.abs(ev[ev.length - 1]));
        return scale == 0 ? new double[] {0, 0} : new double[] {ev[0] / scale, ev[ev.length - 1] / scale};
    }

    /** (f((a+b)/2) − (f(a)+f(b))/2) / ((f(a)+f(b))/2): positive where f is not convex along [a, b], negative where not concave. */
    static double midpointGap(Network net, double[] a, double[] b) {
        double[] m = new double[a.length];
        for (int k = 0; k < a.length; k++) m[k] = (a[k] + b[k]) / 2;
        double avg = (net.loss(a) + net.loss(b)) / 2;
        return (net.loss(m) - avg) / avg;
    }

    // ---------------------------------------------------------------- 1, 2: convex in each W_i, not jointly

    @SuppressWarnings("unchecked")
    public void convexity(Claims claims) {
        int per = s.instances * s.points;
        List<List<?>> rows = new ArrayList<>();
        double worstBlock = Double.NEGATIVE_INFINITY, blockEigen = Double.POSITIVE_INFINITY, convexViolation = Double.NEGATIVE_INFINITY,
                concaveViolation = Double.NEGATIVE_INFINITY, jointMin = Double.POSITIVE_INFINITY, jointMax = Double.NEGATIVE_INFINITY;
        for (int depth : s.depths) {
            List<List<?>>[] byTask = new List[per];
            Parallel.run(per, s.threads, t -> byTask[t] = convexityAt(depth, t / s.points, t % s.points));
            for (List<List<?>> r : byTask) rows.addAll(r);
        }
        for (List<?> r : rows) {
            int layer = (Integer) r.get(3);
            double gap = (Double) r.get(4), lmin = (Double) r.get(5), lmax = (Double) r.get(6);
            if (layer > 0) {
                worstBlock = Math.max(worstBlock, gap);
                blockEigen = Math.min(blockEigen, lmin);
            } else {
                convexViolation = Math.max(convexViolation, gap);
                concaveViolation = Math.max(concaveViolation, -gap);
                jointMin = Math.min(jointMin, lmin);
                jointMax = Math.max(jointMax, lmax);
            }
        }
        Artifact.write(out.resolve("convexity.csv"), CONVEXITY, prov, rows);
        String where = String.format(Locale.ROOT, "depths %s (widths %s), %d instances x %d random points (entries N(0, %.2f^2)),"
                + " %d data points", Arrays.toString(s.depths), widths(), s.instances, s.points, SCALE, s.samples);
        claims.observe("004-deep-linear-convex-each", Observation.exact(worstBlock).evidence(String.format(Locale.ROOT,
                "%s; pairs differing in one W_i: largest relative midpoint gap (f((a+b)/2) - mean f)/mean f = %.3e (positive"
                        + " would be a convexity violation); smallest eigenvalue of a diagonal Hessian block over its largest: %.3e",
                where, worstBlock, blockEigen)));
        double both = Math.min(convexViolation, concaveViolation);
        claims.observe("004-deep-linear-not-convex", Observation.exact(both).evidence(String.format(Locale.ROOT,
                "%s; pairs of independent points: largest relative midpoint gap above the chord %.3e (not convex), below it %.3e"
                        + " (not concave); the full Hessian's smallest and largest eigenvalue over its largest |eigenvalue|, extremes over"
                        + " the points: %.3e and %.3e; observed: the smaller of the two gaps", where, convexViolation, concaveViolation,
                jointMin, jointMax)));
    }

    /** At one random point: a pair varied in each single layer, a pair of independent points, the exact Hessian's blocks. */
    private List<List<?>> convexityAt(int depth, int i, int point) {
        Network net = instance(depth, i);
        SplittableRandom rng = Streams.of(s.seed, "points-" + depth + "-" + i, point);
        double[] a = randomPoint(net, rng), b = randomPoint(net, rng);
        double[][] h = net.hessian(a);
        List<List<?>> rows = new ArrayList<>();
        for (int layer = 1; layer <= depth; layer++) {
            double[] c = a.clone();
            for (int k = net.layerStart(layer); k < net.layerEnd(layer); k++) c[k] = b[k];
            double[] e = relativeExtremes(net.block(h, layer));
            rows.add(List.of(depth, i, point, layer, midpointGap(net, a, c), e[0], e[1]));
        }
        double[] e = relativeExtremes(h);
        rows.add(List.of(depth, i, point, 0, midpointGap(net, a, b), e[0], e[1]));
        return rows;
    }

    // ---------------------------------------------------------------- 3: every local minimum is global

    @SuppressWarnings("unchecked")
    public void localMinima(Claims claims) {
        List<List<?>> rows = new ArrayList<>();
        int secondOrder = 0, total = 0;
        double worst = 0, slowest = 0;
        StringBuilder perDepth = new StringBuilder();
        for (int depth : s.depths) {
            int tasks = s.instances * s.starts;
            List<?>[] res = new List[tasks];
            Parallel.run(tasks, s.threads, t -> res[t] = descend(depth, t / s.starts, t % s.starts));
            int atMin = 0;
            double worstHere = 0;
            for (List<?> r : res) {
                rows.add(r);
                total++;
                double gap = (Double) r.get(5), grad = (Double) r.get(6), lmin = (Double) r.get(7);
                figureRuns.add(new double[] {depth, lmin, gap});
                if (grad < TOL && lmin >= -FLAT) {
                    secondOrder++;
                    atMin++;
                    worstHere = Math.max(worstHere, gap);
                }
                slowest = Math.max(slowest, (Integer) r.get(8));
            }
            worst = Math.max(worst, worstHere);
            perDepth.append(String.format(Locale.ROOT, "depth %d: %d of %d runs end at a second-order stationary point, largest"
                    + " relative gap to the global minimum there %.2e; ", depth, atMin, tasks, worstHere));
        }
        Artifact.write(out.resolve("descent.csv"), RUNS, prov, rows);
        if (secondOrder == 0) {
            claims.undecidable("004-deep-linear-local-min-global", "no descent ended at a second-order stationary point");
            return;
        }
        claims.observe("004-deep-linear-local-min-global", Observation.exact(worst).evidence(String.format(Locale.ROOT,
                "gradient descent (Armijo, then fixed steps 1/(1.5 lambda_max) once f's rounding stops Armijo) from %d random"
                        + " starts per instance, %d instances per depth, until |grad f| < %.0e (at most %d steps each; the slowest took %d); a local minimum: |grad f| < %.0e and no Hessian"
                        + " eigenvalue below -%.0e x the largest; global minimum by Eckart-Young after whitening; %s%d of %d runs in all",
                s.starts, s.instances, TOL, s.maxSteps, (int) slowest, TOL, FLAT, perDepth, secondOrder, total)));
    }

    private List<?> descend(int depth, int i, int start) {
        Network net = instance(depth, i);
        double fStar = Landscape.globalMinimum(net);
        double[] theta = randomPoint(net, Streams.of(s.seed, "starts-" + depth + "-" + i, start));
        Descent.End armijo = Descent.run(net, theta, TOL, s.maxSteps);
        double lipschitz = Landscape.eigenvalues(net.hessian(armijo.theta()))[net.parameters() - 1];
        Descent.End end = Descent.polish(net, armijo, 1.5 * lipschitz, TOL, s.maxSteps);
        double lmin = relativeExtremes(net.hessian(end.theta()))[0];
        return List.of(depth, i, start, end.loss(), fStar, (end.loss() - fStar) / fStar, end.gradient(), lmin, end.steps());
    }

    // ---------------------------------------------------------------- 5: degenerate saddles only for depth >= 3

    public void saddles(Claims claims) {
        List<List<?>> rows = new ArrayList<>();
        double strict = Double.NEGATIVE_INFINITY, worstGrad = 0, zeroAt3 = Double.POSITIVE_INFINITY, zeroAt2 = Double.NEGATIVE_INFINITY;
        double cubicDrop = Double.NEGATIVE_INFINITY;
        int checked = 0;
        for (int i = 0; i < s.instances; i++) {
            Network two = instance(2, i);
            double fStar = Landscape.globalMinimum(two);
            int k = 0;
            for (double[] theta : Landscape.twoLayerCriticalPoints(two)) {
                double f = two.loss(theta), g = norm(two.gradient(theta)) / (1 + f), lmin = relativeExtremes(two.hessian(theta))[0];
                worstGrad = Math.max(worstGrad, g);
                double gap = (f - fStar) / fStar;
                rows.add(List.of(2, i, "baldi-hornik-" + k++, f, fStar, gap, g, lmin));
                figureCritical.add(new double[] {2, lmin, gap});
                if (gap > ZERO) {
                    strict = Math.max(strict, lmin);
                    checked++;
                }
            }
            zeroAt2 = Math.max(zeroAt2, relativeExtremes(two.hessian(new double[two.parameters()]))[0]);
            Network three = instance(3, i);
            double[] zero = new double[three.parameters()];
            double[][] h = three.hessian(zero);
            double lmin3 = Landscape.eigenvalues(h)[0], f0 = three.loss(zero), fStar3 = Landscape.globalMinimum(three);
            zeroAt3 = Math.min(zeroAt3, lmin3);
            cubicDrop = Math.max(cubicDrop, cubicDescent(three, Streams.of(s.seed, "cubic", i)) - f0);
            rows.add(List.of(3, i, "zero", f0, fStar3, (f0 - fStar3) / fStar3, norm(three.gradient(zero)), lmin3));
            figureCritical.add(new double[] {3, lmin3, (f0 - fStar3) / fStar3});
        }
        Artifact.write(out.resolve("critical-points.csv"), CRITICAL, prov, rows);
        claims.observe("004-deep-linear-strict-saddles-d2", Observation.exact(strict).evidence(String.format(Locale.ROOT,
                "depth 2 (widths %s), %d instances: the Baldi-Hornik critical points (every set J of eigenvectors of"
                        + " Sigma_YX Sigma_XX^-1 Sigma_XY with |J| <= 2; largest |grad f|/(1 + f) there %.1e); %d of them are not global"
                        + " minima, and the largest smallest-Hessian-eigenvalue over the largest |eigenvalue| among those is %.3e",
                Arrays.toString(dims(2)), s.instances, worstGrad, checked, strict)));
        claims.observe("004-deep-linear-degenerate-saddle-d3", Observation.exact(zeroAt3).evidence(String.format(Locale.ROOT,
                "depth 3 (widths %s), %d instances: at W = 0 the gradient is exactly 0 and the smallest Hessian eigenvalue is %.3e"
                        + " (its largest: 0: the Hessian vanishes), while f falls along t -> tV (V = (V_1, V_2, V_3), the cubic term"
                        + " -2 t^3 <Y, V_3 V_2 V_1 X>): the largest f(tV) - f(0) at t = 0.05 is %.3e < 0, so W = 0 is a saddle with no"
                        + " descent direction to second order; at depth 2 the same point has a negative eigenvalue (largest relative"
                        + " smallest eigenvalue %.3e)", Arrays.toString(dims(3)), s.instances, zeroAt3, cubicDrop, zeroAt2)));
    }

    /** f(tV) at t = 0.05 for random V with ⟨Y, V_3V_2V_1X⟩ > 0 (V_1 negated otherwise): below f(0) by 2t³⟨Y, P⟩ − t⁶|P|². */
    static double cubicDescent(Network net, SplittableRandom rng) {
        double[] v = randomPoint(net, rng), p = net.residual(v);   // residual = V_3V_2V_1X − Y
        double dot = 0;
        for (int k = 0; k < p.length; k++) dot += net.y[k] * (p[k] + net.y[k]);
        if (dot < 0) for (int k = net.layerStart(1); k < net.layerEnd(1); k++) v[k] = -v[k];
        double t = 0.05;
        double[] tv = new double[v.length];
        for (int k = 0; k < v.length; k++) tv[k] = t * v[k];
        return net.loss(tv);
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }

    private String widths() {
        StringBuilder b = new StringBuilder();
        for (int d : s.depths) b.append(b.length() == 0 ? "" : ", ").append(Arrays.toString(dims(d)));
        return b.toString();
    }

    public void figures(Path dir) {
        Figures.landscape(figureRuns, figureCritical, dir.resolve("critical-points"));
    }
}
