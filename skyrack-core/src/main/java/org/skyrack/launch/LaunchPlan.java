package org.skyrack.launch;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The launches of one realisation of a campaign, in date order, and when the whole
 * constellation is first in orbit.
 *
 * @param launches            every launch, in date order
 * @param deploymentComplete  day the last satellite of the constellation reached orbit; empty if never within the campaign
 */
public record LaunchPlan(List<PlannedLaunch> launches, Optional<LocalDate> deploymentComplete) {

    public LaunchPlan {
        launches = List.copyOf(launches);
        Objects.requireNonNull(deploymentComplete, "deploymentComplete");
    }

    /** Sum of launch prices, USD. */
    public double totalPriceUsd() {
        return launches.stream().mapToDouble(PlannedLaunch::priceUsd).sum();
    }

    /** Mass launched, failed launches included, kg. */
    public double massLaunchedKg() {
        return launches.stream().mapToDouble(PlannedLaunch::payloadMassKg).sum();
    }
}
