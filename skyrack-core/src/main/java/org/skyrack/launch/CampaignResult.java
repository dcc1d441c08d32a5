package org.skyrack.launch;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One realisation of a campaign: the plan the cost model reads, and the counts behind it.
 *
 * @param plan                   launches in date order and the deployment-complete day
 * @param satellitesTarget       satellites in the constellation
 * @param failedLaunches         launches that failed
 * @param satellitesLost         satellites lost on failed launches (each re-flown)
 * @param replenishmentLaunches  launches carrying replacements of satellites at end of life
 * @param satellitesReplaced     replacement satellites delivered to orbit
 * @param disposals              satellites that reached end of design life within the horizon (disposed of then)
 * @param lastDisposalDeadline   latest FCC 22-74 deadline (end of life + 5 yr) of those disposals, if any
 * @param unlaunchedSatellites   satellites still waiting for a launch at the horizon
 * @param launchesByVehicle      launches per vehicle id, in the scenario's vehicle order
 * @param horizonEnd             first day after the campaign horizon
 */
public record CampaignResult(LaunchPlan plan, int satellitesTarget, int failedLaunches, int satellitesLost,
                             int replenishmentLaunches, int satellitesReplaced, int disposals,
                             Optional<LocalDate> lastDisposalDeadline, int unlaunchedSatellites,
                             Map<String, Integer> launchesByVehicle, LocalDate horizonEnd) {

    /** FCC 22-74: LEO satellites disposed of within 5 years of mission end, s. */
    public static final double FCC_DISPOSAL_LIMIT_S = 5 * org.skyrack.units.Units.YEAR_S;

    public CampaignResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(lastDisposalDeadline, "lastDisposalDeadline");
        launchesByVehicle = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(launchesByVehicle));
        Objects.requireNonNull(horizonEnd, "horizonEnd");
    }
}
