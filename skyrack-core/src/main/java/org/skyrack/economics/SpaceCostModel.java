package org.skyrack.economics;

import java.time.temporal.ChronoUnit;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.scenario.Economics;

/**
 * The cost of an orbital compute constellation over its life, from a launch plan.
 *
 * <p>Each launch is a cohort: its satellites' hardware (bus by mass, arrays by beginning-of-life
 * power, radiators by area, batteries by capacity, accelerators by unit price), integration
 * (a fraction of that hardware), the launch price and insurance (a fraction of hardware plus
 * launch) are paid on the launch day. Satellites of a failed launch are paid for and deliver
 * nothing. Those that reach orbit deliver accelerator power × availability for their design
 * life, and accrue accelerator replacement at its rate. Operations, ground stations and
 * spectrum and licences accrue from the first launch to the end of the last satellite's life.
 */
public final class SpaceCostModel {

    private static final double DAY_S = 86_400.0;

    private SpaceCostModel() {
    }

    /** Costs and delivered compute of the case. */
    public static CostResult evaluate(SpaceCase c) {
        Economics e = c.economics();
        Ledger ledger = new Ledger();
        double availability = Math.min(1.0, c.availabilityFraction() * c.scale(CostDriver.AVAILABILITY));
        double lifeScale = c.scale(CostDriver.DESIGN_LIFE);
        double replacementPerS = e.acceleratorReplacementPerS() * c.scale(CostDriver.ACCELERATOR_REPLACEMENT);
        double end = 0;
        for (PlannedLaunch l : c.plan().launches()) {
            SatelliteUnit u = c.unitByGroup().get(l.group());
            double t = ChronoUnit.DAYS.between(c.baseDate(), l.date()) * DAY_S;
            int n = l.satellites();
            double bus = n * u.busMassKg() * e.busCostPerKgUsd() * c.scale(CostDriver.BUS_COST);
            double arrays = n * u.arrayPowerBolW() * e.solarArrayCostPerWUsd() * c.scale(CostDriver.SOLAR_ARRAY_COST);
            double radiators = n * u.radiatorAreaM2() * e.radiatorCostPerM2Usd() * c.scale(CostDriver.RADIATOR_COST);
            double batteries = n * u.batteryCapacityJ() * e.batteryCostPerJUsd() * c.scale(CostDriver.BATTERY_COST);
            double accelerators = n * u.acceleratorCostUsd() * c.scale(CostDriver.ACCELERATOR_PRICE);
            double hardware = bus + arrays + radiators + batteries + accelerators;
            double integration = hardware * e.integrationFraction() * c.scale(CostDriver.INTEGRATION);
            double perKg = c.launchPricePerKgUsd().isPresent() ? c.launchPricePerKgUsd().getAsDouble()
                    : l.payloadMassKg() > 0 ? l.priceUsd() / l.payloadMassKg() : 0;
            double launch = (c.launchPricePerKgUsd().isPresent() ? l.payloadMassKg() * perKg : l.priceUsd())
                    * c.scale(CostDriver.LAUNCH_PRICE);
            double shieldingKg = n * u.acceleratorPowerW() * e.shieldingMassPerW();
            double shielding = shieldingKg * e.shieldingCostPerKgUsd();
            double shieldingLaunch = shieldingKg * perKg * c.scale(CostDriver.LAUNCH_PRICE);
            double insurance = (hardware + integration + launch + shielding + shieldingLaunch) * Math.min(1.0,
                    e.insuranceFraction() * c.scale(CostDriver.INSURANCE));
            ledger.pay(CostItem.BUS, t, bus);
            ledger.pay(CostItem.SOLAR_ARRAYS, t, arrays);
            ledger.pay(CostItem.RADIATORS, t, radiators);
            ledger.pay(CostItem.BATTERIES, t, batteries);
            ledger.pay(CostItem.ACCELERATORS, t, accelerators);
            ledger.pay(CostItem.INTEGRATION, t, integration);
            ledger.pay(CostItem.LAUNCH, t, launch);
            ledger.pay(CostItem.SHIELDING, t, shielding);
            ledger.pay(CostItem.SHIELDING_LAUNCH, t, shieldingLaunch);
            ledger.pay(CostItem.INSURANCE, t, insurance);
            if (!l.failed() && n > 0) {
                double life = u.lifeS() * lifeScale;
                ledger.deliver(t, t + life, n * u.acceleratorPowerW() * availability,
                        n * u.acceleratorCount() * availability, n * u.peakBf16FlopPerS() * availability);
                ledger.accrue(CostItem.ACCELERATOR_REPLACEMENT, t, t + life,
                        n * u.acceleratorCostUsd() * c.scale(CostDriver.ACCELERATOR_PRICE) * replacementPerS);
                end = Math.max(end, t + life);
            }
        }
        double ops = c.scale(CostDriver.OPERATIONS);
        ledger.accrue(CostItem.OPERATIONS, 0, end, e.operationsPerSUsd() * ops);
        ledger.accrue(CostItem.GROUND_STATIONS, 0, end, c.groundStations() * e.groundStationCostPerSUsd() * ops);
        ledger.accrue(CostItem.SPECTRUM_AND_LICENCES, 0, end, e.spectrumLicencesPerSUsd() * ops);
        return ledger.result(e.discountRatePerYear() * c.scale(CostDriver.DISCOUNT_RATE));
    }
}
