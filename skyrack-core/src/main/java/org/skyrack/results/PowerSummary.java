package org.skyrack.results;

import java.util.ArrayList;
import java.util.List;
import org.skyrack.power.EnergyLedger;

/**
 * The fleet's energy over a run, summed over satellites, and the same per calendar month so a
 * season shows where it falls. Energy in J; {@code solar = load + battery_delta + losses +
 * curtailed} to {@code energy_balance_error_fraction}.
 *
 * @param solarEnergyJ                array output, J
 * @param loadEnergyJ                 energy delivered to the loads, J
 * @param batteryDeltaJ               change of stored energy, J
 * @param lossesJ                     battery charge and discharge losses, J
 * @param curtailedJ                  array output neither used nor stored, J
 * @param unservedEnergyJ             load the array and battery could not carry with compute idle, J
 * @param energyBalanceErrorFraction  |solar − (load + Δbattery + losses + curtailed)| / solar
 * @param minStateOfChargeFraction    lowest battery state of charge of any satellite
 * @param computeAvailableFraction    compute delivered over compute asked for
 * @param powerThrottledFraction      fraction of satellite-time compute was held back by power
 * @param months                      the same per calendar month (UTC) of the run
 */
public record PowerSummary(double solarEnergyJ, double loadEnergyJ, double batteryDeltaJ, double lossesJ,
                           double curtailedJ, double unservedEnergyJ, double energyBalanceErrorFraction,
                           double minStateOfChargeFraction, double computeAvailableFraction,
                           double powerThrottledFraction, List<Month> months) {

    /**
     * One calendar month of the run (or the part of it inside the run).
     *
     * @param month                     {@code YYYY-MM}
     * @param computeAvailableFraction  compute delivered over compute asked for
     * @param minStateOfChargeFraction  lowest state of charge of any satellite
     * @param powerThrottledFraction    fraction of satellite-time compute was held back by power
     * @param batteryThroughputJ        energy the batteries delivered to the bus, J (their cycling)
     */
    public record Month(String month, double computeAvailableFraction, double minStateOfChargeFraction,
                        double powerThrottledFraction, double batteryThroughputJ) {
    }

    /** The summary of a fleet ledger and its monthly ledgers, labelled {@code monthNames}. */
    public static PowerSummary of(EnergyLedger fleet, List<EnergyLedger> monthly, List<String> monthNames) {
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < monthly.size(); i++) {
            EnergyLedger m = monthly.get(i);
            months.add(new Month(monthNames.get(i), m.computeAvailableFraction(), m.minStateOfChargeFraction(),
                    fraction(m.powerThrottledS(), m.durationS()), m.dischargedJ()));
        }
        return new PowerSummary(fleet.solarJ(), fleet.loadJ(), fleet.batteryDeltaJ(), fleet.lossesJ(), fleet.curtailedJ(),
                fleet.unservedJ(), fleet.balanceErrorFraction(), fleet.minStateOfChargeFraction(),
                fleet.computeAvailableFraction(), fraction(fleet.powerThrottledS(), fleet.durationS()), months);
    }

    private static double fraction(double part, double whole) {
        return whole > 0 ? part / whole : 0;
    }
}
