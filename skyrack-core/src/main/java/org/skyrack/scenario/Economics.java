package org.skyrack.scenario;

import java.util.Objects;

/**
 * Prices and financing for the cost model, and the terrestrial data center to compare with.
 * Money in US dollars; per-energy prices per joule, per-time costs per second.
 *
 * @param busCostPerKgUsd          bus cost per kg of bus mass, USD/kg
 * @param solarArrayCostPerWUsd    array cost per watt at beginning of life, USD/W
 * @param radiatorCostPerM2Usd     radiator cost per m² of panel, USD/m² (read as USD/m^2)
 * @param batteryCostPerJUsd       battery cost per joule of capacity, USD/J
 * @param integrationFraction      integration and test, fraction of hardware cost
 * @param insuranceFraction        launch and first-year insurance, fraction of hardware plus launch
 * @param operationsPerSUsd        operations staff and ground segment, USD/s
 * @param discountRatePerYear      discount rate per year, fraction
 * @param terrestrial              the ground data center to compare with
 */
public record Economics(double busCostPerKgUsd, double solarArrayCostPerWUsd, double radiatorCostPerM2Usd,
                        double batteryCostPerJUsd, double integrationFraction, double insuranceFraction,
                        double operationsPerSUsd, double discountRatePerYear, Terrestrial terrestrial) {

    public Economics {
        Check.nonNegative("busCostPerKgUsd", busCostPerKgUsd);
        Check.nonNegative("solarArrayCostPerWUsd", solarArrayCostPerWUsd);
        Check.nonNegative("radiatorCostPerM2Usd", radiatorCostPerM2Usd);
        Check.nonNegative("batteryCostPerJUsd", batteryCostPerJUsd);
        Check.nonNegative("integrationFraction", integrationFraction);
        Check.fraction("insuranceFraction", insuranceFraction);
        Check.nonNegative("operationsPerSUsd", operationsPerSUsd);
        Check.fraction("discountRatePerYear", discountRatePerYear);
        Objects.requireNonNull(terrestrial, "terrestrial");
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
     */
    public record Terrestrial(String preset, double capexPerWUsd, double electricityPerJUsd, double pue,
                              double waterPerJM3, double buildTimeS) {
        public Terrestrial {
            Objects.requireNonNull(preset, "preset");
            Check.nonNegative("capexPerWUsd", capexPerWUsd);
            Check.nonNegative("electricityPerJUsd", electricityPerJUsd);
            if (!(pue >= 1 && Double.isFinite(pue))) {
                throw new IllegalArgumentException("pue must be >= 1, got " + pue);
            }
            Check.nonNegative("waterPerJM3", waterPerJM3);
            Check.nonNegative("buildTimeS", buildTimeS);
        }
    }
}
