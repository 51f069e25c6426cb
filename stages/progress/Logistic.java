package progress;

/** The logistic link and its cross-entropy, shared by the black box and the perceptron. */
final class Logistic {
    private Logistic() {}

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** −t log sigmoid(z) − (1 − t) log(1 − sigmoid(z)), stably. */
    static double crossEntropy(double z, int t) {
        double u = t == 1 ? -z : z;
        return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
    }
}
