package org.skyrack.economics;

import org.skyrack.power.SolarArrayModel;
import org.skyrack.scenario.SatelliteDesign;

/**
 * The quantities of one satellite that the cost model prices, in SI units.
 *
 * @param busMassKg            bus mass, kg
 * @param arrayPowerBolW       array power at beginning of life, normal incidence at 1 AU, 28 °C, W
 * @param radiatorAreaM2       radiator panel area, m²
 * @param batteryCapacityJ     battery capacity, J
 * @param acceleratorCount     accelerators on board
 * @param acceleratorCostUsd   price of all accelerators on board, USD
 * @param acceleratorPowerW    accelerator power at full load (count × TDP), W
 * @param peakBf16FlopPerS     accelerator dense BF16 peak, FLOP/s
 * @param massKg               launch mass, kg
 * @param lifeS                design life, s
 * @param ballisticCoefficientKgPerM2  m/(Cd·A) for the natural-decay estimate, kg/m²
 */
public record SatelliteUnit(double busMassKg, double arrayPowerBolW, double radiatorAreaM2, double batteryCapacityJ,
                            int acceleratorCount, double acceleratorCostUsd, double acceleratorPowerW,
                            double peakBf16FlopPerS, double massKg, double lifeS, double ballisticCoefficientKgPerM2) {

    public SatelliteUnit {
        if (!(lifeS > 0) || acceleratorCount < 0 || !(massKg >= 0) || !(ballisticCoefficientKgPerM2 > 0)) {
            throw new IllegalArgumentException("a satellite needs a life > 0 s, >= 0 accelerators, a mass >= 0 kg"
                    + " and a ballistic coefficient > 0 kg/m^2");
        }
    }

    /** The priced quantities of a scenario design. */
    public static SatelliteUnit of(SatelliteDesign d) {
        SatelliteDesign.SolarArray a = d.solarArray();
        double arrayW = SolarArrayModel.SOLAR_IRRADIANCE_1AU_W_PER_M2 * a.areaM2() * a.efficiency() * a.packingFactor();
        int count = d.accelerators().stream().mapToInt(SatelliteDesign.Accelerator::count).sum();
        double cost = d.accelerators().stream().mapToDouble(x -> x.count() * x.unitCostUsd()).sum();
        return new SatelliteUnit(d.busMassKg(), arrayW, d.radiator().areaM2(), d.battery().capacityJ(), count, cost,
                d.acceleratorPowerW(), d.peakBf16FlopPerS(), d.totalMassKg(), d.designLifeS(),
                d.ballisticCoefficientKgPerM2());
    }
}
