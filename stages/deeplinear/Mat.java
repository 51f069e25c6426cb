package deeplinear;

/** Products of small row-major matrices (the descent's inner loop; EJML serves the decompositions). */
final class Mat {
    private Mat() {}

    /** A (r x k) B (k x c). */
    static double[] mul(double[] a, double[] b, int r, int k, int c) {
        double[] out = new double[r * c];
        for (int i = 0; i < r; i++) {
            for (int m = 0; m < k; m++) {
                double v = a[i * k + m];
                if (v == 0) continue;
                for (int j = 0; j < c; j++) out[i * c + j] += v * b[m * c + j];
            }
        }
        return out;
    }

    /** Aᵀ B for A (k x r) and B (k x c): r x c. */
    static double[] mulTransA(double[] a, double[] b, int k, int r, int c) {
        double[] out = new double[r * c];
        for (int m = 0; m < k; m++) {
            for (int i = 0; i < r; i++) {
                double v = a[m * r + i];
                if (v == 0) continue;
                for (int j = 0; j < c; j++) out[i * c + j] += v * b[m * c + j];
            }
        }
        return out;
    }

    /** A Bᵀ for A (r x k) and B (c x k): r x c. */
    static double[] mulTransB(double[] a, double[] b, int r, int k, int c) {
        double[] out = new double[r * c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double s = 0;
                for (int m = 0; m < k; m++) s += a[i * k + m] * b[j * k + m];
                out[i * c + j] = s;
            }
        }
        return out;
    }

    static double[] identity(int n) {
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) out[i * n + i] = 1;
        return out;
    }
}
