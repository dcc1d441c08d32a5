package org.skyrack.scenario;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Prices, operating costs, financing, licensing dates and launch make-or-buy inputs for the
 * cost model, and the terrestrial data center to compare with. Money in US dollars;
 * per-energy prices per joule, per-time costs and rates per second.
 *
 * @param busCostPerKgUsd              bus cost per kg of bus mass, USD/kg
 * @param solarArrayCostPerWUsd        array cost per watt at beginning of life, USD/W
 * @param radiatorCostPerM2Usd         radiator cost per m² of panel, USD/m² (read as USD/m^2)
 * @param batteryCostPerJUsd           battery cost per joule of capacity, USD/J
 * @param integrationFraction          integration and test, fraction of hardware cost
 * @param insuranceFraction            launch and first-year insurance, fraction of hardware plus launch
 * @param operationsPerSUsd            operations staff and mission control, USD/s
 * @param groundStationCostPerSUsd     cost of one ground station (lease or own), per station, USD/s
 * @param spectrumLicencesPerSUsd      spectrum, regulatory fees and licences, USD/s
 * @param acceleratorReplacementPerS   fraction of the accelerators bought again per second (given per year), 1/s
 * @param discountRatePerYear          discount rate per year, fraction
 * @param licenceGrant                 day the FCC (or national) licence was granted; FCC milestones count from it
 * @param ituBringingIntoUseEnd        end of the ITU bringing-into-use period; WRC-19 Res. 35 milestones count from it
 * @param makeOrBuy                    owning a launch provider, to compare with buying launches
 * @param terrestrial                  the ground data center to compare with
 * @param shieldingMassPerW            radiation shielding launched per watt of accelerator power, not in the
 *                                     design's mass, kg/W (given per kW); 0 when the bus mass already holds it
 * @param shieldingCostPerKgUsd        price of that shielding material, USD/kg (its launch is priced apart)
 * @param solarActivity                solar activity for the natural-decay estimate of the disposal check
 */
public record Economics(double busCostPerKgUsd, double solarArrayCostPerWUsd, double radiatorCostPerM2Usd,
                        double batteryCostPerJUsd, double integrationFraction, double insuranceFraction,
                        double operationsPerSUsd, double groundStationCostPerSUsd, double spectrumLicencesPerSUsd,
                        double acceleratorReplacementPerS, double discountRatePerYear, LocalDate licenceGrant,
                        LocalDate ituBringingIntoUseEnd, MakeOrBuy makeOrBuy, Terrestrial terrestrial,
                        double shieldingMassPerW, double shieldingCostPerKgUsd, SolarActivity solarActivity) {

    public Economics {
        Check.nonNegative("busCostPerKgUsd", busCostPerKgUsd);
        Check.nonNegative("solarArrayCostPerWUsd", solarArrayCostPerWUsd);
        Check.nonNegative("radiatorCostPerM2Usd", radiatorCostPerM2Usd);
        Check.nonNegative("batteryCostPerJUsd", batteryCostPerJUsd);
        Check.nonNegative("integrationFraction", integrationFraction);
        Check.fraction("insuranceFraction", insuranceFraction);
        Check.nonNegative("operationsPerSUsd", operationsPerSUsd);
        Check.nonNegative("groundStationCostPerSUsd", groundStationCostPerSUsd);
        Check.nonNegative("spectrumLicencesPerSUsd", spectrumLicencesPerSUsd);
        Check.nonNegative("acceleratorReplacementPerS", acceleratorReplacementPerS);
        Check.fraction("discountRatePerYear", discountRatePerYear);
        Objects.requireNonNull(licenceGrant, "licenceGrant");
        Objects.requireNonNull(ituBringingIntoUseEnd, "ituBringingIntoUseEnd");
        Objects.requireNonNull(makeOrBuy, "makeOrBuy");
        Objects.requireNonNull(terrestrial, "terrestrial");
        Check.nonNegative("shieldingMassPerW", shieldingMassPerW);
        Check.nonNegative("shieldingCostPerKgUsd", shieldingCostPerKgUsd);
        Objects.requireNonNull(solarActivity, "solarActivity");
    }

    /**
     * Solar activity over a satellite's descent, as a multiplier on the density of the moderate-activity
     * exponential atmosphere (Vallado Table 8-4, CIRA-72). The low and high factors are assumptions:
     * the reference says only that solar maximum shortens lifetimes "several-fold", and the
     * thermospheric density near 500 km swings by about that much over a cycle.
     */
    public enum SolarActivity {
        /** Solar minimum: a third of the moderate density (assumption). */
        LOW(1.0 / 3),
        /** Moderate activity: the table as published. */
        MEAN(1.0),
        /** Solar maximum: three times the moderate density (assumption). */
        HIGH(3.0);

        private final double densityFactor;

        SolarActivity(double densityFactor) {
            this.densityFactor = densityFactor;
        }

        /** Multiplier on the moderate-activity density. */
        public double densityFactor() {
            return densityFactor;
        }
    }

    /**
     * Owning a launch provider instead of buying launches at market price.
     *
     * @param acquisitionUsd        price of acquiring the provider, USD
     * @param fixedPerSUsd          fixed cost of running it (staff, pads, factory), USD/s (given per year)
     * @param marginalPerFlightUsd  marginal cost of one flight (propellant, recovery, range), USD
     * @param vehicleCostUsd        cost of building one reusable vehicle, USD
     * @param reuseCount            flights one vehicle makes before it is retired, ≥ 1
     * @param refurbishmentFraction refurbishment before each reuse, fraction of the vehicle cost
     * @param flightRatePerS        most flights the owned provider can fly, 1/s (given per year)
     * @param developmentDelayS     delay of the owned vehicle when it is late, s
     * @param delayProbability      probability that it is late, fraction
     * @param payloadPerFlightKg    payload of one owned flight for the break-even programme, kg; empty: the
     *                              plan's mean payload per launch
     * @param horizonS              years the provider is owned in the break-even programme, s
     */
    public record MakeOrBuy(double acquisitionUsd, double fixedPerSUsd, double marginalPerFlightUsd,
                            double vehicleCostUsd, int reuseCount, double refurbishmentFraction, double flightRatePerS,
                            double developmentDelayS, double delayProbability, OptionalDouble payloadPerFlightKg,
                            double horizonS) {
        public MakeOrBuy {
            Check.nonNegative("refurbishmentFraction", refurbishmentFraction);
            Check.positive("flightRatePerS", flightRatePerS);
            Check.nonNegative("developmentDelayS", developmentDelayS);
            Check.fraction("delayProbability", delayProbability);
            Objects.requireNonNull(payloadPerFlightKg, "payloadPerFlightKg");
            if (payloadPerFlightKg.isPresent()) {
                Check.positive("payloadPerFlightKg", payloadPerFlightKg.getAsDouble());
            }
            Check.positive("horizonS", horizonS);
            Check.nonNegative("acquisitionUsd", acquisitionUsd);
            Check.nonNegative("fixedPerSUsd", fixedPerSUsd);
            Check.nonNegative("marginalPerFlightUsd", marginalPerFlightUsd);
            Check.nonNegative("vehicleCostUsd", vehicleCostUsd);
            if (reuseCount < 1) {
                throw new IllegalArgumentException("reuseCount must be >= 1, got " + reuseCount);
            }
        }
    }

    /**
     * A terrestrial data center of the same IT power.
     *
     * @param preset                 preset the values started from
     * @param capexPerWUsd           build cost per watt of IT power, USD/W
     * @param electricityPerJUsd     electricity price, USD/J
     * @param pue                    power usage effectiveness, ≥ 1
     * @param waterPerJM3            water used per joule of IT energy, m³/J
     * @param buildTimeS             time to build, s
     * @param backupPowerPerWUsd     backup generators and UPS per watt of IT power, USD/W
     * @param waterPricePerM3Usd     price of water, USD/m³
     */
    public record Terrestrial(String preset, double capexPerWUsd, double electricityPerJUsd, double pue,
                              double waterPerJM3, double buildTimeS, double backupPowerPerWUsd,
                              double waterPricePerM3Usd) {
        public Terrestrial {
            Objects.requireNonNull(preset, "preset");
            Check.nonNegative("capexPerWUsd", capexPerWUsd);
            Check.nonNegative("electricityPerJUsd", electricityPerJUsd);
            if (!(pue >= 1 && Double.isFinite(pue))) {
                throw new IllegalArgumentException("pue must be >= 1, got " + pue);
            }
            Check.nonNegative("waterPerJM3", waterPerJM3);
            Check.nonNegative("buildTimeS", buildTimeS);
            Check.nonNegative("backupPowerPerWUsd", backupPowerPerWUsd);
            Check.nonNegative("waterPricePerM3Usd", waterPricePerM3Usd);
        }
    }
}
