package org.skyrack.power;

import org.skyrack.scenario.SatelliteDesign;
import org.skyrack.thermal.ThermalEnvironment;
import org.skyrack.units.Units;

/**
 * Electrical output of one photovoltaic array: cell area × efficiency × irradiance, reduced by
 * the visible part of the Sun's disc (penumbra), the cosine of the Sun's incidence on the array,
 * the cells' temperature coefficient and the year-on-year degradation. Pure function of its
 * inputs; W, W/m², s, K.
 */
public final class SolarArrayModel {

    /** Total solar irradiance at 1 AU, W/m² (Kopp &amp; Lean 2011, GRL 38, L01706). */
    public static final double SOLAR_IRRADIANCE_1AU_W_PER_M2 = ThermalEnvironment.SOLAR_IRRADIANCE_1AU_W_PER_M2;
    /** Cell temperature at which efficiencies are rated (AM0, 28 °C), K. */
    public static final double RATING_TEMPERATURE_K = 301.15;

    private final double ratedPowerPerIrradianceM2;
    private final double retentionPerYear;
    private final double temperatureFactor;

    /** The model of one array design. */
    public SolarArrayModel(SatelliteDesign.SolarArray array) {
        this.ratedPowerPerIrradianceM2 = array.areaM2() * array.packingFactor() * array.efficiency();
        this.retentionPerYear = 1 - array.degradationPerS() * Units.YEAR_S;
        this.temperatureFactor = Math.max(0,
                1 + array.temperatureCoefficientPerK() * (array.operatingTemperatureK() - RATING_TEMPERATURE_K));
    }

    /**
     * Output at beginning of life at 1 AU, full Sun, normal incidence, at the operating
     * temperature, W.
     */
    public double beginningOfLifePowerW() {
        return ratedPowerPerIrradianceM2 * SOLAR_IRRADIANCE_1AU_W_PER_M2 * temperatureFactor;
    }

    /**
     * Fraction of the beginning-of-life output left after {@code ageS} seconds in orbit: the
     * yearly loss compounds, (1 − d)^years, as array telemetry is usually fitted.
     */
    public double retentionFraction(double ageS) {
        return Math.pow(retentionPerYear, Math.max(0, ageS) / Units.YEAR_S);
    }

    /**
     * Output, W.
     *
     * @param irradianceWPerM2      solar irradiance at the satellite (1 AU value scaled by distance), W/m²
     * @param illuminatedFraction   visible fraction of the Sun's disc: 1 in sunlight, 0 in umbra
     * @param incidenceCosine       cosine of the angle between the array normal and the Sun; negative means the back faces the Sun
     * @param ageS                  time since the array started degrading (launch), s
     */
    public double powerW(double irradianceWPerM2, double illuminatedFraction, double incidenceCosine, double ageS) {
        if (illuminatedFraction <= 0 || incidenceCosine <= 0) {
            return 0;
        }
        return ratedPowerPerIrradianceM2 * irradianceWPerM2 * illuminatedFraction * incidenceCosine
                * temperatureFactor * retentionFraction(ageS);
    }
}
