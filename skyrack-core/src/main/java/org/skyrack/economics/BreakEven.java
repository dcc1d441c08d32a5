package org.skyrack.economics;

import java.util.OptionalDouble;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * The launch price per kg at which orbit's levelized $/kW-year equals the ground's. Orbit's
 * cost rises with the launch price (every launch is repriced at its payload mass × the price),
 * so there is at most one root; Brent's method (Hipparchus) finds it to {@link #ABSOLUTE_ACCURACY_USD_PER_KG}.
 */
public final class BreakEven {

    /** Accuracy of the root, USD/kg. */
    public static final double ABSOLUTE_ACCURACY_USD_PER_KG = 1e-6;
    /** Highest launch price searched, USD/kg: far above any vehicle ever flown. */
    public static final double MAX_USD_PER_KG = 1e8;
    private static final int MAX_EVALUATIONS = 200;

    private BreakEven() {
    }

    /**
     * The launch price at which the case's $/kW-year equals {@code targetPerKilowattYearUsd}; empty
     * when orbit costs more even with free launches, or when no price up to {@link #MAX_USD_PER_KG}
     * reaches the target (the plan carries no mass).
     */
    public static OptionalDouble launchPricePerKgUsd(SpaceCase c, double targetPerKilowattYearUsd) {
        SpaceCase base = c.withScale(CostDriver.LAUNCH_PRICE, 1.0);
        java.util.function.DoubleUnaryOperator gap = p -> SpaceCostModel.evaluate(base.withLaunchPricePerKg(p))
                .levelized().perKilowattYearUsd() - targetPerKilowattYearUsd;
        double atZero = gap.applyAsDouble(0);
        if (atZero > 0) {
            return OptionalDouble.empty();
        }
        if (atZero == 0) {
            return OptionalDouble.of(0);
        }
        double hi = 1000;
        while (gap.applyAsDouble(hi) < 0) {
            hi *= 10;
            if (hi > MAX_USD_PER_KG) {
                return OptionalDouble.empty();
            }
        }
        BrentSolver solver = new BrentSolver(ABSOLUTE_ACCURACY_USD_PER_KG);
        return OptionalDouble.of(solver.solve(MAX_EVALUATIONS, gap::applyAsDouble, 0, hi));
    }
}
