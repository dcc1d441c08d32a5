package org.skyrack.launch;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A vehicle as a campaign uses it: the catalog row, or the scenario's custom vehicle, with the
 * scenario's cadence share and default failure probability applied. Unknown figures stay empty.
 *
 * @param id                   catalog id or custom name
 * @param leoPayloadKg         payload to LEO, kg (rideshare: the base slot its price buys)
 * @param ssoPayloadKg         payload to SSO, kg, if published (else the LEO figure is used for SSO planes)
 * @param priceUsd             price per launch, USD, if known
 * @param launchesPerYear      launches per Julian year available to this campaign, 1/yr
 * @param failureProbability   probability one launch fails, fraction
 * @param fairingVolumeM3      usable fairing volume, m³, if known (else packing is by mass only)
 * @param planeChanges         whether one launch can deliver to several planes of a group
 * @param rideshare            whether this is a rideshare (priced per kg, for small satellites only)
 * @param extraPricePerKgUsd   rideshare price per kg beyond {@code leoPayloadKg}, USD/kg, if known
 */
public record LaunchVehicle(String id, double leoPayloadKg, OptionalDouble ssoPayloadKg, OptionalDouble priceUsd,
                            double launchesPerYear, double failureProbability, OptionalDouble fairingVolumeM3,
                            boolean planeChanges, boolean rideshare, OptionalDouble extraPricePerKgUsd) {

    public LaunchVehicle {
        Objects.requireNonNull(id, "id");
        if (!(leoPayloadKg > 0) || !(launchesPerYear > 0) || !(failureProbability >= 0 && failureProbability <= 1)) {
            throw new IllegalArgumentException(id + ": payload and cadence must be > 0 and the failure probability in [0, 1], got "
                    + leoPayloadKg + " kg, " + launchesPerYear + " /yr, " + failureProbability);
        }
        Objects.requireNonNull(ssoPayloadKg, "ssoPayloadKg");
        Objects.requireNonNull(priceUsd, "priceUsd");
        Objects.requireNonNull(fairingVolumeM3, "fairingVolumeM3");
        Objects.requireNonNull(extraPricePerKgUsd, "extraPricePerKgUsd");
    }

    /** Payload to the plane's orbit: the SSO figure for a sun-synchronous plane when published, else LEO, kg. */
    public double payloadKg(boolean sunSynchronous) {
        return sunSynchronous && ssoPayloadKg.isPresent() ? ssoPayloadKg.getAsDouble() : leoPayloadKg;
    }
}
