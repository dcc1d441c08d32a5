package org.skyrack.economics;

import java.util.List;
import java.util.Map;
import org.skyrack.units.Units;

/**
 * Costs and delivered compute of one system (the constellation or the terrestrial campus) over
 * its life: totals by item, cash flows by year, their present value, and the levelized costs.
 * Year {@code k} runs from {@code k} to {@code k + 1} Julian years after the base date (the first
 * launch, or the start of construction); its flows are discounted by (1 + r)^-k, costs and
 * delivered compute alike, so the levelized figures are present cost over present delivery.
 *
 * @param totalByItemUsd              undiscounted total of each item, USD
 * @param presentValueByItemUsd       present value of each item at the base date, USD
 * @param years                       cash flows and delivered compute by year
 * @param presentValueUsd             net present cost, the sum of the item present values, USD
 * @param discountedComputeEnergyJ    accelerator power × availability × time, discounted, J
 * @param discountedAcceleratorS      accelerators × availability × time, discounted, s
 * @param discountedFlop              BF16 peak × availability × time, discounted, FLOP
 */
public record CostResult(Map<CostItem, Double> totalByItemUsd, Map<CostItem, Double> presentValueByItemUsd,
                         List<Year> years, double presentValueUsd, double discountedComputeEnergyJ,
                         double discountedAcceleratorS, double discountedFlop) {

    /** Seconds in an hour. */
    private static final double HOUR_S = 3600.0;
    /** FLOP in a PFLOP. */
    private static final double PFLOP = 1e15;
    /** Watts in a kilowatt. */
    private static final double KW_W = 1000.0;

    public CostResult {
        // EnumMap copies, not Map.copyOf: Map.copyOf iterates in an order salted per JVM, and
        // sums over these maps then differed in the last bit from one JVM to the next.
        totalByItemUsd = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(totalByItemUsd));
        presentValueByItemUsd = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(presentValueByItemUsd));
        years = List.copyOf(years);
    }

    /**
     * One year of flows.
     *
     * @param index              years after the base date
     * @param costUsd            costs paid or accrued in the year, USD
     * @param discountedCostUsd  the same discounted to the base date, USD
     * @param computeEnergyJ     accelerator energy delivered in the year (power × availability × time), J
     */
    public record Year(int index, double costUsd, double discountedCostUsd, double computeEnergyJ) {
    }

    /** Undiscounted total of all items, USD. */
    public double totalUsd() {
        // In item order, not the map's (which changes from one JVM to the next), so the sum is reproducible.
        return java.util.Arrays.stream(CostItem.values()).mapToDouble(this::totalUsd).sum();
    }

    /** Undiscounted total of one item, USD (0 if absent). */
    public double totalUsd(CostItem item) {
        return totalByItemUsd.getOrDefault(item, 0.0);
    }

    /** Present value of one item, USD (0 if absent). */
    public double presentValueUsd(CostItem item) {
        return presentValueByItemUsd.getOrDefault(item, 0.0);
    }

    /** Levelized costs per unit of delivered compute, with the launch share of each. */
    public Levelized levelized() {
        double launch = presentValueUsd(CostItem.LAUNCH) + presentValueUsd(CostItem.SHIELDING_LAUNCH);
        double share = presentValueUsd > 0 ? launch / presentValueUsd : 0;
        return new Levelized(presentValueUsd / (discountedComputeEnergyJ / (KW_W * Units.YEAR_S)),
                presentValueUsd / (discountedAcceleratorS / HOUR_S), presentValueUsd / (discountedFlop / PFLOP), share);
    }

    /**
     * Levelized costs. Non-SI units are in the names; they are what the question is asked in.
     *
     * @param perKilowattYearUsd     present cost over discounted kW-years of delivered accelerator power, USD/(kW·yr)
     * @param perAcceleratorHourUsd  present cost over discounted delivered accelerator-hours, USD/h
     * @param perPflopUsd            present cost over discounted delivered BF16 PFLOP (10^15 FLOP), USD/PFLOP
     * @param launchShareFraction    share of the present cost that is launch (shielding's launch included), the same for all three, fraction
     */
    public record Levelized(double perKilowattYearUsd, double perAcceleratorHourUsd, double perPflopUsd,
                            double launchShareFraction) {
    }
}
