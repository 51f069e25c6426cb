package asymptoticnormality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import lib.GaussianField;
import lib.Parallel;
import lib.Streams;

/**
 * Route (c): one gradient-descent step x1 = x0 − η∇φ(x0) on realisations of the simulated field of 000
 * eqs (29)-(31) ({@link GaussianField}), from starting points uniform in [−1e6, 1e6]^N as in 000 §4.1.
 * Z x1 = Z x0 − η Z∇φ(x0), so each point costs three GEMMs whatever the number of learning rates, plus M sines
 * and cosines per learning rate. Standard errors come from the spread between independent realisations (which
 * includes the finite-M fluctuation of each field), never smaller than the i.i.d. ones.
 */
public final class FieldStudy {
    private FieldStudy() {}

    /** Points per tile (each worker holds four tile x M scratch arrays). */
    static final int TILE = 128;
    static final double BOX = 1e6;

    public record Settings(int realisations, int pointsPerRealisation, long seed, int threads) {}

    /** Cells for every (N, X), N = dims[i] simulated with M = ms[i]. */
    public static List<Cell> cells(Settings s, int[] dims, int[] ms, double[] xs) {
        if (dims.length != ms.length) throw new IllegalArgumentException("--field-dims and --field-m need the same length");
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < dims.length; i++) {
            int n = dims[i];
            double[] etas = new double[xs.length];
            for (int j = 0; j < xs.length; j++) etas[j] = Limits.eta(n, xs[j]);
            double[][][] phi1 = run(s, n, ms[i], etas, "cells");
            for (int j = 0; j < xs.length; j++) cells.add(Cell.of(method(ms[i]), n, xs[j], summary(phi1[j])));
        }
        return cells;
    }

    /** Figure 5: η = 0.1 η_opt = 0.1/√(N+1) (eq 13), i.e. X = 0.1 √(N/(N+1)). */
    public static Cell figure5(Settings s, int n, int m) {
        double x = 0.1 * Math.sqrt(n / (n + 1.0));
        double[][][] phi1 = run(s, n, m, new double[] {Limits.eta(n, x)}, "figure5");
        return Cell.of(method(m), n, x, summary(phi1[0]));
    }

    static String method(int m) {
        return "field-M" + m;
    }

    /** phi1[eta][realisation][point]. */
    static double[][][] run(Settings s, int n, int m, double[] etas, String label) {
        int r = s.realisations();
        int p = s.pointsPerRealisation();
        double[][][] out = new double[etas.length][r][p];
        for (int k = 0; k < r; k++) {
            String name = String.format(Locale.ROOT, "asymptotic-normality/%s/N=%d/M=%d", label, n, m);
            long fieldSeed = Streams.of(s.seed(), name + "/field", k).nextLong();
            GaussianField field = GaussianField.sample(n, m, fieldSeed, s.threads());
            int real = k;
            double[][][] scratch = new double[s.threads()][][];
            Parallel.run(Parallel.tiles(p, TILE), s.threads(), (tile, worker) -> {
                if (scratch[worker] == null) scratch[worker] = new double[][] {new double[TILE * m], new double[TILE * m],
                        new double[TILE * m], new double[TILE * m]};
                int from = tile * TILE;
                int count = Math.min(TILE, p - from);
                SplittableRandom rng = Streams.of(s.seed(), name + "/points/" + real, tile);
                step(field, rng, count, etas, scratch[worker], out, real, from);
            });
        }
        return out;
    }

    /** One tile: starting points, their projections and gradients, then Φ1 at every η from Z x0 − η Z g. */
    static void step(GaussianField field, SplittableRandom rng, int count, double[] etas, double[][] scratch,
                     double[][][] out, int real, int from) {
        int n = field.n();
        int m = field.m();
        double[] x0 = new double[count * n];
        for (int i = 0; i < x0.length; i++) x0[i] = BOX * (2 * rng.nextDouble() - 1);
        double[] theta = scratch[0];
        double[] coef = scratch[1];
        double[] zg = scratch[2];
        double[] theta1 = scratch[3];
        double[] phi0 = new double[count];
        double[] grads = new double[count * n];
        field.project(x0, 0, count, theta);
        field.gradientsFromProjections(theta, count, coef, phi0, 0, grads, 0);
        field.project(grads, 0, count, zg);
        double[] phi1 = new double[count];
        for (int e = 0; e < etas.length; e++) {
            for (int i = 0; i < count * m; i++) theta1[i] = theta[i] - etas[e] * zg[i];
            field.valuesFromProjections(theta1, count, phi1, 0);
            System.arraycopy(phi1, 0, out[e][real], from, count);
        }
    }

    /** Pooled moments; standard errors the larger of the i.i.d. ones and the spread of per-realisation moments / √R. */
    static SampleSummary summary(double[][] byRealisation) {
        int r = byRealisation.length;
        int p = byRealisation[0].length;
        double[] all = new double[r * p];
        double[] means = new double[r];
        double[] vars = new double[r];
        for (int k = 0; k < r; k++) {
            System.arraycopy(byRealisation[k], 0, all, k * p, p);
            SampleSummary one = SampleSummary.of(byRealisation[k]);
            means[k] = one.mean();
            vars[k] = one.variance();
        }
        SampleSummary pooled = SampleSummary.of(all);
        double seMean = Math.max(pooled.seMean(), spread(means) / Math.sqrt(r));
        double seVar = Math.max(pooled.seVariance(), spread(vars) / Math.sqrt(r));
        return new SampleSummary(pooled.n(), pooled.mean(), seMean, pooled.variance(), seVar, pooled.sorted());
    }

    private static double spread(double[] v) {
        if (v.length < 2) return 0;
        double mean = 0;
        for (double d : v) mean += d;
        mean /= v.length;
        double ss = 0;
        for (double d : v) ss += (d - mean) * (d - mean);
        return Math.sqrt(ss / (v.length - 1));
    }
}
