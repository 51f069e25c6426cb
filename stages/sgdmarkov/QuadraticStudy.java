package sgdmarkov;

import java.util.ArrayList;
import java.util.List;

/**
 * The Gibbs law on the quadratic f = lambda x^2/2 (lambda = 1): eq (4) at temperature 1/beta = 1 for a grid of steps
 * alpha lambda, and eq (3) at a small step with batch l, whose variance fixes the temperature (see {@link GaussianChain}).
 */
public final class QuadraticStudy {
    public static final double LAMBDA = 1;
    public static final double TEMPERATURE = 1;
    /** The step of the Gibbs-law claim: alpha lambda = 1/2, where the derived factor 1/(1 - alpha lambda/2) = 4/3. */
    public static final double CLAIM_STEP = 0.5;
    /** eq (3) for the temperature: alpha lambda = 0.01 (discretisation factor 1/(1 - 0.005)), batch l = 4. */
    public static final double TEMPERATURE_STEP = 0.01;
    public static final int TEMPERATURE_BATCH = 4;
    /** Histogram: bins over [-5, 5] standard deviations of the Gibbs law. */
    public static final int BINS = 80;

    public record Settings(double[] steps, int chains, long samples, int temperatureChains, long temperatureSamples,
                           long seed, int threads) {}

    public final List<GaussianChain.Run> gibbs = new ArrayList<>();
    public GaussianChain.Run temperature;

    public static QuadraticStudy run(Settings s) {
        QuadraticStudy q = new QuadraticStudy();
        double w = 5 * Math.sqrt(TEMPERATURE / LAMBDA);
        for (double al : s.steps()) {
            double alpha = al / LAMBDA;
            // eq (4): per-step noise variance 2 alpha / beta
            q.gibbs.add(GaussianChain.simulate(alpha, LAMBDA, 2 * alpha * TEMPERATURE, s.chains(), s.samples(), BINS, w,
                    s.seed(), "quadratic-eq4-" + al, s.threads()));
        }
        double alpha = TEMPERATURE_STEP / LAMBDA;
        // eq (3): per-step noise variance alpha^2 / l
        q.temperature = GaussianChain.simulate(alpha, LAMBDA, alpha * alpha / TEMPERATURE_BATCH, s.temperatureChains(),
                s.temperatureSamples(), BINS, 5 * Math.sqrt(alpha / (2 * TEMPERATURE_BATCH * LAMBDA)), s.seed(), "quadratic-eq3",
                s.threads());
        return q;
    }

    public GaussianChain.Run at(double alphaLambda) {
        for (GaussianChain.Run r : gibbs) if (r.alpha() * LAMBDA == alphaLambda) return r;
        return null;
    }
}
