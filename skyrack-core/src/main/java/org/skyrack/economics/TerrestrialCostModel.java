package org.skyrack.economics;

import org.skyrack.scenario.Economics;

/**
 * The terrestrial campus that delivers the same compute: the same accelerators (count, unit
 * price, power, BF16 peak) in a building on the ground, in the same units as the orbital model.
 *
 * <p>Building and backup power are paid per watt of IT power when construction starts (the base
 * date); the accelerators are bought when the building is finished, {@code buildTimeS} later,
 * and run at full load with availability 1 (a Tier III site is available 99.98 % of the time,
 * Uptime Institute) for the life given. Electricity is IT energy × PUE × price; water is IT
 * energy × water use × price. There is no residual value at the end (as in McCalip's model),
 * and no staff, land or taxes (the Cushman &amp; Wakefield build cost excludes land and soft costs).
 */
public final class TerrestrialCostModel {

    private TerrestrialCostModel() {
    }

    /**
     * A campus matching a fleet of accelerators.
     *
     * @param terrestrial                 the campus prices
     * @param itPowerW                    accelerator power at full load, W
     * @param accelerators                accelerators
     * @param acceleratorCostUsd          price of all of them, USD
     * @param peakBf16FlopPerS            their dense BF16 peak, FLOP/s
     * @param lifeS                       operating life after construction, s
     * @param discountRatePerYear         discount rate, fraction per year
     * @param acceleratorReplacementPerS  fraction of the accelerators bought again per second, 1/s
     */
    public record Campus(Economics.Terrestrial terrestrial, double itPowerW, int accelerators, double acceleratorCostUsd,
                         double peakBf16FlopPerS, double lifeS, double discountRatePerYear,
                         double acceleratorReplacementPerS) {
        public Campus {
            if (!(itPowerW >= 0 && lifeS > 0 && acceleratorCostUsd >= 0 && peakBf16FlopPerS >= 0 && accelerators >= 0
                    && discountRatePerYear >= 0 && acceleratorReplacementPerS >= 0)) {
                throw new IllegalArgumentException("a campus needs power, cost, peak, count and rates >= 0 and a life > 0");
            }
        }
    }

    /** The campus matching the full constellation of a case, with its discount and replacement rates. */
    public static Campus matching(SpaceCase c) {
        double power = 0;
        double cost = 0;
        double flops = 0;
        int count = 0;
        for (var e : c.constellation().entrySet()) {
            SatelliteUnit u = c.unitByGroup().get(e.getKey());
            int n = e.getValue();
            power += n * u.acceleratorPowerW();
            cost += n * u.acceleratorCostUsd();
            flops += n * u.peakBf16FlopPerS();
            count += n * u.acceleratorCount();
        }
        Economics e = c.economics();
        return new Campus(e.terrestrial(), power, count, cost, flops, c.longestLifeS(), e.discountRatePerYear(),
                e.acceleratorReplacementPerS());
    }

    /** Costs and delivered compute of the campus. */
    public static CostResult evaluate(Campus c) {
        Economics.Terrestrial t = c.terrestrial();
        Ledger ledger = new Ledger();
        double start = t.buildTimeS();
        double end = start + c.lifeS();
        ledger.pay(CostItem.BUILDING, 0, c.itPowerW() * t.capexPerWUsd());
        ledger.pay(CostItem.BACKUP_POWER, 0, c.itPowerW() * t.backupPowerPerWUsd());
        ledger.pay(CostItem.ACCELERATORS, start, c.acceleratorCostUsd());
        ledger.accrue(CostItem.ACCELERATOR_REPLACEMENT, start, end, c.acceleratorCostUsd() * c.acceleratorReplacementPerS());
        ledger.accrue(CostItem.ELECTRICITY, start, end, c.itPowerW() * t.pue() * t.electricityPerJUsd());
        ledger.accrue(CostItem.WATER, start, end, c.itPowerW() * t.waterPerJM3() * t.waterPricePerM3Usd());
        ledger.deliver(start, end, c.itPowerW(), c.accelerators(), c.peakBf16FlopPerS());
        return ledger.result(c.discountRatePerYear());
    }
}
