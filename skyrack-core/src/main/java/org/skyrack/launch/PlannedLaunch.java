package org.skyrack.launch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One launch of a deployment campaign.
 *
 * @param date           launch day (UTC)
 * @param vehicleId      catalog or scenario vehicle id
 * @param group          constellation group (target plane's group) the satellites are for
 * @param satellites     satellites on board
 * @param payloadMassKg  mass of those satellites, kg
 * @param priceUsd       price paid for the launch (after any learning-curve reduction), USD
 * @param failed         whether the launch failed (its satellites are lost)
 * @param replenishment  whether it replaces satellites lost or at end of life, rather than first deployment
 */
public record PlannedLaunch(LocalDate date, String vehicleId, String group, int satellites, double payloadMassKg,
                            double priceUsd, boolean failed, boolean replenishment) {

    public PlannedLaunch {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(vehicleId, "vehicleId");
        Objects.requireNonNull(group, "group");
        if (satellites < 0 || !(payloadMassKg >= 0) || !(priceUsd >= 0)) {
            throw new IllegalArgumentException("launch must carry >= 0 satellites of >= 0 kg at a price >= 0, got "
                    + satellites + ", " + payloadMassKg + " kg, " + priceUsd + " USD");
        }
    }
}
