package asymptoticnormality;

/**
 * One simulated (method, N, X) cell: the sample's moments with standard errors, the exact finite-N moments
 * (eqs 11-12), the paper's limits (eqs 19-20), the corrected variance limit, and KS tests against four normal
 * laws: the theorem's N(μ_N, σ²), the corrected limit N(μ_N, σ_c²), N(E[Φ1], σ²) (the paper's variance at the exact
 * centring: the O(N^{-1/2}) centring error, checked on its own, no longer masks the variance), and N(E[Φ1], Var Φ1)
 * with the exact finite-N moments (which tests the shape alone).
 */
public record Cell(String method, int dims, double x, double eta, SampleSummary sample,
                   double meanExact, double varExact, double mu, double sigma2Paper, double sigma2Corrected,
                   double ksTheorem, double ksCorrected, double ksPaperCentred, double ksExact) {

    public static Cell of(String method, int dims, double x, double[] draws) {
        return of(method, dims, x, SampleSummary.of(draws));
    }

    /** A cell from a summary whose standard errors the caller has set (e.g. from the spread between field realisations). */
    public static Cell of(String method, int dims, double x, SampleSummary s) {
        double eta = Limits.eta(dims, x);
        double meanExact = ExactMoments.mean(dims, eta);
        double varExact = ExactMoments.variance(dims, eta);
        double mu = Limits.mu(dims, x);
        double sp = Limits.sigma2Paper(x);
        double sc = Limits.sigma2Corrected(x);
        return new Cell(method, dims, x, eta, s, meanExact, varExact, mu, sp, sc,
                s.ksDistance(mu, sp), s.ksDistance(mu, sc), s.ksDistance(meanExact, sp), s.ksDistance(meanExact, varExact));
    }

    public double zMeanExact() { return (sample.mean() - meanExact) / sample.seMean(); }

    public double zVarExact() { return (sample.variance() - varExact) / sample.seVariance(); }

    public double zVarPaper() { return (sample.variance() - sigma2Paper) / sample.seVariance(); }

    public double zVarCorrected() { return (sample.variance() - sigma2Corrected) / sample.seVariance(); }

    public double pTheorem() { return sample.ksPValue(ksTheorem); }

    public double pCorrected() { return sample.ksPValue(ksCorrected); }

    public double pExact() { return sample.ksPValue(ksExact); }

    public double pPaperCentred() { return sample.ksPValue(ksPaperCentred); }

    /**
     * The variance the tests of σ²(X) must tell apart from it: the corrected limit σ_c²(X), or, where the two coincide
     * (at X = 2, where 1 − 2X² + X⁴/2 = 1), a 1 % error in σ².
     */
    public double alternativeVariance() {
        return coincide() ? 1.01 * sigma2Paper : sigma2Corrected;
    }

    public String alternativeLabel() {
        return coincide() ? "σ²(X) + 1 % (σ_c² and σ² coincide here)" : "σ_c²(X), the derived limit";
    }

    private boolean coincide() { return Math.abs(sigma2Corrected - sigma2Paper) <= 1e-12 * sigma2Paper; }
}
