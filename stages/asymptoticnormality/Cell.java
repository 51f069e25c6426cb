package asymptoticnormality;

/**
 * One simulated (method, N, X) cell: the sample's moments with standard errors, the exact finite-N moments
 * (eqs 11-12), the paper's limits (eqs 19-20), the corrected variance limit, and KS tests against three normal
 * laws: the theorem's N(μ_N, σ²), the corrected limit N(μ_N, σ_c²), and N(E[Φ1], Var Φ1) with the exact
 * finite-N moments (which tests the shape alone).
 */
public record Cell(String method, int dims, double x, double eta, SampleSummary sample,
                   double meanExact, double varExact, double mu, double sigma2Paper, double sigma2Corrected,
                   double ksTheorem, double ksCorrected, double ksExact) {

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
                s.ksDistance(mu, sp), s.ksDistance(mu, sc), s.ksDistance(meanExact, varExact));
    }

    public double zMeanExact() { return (sample.mean() - meanExact) / sample.seMean(); }

    public double zVarExact() { return (sample.variance() - varExact) / sample.seVariance(); }

    public double zVarPaper() { return (sample.variance() - sigma2Paper) / sample.seVariance(); }

    public double zVarCorrected() { return (sample.variance() - sigma2Corrected) / sample.seVariance(); }

    public double pTheorem() { return sample.ksPValue(ksTheorem); }

    public double pCorrected() { return sample.ksPValue(ksCorrected); }

    public double pExact() { return sample.ksPValue(ksExact); }
}
