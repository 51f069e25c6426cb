package sgdmarkov;

/** Square histogram bins: nb x nb cells on [-w, w]^2 and one overflow cell (index nb^2) for everything outside. */
public record Bins(int perAxis, double halfWidth) {

    public int count() { return perAxis * perAxis + 1; }

    public int index(double x, double y) {
        int i = (int) Math.floor((x + halfWidth) / (2 * halfWidth) * perAxis);
        int j = (int) Math.floor((y + halfWidth) / (2 * halfWidth) * perAxis);
        if (i < 0 || j < 0 || i >= perAxis || j >= perAxis) return perAxis * perAxis;
        return i * perAxis + j;
    }

    /** Total variation distance sum |p - q| / 2 between two mass vectors over these bins. */
    public static double totalVariation(double[] p, double[] q) {
        double s = 0;
        for (int k = 0; k < p.length; k++) s += Math.abs(p[k] - q[k]);
        return s / 2;
    }
}
