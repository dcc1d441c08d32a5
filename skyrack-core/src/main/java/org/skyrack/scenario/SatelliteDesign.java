package org.skyrack.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One satellite design: bus, solar array, battery, radiator and accelerators. SI units:
 * kg, m, m², W, J, K, s, Gy, bit, FLOP/s.
 *
 * @param name            unique design name, referenced by constellation groups
 * @param busMassKg       dry mass of the bus without array, battery, radiator and accelerators, kg
 * @param busPowerW       baseline load of the bus (avionics, attitude control, heaters), W
 * @param designLifeS     design life, s
 * @param shieldingM      aluminium-equivalent shielding around the accelerators, m
 * @param stowedVolumeM3  stowed volume for launch, m³
 * @param solarArray      the photovoltaic array
 * @param battery         the battery
 * @param radiator        the radiator
 * @param accelerators    the accelerators on board
 * @param ballisticCoefficientKgPerM2  m/(Cd·A) for the natural-decay estimate, kg/m²
 */
public record SatelliteDesign(String name, double busMassKg, double busPowerW, double designLifeS, double shieldingM,
                              double stowedVolumeM3, SolarArray solarArray, Battery battery, Radiator radiator,
                              List<Accelerator> accelerators, double ballisticCoefficientKgPerM2) {

    /**
     * Typical ballistic coefficient, kg/m²: the reference's typical m/A of 100 kg/m² (range 50–200,
     * Australian IPS/SWS) taken as m/(Cd·A). An assumption: with Cd = 2.2 the same m/A gives 45 kg/m²;
     * the higher value decays more slowly, the cautious side for the disposal check.
     */
    public static final double TYPICAL_BALLISTIC_COEFFICIENT_KG_PER_M2 = 100;

    /** A design with the {@linkplain #TYPICAL_BALLISTIC_COEFFICIENT_KG_PER_M2 typical ballistic coefficient}. */
    public SatelliteDesign(String name, double busMassKg, double busPowerW, double designLifeS, double shieldingM,
                           double stowedVolumeM3, SolarArray solarArray, Battery battery, Radiator radiator,
                           List<Accelerator> accelerators) {
        this(name, busMassKg, busPowerW, designLifeS, shieldingM, stowedVolumeM3, solarArray, battery, radiator,
                accelerators, TYPICAL_BALLISTIC_COEFFICIENT_KG_PER_M2);
    }

    public SatelliteDesign {
        Objects.requireNonNull(name, "name");
        Check.positive("busMassKg", busMassKg);
        Check.nonNegative("busPowerW", busPowerW);
        Check.positive("designLifeS", designLifeS);
        Check.nonNegative("shieldingM", shieldingM);
        Check.positive("stowedVolumeM3", stowedVolumeM3);
        Objects.requireNonNull(solarArray, "solarArray");
        Objects.requireNonNull(battery, "battery");
        Objects.requireNonNull(radiator, "radiator");
        accelerators = List.copyOf(accelerators);
        Check.positive("ballisticCoefficientKgPerM2", ballisticCoefficientKgPerM2);
    }

    /** Launch mass: bus plus array, battery, radiator and accelerators, kg. */
    public double totalMassKg() {
        double m = busMassKg + solarArray.massKg() + battery.massKg() + radiator.massKg();
        for (Accelerator a : accelerators) {
            m += a.count() * a.unitMassKg();
        }
        return m;
    }

    /** Sum of accelerator full power (count × TDP), W. */
    public double acceleratorPowerW() {
        return accelerators.stream().mapToDouble(a -> a.count() * a.tdpW()).sum();
    }

    /** Sum of accelerator peak dense BF16 throughput, FLOP/s. */
    public double peakBf16FlopPerS() {
        return accelerators.stream().mapToDouble(a -> a.count() * a.peakBf16FlopPerS()).sum();
    }

    /** How the array is pointed. */
    public enum Pointing { SUN_TRACKING, FIXED }

    /**
     * A photovoltaic array.
     *
     * @param areaM2                        total array area, m²
     * @param efficiency                    cell efficiency at beginning of life, fraction
     * @param packingFactor                 fraction of the area covered by cells
     * @param degradationPerS               fractional power loss per second (given per year in files), 1/s
     * @param pointing                      sun-tracking or fixed
     * @param normalBody                    array normal in the body frame (unit vector), used when fixed
     * @param temperatureCoefficientPerK    fractional power change per kelvin above 28 °C, 1/K (negative)
     * @param operatingTemperatureK         operating cell temperature, K
     * @param massKg                        array mass, kg
     */
    public record SolarArray(double areaM2, double efficiency, double packingFactor, double degradationPerS,
                             Pointing pointing, List<Double> normalBody, double temperatureCoefficientPerK,
                             double operatingTemperatureK, double massKg) {
        public SolarArray {
            Check.positive("areaM2", areaM2);
            Check.fraction("efficiency", efficiency);
            Check.fraction("packingFactor", packingFactor);
            Check.nonNegative("degradationPerS", degradationPerS);
            Objects.requireNonNull(pointing, "pointing");
            normalBody = List.copyOf(normalBody);
            Check.finite("temperatureCoefficientPerK", temperatureCoefficientPerK);
            Check.positive("operatingTemperatureK", operatingTemperatureK);
            Check.nonNegative("massKg", massKg);
        }
    }

    /**
     * A rechargeable battery.
     *
     * @param capacityJ              nameplate energy, J
     * @param chargeEfficiency       fraction of charging power stored
     * @param dischargeEfficiency    fraction of stored energy delivered
     * @param maxDepthOfDischarge    deepest allowed discharge, fraction of capacity
     * @param maxChargePowerW        largest charging power, W
     * @param maxDischargePowerW     largest discharging power, W
     * @param massKg                 battery mass, kg
     */
    public record Battery(double capacityJ, double chargeEfficiency, double dischargeEfficiency,
                          double maxDepthOfDischarge, double maxChargePowerW, double maxDischargePowerW, double massKg) {
        public Battery {
            Check.nonNegative("capacityJ", capacityJ);
            Check.fraction("chargeEfficiency", chargeEfficiency);
            Check.fraction("dischargeEfficiency", dischargeEfficiency);
            Check.fraction("maxDepthOfDischarge", maxDepthOfDischarge);
            Check.nonNegative("maxChargePowerW", maxChargePowerW);
            Check.nonNegative("maxDischargePowerW", maxDischargePowerW);
            Check.nonNegative("massKg", massKg);
        }
    }

    /**
     * The radiator and the compute deck it cools (one lumped node each).
     *
     * @param areaM2              radiator panel area (one face), m²
     * @param faces               radiating faces, 1 or 2
     * @param emissivity          infrared emissivity, fraction
     * @param absorptivity        solar absorptivity, fraction
     * @param earthViewFactor     view factor from the radiator to the Earth, fraction
     * @param sunIncidenceCosine  cosine of the Sun's incidence on one face in sunlight (0 edge-on, 1 face-on)
     * @param heatCapacityJPerK   heat capacity of the compute deck, J/K
     * @param maxTemperatureK     deck temperature above which compute throttles, K
     * @param massKg              radiator mass, kg
     */
    public record Radiator(double areaM2, int faces, double emissivity, double absorptivity, double earthViewFactor,
                           double sunIncidenceCosine, double heatCapacityJPerK, double maxTemperatureK, double massKg) {
        public Radiator {
            Check.positive("areaM2", areaM2);
            if (faces != 1 && faces != 2) {
                throw new IllegalArgumentException("faces must be 1 or 2, got " + faces);
            }
            Check.fraction("emissivity", emissivity);
            Check.fraction("absorptivity", absorptivity);
            Check.fraction("earthViewFactor", earthViewFactor);
            Check.fraction("sunIncidenceCosine", sunIncidenceCosine);
            Check.positive("heatCapacityJPerK", heatCapacityJPerK);
            Check.positive("maxTemperatureK", maxTemperatureK);
            Check.nonNegative("massKg", massKg);
        }
    }

    /**
     * A kind of accelerator on board, and how many.
     *
     * @param model             name of the chip (free text)
     * @param count             number on board
     * @param tdpW              power at full load, W
     * @param idlePowerW        power when idle, W
     * @param peakBf16FlopPerS  dense BF16 peak, FLOP/s
     * @param memoryBits        high-bandwidth memory per chip, bit
     * @param doseLimitGy       total ionising dose the chip tolerates, Gy
     * @param unitMassKg        mass per chip with its share of boards and cold plates, kg
     * @param unitCostUsd       price per chip, USD
     */
    public record Accelerator(String model, int count, double tdpW, double idlePowerW, double peakBf16FlopPerS,
                              double memoryBits, double doseLimitGy, double unitMassKg, double unitCostUsd) {
        public Accelerator {
            Objects.requireNonNull(model, "model");
            if (count < 1) {
                throw new IllegalArgumentException("count must be >= 1, got " + count);
            }
            Check.positive("tdpW", tdpW);
            Check.nonNegative("idlePowerW", idlePowerW);
            Check.positive("peakBf16FlopPerS", peakBf16FlopPerS);
            Check.nonNegative("memoryBits", memoryBits);
            Check.positive("doseLimitGy", doseLimitGy);
            Check.nonNegative("unitMassKg", unitMassKg);
            Check.nonNegative("unitCostUsd", unitCostUsd);
        }
    }
}
