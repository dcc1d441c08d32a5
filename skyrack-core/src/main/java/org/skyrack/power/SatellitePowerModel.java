package org.skyrack.power;

import org.skyrack.scenario.SatelliteDesign;
import org.skyrack.thermal.DeckThermalModel;

/**
 * Everything the energy integration needs about one satellite design: its array, battery,
 * loads and deck, how the array is pointed, and how old the array is at the epoch.
 *
 * @param array               the solar array
 * @param battery             the battery
 * @param loads               the loads
 * @param deck                the deck and radiator
 * @param maxTemperatureK     deck temperature above which compute throttles, K
 * @param pointing            Sun-tracking or body-fixed array
 * @param arrayNormalBody     array normal for a fixed array, in the body frame (radial, along-track, orbit normal)
 * @param radiatorSunCosine   cosine of the Sun's incidence on the radiator's sunlit face
 * @param ageAtEpochS         time the array has already spent in orbit at the epoch, s
 */
public record SatellitePowerModel(SolarArrayModel array, BatteryModel battery, LoadModel loads, DeckThermalModel deck,
                                  double maxTemperatureK, SatelliteDesign.Pointing pointing, double[] arrayNormalBody,
                                  double radiatorSunCosine, double ageAtEpochS) {

    /** The model of a design, with {@code alwaysOnTerminalsW} of link terminals on the bus, new at the epoch. */
    public static SatellitePowerModel of(SatelliteDesign d, double alwaysOnTerminalsW) {
        double[] normal = d.solarArray().normalBody().stream().mapToDouble(Double::doubleValue).toArray();
        return new SatellitePowerModel(new SolarArrayModel(d.solarArray()), BatteryModel.of(d.battery()),
                LoadModel.of(d, alwaysOnTerminalsW), DeckThermalModel.of(d.radiator()), d.radiator().maxTemperatureK(),
                d.solarArray().pointing(), normal, d.radiator().sunIncidenceCosine(), 0);
    }
}
