package progress;

/**
 * An optimiser as a rule for the next query point from the current one and its gradient. The step sizes follow 000's
 * scaling η = X/√N ({@link #eta}): a step then has length of order X whatever N, and the cost after n steps is of
 * order √N, so the scaled cost f/√N has a limit (in 001's terms: 000's field rescaled, f_N(y) = √N φ(y/√N), has
 * covariance N exp(−|y − y'|²/(2N)), a scaled isotropic random function, and GD on f_N with step X is GD on φ with
 * η = X/√N).
 *
 * <p>A gradient span algorithm (001, Definition 2.1, as far as the abstract and the issue describe it) puts every
 * query point in x_0 + span(∇f(x_0), ..., ∇f(x_{k−1})) with coefficients that depend only on the observed values
 * and inner products; GD, heavy ball and Nesterov do (momentum is a linear combination of past gradients). Adam
 * rescales each coordinate by its own running gradient magnitude, so its steps leave the span: it can only run on the
 * spectral field, where coordinates exist. Instances keep per-run state: call {@link #reset} before each run.
 */
public abstract class Algorithm {
    final String name;
    final double x;

    Algorithm(String name, double x) {
        this.name = name;
        this.x = x;
    }

    public String name() { return name; }

    /** The step-size scale X. */
    public double scale() { return x; }

    /** η = X/√N; in the N → ∞ limit (scaled gradients ĝ = ∇f/√N) the same step is X ĝ, i.e. N = 1. */
    public double eta(double dims) { return x / Math.sqrt(dims); }

    public abstract boolean gradientSpan();

    /** A fresh copy (algorithms are stateful; each worker runs its own). */
    public abstract Algorithm copy();

    /** Forgets the state of the last run; vectors have length dim. */
    public abstract void reset(int dim);

    /** The next query point from the current one xk (step k = 0, 1, ...) and its gradient gk. */
    public abstract void next(int k, double[] xk, double[] gk, double eta, double[] out);

    /** x_{k+1} = x_k − η ∇f(x_k). */
    public static final class GradientDescent extends Algorithm {
        public GradientDescent(double x) { super("gd", x); }

        @Override public boolean gradientSpan() { return true; }

        @Override public Algorithm copy() { return new GradientDescent(x); }

        @Override public void reset(int dim) {}

        @Override public void next(int k, double[] xk, double[] gk, double eta, double[] out) {
            for (int i = 0; i < out.length; i++) out[i] = xk[i] - eta * gk[i];
        }
    }

    /** Polyak's heavy ball: x_{k+1} = x_k − η ∇f(x_k) + β (x_k − x_{k−1}). */
    public static final class HeavyBall extends Algorithm {
        final double beta;
        private double[] prev;

        public HeavyBall(double x, double beta) {
            super("heavy-ball", x);
            this.beta = beta;
        }

        @Override public boolean gradientSpan() { return true; }

        @Override public Algorithm copy() { return new HeavyBall(x, beta); }

        @Override public void reset(int dim) { prev = new double[dim]; }

        @Override public void next(int k, double[] xk, double[] gk, double eta, double[] out) {
            for (int i = 0; i < out.length; i++) {
                double momentum = k == 0 ? 0 : beta * (xk[i] - prev[i]);
                prev[i] = xk[i];
                out[i] = xk[i] - eta * gk[i] + momentum;
            }
        }
    }

    /**
     * Nesterov's method in Sutskever's form: v_{k+1} = β v_k − η ∇f(y_k), x_{k+1} = x_k + v_{k+1}, and the gradient
     * is queried at y_{k+1} = x_{k+1} + β v_{k+1}. The query points y_k are what the oracle sees, so the cost curve
     * recorded is f(y_k) (y_0 = x_0).
     */
    public static final class Nesterov extends Algorithm {
        final double beta;
        private double[] xs;
        private double[] v;

        public Nesterov(double x, double beta) {
            super("nesterov", x);
            this.beta = beta;
        }

        @Override public boolean gradientSpan() { return true; }

        @Override public Algorithm copy() { return new Nesterov(x, beta); }

        @Override public void reset(int dim) {
            xs = null;
            v = new double[dim];
        }

        @Override public void next(int k, double[] yk, double[] gk, double eta, double[] out) {
            if (xs == null) xs = yk.clone();
            for (int i = 0; i < out.length; i++) {
                v[i] = beta * v[i] - eta * gk[i];
                xs[i] += v[i];
                out[i] = xs[i] + beta * v[i];
            }
        }
    }

    /**
     * Adam (Kingma and Ba 2015) with the usual β1 = 0.9, β2 = 0.999, ε = 1e-8 and learning rate X/√N: every
     * coordinate moves by about X/√N, so a step has length about X, as GD's. Not a gradient span algorithm.
     */
    public static final class Adam extends Algorithm {
        static final double B1 = 0.9, B2 = 0.999, EPS = 1e-8;
        private double[] m1, m2;

        public Adam(double x) { super("adam", x); }

        @Override public boolean gradientSpan() { return false; }

        @Override public Algorithm copy() { return new Adam(x); }

        @Override public void reset(int dim) {
            m1 = new double[dim];
            m2 = new double[dim];
        }

        @Override public void next(int k, double[] xk, double[] gk, double eta, double[] out) {
            double c1 = 1 - Math.pow(B1, k + 1), c2 = 1 - Math.pow(B2, k + 1);
            for (int i = 0; i < out.length; i++) {
                m1[i] = B1 * m1[i] + (1 - B1) * gk[i];
                m2[i] = B2 * m2[i] + (1 - B2) * gk[i] * gk[i];
                out[i] = xk[i] - eta * (m1[i] / c1) / (Math.sqrt(m2[i] / c2) + EPS);
            }
        }
    }
}
