package samplefield;

import java.util.ArrayList;
import java.util.List;
import lib.GaussianField;
import lib.Progress;
import lib.Streams;
import me.tongfei.progressbar.ProgressBar;

/**
 * The statistics of the sampler at one dimension N: R independent realisations (M spectral samples each), each
 * evaluated (value and gradient) at the two ends of {@code points / (2R)} pairs of points; per realisation the
 * moments over all its points and, per distance, the averages of the covariance products of {@link Model};
 * then mean and standard error over realisations ({@link Replicates}).
 */
final class Study {
    static final String MEAN = "mean_phi", VAR = "var_phi", GRAD = "grad_sq_over_n", VAR_CN = "var_phi_literal_cn";

    record Settings(int m, int points, int fields, double[] distances, double halfWidth, long seed, int threads) {
        int pairs() { return points / (2 * fields); }
    }

    /** One row of covariance.csv: quantity at distance r (r = 0: the base points with themselves). */
    record Cell(int n, double r, Model quantity, double expected, double estimate, double se, int pairs) {
        double z() { return (estimate - expected) / se; }
    }

    /** One row of moments.csv. */
    record Moment(int n, String statistic, double expected, double estimate, double se) {
        double z() { return (estimate - expected) / se; }
    }

    record Result(int n, List<Moment> moments, List<Cell> cells, Slice slice) {}

    static Result run(int n, Settings s, boolean slice, int sliceGrid, double sliceHalfWidth) {
        double[] r = distancesWithZero(s.distances());
        Replicates rep = new Replicates(s.fields());
        Slice sl = null;
        try (ProgressBar pb = Progress.start("sample-field N=" + n, s.fields())) {
            for (int f = 0; f < s.fields(); f++) {
                long fieldSeed = Streams.of(s.seed(), "sample-field-realisation-n" + n, f).nextLong();
                GaussianField field = GaussianField.sample(n, s.m(), fieldSeed, s.threads());
                realisation(field, Pairs.draw(n, s.pairs(), s.distances(), s.halfWidth(), s.seed(), f), s.distances().length, f, rep,
                        s.threads());
                if (slice && f == 0) sl = Slice.of(field, s.seed(), sliceGrid, sliceHalfWidth);
                pb.step();
            }
        }
        List<Moment> moments = List.of(moment(n, MEAN, 0, rep), moment(n, VAR, 1, rep), moment(n, GRAD, 1, rep),
                moment(n, VAR_CN, 1, rep));
        List<Cell> cells = new ArrayList<>();
        for (int d = 0; d < r.length; d++) {
            int pairs = d == 0 ? s.pairs() * s.fields() : count(s.pairs(), s.distances().length, d - 1) * s.fields();
            for (Model q : Model.values()) {
                String key = key(q, d);
                cells.add(new Cell(n, r[d], q, q.expected(r[d]), rep.mean(key), rep.se(key), pairs));
            }
        }
        return new Result(n, moments, cells, sl);
    }

    /** Values and gradients at both ends of every pair of one realisation; its estimates go into rep[f]. */
    static void realisation(GaussianField field, Pairs p, int dists, int f, Replicates rep, int threads) {
        int n = field.n(), pts = 2 * p.pairs(), pairs = p.pairs();
        double[] val = new double[pts], grad = new double[pts * n];
        field.valuesAndGradients(p.points(), pts, val, grad, threads);
        double sum = 0, sq = 0, g2 = 0;
        for (int i = 0; i < pts; i++) {
            sum += val[i];
            sq += val[i] * val[i];
            for (int j = 0; j < n; j++) g2 += grad[i * n + j] * grad[i * n + j];
        }
        double mean = sum / pts, var = (sq - pts * mean * mean) / (pts - 1);
        rep.put(MEAN, f, mean);
        rep.put(VAR, f, var);
        rep.put(GRAD, f, g2 / pts / n);
        // the paper's w ~ CN(0, M^-1 I) read as E|w_m|^2 = 1/M is w / sqrt(2) here: phi / sqrt(2), exactly (linearity)
        rep.put(VAR_CN, f, var / 2);
        double[][] acc = new double[Model.values().length][dists + 1];
        int[] cnt = new int[dists + 1];
        for (int j = 0; j < pairs; j++) {
            int d = 1 + j % dists;
            double fx = val[j], fy = val[pairs + j];
            double ux = dir(grad, j, p.u(), j, n), uy = dir(grad, pairs + j, p.u(), j, n);
            double vx = dir(grad, j, p.v(), j, n), vy = dir(grad, pairs + j, p.v(), j, n);
            add(acc, d, fx * fy, (ux * fy - fx * uy) / 2, ux * uy, vx * vy);
            cnt[d]++;
            add(acc, 0, fx * fx, ux * fx, ux * ux, vx * vx);   // r = 0 from the base point with itself
            cnt[0]++;
        }
        for (Model q : Model.values()) {
            for (int d = 0; d <= dists; d++) rep.put(key(q, d), f, acc[q.ordinal()][d] / cnt[d]);
        }
    }

    private static void add(double[][] acc, int d, double pp, double gp, double gu, double gv) {
        acc[0][d] += pp;
        acc[1][d] += gp;
        acc[2][d] += gu;
        acc[3][d] += gv;
    }

    /** Directional derivative grad phi(point i) . dir (row k of dirs). */
    private static double dir(double[] grad, int i, double[] dirs, int k, int n) {
        double s = 0;
        for (int j = 0; j < n; j++) s += grad[i * n + j] * dirs[k * n + j];
        return s;
    }

    private static Moment moment(int n, String stat, double expected, Replicates rep) {
        return new Moment(n, stat, expected, rep.mean(stat), rep.se(stat));
    }

    private static String key(Model q, int d) { return q.column + "@" + d; }

    /** Pairs j < pairs with j mod D == d. */
    static int count(int pairs, int dists, int d) { return (pairs - d + dists - 1) / dists; }

    static double[] distancesWithZero(double[] distances) {
        double[] r = new double[distances.length + 1];
        System.arraycopy(distances, 0, r, 1, distances.length);
        return r;
    }
}
