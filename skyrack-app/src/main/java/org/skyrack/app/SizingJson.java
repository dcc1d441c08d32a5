package org.skyrack.app;

import org.skyrack.orbit.SunSynchronous;
import org.skyrack.power.Sizing;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.units.Units;

/**
 * The JSON of {@code skyrack size}: SI values with the unit in every name (snake_case on output,
 * like summary.json). {@code worst_eclipse} is null when the orbit sees no eclipse in the year.
 *
 * @param load          the load sized for
 * @param orbit         the orbit and year searched
 * @param worstEclipse  the longest eclipse of the year, or null
 * @param eclipsesInYear penumbra intervals found in the year
 * @param minIrradianceWPerM2 lowest solar irradiance of the year (the array is sized at it), W/m²
 * @param maxIrradianceWPerM2 highest solar irradiance of the year (the radiator's hot case), W/m²
 * @param array         the solar array
 * @param battery       the battery
 * @param radiator      the radiator
 * @param totalMassKg   array + battery + radiator, kg
 */
record SizingJson(Load load, Orbit orbit, Eclipse worstEclipse, int eclipsesInYear, double minIrradianceWPerM2,
                  double maxIrradianceWPerM2, Array array, Battery battery, Radiator radiator, double totalMassKg) {

    /** Loads, W. */
    record Load(double computePowerW, double busPowerW, double loadW) {
    }

    /** Orbit: {@code kind} is sun-synchronous or circular; ltan_s only for sun-synchronous. */
    record Orbit(String kind, double altitudeM, Double ltanS, double inclinationDeg, Double raanDeg, int year) {
    }

    /** The eclipse sized for. */
    record Eclipse(String startUtc, double durationS, double orbitPeriodS) {
    }

    /** Solar array. */
    record Array(double areaM2, double bolPowerW, double eolPowerW, double retentionFraction, double designLifeYr,
                 double efficiency, double packingFactor, double degradationPerYr, double temperatureCoefficientPerK,
                 double operatingTemperatureK, double specificPowerWPerKg, double massKg) {
    }

    /** Battery. */
    record Battery(double capacityJ, double capacityWh, double eclipseEnergyJ, double maxDepthOfDischarge,
                   double chargeEfficiency, double dischargeEfficiency, double specificEnergyWhPerKg, double massKg) {
    }

    /** Radiator. */
    record Radiator(double areaM2, int faces, double netFluxWPerM2, double emissivity, double absorptivity,
                    double earthViewFactor, double sunIncidenceCosine, double maxTemperatureK,
                    double arealDensityKgPerM2, double massKg) {
    }

    static SizingJson of(Sizing.Result r) {
        Sizing.Request q = r.request();
        Orbit orbit;
        if (q.orbit() instanceof ConstellationGroup.SsoReference s) {
            orbit = new Orbit("sun-synchronous", s.altitudeM(), s.ltanS(),
                    Math.toDegrees(SunSynchronous.inclinationRad(s.altitudeM())), null, q.year().getValue());
        } else {
            ConstellationGroup.CircularReference c = (ConstellationGroup.CircularReference) q.orbit();
            orbit = new Orbit("circular", c.altitudeM(), null, Math.toDegrees(c.inclinationRad()),
                    Math.toDegrees(c.raanRad()), q.year().getValue());
        }
        Eclipse eclipse = r.worstEclipse()
                .map(e -> new Eclipse(SizeCommand.utc(e.start()), e.durationS(), e.orbitPeriodS())).orElse(null);
        Sizing.Array a = q.array();
        Sizing.Battery b = q.battery();
        Sizing.Radiator rad = q.radiator();
        double year = Units.YEAR_S;
        double wh = Units.WH_J;
        return new SizingJson(new Load(q.acceleratorPowerW(), q.busPowerW(), r.loadW()), orbit, eclipse,
                r.survey().eclipses(), r.survey().minIrradianceWPerM2(), r.survey().maxIrradianceWPerM2(),
                new Array(r.arrayAreaM2(), r.arrayBolPowerW(), r.arrayEolPowerW(), r.arrayRetentionFraction(),
                        q.designLifeS() / year, a.efficiency(), a.packingFactor(), a.degradationPerS() * year,
                        a.temperatureCoefficientPerK(), a.operatingTemperatureK(), a.specificPowerWPerKg(),
                        r.arrayMassKg()),
                new Battery(r.batteryCapacityJ(), r.batteryCapacityJ() / wh, r.eclipseEnergyJ(), b.maxDepthOfDischarge(),
                        b.chargeEfficiency(), b.dischargeEfficiency(), b.specificEnergyJPerKg() / wh, r.batteryMassKg()),
                new Radiator(r.radiatorAreaM2(), rad.faces(), r.radiatorNetFluxWPerM2(), rad.emissivity(),
                        rad.absorptivity(), rad.earthViewFactor(), rad.sunIncidenceCosine(), rad.maxTemperatureK(),
                        rad.arealDensityKgPerM2(), r.radiatorMassKg()),
                r.totalMassKg());
    }
}
