package org.skyrack.launch;

import org.skyrack.units.Units;

/**
 * Launch cost per unit of delivered power and time, the Suncatcher comparison (arXiv
 * 2511.19468, via TechCrunch 2026-02-11): satellite mass × price per kg ÷ (power × life).
 * Their figures for a Starlink v2 mini (575 kg, 28 kW, 5 yr): $14,700/kW/yr at ~$3,600/kg and
 * $810/kW/yr at $200/kg.
 */
public final class LaunchCostMetrics {

    private LaunchCostMetrics() {
    }

    /** Launch cost per watt and second of life, USD/(W·s). */
    public static double usdPerWattSecond(double satelliteMassKg, double pricePerKgUsd, double powerW, double lifeS) {
        if (!(satelliteMassKg > 0) || !(pricePerKgUsd >= 0) || !(powerW > 0) || !(lifeS > 0)) {
            throw new IllegalArgumentException("mass, power and life must be > 0 and price >= 0, got " + satelliteMassKg
                    + " kg, " + pricePerKgUsd + " USD/kg, " + powerW + " W, " + lifeS + " s");
        }
        return satelliteMassKg * pricePerKgUsd / (powerW * lifeS);
    }

    /** The same in the paper's unit, USD per kW per year. */
    public static double usdPerKwYear(double satelliteMassKg, double pricePerKgUsd, double powerW, double lifeS) {
        return usdPerWattSecond(satelliteMassKg, pricePerKgUsd, powerW, lifeS) * 1000 * Units.YEAR_S;
    }
}
