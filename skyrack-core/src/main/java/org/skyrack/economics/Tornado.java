package org.skyrack.economics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-at-a-time sensitivity of orbit's levelized $/kW-year: each {@link CostDriver} is scaled
 * by (1 − x) and (1 + x) with the others at base, and the bars are sorted by swing, widest first.
 */
public final class Tornado {

    /** The ±fraction skyrack reports by default: 20 %. */
    public static final double DEFAULT_FRACTION = 0.20;

    private Tornado() {
    }

    /**
     * One bar.
     *
     * @param driver                 the input scaled
     * @param lowPerKilowattYearUsd  $/kW-year with the input × (1 − x), USD/(kW·yr)
     * @param highPerKilowattYearUsd $/kW-year with the input × (1 + x), USD/(kW·yr)
     */
    public record Bar(CostDriver driver, double lowPerKilowattYearUsd, double highPerKilowattYearUsd) {
        /** |high − low|, USD/(kW·yr). */
        public double swingUsd() {
            return Math.abs(highPerKilowattYearUsd - lowPerKilowattYearUsd);
        }
    }

    /**
     * The tornado around a case.
     *
     * @param fraction  x, in (0, 1)
     * @return one bar per driver, widest swing first (ties in driver order)
     */
    public static List<Bar> of(SpaceCase c, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("tornado fraction must be in (0, 1), got " + fraction);
        }
        List<Bar> bars = new ArrayList<>();
        for (CostDriver d : CostDriver.values()) {
            double low = SpaceCostModel.evaluate(c.withScale(d, c.scale(d) * (1 - fraction))).levelized()
                    .perKilowattYearUsd();
            double high = SpaceCostModel.evaluate(c.withScale(d, c.scale(d) * (1 + fraction))).levelized()
                    .perKilowattYearUsd();
            bars.add(new Bar(d, low, high));
        }
        bars.sort(Comparator.comparingDouble(Bar::swingUsd).reversed());
        return List.copyOf(bars);
    }
}
