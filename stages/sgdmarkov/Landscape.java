package sgdmarkov;

import lib.FastTrig;
import lib.GaussianField;
import lib.Parallel;

/**
 * The non-convex landscape of the Gibbs-law checks (003 §3.3): a 2-D slice of the project's random field plus a
 * confining bowl, scaled,
 * <pre>
 *   f(x) = s (phi(x) + |x|^2 / (2 r^2)),   x in R^2.
 * </pre>
 * <b>Why a 2-D field is a slice.</b> Restricting the spectral field of 000 eqs (29)-(31) in R^N to the plane
 * x0 + u e1 + v e2 (e1, e2 orthonormal) gives phases theta_m = z_m.x0 + u z_m.e1 + v z_m.e2, where (z_m.e1, z_m.e2)
 * are i.i.d. N(0, I_2) and the constant phase only rotates w_m, whose law (a, b i.i.d. N(0, 1/M)) is rotation
 * invariant: the slice has exactly the law of {@code GaussianField.sample(2, M)}, which is what this class uses.
 * <b>Why the bowl.</b> phi is stationary and bounded, so e^{-beta phi} has no finite normaliser on R^2; the bowl makes
 * the Gibbs law of eq (4) exist without changing the landscape's local structure (r a few correlation lengths).
 * <b>Why the scale.</b> s only sets units: with s = 1/8 the temperatures alpha/(2 l) of integer batch sizes l = 1..16
 * at stable steps alpha are comparable to the barriers of s phi.
 *
 * <p><b>Evaluation.</b> phi, its gradient and its mixed derivative are computed exactly at the nodes of a square grid
 * of spacing h on [-half, half]^2 (direct spectral sums) and interpolated by C^1 bicubic Hermite patches inside the box
 * (interpolation error O(h^4) in value, O(h^3) in gradient: about 1e-7 and 1e-5 at h = 0.04); outside the box the
 * spectral sums are evaluated directly. The chains and the Gibbs quadrature both use this same function, so their
 * comparison is exact for it.
 */
public final class Landscape {
    private final GaussianField field;
    private final double scale, radius2, half, h;
    private final int k;                       // intervals per axis: nodes 0..k
    private final double[] v, gx, gy, gxy;     // node data of phi, row-major (i along x, j along y): index i*(k+1)+j

    private Landscape(GaussianField field, double scale, double radius, double half, double h, int k,
                      double[] v, double[] gx, double[] gy, double[] gxy) {
        this.field = field;
        this.scale = scale;
        this.radius2 = radius * radius;
        this.half = half;
        this.h = h;
        this.k = k;
        this.v = v;
        this.gx = gx;
        this.gy = gy;
        this.gxy = gxy;
    }

    /** The landscape of a 2-D field; the node grid has spacing about {@code spacing} on [-half, half]^2. */
    public static Landscape of(GaussianField field, double scale, double radius, double half, double spacing, int threads) {
        if (field.n() != 2) throw new IllegalArgumentException("need a 2-D field, got N = " + field.n());
        int k = (int) Math.ceil(2 * half / spacing);
        double h = 2 * half / k;
        int nodes = k + 1;
        double[] v = new double[nodes * nodes], gx = new double[v.length], gy = new double[v.length], gxy = new double[v.length];
        int m = field.m();
        double[] z = field.z(), a = field.a(), b = field.b();
        Parallel.run(nodes, threads, i -> {
            double[] theta = new double[m], sin = new double[m], cos = new double[m];
            double x = -half + i * h;
            for (int j = 0; j < nodes; j++) {
                double y = -half + j * h;
                for (int q = 0; q < m; q++) theta[q] = z[2 * q] * x + z[2 * q + 1] * y;
                FastTrig.sinCos(theta, 0, m, sin, cos);
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int q = 0; q < m; q++) {
                    double c = a[q] * cos[q] - b[q] * sin[q];      // Re w e^{i theta}
                    double d = -(a[q] * sin[q] + b[q] * cos[q]);   // its derivative in theta
                    s0 += c;
                    s1 += d * z[2 * q];
                    s2 += d * z[2 * q + 1];
                    s3 -= c * z[2 * q] * z[2 * q + 1];
                }
                int idx = i * nodes + j;
                v[idx] = s0;
                gx[idx] = s1;
                gy[idx] = s2;
                gxy[idx] = s3;
            }
        });
        return new Landscape(field, scale, radius, half, h, k, v, gx, gy, gxy);
    }

    public double scale() { return scale; }

    public double radius() { return Math.sqrt(radius2); }

    /** Half-width of the interpolation box. */
    public double half() { return half; }

    public GaussianField field() { return field; }

    /** f(x, y). */
    public double value(double x, double y) {
        return valueGrad(x, y, null);
    }

    /** f(x, y); its gradient into g[0], g[1] when g is not null. */
    public double valueGrad(double x, double y, double[] g) {
        double phi, px, py;
        double fx = (x + half) / h, fy = (y + half) / h;
        int i = (int) Math.floor(fx), j = (int) Math.floor(fy);
        if (i >= 0 && j >= 0 && i < k && j < k) {
            double u = fx - i, w = fy - j;
            int nodes = k + 1;
            int i00 = i * nodes + j, i10 = i00 + nodes, i01 = i00 + 1, i11 = i10 + 1;
            // Hermite basis on [0, 1]: values H0 (node 0), H1 (node 1); slopes G0, G1 (times h); and their derivatives
            double u2 = u * u, u3 = u2 * u, w2 = w * w, w3 = w2 * w;
            double hu0 = 1 - 3 * u2 + 2 * u3, hu1 = 3 * u2 - 2 * u3, gu0 = (u - 2 * u2 + u3) * h, gu1 = (u3 - u2) * h;
            double hw0 = 1 - 3 * w2 + 2 * w3, hw1 = 3 * w2 - 2 * w3, gw0 = (w - 2 * w2 + w3) * h, gw1 = (w3 - w2) * h;
            double dhu0 = (-6 * u + 6 * u2) / h, dhu1 = -dhu0, dgu0 = 1 - 4 * u + 3 * u2, dgu1 = 3 * u2 - 2 * u;
            double dhw0 = (-6 * w + 6 * w2) / h, dhw1 = -dhw0, dgw0 = 1 - 4 * w + 3 * w2, dgw1 = 3 * w2 - 2 * w;
            // phi = sum over corners (a, b) of [v Ha Hb + gx Ga Hb + gy Ha Gb + gxy Ga Gb]
            double c00 = v[i00] * hw0 + gy[i00] * gw0, c01 = v[i01] * hw1 + gy[i01] * gw1;
            double c10 = v[i10] * hw0 + gy[i10] * gw0, c11 = v[i11] * hw1 + gy[i11] * gw1;
            double e00 = gx[i00] * hw0 + gxy[i00] * gw0, e01 = gx[i01] * hw1 + gxy[i01] * gw1;
            double e10 = gx[i10] * hw0 + gxy[i10] * gw0, e11 = gx[i11] * hw1 + gxy[i11] * gw1;
            double p0 = c00 + c01, p1 = c10 + c11, q0 = e00 + e01, q1 = e10 + e11;
            phi = hu0 * p0 + hu1 * p1 + gu0 * q0 + gu1 * q1;
            px = dhu0 * p0 + dhu1 * p1 + dgu0 * q0 + dgu1 * q1;
            if (g != null) {
                double d00 = v[i00] * dhw0 + gy[i00] * dgw0, d01 = v[i01] * dhw1 + gy[i01] * dgw1;
                double d10 = v[i10] * dhw0 + gy[i10] * dgw0, d11 = v[i11] * dhw1 + gy[i11] * dgw1;
                double f00 = gx[i00] * dhw0 + gxy[i00] * dgw0, f01 = gx[i01] * dhw1 + gxy[i01] * dgw1;
                double f10 = gx[i10] * dhw0 + gxy[i10] * dgw0, f11 = gx[i11] * dhw1 + gxy[i11] * dgw1;
                py = hu0 * (d00 + d01) + hu1 * (d10 + d11) + gu0 * (f00 + f01) + gu1 * (f10 + f11);
            } else {
                py = 0;
            }
        } else {
            double[] p = {x, y};
            phi = field.value(p);
            double[] d = field.gradient(p);
            px = d[0];
            py = d[1];
        }
        if (g != null) {
            g[0] = scale * (px + x / radius2);
            g[1] = scale * (py + y / radius2);
        }
        return scale * (phi + (x * x + y * y) / (2 * radius2));
    }

    /** f by the direct spectral sum, without interpolation (for checks of the interpolation). */
    public double exactValue(double x, double y) {
        return scale * (field.value(new double[] {x, y}) + (x * x + y * y) / (2 * radius2));
    }

    /** grad f by the direct spectral sum. */
    public double[] exactGradient(double x, double y) {
        double[] d = field.gradient(new double[] {x, y});
        return new double[] {scale * (d[0] + x / radius2), scale * (d[1] + y / radius2)};
    }
}
