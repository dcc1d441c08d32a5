package org.skyrack.results;

import java.util.List;
import org.skyrack.economics.CostAnalysis;
import org.skyrack.economics.LicensingMilestones;
import org.skyrack.economics.SpaceCase;

/**
 * Cost of the constellation against a terrestrial campus running the same accelerators, at the
 * availability this run simulated ({@code power.compute_available_fraction}), with the launch
 * campaign of {@link LaunchSummary}. USD; per-year figures in the names.
 *
 * @param availabilityFraction              availability the levelized figures use
 * @param totalUsdPerKwYear                 orbit: present cost over discounted delivered kW-years of compute power
 * @param launchUsdPerKwYear                launch cost per kW-year by Suncatcher's method: mass × mean launch
 *                                          price per kg over nameplate array power × design life
 * @param launchShareFraction               share of orbit's present cost that is launch
 * @param usdPerAcceleratorHour             orbit, per delivered accelerator-hour
 * @param terrestrialUsdPerKwYear           the ground campus, same units as the total
 * @param terrestrialUsdPerAcceleratorHour  the ground campus, per delivered accelerator-hour
 * @param orbitOverTerrestrial              total over terrestrial
 * @param orbitPresentCostUsd               orbit's present cost (NPV of all costs), USD
 * @param breakEvenLaunchUsdPerKg           launch price at which orbit matches the ground; null if none
 * @param makeOrBuy                         buying launches against owning a provider
 * @param licensing                         each licensing check against the launch schedule
 */
public record EconomicsSummary(double availabilityFraction, double totalUsdPerKwYear, double launchUsdPerKwYear,
                               double launchShareFraction, double usdPerAcceleratorHour,
                               double terrestrialUsdPerKwYear, double terrestrialUsdPerAcceleratorHour,
                               double orbitOverTerrestrial, double orbitPresentCostUsd, Double breakEvenLaunchUsdPerKg,
                               MakeOrBuy makeOrBuy, List<Check> licensing) {

    /**
     * Buying launches at the plan's prices against owning a launch provider, both as present
     * values at the scenario's discount rate.
     *
     * @param buyNpvUsd                 present cost of buying the plan's launches, USD
     * @param ownNpvUsd                 expected present cost of owning a provider (on time or delayed), USD
     * @param cheaper                   {@code buy} or {@code own}
     * @param breakEvenLaunchedKgPerYear launched mass per year above which owning wins, kg/yr; null if never
     */
    public record MakeOrBuy(double buyNpvUsd, double ownNpvUsd, String cheaper, Double breakEvenLaunchedKgPerYear) {
    }

    /**
     * One licensing check.
     *
     * @param rule         the rule and its source
     * @param deadlineUtc  the day (UTC) it must be met by
     * @param reachedUtc   the day the schedule meets it, null if never
     * @param status       {@code met}, {@code missed}, {@code renewal_needed} or {@code deadline}
     */
    public record Check(String rule, String requirement, String deadlineUtc, String reachedUtc, String status) {
    }

    /** The summary of a cost analysis of {@code c}. */
    public static EconomicsSummary of(CostAnalysis a, SpaceCase c, double meanLaunchPricePerKgUsd) {
        double orbit = a.space().levelized().perKilowattYearUsd();
        double ground = a.ground().levelized().perKilowattYearUsd();
        // In item order: the map's own iteration order changes from one JVM to the next, and so would the last bit.
        double pv = java.util.Arrays.stream(org.skyrack.economics.CostItem.values())
                .mapToDouble(a.space()::presentValueUsd).sum();
        List<Check> checks = a.milestones().stream().map(m -> new Check(m.rule(), m.requirement(),
                m.deadline().toString(), m.reached().map(Object::toString).orElse(null),
                m.status().name().toLowerCase(java.util.Locale.ROOT))).toList();
        var m = a.makeOrBuy();
        MakeOrBuy mb = new MakeOrBuy(m.buyNpvUsd(), m.ownNpvUsd(), m.ownIsCheaper() ? "own" : "buy",
                m.breakEvenKgPerYear().isPresent() ? m.breakEvenKgPerYear().getAsDouble() : null);
        return new EconomicsSummary(c.availabilityFraction(), orbit, c.launchUsdPerKwYear(meanLaunchPricePerKgUsd),
                a.space().levelized().launchShareFraction(), a.space().levelized().perAcceleratorHourUsd(), ground,
                a.ground().levelized().perAcceleratorHourUsd(), orbit / ground, pv,
                a.breakEvenPerKgUsd().isPresent() ? a.breakEvenPerKgUsd().getAsDouble() : null, mb, checks);
    }
}
