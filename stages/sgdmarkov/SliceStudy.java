package sgdmarkov;

import java.util.ArrayList;
import java.util.List;
import lib.GaussianField;
import lib.Streams;

/**
 * 003 §3.3 and Remark 16 on the non-convex {@link Landscape}: the stationary law of eq (3) against the Gibbs law by
 * quadrature, as a function of the step at fixed temperature 1/beta = alpha/(2 l) (l = alpha/(2T) scales with alpha);
 * the linear scaling rule; and the annealing algorithm.
 */
public final class SliceStudy {
    /** The landscape: field with M spectral samples, bowl radius r, scale s, interpolation box and spacings. */
    public static final double RADIUS = 2, SCALE = 0.125, HALF = 10, NODE_SPACING = 0.04, QUADRATURE_SPACING = 0.02;
    /** The temperature of the step sweep, 1/beta = alpha/(2 l): half the scale of the field's unit variance. */
    public static final double TEMPERATURE = 1.0 / 16;
    /** The step of the finite-step Gibbs claim: alpha = 1, l = 8. */
    public static final double CLAIM_STEP = 1;
    /** Steps at or below this enter the alpha -> 0 extrapolation. */
    public static final double LIMIT_MAX_STEP = 0.5;
    /** Histogram bins for the distance to Gibbs: 30 x 30 on [-6, 6]^2 plus the outside. */
    public static final Bins BINS = new Bins(30, 6);
    /** Linear scaling: base (alpha, l) = (1/8, 1), i.e. single-sample SGD at T = 1/16; doubled both, alpha alone, l alone. */
    public static final double[][] SCALING = {{0.125, 1}, {0.25, 2}, {0.25, 1}, {0.125, 2}};
    /** Annealing (Remark 16): l = 1, step sizes halved stage by stage; the moderate schedule ends at T = 1/16, the cold at 1/64. */
    public static final double[] MODERATE = {0.5, 0.25, 0.125}, COLD = {0.5, 0.25, 0.125, 0.0625, 0.03125};
    /** Annealing starts uniform on [-6, 6]^2; after the last stage, plain gradient descent at this step settles each run. */
    public static final double START = 6, DESCENT_STEP = 0.25;
    public static final long DESCENT_STEPS = 2000;

    public record Settings(int fieldM, double[] steps, int chains, double chainTime, double scalingTime, int annealRuns,
                           long[] stageSteps, long seed, int threads) {}

    /** A stationary run with its Gibbs comparison. */
    public record Point(Langevin.Run run, double gibbsEnergy, double tv, double tvHalves, double tEff, double tEffSe) {}

    /** Annealing at one schedule and stage length: the basin label of each run. */
    public record Anneal(String schedule, double[] alphas, long stageSteps, int[] basins) {
        public double[] fractionGlobal() {
            int c = 0;
            for (int b : basins) if (b == 0) c++;
            double p = (double) c / basins.length;
            return new double[] {p, Math.sqrt(p * (1 - p) / basins.length)};
        }

        public double finalTemperature() { return alphas[alphas.length - 1] / 2; }
    }

    public Landscape landscape;
    public Gibbs gibbs;
    public final List<Point> sweep = new ArrayList<>();
    public final List<Point> scaling = new ArrayList<>();
    public final List<Anneal> anneal = new ArrayList<>();

    public static SliceStudy run(Settings s) {
        SliceStudy st = new SliceStudy();
        GaussianField field = GaussianField.sample(2, s.fieldM(), Streams.of(s.seed(), "sgd-markov-field").nextLong(), s.threads());
        st.landscape = Landscape.of(field, SCALE, RADIUS, HALF, NODE_SPACING, s.threads());
        st.gibbs = Gibbs.of(st.landscape, QUADRATURE_SPACING, s.threads());
        for (double alpha : s.steps()) {
            st.sweep.add(st.point(alpha, alpha / (2 * TEMPERATURE), s.chains(), s.chainTime(), s, "slice-sweep-" + alpha));
        }
        for (double[] c : SCALING) {
            st.scaling.add(st.point(c[0], c[1], s.chains(), s.scalingTime(), s, "slice-scaling-" + c[0] + "-" + c[1]));
        }
        for (long tau : s.stageSteps()) {
            st.anneal.add(new Anneal("moderate", MODERATE, tau, Langevin.anneal(st.gibbs, MODERATE, 1, tau, START, s.annealRuns(),
                    DESCENT_STEPS, DESCENT_STEP, s.seed(), "anneal-moderate-" + tau, s.threads())));
            st.anneal.add(new Anneal("cold", COLD, tau, Langevin.anneal(st.gibbs, COLD, 1, tau, START, s.annealRuns(),
                    DESCENT_STEPS, DESCENT_STEP, s.seed(), "anneal-cold-" + tau, s.threads())));
        }
        return st;
    }

    /** Chains of eq (3) at (alpha, l) for a chain time (alpha x steps) of {@code time}, the first fifth as burn-in. */
    private Point point(double alpha, double batch, int chains, double time, Settings s, String label) {
        long steps = (long) Math.ceil(time / alpha);
        Langevin.Run r = Langevin.stationary(gibbs, BINS, alpha, batch, chains, steps / 5, steps, s.seed(), label, s.threads());
        double t = r.temperature();
        double[] q = gibbs.binMasses(t, BINS);
        double tv = Bins.totalVariation(r.frequencies(0, 1), q);
        double halves = Bins.totalVariation(r.frequencies(0, 2), r.frequencies(1, 2));
        double[] e = r.meanEnergy();
        double tEff = gibbs.temperatureOf(e[0], t / 8, t * 8);
        double tEffSe = e[1] / (gibbs.energyVariance(tEff) / (tEff * tEff));   // dE/dT = Var f / T^2
        return new Point(r, gibbs.meanEnergy(t), tv, halves, tEff, tEffSe);
    }

    public Point sweepAt(double alpha) {
        for (Point p : sweep) if (p.run().alpha() == alpha) return p;
        return null;
    }

    public Anneal annealAt(String schedule, long tau) {
        for (Anneal a : anneal) if (a.schedule().equals(schedule) && a.stageSteps() == tau) return a;
        return null;
    }
}
