package asymptoticnormality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact moments (eqs 11-12) and the corrected variance limit against independent quadratures. */
class ExactMomentsTest {
    static final double[] XS = {0.1, 0.5, 1, 1.5, 2, 3};

    static Stream<Arguments> finiteN() {
        return Stream.of(50, 500, 5000).flatMap(n -> java.util.Arrays.stream(XS).mapToObj(x -> Arguments.of(n, x)));
    }

    static Stream<Arguments> xs() {
        return java.util.Arrays.stream(XS).mapToObj(Arguments::of);
    }

    /** Composite Simpson rule with m (even) panels. */
    static double simpson(DoubleUnaryOperator f, double a, double b, int m) {
        double h = (b - a) / m;
        double s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < m; i++) s += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        return s * h / 3;
    }

    /** Mean and variance of Φ1 by quadrature of eqs (8)-(9) over a density of ξ² given on [a, b]: E[m1], E[(m1−E m1)²] + E[v1]. */
    static double[] momentsByQuadrature(DoubleUnaryOperator density, double eta, double a, double b, int m) {
        DoubleUnaryOperator drift = s -> -eta * s * Math.exp(-eta * eta * s / 2); // E[m1 | ξ² = s], φ0 averaged out
        double norm = simpson(density, a, b, m);
        double mean = simpson(s -> density.applyAsDouble(s) * drift.applyAsDouble(s), a, b, m) / norm;
        // Var = E_ξ[e^{-η²ξ²}] (from φ0) + Var_ξ(drift) + E_ξ[v1]
        double var = simpson(s -> density.applyAsDouble(s) * (Math.exp(-eta * eta * s)
                + Math.pow(drift.applyAsDouble(s) - mean, 2)
                + 1 - Math.exp(-eta * eta * s) * (1 + eta * eta * s)), a, b, m) / norm;
        return new double[] {mean, var};
    }

    @ParameterizedTest
    @MethodSource("finiteN")
    void exactMomentsMatchQuadratureOverTheChiSquaredDensity(int n, double x) {
        double eta = Limits.eta(n, x);
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution(null, n);
        double hi = n + 60 * Math.sqrt(2.0 * n);
        double lo = Math.max(1e-9, n - 60 * Math.sqrt(2.0 * n));
        double[] q = momentsByQuadrature(chi2::density, eta, lo, hi, 200_000);
        // oracle: Simpson quadrature of eqs (8)-(10) over Commons Math's χ²_N density; error ~ h⁴ and ~1e-13 rounding
        assertEquals(q[0], ExactMoments.mean(n, eta), 1e-9 * Math.max(1, Math.abs(q[0])));
        assertEquals(q[1], ExactMoments.variance(n, eta), 1e-9);
    }

    @ParameterizedTest
    @MethodSource("finiteN")
    void cancellationFreeVarianceEqualsThePrintedFormAtModerateN(int n, double x) {
        double eta = Limits.eta(n, x);
        double e2 = eta * eta;
        // oracle: eq (12) as printed; rounding 1 + 2η² and raising it to the power N/2 loses ~N²·1e-16 absolute
        double printed = 1 + n * e2 * Math.pow(1 + 2 * e2, -n / 2.0 - 2) * (n + 1 - 2 * e2) - (double) n * n * e2 * Math.pow(1 + e2, -n - 2);
        assertEquals(printed, ExactMoments.variance(n, eta), 1e-11 + 4e-16 * n * n);
        // oracle: eq (11) as printed
        assertEquals(-n * eta * Math.pow(1 + e2, -n / 2.0 - 1), ExactMoments.mean(n, eta), 1e-12 * Math.sqrt(n));
    }

    @ParameterizedTest
    @CsvSource({
        "5000, 0.1, 1.0097028665626435", "5000, 1, 0.8160878602599646", "5000, 3, 1.026167694094776",
        "1e8, 0.1, 1.009702983389817", "1e8, 0.5, 1.1034344771792086", "1e8, 1, 0.8160602807938268",
        "1e8, 1.5, 0.7702626304953663", "1e8, 2, 1.0732625379719243", "1e8, 3, 1.026101176900562"})
    void varianceMatchesSixtyDigitEvaluationOfEq12(double n, double x, double expected) {
        // oracle: eq (12) evaluated with mpmath at 60 significant digits (printed form, rounded to double)
        assertEquals(expected, ExactMoments.variance(n, Limits.eta(n, x)), 4e-15);
    }

    @ParameterizedTest
    @MethodSource("xs")
    void correctedLimitIsTheExactVarianceAtHugeN(double x) {
        double n = 1e8;
        double var = ExactMoments.variance(n, Limits.eta(n, x));
        // oracle: the derived closed form; the O(1/N) term c(X)/N has |c| < 2 for X ≤ 3, so |Var − σ_c²| < 2e-8
        assertEquals(Limits.sigma2Corrected(x), var, 2e-8);
        // and the centring error is the derived X³e^{-X²/2}(1 − X²/4)/√N up to O(N^{-3/2})
        assertEquals(Limits.meanCorrection(x), Math.sqrt(n) * ExactMoments.meanMinusMu(n, x), 1e-6);
    }

    @ParameterizedTest
    @MethodSource("xs")
    void derivedLimitMatchesRichardsonExtrapolatedQuadrature(double x) {
        // oracle: quadrature of the total variance over ξ² = N + √(2N) z with the χ²_N density written relative to
        // its centre (log1p form, no overflow), at N = 1e6 and 1e7, Richardson-extrapolated in 1/N. Independent of
        // eqs (11)-(12) and of the derivation's expansion.
        double v6 = varianceInZ(1e6, x);
        double v7 = varianceInZ(1e7, x);
        double limit = (10 * v7 - v6) / 9;
        assertEquals(Limits.sigma2Corrected(x), limit, 1e-8);
        if (x != 2) assertTrue(Math.abs(Limits.sigma2Paper(x) - limit) > 1e-5, "paper σ² would also fit at X = " + x);
    }

    static double varianceInZ(double n, double x) {
        double eta = Limits.eta(n, x);
        double r = Math.sqrt(2 * n);
        // log density of z = (ξ² − N)/√(2N), up to a constant: (N/2 − 1) ln(1 + z√(2/N)) − z√(N/2)
        DoubleUnaryOperator density = z -> Math.exp((n / 2 - 1) * Math.log1p(z * Math.sqrt(2 / n)) - z * Math.sqrt(n / 2));
        DoubleUnaryOperator inS = z -> n + r * z;
        DoubleUnaryOperator dens = z -> density.applyAsDouble(z);
        double norm = simpson(dens, -14, 14, 40_000);
        DoubleUnaryOperator drift = z -> -eta * inS.applyAsDouble(z) * Math.exp(-eta * eta * inS.applyAsDouble(z) / 2);
        double mean = simpson(z -> dens.applyAsDouble(z) * drift.applyAsDouble(z), -14, 14, 40_000) / norm;
        return simpson(z -> {
            double s = inS.applyAsDouble(z);
            double d = drift.applyAsDouble(z) - mean;
            return dens.applyAsDouble(z) * (Math.exp(-eta * eta * s) + d * d + 1 - Math.exp(-eta * eta * s) * (1 + eta * eta * s));
        }, -14, 14, 40_000) / norm;
    }

    @ParameterizedTest
    @MethodSource("xs")
    void seriesHelpersMatchDirectEvaluationWhereThatIsAccurate(double x) {
        double u = x * x / 50;
        // oracle: direct evaluation; at u ≥ 2e-3 the cancellation costs under 4 digits
        assertEquals(u - Math.log1p(u), ExactMoments.uMinusLog1p(u), 1e-12 * u * u);
        double n = 50;
        assertEquals((n + 2) * Math.log1p(u) - (n / 2 + 2) * Math.log1p(2 * u), ExactMoments.logRatio(n, u), 1e-12);
    }
}
