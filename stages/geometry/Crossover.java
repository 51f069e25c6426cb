package geometry;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * 000 §3.2: "random search gives superior results for small dimensions while gradient descent outperforms random
 * search in larger dimensions". One GD step at η_opt = (N+1)^{-1/2} against random search with the same number B of
 * field evaluations, compared through the exact law of Φ1 (eq 10) and the law of the best of B independent
 * N(0, 1) values.
 *
 * <p><b>The law of Φ1.</b> Given ξ² = |Ξ0|² ~ χ²_N, Φ1 = m1 + √v1 Z' with m1 = a(φ0 − ηξ²), a = e^{−η²ξ²/2} (eqs 8-9)
 * and φ0 ~ N(0, 1) independent, so Φ1 | ξ² ~ N(μ, σ²) with μ = −aηξ² and σ² = a² + v1 = 1 − η²ξ² e^{−η²ξ²}.
 * <b>Random search</b>: R_B = min of B iid N(0, 1), P(R_B > t) = Φ̄(t)^B. Hence
 * <pre>
 *   P(Φ1 < R_B) = E_ξ E_Z [Φ̄(μ + σ Z)^B],
 * </pre>
 * a Gauss-Legendre integral over ξ = |Ξ0| (chi density, smooth at every N ≥ 1) of a Gauss-Hermite integral over Z.
 * GD "beats" random search at N when this probability exceeds 1/2; the crossover N* is the first N from which it
 * does for every larger N up to the range computed. Budgets: an oracle gradient (φ and ∇φ in one evaluation, as the
 * spectral simulation gives them; one step costs B = 2 evaluations: x0 and x1) and forward differences (B = N + 2).
 * The means E[Φ1] (eq 11) and E[R_B] give a second metric, the expected number of random tries to reach E[Φ1]
 * (000's own comparison, 1/F_N(E[Φ1])) a third.
 */
final class Crossover {
    private Crossover() {}

    /** Evaluations per GD step: an oracle gradient or forward differences. */
    enum Budget {
        ORACLE, DIFFERENCES;

        int evaluations(int n) { return this == ORACLE ? 2 : n + 2; }
    }

    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();
    /** Nodes of the two Gauss rules (both integrands are smooth; tests/geometry compare with rules twice as fine). */
    static final int LEGENDRE_NODES = 100, HERMITE_NODES = 48;
    private static final GaussIntegrator HERMITE = GAUSS.hermite(HERMITE_NODES);

    /** One dimension's comparison. */
    record Row(int n, double eta, double meanPhi1, double pBeatsOracle, double pBeatsDifferences, double meanBestOracle,
               double meanBestDifferences, double triesToMatch) {}

    static Row row(int n) {
        double eta = 1 / Math.sqrt(n + 1.0);
        return new Row(n, eta, meanPhi1(n, eta), pBeats(n, eta, Budget.ORACLE.evaluations(n)),
                pBeats(n, eta, Budget.DIFFERENCES.evaluations(n)), meanBest(Budget.ORACLE.evaluations(n)),
                meanBest(Budget.DIFFERENCES.evaluations(n)), 1 / normalCdf(meanPhi1(n, eta)));
    }

    /** eq (11): E[Φ1] = −Nη(η² + 1)^{−N/2−1}. */
    static double meanPhi1(int n, double eta) {
        return -n * eta * Math.pow(eta * eta + 1, -n / 2.0 - 1);
    }

    /** P(Φ1 < R_B) by the double quadrature of the class comment. */
    static double pBeats(int n, double eta, int b) {
        return pBeats(n, eta, b, GAUSS.legendre(LEGENDRE_NODES, Math.max(0, Math.sqrt(n) - 10), Math.sqrt(n) + 10), HERMITE);
    }

    /** As above with given rules: Legendre on the range of |Ξ0| (its SD is below 1/√2 + 0.1), Hermite for Z. */
    static double pBeats(int n, double eta, int b, GaussIntegrator legendre, GaussIntegrator hermite) {
        double logNorm = (1 - n / 2.0) * Math.log(2) - Gamma.logGamma(n / 2.0);
        return legendre.integrate(s -> {
            if (s <= 0) return 0;
            double density = Math.exp(logNorm + (n - 1) * Math.log(s) - s * s / 2);   // chi_N density
            double x2 = s * s, u = eta * eta * x2;
            double mu = -Math.exp(-u / 2) * eta * x2;
            double sigma = Math.sqrt(Math.max(0, 1 - u * Math.exp(-u)));
            double inner = hermite.integrate(z -> NormalTail.tailPower(mu + sigma * Math.sqrt(2) * z, b)) / Math.sqrt(Math.PI);
            return density * inner;
        });
    }

    /**
     * Gauss-Legendre nodes per unit panel of meanBest's range (tests/geometry compare with erfc on twice as many). One
     * rule of 600 nodes on the whole range, used before, agrees within 1e-12; but Commons Math builds an n-node Legendre
     * rule from the rules of 1 .. n−1 nodes, O(n³): 9.6 s for 600 nodes, 0.02 s for 80.
     */
    static final int PANEL_NODES = 80;

    /** E[R_B] = ∫ t B φ(t) Φ̄(t)^{B−1} dt (Gauss-Legendre on the unit panels of [−14, 14]). */
    static double meanBest(int b) {
        return meanBest(b, PANEL_NODES, t -> NormalTail.tailPower(t, b - 1));
    }

    /** As above with panelNodes nodes per panel and Φ̄(t)^{B−1} from tailPower. */
    static double meanBest(int b, int panelNodes, java.util.function.DoubleUnaryOperator tailPower) {
        double sum = 0;
        for (int a = -14; a < 14; a++) {
            sum += GAUSS.legendre(panelNodes, a, a + 1).integrate(
                    t -> t * b * Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI) * tailPower.applyAsDouble(t));
        }
        return sum;
    }

    /** The first N of [1, rows] from which GD beats random search at every larger N computed; 0 if it never does. */
    static int crossover(java.util.List<Row> rows, Budget budget, boolean byProbability) {
        int first = 0;
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (!beats(r, budget, byProbability)) break;
            first = r.n();
        }
        return first;
    }

    /** Whether random search beats GD at some N below the crossover but also somewhere above it (more than one crossing). */
    static boolean singleCrossing(java.util.List<Row> rows, Budget budget, boolean byProbability) {
        int nStar = crossover(rows, budget, byProbability);
        for (Row r : rows) if (r.n() < nStar && beats(r, budget, byProbability)) return false;
        return true;
    }

    static boolean beats(Row r, Budget budget, boolean byProbability) {
        if (byProbability) return (budget == Budget.ORACLE ? r.pBeatsOracle() : r.pBeatsDifferences()) > 0.5;
        return r.meanPhi1() < (budget == Budget.ORACLE ? r.meanBestOracle() : r.meanBestDifferences());
    }

    static double normalCdf(double t) {
        return 0.5 * Erf.erfc(-t / Math.sqrt(2));
    }
}
