package org.skyrack.results;

import org.skyrack.power.EnergyLedger;

/**
 * The decks' temperatures over a run.
 *
 * @param maxDeckTemperatureK       highest deck temperature of any satellite, K
 * @param thermalThrottledFraction  fraction of satellite-time compute was held at the deck's maximum temperature
 */
public record ThermalSummary(double maxDeckTemperatureK, double thermalThrottledFraction) {

    /** The summary of a fleet ledger. */
    public static ThermalSummary of(EnergyLedger fleet) {
        return new ThermalSummary(fleet.maxDeckTemperatureK(),
                fleet.durationS() > 0 ? fleet.thermalThrottledS() / fleet.durationS() : 0);
    }
}
