package org.skyrack.geometry;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * Root and extremum refinement on bracketed intervals, with Hipparchus solvers. Called once
 * per event edge, never per sample, so the allocation of a lambda per call is harmless.
 */
final class Refine {

    /** Event times are refined to this, s (the bar for contacts is 10 ms). */
    static final double TIME_ACCURACY_S = 1e-4;
    private static final int MAX_EVALUATIONS = 200;

    private final BracketingNthOrderBrentSolver solver =
            new BracketingNthOrderBrentSolver(1e-14, TIME_ACCURACY_S, 1e-15, 5);
    private final BrentOptimizer optimizer = new BrentOptimizer(1e-10, TIME_ACCURACY_S);

    /**
     * A root of {@code f} in [lo, hi], where f(lo) and f(hi) have opposite signs (or one is zero),
     * to {@link #TIME_ACCURACY_S}: the Illinois variant of regula falsi (Dowell &amp; Jarratt 1971,
     * BIT 11), which on these nearly linear edges converges in a handful of evaluations and
     * allocates nothing; Hipparchus' Brent solver takes over if it has not converged in 40 steps.
     */
    double root(DoubleUnaryOperator f, double lo, double hi) {
        double a = lo;
        double b = hi;
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        int side = 0;
        double previous = Double.NaN;
        for (int i = 0; i < 40; i++) {
            double c = (a * fb - b * fa) / (fb - fa);
            if (!(c > a && c < b)) {
                c = 0.5 * (a + b);
            }
            if (b - a <= TIME_ACCURACY_S || Math.abs(c - previous) <= 0.25 * TIME_ACCURACY_S) {
                return c;
            }
            previous = c;
            double fc = f.applyAsDouble(c);
            if (fc == 0) {
                return c;
            }
            if ((fc > 0) == (fb > 0)) {
                b = c;
                fb = fc;
                if (side == -1) {
                    fa *= 0.5;
                }
                side = -1;
            } else {
                a = c;
                fa = fc;
                if (side == 1) {
                    fb *= 0.5;
                }
                side = 1;
            }
        }
        return solver.solve(MAX_EVALUATIONS, f::applyAsDouble, a, b);
    }

    /** The extremum of {@code f} in [lo, hi] of the kind {@code goal}: {time, value}. */
    double[] extremum(DoubleUnaryOperator f, double lo, double hi, GoalType goal) {
        UnivariatePointValuePair p = optimizer.optimize(new MaxEval(MAX_EVALUATIONS),
                new UnivariateObjectiveFunction(f::applyAsDouble), goal, new SearchInterval(lo, hi, 0.5 * (lo + hi)));
        return new double[] {p.getPoint(), p.getValue()};
    }
}
