package org.skyrack.results;

import org.skyrack.launch.CampaignResult;
import org.skyrack.launch.PlannedLaunch;

/**
 * The nominal realisation of the scenario's launch campaign (the one {@code skyrack
 * launch-plan} prints for the scenario's seed), or why none could be made.
 *
 * @param launches               launches over the campaign horizon, failed ones included
 * @param failedLaunches         launches that failed
 * @param replenishmentLaunches  launches replacing satellites at end of life
 * @param deploymentCompleteUtc  day (UTC) the whole constellation was first in orbit ({@code YYYY-MM-DD}), null if never
 * @param totalPriceUsd          sum of launch prices, USD
 * @param massLaunchedKg         mass launched, kg
 * @param meanPricePerKgUsd      total price over mass launched, USD/kg
 * @param error                  why no campaign could be planned (then every other field is zero or null)
 */
public record LaunchSummary(int launches, int failedLaunches, int replenishmentLaunches, String deploymentCompleteUtc,
                            double totalPriceUsd, double massLaunchedKg, double meanPricePerKgUsd, String error) {

    /** The summary of a campaign. */
    public static LaunchSummary of(CampaignResult r) {
        double mass = r.plan().massLaunchedKg();
        double price = r.plan().totalPriceUsd();
        return new LaunchSummary(r.plan().launches().size(),
                (int) r.plan().launches().stream().filter(PlannedLaunch::failed).count(), r.replenishmentLaunches(),
                r.plan().deploymentComplete().map(Object::toString).orElse(null), price, mass,
                mass > 0 ? price / mass : 0, null);
    }

    /** No campaign: the planner's one-line reason. */
    public static LaunchSummary failed(String reason) {
        return new LaunchSummary(0, 0, 0, null, 0, 0, 0, reason);
    }
}
