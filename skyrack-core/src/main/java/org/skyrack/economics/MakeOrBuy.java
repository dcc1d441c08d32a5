package org.skyrack.economics;

import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.scenario.Economics;
import org.skyrack.units.Units;

/**
 * Buying the plan's launches at their price, or owning a launch provider that flies them.
 *
 * <p>Owning costs the acquisition, the fixed cost for every campaign year (first to last launch,
 * rounded up to whole years, at least one), the marginal cost of each flight, and one new vehicle
 * per {@code reuseCount} flights (rounded up). Totals are undiscounted over the campaign. The
 * crossover is the smallest flight count at which owning costs no more than buying at the plan's
 * average price per flight, over the same campaign years; none when a flight costs the owner at
 * least the market price.
 */
public final class MakeOrBuy {

    /** Largest flight count searched for a crossover. */
    public static final long MAX_FLIGHTS = 10_000_000L;

    private MakeOrBuy() {
    }

    /**
     * The comparison.
     *
     * @param flights                launches in the plan
     * @param campaignYears          whole years the provider is owned
     * @param averagePriceUsd        mean market price per flight, USD
     * @param buyUsd                 sum of the plan's launch prices, USD
     * @param ownUsd                 cost of owning the provider and flying the plan, USD
     * @param crossoverFlights       flights above which owning is cheaper; empty if never
     */
    public record Result(int flights, long campaignYears, double averagePriceUsd, double buyUsd, double ownUsd,
                         OptionalLong crossoverFlights) {
        /** True when owning costs less than buying. */
        public boolean ownIsCheaper() {
            return ownUsd < buyUsd;
        }
    }

    /** Compares buying with owning for a plan. */
    public static Result compare(LaunchPlan plan, Economics.MakeOrBuy m) {
        int n = plan.launches().size();
        double buy = plan.totalPriceUsd();
        long years = 1;
        if (n > 0) {
            var first = plan.launches().stream().map(PlannedLaunch::date).min(java.time.LocalDate::compareTo).orElseThrow();
            var last = plan.launches().stream().map(PlannedLaunch::date).max(java.time.LocalDate::compareTo).orElseThrow();
            double spanS = ChronoUnit.DAYS.between(first, last) * 86_400.0;
            years = Math.max(1, (long) Math.ceil(spanS / Units.YEAR_S));
        }
        double average = n > 0 ? buy / n : 0;
        double own = ownUsd(m, n, years);
        OptionalLong crossover = OptionalLong.empty();
        double perFlightSaving = average - m.marginalPerFlightUsd() - m.vehicleCostUsd() / m.reuseCount();
        if (perFlightSaving > 0) {
            // Start from the continuous estimate, then step to the exact integer.
            double fixed = m.acquisitionUsd() + m.fixedPerSUsd() * years * Units.YEAR_S;
            long k = Math.max(1, (long) Math.floor(fixed / perFlightSaving) - m.reuseCount());
            while (k <= MAX_FLIGHTS && ownUsd(m, k, years) > k * average) {
                k++;
            }
            if (k <= MAX_FLIGHTS) {
                crossover = OptionalLong.of(k);
            }
        }
        return new Result(n, years, average, buy, own, crossover);
    }

    /** Cost of owning the provider and flying {@code flights} over {@code years}, USD. */
    public static double ownUsd(Economics.MakeOrBuy m, long flights, long years) {
        long vehicles = (flights + m.reuseCount() - 1) / m.reuseCount();
        return m.acquisitionUsd() + m.fixedPerSUsd() * years * Units.YEAR_S + flights * m.marginalPerFlightUsd()
                + vehicles * m.vehicleCostUsd();
    }
}
