package blackbox;

import java.nio.file.Path;
import java.util.SplittableRandom;
import lib.BadInput;
import lib.Streams;

/**
 * A binary classification set: n inputs of dimension d (row-major floats) and labels 0/1. Holds the two sets of
 * 000 §4.2 (the sine-separated plane and MNIST even/odd) and the normalisation the paper applies to both.
 */
public record Dataset(String name, int n, int d, float[] x, int[] label) {

    /** Angular frequency of the sine boundary x2 = sin(SINE_FREQ x1) (a choice: the paper does not give it). */
    public static final double SINE_FREQ = 2.0;

    /**
     * The sine set (000 §4.2, Figure 9): x ~ N(0, I_2); label 1 when the point lies above the curve
     * x2 = sin(2 x1), else 0. The paper gives only "normally distributed points separated by a sine function";
     * frequency 2 puts about one and a half periods within two standard deviations. Points come from
     * Streams.of(seed, "sine-" + part), so train and test are independent for the same seed.
     */
    public static Dataset sine(int n, long seed, String part) {
        SplittableRandom rng = Streams.of(seed, "sine-" + part);
        float[] x = new float[2 * n];
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            double x1 = rng.nextGaussian();
            double x2 = rng.nextGaussian();
            x[2 * i] = (float) x1;
            x[2 * i + 1] = (float) x2;
            label[i] = x2 > Math.sin(SINE_FREQ * x1) ? 1 : 0;
        }
        return new Dataset("sine", n, 2, x, label);
    }

    /**
     * MNIST even/odd from the pinned IDX files in dir: pixels scaled to [0,1], label 1 for an odd digit.
     * The first `limit` items are used (limit <= 0: all).
     */
    public static Dataset mnist(Path dir, boolean train, int limit) {
        String prefix = train ? "train" : "t10k";
        Idx.Array images = Idx.read(dir.resolve(prefix + "-images-idx3-ubyte"));
        Idx.Array labels = Idx.read(dir.resolve(prefix + "-labels-idx1-ubyte"));
        if (images.dims().length != 3 || labels.dims().length != 1 || images.count() != labels.count()) {
            throw new BadInput(dir, prefix + ": images and labels do not match (" + images.count() + " vs " + labels.count() + ")");
        }
        int n = limit > 0 ? Math.min(limit, images.count()) : images.count();
        int d = images.itemSize();
        float[] x = new float[n * d];
        for (int i = 0; i < n * d; i++) x[i] = images.get(i) / 255f;
        int[] label = new int[n];
        for (int i = 0; i < n; i++) label[i] = labels.get(i) % 2;
        return new Dataset("mnist", n, d, x, label);
    }

    /** The centring and scaling of 000 §4.2: subtract the mean input, divide by the mean norm. */
    public record Normalisation(double[] mean, double scale) {

        /** Statistics from this (training) set: afterwards it has mean 0 and mean Euclidean norm 1. */
        public static Normalisation of(Dataset s) {
            double[] mean = new double[s.d];
            for (int i = 0; i < s.n; i++) for (int j = 0; j < s.d; j++) mean[j] += s.x[i * s.d + j];
            for (int j = 0; j < s.d; j++) mean[j] /= s.n;
            double norms = 0;
            for (int i = 0; i < s.n; i++) {
                double q = 0;
                for (int j = 0; j < s.d; j++) {
                    double c = s.x[i * s.d + j] - mean[j];
                    q += c * c;
                }
                norms += Math.sqrt(q);
            }
            return new Normalisation(mean, norms / s.n);
        }

        /** Applies the training statistics (to the training or the test set). */
        public Dataset apply(Dataset s) {
            float[] y = new float[s.x.length];
            for (int i = 0; i < s.n; i++) {
                for (int j = 0; j < s.d; j++) y[i * s.d + j] = (float) ((s.x[i * s.d + j] - mean[j]) / scale);
            }
            return new Dataset(s.name, s.n, s.d, y, s.label);
        }

        /** Maps a normalised point back to raw coordinates (for figures). */
        public double raw(int j, double v) { return v * scale + mean[j]; }
    }

    /** Fraction of label 1 (the accuracy of always answering the majority class is max(p, 1 - p)). */
    public double positiveFraction() {
        long k = 0;
        for (int t : label) k += t;
        return (double) k / n;
    }

    public Dataset head(int m) {
        int k = Math.min(m, n);
        return new Dataset(name, k, d, java.util.Arrays.copyOf(x, k * d), java.util.Arrays.copyOf(label, k));
    }
}
