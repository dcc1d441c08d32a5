package org.skyrack.power;

import org.skyrack.scenario.SatelliteDesign;

/**
 * A battery as an energy store with one-way efficiencies and power limits. Charging with
 * {@code P} W at the bus stores {@code η_c·P}; delivering {@code P} W to the bus draws
 * {@code P/η_d} from the store. The store is kept between the floor set by the allowed depth of
 * discharge and the capacity. With power constant between events the stored energy is linear in
 * time, so the time to reach the floor or the top is exact. J, W, s.
 *
 * @param capacityJ            usable nameplate energy, J
 * @param floorJ               lowest allowed stored energy, {@code capacity·(1 − max depth of discharge)}, J
 * @param chargeEfficiency     fraction of charging power stored
 * @param dischargeEfficiency  fraction of drawn energy delivered
 * @param maxChargePowerW      largest charging power at the bus, W
 * @param maxDischargePowerW   largest power delivered to the bus, W
 */
public record BatteryModel(double capacityJ, double floorJ, double chargeEfficiency, double dischargeEfficiency,
                           double maxChargePowerW, double maxDischargePowerW) {

    /** The model of one battery design. */
    public static BatteryModel of(SatelliteDesign.Battery b) {
        return new BatteryModel(b.capacityJ(), b.capacityJ() * (1 - b.maxDepthOfDischarge()), b.chargeEfficiency(),
                b.dischargeEfficiency(), b.maxChargePowerW(), b.maxDischargePowerW());
    }

    public BatteryModel {
        if (!(floorJ >= 0 && floorJ <= capacityJ)) {
            throw new IllegalArgumentException("battery floor " + floorJ + " J outside [0, capacity " + capacityJ + " J]");
        }
        if (!(chargeEfficiency > 0 && chargeEfficiency <= 1 && dischargeEfficiency > 0 && dischargeEfficiency <= 1)) {
            throw new IllegalArgumentException("battery efficiencies must be in (0, 1], got "
                    + chargeEfficiency + " and " + dischargeEfficiency);
        }
    }

    /** Energy that can still be delivered to the bus from {@code storedJ}, J. */
    public double deliverableJ(double storedJ) {
        return Math.max(0, storedJ - floorJ) * dischargeEfficiency;
    }
}
