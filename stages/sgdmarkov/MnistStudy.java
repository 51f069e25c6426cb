package sgdmarkov;

import blackbox.Dataset;
import java.nio.file.Path;

/**
 * 003 §3.2-3.3 on a real finite sum: MNIST even/odd (the first training images, normalised with the statistics of all
 * 60000 as in 000 §4.2), L2-regularised logistic regression ({@link RidgeLogistic}).
 * <ul>
 * <li>The Markov step (§3.2) on the first {@code stepItems} images, at w0 = w* / 2 of that finite sum: conditional mean
 *     and covariance of a batch step, with and without replacement ({@link StepMoments}).</li>
 * <li>Assumption 14 and the Gaussian-noise model against real SGD on the first {@code items} images: the gradient
 *     covariance at w*, and the stationary spread of real SGD at (alpha, l), (2 alpha, 2 l) and (2 alpha, l).</li>
 * </ul>
 */
public final class MnistStudy {
    public record Settings(Path dir, int items, double ridge, int stepItems, int stepBatch, int stepDraws, double alpha,
                           int batch, int chains, long burn, long steps, long seed, int threads) {}

    public StepMoments.Exact stepExact;
    public StepMoments.Draws withReplacement, withoutReplacement;
    public int items, stepItems;
    public double ridge;
    public double fStar;
    public RealSgd.Spectrum spectrum;
    /** Real SGD at base (alpha, l), both doubled, alpha doubled. */
    public RealSgd.Chains base, both, alphaOnly;

    public static MnistStudy run(Settings s) {
        MnistStudy st = new MnistStudy();
        Dataset all = Dataset.mnist(s.dir(), true, 0);
        Dataset.Normalisation norm = Dataset.Normalisation.of(all);
        Dataset head = norm.apply(all.head(Math.max(s.items(), s.stepItems())));
        st.stepItems = s.stepItems();
        st.ridge = s.ridge();
        st.markovStep(RidgeLogistic.of(head, s.stepItems(), s.ridge()), s);
        st.items = s.items();
        RidgeLogistic p = RidgeLogistic.of(head, s.items(), s.ridge());
        double[] wStar = p.minimise(1e-12);
        st.fStar = p.value(wStar);
        st.spectrum = RealSgd.spectrum(p, wStar);
        // f - f* (n x d per evaluation) 20 times per run; the projections (d^2) every 100 steps, at least 10 times
        int lossEvery = (int) Math.max(1, s.steps() / 20), projectEvery = (int) Math.max(1, Math.min(100, s.steps() / 10));
        st.base = RealSgd.run(p, wStar, st.fStar, st.spectrum, s.alpha(), s.batch(), s.chains(), s.burn(), s.steps(),
                lossEvery, projectEvery, s.seed(), "real-base", s.threads());
        st.both = RealSgd.run(p, wStar, st.fStar, st.spectrum, 2 * s.alpha(), 2 * s.batch(), s.chains(), s.burn(), s.steps(),
                lossEvery, projectEvery, s.seed(), "real-both", s.threads());
        st.alphaOnly = RealSgd.run(p, wStar, st.fStar, st.spectrum, 2 * s.alpha(), s.batch(), s.chains(), s.burn(), s.steps(),
                lossEvery, projectEvery, s.seed(), "real-alpha", s.threads());
        return st;
    }

    private void markovStep(RidgeLogistic fs, Settings s) {
        double[] w0 = fs.minimise(1e-12);
        for (int j = 0; j < w0.length; j++) w0[j] /= 2;
        double[] g = fs.itemGradients(w0);
        double[] loss = new double[fs.n()];
        for (int i = 0; i < fs.n(); i++) loss[i] = fs.itemLoss(w0, i);
        stepExact = StepMoments.exact(g, fs.n(), fs.d(), loss);
        withReplacement = StepMoments.draw(g, stepExact, s.stepBatch(), true, s.stepDraws(), 16, s.seed(), "step-with", s.threads());
        withoutReplacement = StepMoments.draw(g, stepExact, s.stepBatch(), false, s.stepDraws(), 16, s.seed(), "step-without",
                s.threads());
    }

    /** The model's E f - f* (quadratic, true Sigma) at (alpha, l). */
    public double model(double alpha, int batch) {
        return RealSgd.excess(spectrum, RealSgd.modelVariances(spectrum, alpha, batch, false));
    }

    /** Assumption 14 with the Gibbs law at 1/beta = alpha/(2 l): E f - f* = d alpha / (4 l) (equipartition). */
    public double gibbsA14(double alpha, int batch) {
        return spectrum.d() * alpha / (4.0 * batch);
    }
}
