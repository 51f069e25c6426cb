package sgdmarkov;

import java.util.ArrayList;
import java.util.List;
import lib.Streams;

/**
 * 003 §2 on least-squares finite sums: Theorem 7 (bound, rate, floor), Theorem 8 (decaying steps), Remark 9 (mini-batch)
 * and Remark 10 (sigma >= 1), all from the exact moment recursion, with simulations as the independent check.
 * <p>The two problems: Example 2 (scalar a_i ~ N(1, 1/4), b_i = a_i + N(0, 1), n = 50: m = L) and a multi-dimensional
 * version (a_i ~ N(0, diag(0.4, 0.6, 0.9, 1.3, 2.0)^2), b_i = a_i.(1,...,1) + N(0, 1/4), n = 200: m far from 1 and
 * from L, so that m, 1/m and m/L are all told apart). Start x0 = 0.
 */
public final class LsStudy {
    /** Mini-batch size of the Remark 9 claims. */
    public static final int BATCH = 8;
    /** Step of the tightness and Remark 9 floor claims, as a fraction of 1/(L sigma_min): small, so the alpha -> 0 limit applies. */
    public static final double SMALL_FRACTION = 0.01;
    /** Step of the floor simulation, as a fraction of 1/(L sigma_min). */
    public static final double SIMULATED_FRACTION = 0.3;
    /** Batch sizes of the floor figure. */
    public static final int[] FIGURE_BATCHES = {1, 2, 4, 8};

    public record Settings(double[] fractions, int floorRuns, int horizon, int octaves, int perOctave, int decayRuns,
                           long seed, int threads) {}

    /** Theorem 8's schedule for one alpha0 m: its constants, checkpoints, exact gaps, and (if run) the runs' mean gap. */
    public record Decay(String label, double alpha0TimesM, Theorem8.Schedule schedule, double[] exact, double exactSlope,
                        double[] runsMean, double[] runsSlope) {}

    /** One problem's constants. */
    public record Problem(String name, LeastSquares ls) {}

    /** A floor point of the figure: exact floor and bound at one alpha and batch size. */
    public record FloorPoint(String problem, int batch, double alpha, double exactFloor, double boundFloor) {}

    /** Remark 9 and 10 numbers of one problem. */
    public record Remark9(String problem, int batch, double sigmaMin1, double sigmaMinBatch, double stabilityLimit,
                          double notesStepLimit, double smallAlpha, double floor1, double floorBatch,
                          double singleStep, double singleRate, double notesRate) {}

    public final List<Problem> problems = new ArrayList<>();
    public final List<Theorem7.Row> theorem7 = new ArrayList<>();
    public final List<FloorPoint> floors = new ArrayList<>();
    public final List<Remark9> remark9 = new ArrayList<>();
    public final List<Decay> decays = new ArrayList<>();
    /** Floor simulation (multi-dimensional problem, l = 1): per-run time averages, and the exact floor and the bound there. */
    public double[] simulatedFloor;
    public double simulatedAlpha, simulatedExact, simulatedBound;
    private int decayRuns;
    /** Tightness: exact floor / bound floor at the small step, per problem, and m/(2L). */
    public final List<double[]> tightness = new ArrayList<>();

    public int decayRuns() { return decayRuns; }

    public static LeastSquares example2(long seed) {
        return LeastSquares.generate(50, new double[] {0.5}, 2.0, 1.0, Streams.of(seed, "ls-example2"));
    }

    public static LeastSquares multi(long seed) {
        return LeastSquares.generate(200, new double[] {0.4, 0.6, 0.9, 1.3, 2.0}, 0.0, 0.5, Streams.of(seed, "ls-multi"));
    }

    public static LsStudy run(Settings s) {
        LsStudy st = new LsStudy();
        st.decayRuns = s.decayRuns();
        st.problems.add(new Problem("example2", example2(s.seed())));
        st.problems.add(new Problem("multi", multi(s.seed())));
        for (Problem p : st.problems) {
            double[] x0 = new double[p.ls().d()];
            for (int l : new int[] {1, BATCH}) st.theorem7.addAll(Theorem7.scan(p.name(), p.ls(), l, true, s.fractions(), x0));
            st.floorFigure(p);
            st.remark9.add(remark9(p));
            st.tightness(p);
        }
        st.simulateFloor(s);
        st.decay(s);
        return st;
    }

    private void tightness(Problem p) {
        LeastSquares ls = p.ls();
        double alpha = SMALL_FRACTION / (ls.bigL() * ls.sigmaMin(1));
        double sigma0 = ls.sigma0(1 / (ls.bigL() * alpha), 1);
        double fb = alpha * ls.bigL() * sigma0 / (2 * ls.m());
        double fe = new ExactMoments(ls, 1).floor(alpha);
        tightness.add(new double[] {alpha, fe, fb, ls.m() / (2 * ls.bigL())});
    }

    private void floorFigure(Problem p) {
        LeastSquares ls = p.ls();
        double lo = 1e-3 / (ls.bigL() * ls.sigmaMin(1));
        for (int l : FIGURE_BATCHES) {
            double k = ls.batchFactor(l, true);
            ExactMoments em = new ExactMoments(ls, k);
            double hi = em.stabilityLimit();
            double smin = ls.sigmaMin(k);
            int points = 41;
            for (int j = 0; j < points; j++) {
                double alpha = lo * Math.pow(hi * 0.999 / lo, j / (points - 1.0));
                double fb = alpha < 1 / (ls.bigL() * smin)
                        ? alpha * ls.bigL() * ls.sigma0(1 / (ls.bigL() * alpha), k) / (2 * ls.m()) : Double.NaN;
                floors.add(new FloorPoint(p.name(), l, alpha, em.floor(alpha), fb));
            }
        }
    }

    static Remark9 remark9(Problem p) {
        LeastSquares ls = p.ls();
        double k = ls.batchFactor(BATCH, true);
        double s1 = ls.sigmaMin(1), sl = ls.sigmaMin(k);
        ExactMoments one = new ExactMoments(ls, 1), batch = new ExactMoments(ls, k);
        double small = SMALL_FRACTION / (ls.bigL() * s1);
        // the notes: single-sample SGD at step alpha/l, alpha = 1/(L sigma) the largest admissible step
        double alpha = 1 / (ls.bigL() * s1);
        double single = alpha / BATCH;
        return new Remark9(p.name(), BATCH, s1, sl, batch.stabilityLimit(), BATCH / (ls.bigL() * s1), small,
                one.floor(small), batch.floor(small), single, one.meanRadius(single), 1 - alpha / (ls.m() * BATCH));
    }

    private void simulateFloor(Settings s) {
        LeastSquares ls = problems.get(1).ls();
        double alpha = SIMULATED_FRACTION / (ls.bigL() * ls.sigmaMin(1));
        long relax = (long) Math.ceil(1 / (alpha * ls.m()));
        simulatedAlpha = alpha;
        simulatedExact = new ExactMoments(ls, 1).floor(alpha);
        simulatedBound = alpha * ls.bigL() * ls.sigma0(1 / (ls.bigL() * alpha), 1) / (2 * ls.m());
        simulatedFloor = Theorem8.stationaryRuns(ls, alpha, new double[ls.d()], 15 * relax, 30 * relax, s.floorRuns(),
                s.seed(), "ls-floor", s.threads());
    }

    /** Theorem 8 on the multi-dimensional problem: alpha0 = 2/m (the theorem's regime, with runs) and 1/(4 m) (exact only). */
    private void decay(Settings s) {
        LeastSquares ls = problems.get(1).ls();
        double sigma = 2 * ls.sigmaMin(1);
        ExactMoments em = new ExactMoments(ls, 1);
        int[] cp = Theorem8.checkpoints(s.horizon(), s.octaves(), s.perOctave());
        double[] x0 = new double[ls.d()];
        for (double c : new double[] {2, 0.25}) {
            double alpha0 = c / ls.m();
            // t0 such that alpha_1 = alpha0/(1 + t0) < 1/(L sigma)
            double t0 = Math.ceil(alpha0 * ls.bigL() * sigma);
            Theorem8.Schedule sch = new Theorem8.Schedule(alpha0, t0, s.horizon(), cp);
            double[] exact = Theorem8.exact(em, sch, x0);
            double[] mean = null, slope = null;
            if (c == 2 && s.decayRuns() > 0) {
                double[][] gaps = Theorem8.runs(ls, sch, x0, s.decayRuns(), s.seed(), "ls-decay", s.threads());
                mean = Theorem8.meanGap(gaps);
                slope = Theorem8.fittedSlope(sch, gaps, Math.min(16, s.decayRuns()));
            }
            decays.add(new Decay(c == 2 ? "alpha0=2/m" : "alpha0=1/(4m)", c, sch, exact, Theorem8.slope(sch, exact), mean, slope));
        }
    }
}
