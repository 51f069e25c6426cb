package blackbox;

import lib.GaussianField;
import lib.Streams;

/**
 * The spectral data (Z, a, b) of one field realisation from lib/GaussianField (000 eqs 29-31: Z ~ N(0,1) M x N
 * row-major, a, b ~ N(0, 1/M), Var phi = 1, k(r) = exp(-r^2/2)), one realisation per label: the seed of
 * GaussianField.sample is Streams.of(seed, label).nextLong().
 */
public record FieldDraw(double[] z, double[] a, double[] b, int m, int n) {

    public static FieldDraw draw(long seed, String label, int m, int n) {
        GaussianField g = GaussianField.sample(n, m, Streams.of(seed, label).nextLong());
        return new FieldDraw(g.z(), g.a(), g.b(), m, n);
    }
}
