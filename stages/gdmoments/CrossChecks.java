package gdmoments;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Each closed form of eqs (11)-(15) next to its independent computation: quadrature of eq (10), a Monte Carlo of the
 * conditional model, and a numerical optimiser for η_opt.
 */
public final class CrossChecks {
    private CrossChecks() {}

    /** One learning rate: closed forms, quadrature (with error estimates) and Monte Carlo (with standard errors). */
    public record Row(int n, double eta, double meanEq11, double meanQuad, double meanQuadErr, double meanMc,
                      double meanMcSe, double varEq12, double varQuad, double varQuadErr, double varMc, double varMcSe,
                      double expectedV1, double expectedV1Quad) {
        double etaOverOpt() { return eta / Moments.etaOpt(n); }
    }

    public static List<Row> rows(int n, double[] etas, ConditionalMc.Draws draws) {
        List<Row> out = new ArrayList<>();
        for (double eta : etas) {
            Quadrature.MomentEstimate q = Quadrature.moments(n, eta);
            SampleMoments mc = ConditionalMc.moments(draws, eta);
            out.add(new Row(n, eta, Moments.mean(n, eta), q.mean(), q.meanError(), mc.mean(), mc.meanSe(),
                    Moments.variance(n, eta), q.variance(), q.varianceError(), mc.variance(), mc.varianceSe(),
                    Moments.expectedV1(n, eta), Quadrature.expectedV1(n, eta).value()));
        }
        return out;
    }

    /** The learning rate that minimises eq (11), by Brent's method on [η0/20, 20η0] with η0 = 1/√N (independent of eq 13). */
    public static double etaOptBrent(int n) {
        return brent(eta -> Moments.mean(n, eta), n);
    }

    /** The learning rate that minimises the quadrature of eq (10)'s mean, by Brent's method (independent of eqs 11, 13). */
    public static double etaOptBrentQuadrature(int n) {
        return brent(eta -> Quadrature.moments(n, eta).mean(), n);
    }

    private static double brent(java.util.function.DoubleUnaryOperator f, int n) {
        double eta0 = 1 / Math.sqrt(n);
        BrentOptimizer opt = new BrentOptimizer(1e-12, 1e-15);
        return opt.optimize(new MaxEval(1000), GoalType.MINIMIZE, new UnivariateObjectiveFunction(f::applyAsDouble),
                new SearchInterval(eta0 / 20, eta0 * 20, eta0)).getPoint();
    }

    /** Learning rates on a log grid from lo·η_opt to hi·η_opt (count ≥ 2 points). */
    public static double[] logGrid(int n, double lo, double hi, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = Moments.etaOpt(n) * lo * Math.pow(hi / lo, count == 1 ? 0.5 : i / (count - 1.0));
        }
        return out;
    }
}
