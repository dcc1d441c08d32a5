package org.skyrack.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the constellation gets to orbit: which vehicles, from when, at what learning rate.
 *
 * @param vehicles               vehicle names allowed for the campaign (catalog or custom)
 * @param customVehicles         vehicles defined or overridden in the scenario
 * @param campaignStart          date of the first launch
 * @param learningRate           price drop per doubling of cumulative mass launched, fraction (Wright's law)
 * @param allowRideshare         whether small satellites may fly on rideshare missions
 * @param pricePerKgOverrideUsd  if present, the price per kg used for every vehicle, USD/kg
 */
public record Launch(List<String> vehicles, List<Vehicle> customVehicles, LocalDate campaignStart,
                     double learningRate, boolean allowRideshare, Optional<Double> pricePerKgOverrideUsd) {

    public Launch {
        vehicles = List.copyOf(vehicles);
        customVehicles = List.copyOf(customVehicles);
        Objects.requireNonNull(campaignStart, "campaignStart");
        Check.fraction("learningRate", learningRate);
        Objects.requireNonNull(pricePerKgOverrideUsd, "pricePerKgOverrideUsd");
    }

    /**
     * A launch vehicle defined in (or overriding the catalog from) a scenario.
     *
     * @param payloadToLeoKg      payload to low Earth orbit, kg
     * @param priceUsd            price per launch, USD
     * @param launchesPerYear     launches per year available to this campaign
     * @param failureProbability  probability a launch fails, fraction
     * @param fairingDiameterM    usable fairing diameter, m
     * @param fairingVolumeM3     usable fairing volume, m³
     */
    public record Vehicle(String name, double payloadToLeoKg, double priceUsd, double launchesPerYear,
                          double failureProbability, double fairingDiameterM, double fairingVolumeM3) {
        public Vehicle {
            Objects.requireNonNull(name, "name");
            Check.positive("payloadToLeoKg", payloadToLeoKg);
            Check.nonNegative("priceUsd", priceUsd);
            Check.positive("launchesPerYear", launchesPerYear);
            Check.fraction("failureProbability", failureProbability);
            Check.positive("fairingDiameterM", fairingDiameterM);
            Check.positive("fairingVolumeM3", fairingVolumeM3);
        }
    }
}
