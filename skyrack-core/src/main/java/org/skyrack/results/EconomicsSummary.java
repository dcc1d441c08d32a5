package org.skyrack.results;

import org.skyrack.economics.CostAnalysis;
import org.skyrack.economics.LicensingMilestones;

/**
 * Cost of the constellation against a terrestrial campus running the same accelerators, at the
 * availability this run simulated ({@code power.compute_available_fraction}), with the launch
 * campaign of {@link LaunchSummary}. USD; per-year figures in the names.
 *
 * @param availabilityFraction           availability the levelized figures use
 * @param orbitUsdPerKwYear              orbit, present cost over discounted delivered kW-years
 * @param groundUsdPerKwYear             the ground campus, same units
 * @param orbitOverGround                the ratio of the two
 * @param orbitUsdPerAcceleratorHour     orbit, per delivered accelerator-hour
 * @param groundUsdPerAcceleratorHour    ground, per delivered accelerator-hour
 * @param launchShareFraction            share of orbit's present cost that is launch
 * @param orbitPresentCostUsd            orbit's present cost (NPV of all costs), USD
 * @param breakEvenLaunchUsdPerKg        launch price at which orbit matches the ground; null if none
 * @param milestonesMissed               licensing milestones the launch schedule misses
 */
public record EconomicsSummary(double availabilityFraction, double orbitUsdPerKwYear, double groundUsdPerKwYear,
                               double orbitOverGround, double orbitUsdPerAcceleratorHour,
                               double groundUsdPerAcceleratorHour, double launchShareFraction,
                               double orbitPresentCostUsd, Double breakEvenLaunchUsdPerKg, int milestonesMissed) {

    /** The summary of a cost analysis. */
    public static EconomicsSummary of(CostAnalysis a, double availabilityFraction) {
        double orbit = a.space().levelized().perKilowattYearUsd();
        double ground = a.ground().levelized().perKilowattYearUsd();
        double pv = a.space().presentValueByItemUsd().values().stream().mapToDouble(Double::doubleValue).sum();
        int missed = (int) a.milestones().stream()
                .filter(m -> m.status() == LicensingMilestones.Status.MISSED).count();
        return new EconomicsSummary(availabilityFraction, orbit, ground, orbit / ground,
                a.space().levelized().perAcceleratorHourUsd(), a.ground().levelized().perAcceleratorHourUsd(),
                a.space().levelized().launchShareFraction(), pv,
                a.breakEvenPerKgUsd().isPresent() ? a.breakEvenPerKgUsd().getAsDouble() : null, missed);
    }
}
