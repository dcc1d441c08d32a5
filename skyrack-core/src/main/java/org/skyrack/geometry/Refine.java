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

    /** A root of {@code f} in [lo, hi], where f(lo) and f(hi) have opposite signs (or one is zero). */
    double root(DoubleUnaryOperator f, double lo, double hi) {
        return solver.solve(MAX_EVALUATIONS, f::applyAsDouble, lo, hi);
    }

    /** The minimum of {@code f} in [lo, hi]: {time, value}. */
    double[] minimum(DoubleUnaryOperator f, double lo, double hi, GoalType goal) {
        UnivariatePointValuePair p = optimizer.optimize(new MaxEval(MAX_EVALUATIONS),
                new UnivariateObjectiveFunction(f::applyAsDouble), goal, new SearchInterval(lo, hi, 0.5 * (lo + hi)));
        return new double[] {p.getPoint(), p.getValue()};
    }
}
