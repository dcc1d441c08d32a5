package org.skyrack.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the constellation gets to orbit: which vehicles, from when, at what learning rate, over
 * what horizon. Durations are seconds, masses kilograms, prices US dollars; cadences are
 * launches per (Julian) year, as published.
 *
 * @param vehicles                   vehicle names allowed for the campaign (catalog or custom)
 * @param customVehicles             vehicles defined or overridden in the scenario
 * @param campaignStart              date of the first launch
 * @param learningRate               price drop per doubling of cumulative mass launched, fraction (Wright's law)
 * @param allowRideshare             whether small satellites may fly on rideshare missions
 * @param pricePerKgOverrideUsd      if present, the price per kg used for every vehicle, USD/kg
 * @param horizonS                   campaign horizon from {@code campaignStart}: launches, replenishments and disposals counted within it, s
 * @param cadenceShare               fraction of a catalog vehicle's 2025 launch count available to this campaign, [0, 1]
 * @param failureProbability         launch failure probability of catalog vehicles (the catalog has no failure record), fraction
 * @param learningBasis              what "cumulative mass" means in Wright's law
 * @param industryLaunchedMassKg     mass launched worldwide before the campaign start, kg; present iff the basis is industry
 * @param industryMassRateKgPerS     mass launched worldwide per second by others during the campaign, kg/s; present iff the basis is industry
 * @param rideshareMaxMassKg         largest payload one rideshare purchase may carry, kg
 */
public record Launch(List<String> vehicles, List<Vehicle> customVehicles, LocalDate campaignStart,
                     double learningRate, boolean allowRideshare, Optional<Double> pricePerKgOverrideUsd,
                     double horizonS, double cadenceShare, double failureProbability, LearningBasis learningBasis,
                     Optional<Double> industryLaunchedMassKg, Optional<Double> industryMassRateKgPerS,
                     double rideshareMaxMassKg) {

    /** Default campaign horizon: 10 Julian years (two generations of 5-year satellites), s. */
    public static final double DEFAULT_HORIZON_S = 10 * org.skyrack.units.Units.YEAR_S;
    /** Default share of a catalog vehicle's 2025 cadence available to one campaign (assumption). */
    public static final double DEFAULT_CADENCE_SHARE = 0.25;
    /** Default launch failure probability when none is published (assumption). */
    public static final double DEFAULT_FAILURE_PROBABILITY = 0.02;
    /** Default largest rideshare purchase, kg (assumption: an ESPA-class port). */
    public static final double DEFAULT_RIDESHARE_MAX_MASS_KG = 450;

    /** What cumulative mass the learning curve counts. */
    public enum LearningBasis {
        /** This campaign's own launched mass: the first launch is at list price. */
        CAMPAIGN,
        /** The world's launched mass, as in Suncatcher: prior industry mass plus others' launches plus this campaign's. */
        INDUSTRY
    }

    public Launch {
        vehicles = List.copyOf(vehicles);
        customVehicles = List.copyOf(customVehicles);
        Objects.requireNonNull(campaignStart, "campaignStart");
        Check.fraction("learningRate", learningRate);
        Objects.requireNonNull(pricePerKgOverrideUsd, "pricePerKgOverrideUsd");
        Check.positive("horizonS", horizonS);
        Check.fraction("cadenceShare", cadenceShare);
        Check.fraction("failureProbability", failureProbability);
        Objects.requireNonNull(learningBasis, "learningBasis");
        Objects.requireNonNull(industryLaunchedMassKg, "industryLaunchedMassKg");
        Objects.requireNonNull(industryMassRateKgPerS, "industryMassRateKgPerS");
        if (learningBasis == LearningBasis.INDUSTRY
                && (industryLaunchedMassKg.isEmpty() || industryMassRateKgPerS.isEmpty())) {
            throw new IllegalArgumentException("an industry learning basis needs the industry launched mass and rate");
        }
        Check.positive("rideshareMaxMassKg", rideshareMaxMassKg);
    }

    /** A campaign with the defaults for every field added after the first version (horizon, cadence share, ...). */
    public Launch(List<String> vehicles, List<Vehicle> customVehicles, LocalDate campaignStart, double learningRate,
                  boolean allowRideshare, Optional<Double> pricePerKgOverrideUsd) {
        this(vehicles, customVehicles, campaignStart, learningRate, allowRideshare, pricePerKgOverrideUsd,
                DEFAULT_HORIZON_S, DEFAULT_CADENCE_SHARE, DEFAULT_FAILURE_PROBABILITY, LearningBasis.CAMPAIGN,
                Optional.empty(), Optional.empty(), DEFAULT_RIDESHARE_MAX_MASS_KG);
    }

    /** The custom vehicle of this name, if any. */
    public Optional<Vehicle> customVehicle(String name) {
        return customVehicles.stream().filter(v -> v.name().equals(name)).findFirst();
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
     * @param planeChanges        whether one launch can deliver to several planes (a dispenser or upper stage that changes plane)
     */
    public record Vehicle(String name, double payloadToLeoKg, double priceUsd, double launchesPerYear,
                          double failureProbability, double fairingDiameterM, double fairingVolumeM3,
                          boolean planeChanges) {
        public Vehicle {
            Objects.requireNonNull(name, "name");
            Check.positive("payloadToLeoKg", payloadToLeoKg);
            Check.nonNegative("priceUsd", priceUsd);
            Check.positive("launchesPerYear", launchesPerYear);
            Check.fraction("failureProbability", failureProbability);
            Check.positive("fairingDiameterM", fairingDiameterM);
            Check.positive("fairingVolumeM3", fairingVolumeM3);
        }

        /** A vehicle that delivers to one plane per launch. */
        public Vehicle(String name, double payloadToLeoKg, double priceUsd, double launchesPerYear,
                       double failureProbability, double fairingDiameterM, double fairingVolumeM3) {
            this(name, payloadToLeoKg, priceUsd, launchesPerYear, failureProbability, fairingDiameterM, fairingVolumeM3,
                    false);
        }
    }
}
