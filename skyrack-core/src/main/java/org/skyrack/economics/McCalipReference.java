package org.skyrack.economics;

import java.util.List;

/**
 * Andrew McCalip's space-datacenter calculator ({@code andrewmccalip/thoughts}, version e59571e,
 * {@code math.js}), implemented from its published description as a reference the tests
 * reproduce: undiscounted, per watt of delivered power, years of 8,760 h. It is not skyrack's
 * model (which discounts, prices each subsystem and follows a launch plan); see
 * {@code SpaceCostModel} and the reduction test that shows the two agree under its assumptions.
 */
public final class McCalipReference {

    /** Hours in the calculator's year. */
    public static final double HOURS_PER_YEAR = 8760.0;
    /** BTU in one MMBtu. */
    private static final double BTU_PER_MMBTU = 1e6;

    private McCalipReference() {
    }

    /**
     * Orbital inputs.
     *
     * @param deliveredPowerW          power to deliver, W
     * @param years                    years of operation
     * @param hardwarePerWUsd          satellite hardware per installed watt, USD/W
     * @param specificPowerWPerKg      installed watts per kg of satellite, W/kg
     * @param satellitePowerW          installed power of one satellite, W
     * @param launchPerKgUsd           launch price, USD/kg
     * @param sunFraction              fraction of time in sunlight
     * @param degradationPerYear       cell power lost per year, fraction
     * @param gpuFailurePerYear        fraction of hardware replaced per year, at hardware cost
     * @param operationsPerYearFraction operations per year, fraction of hardware
     * @param nreUsd                   non-recurring engineering, USD
     */
    public record Orbital(double deliveredPowerW, int years, double hardwarePerWUsd, double specificPowerWPerKg,
                          double satellitePowerW, double launchPerKgUsd, double sunFraction, double degradationPerYear,
                          double gpuFailurePerYear, double operationsPerYearFraction, double nreUsd) {

        /** The calculator's defaults: 1 GW for 5 years, $22/W at 36.5 W/kg in 27 kW satellites, $500/kg, ... */
        public static Orbital defaults() {
            return new Orbital(1e9, 5, 22, 36.5, 27_000, 500, 0.98, 0.025, 0.09, 0.01, 1e9);
        }

        /** The same at another launch price, USD/kg. */
        public Orbital withLaunchPerKgUsd(double usdPerKg) {
            return new Orbital(deliveredPowerW, years, hardwarePerWUsd, specificPowerWPerKg, satellitePowerW, usdPerKg,
                    sunFraction, degradationPerYear, gpuFailurePerYear, operationsPerYearFraction, nreUsd);
        }

        /** Mean over years y = 0..N−1 of (1 − d)^y. */
        public double averageCapacityFactor() {
            double sum = 0;
            for (int y = 0; y < years; y++) {
                sum += StrictMath.pow(1 - degradationPerYear, y);
            }
            return sum / years;
        }
    }

    /**
     * Orbital result.
     *
     * @param satellites   satellites built
     * @param massKg       mass launched, kg
     * @param hardwareUsd  hardware, USD
     * @param launchUsd    launch, USD
     * @param operationsUsd operations, USD
     * @param replacementUsd GPU replacement, USD
     * @param nreUsd       NRE, USD
     */
    public record OrbitalResult(long satellites, double massKg, double hardwareUsd, double launchUsd,
                                double operationsUsd, double replacementUsd, double nreUsd, double deliveredPowerW,
                                int years) {
        /** Total, USD. */
        public double totalUsd() {
            return hardwareUsd + launchUsd + operationsUsd + replacementUsd + nreUsd;
        }

        /** Total per delivered watt, USD/W. */
        public double perWattUsd() {
            return totalUsd() / deliveredPowerW;
        }

        /** Total per delivered MWh, USD/MWh. */
        public double perMwhUsd() {
            return totalUsd() / (deliveredPowerW / 1e6 * years * HOURS_PER_YEAR);
        }
    }

    /** The orbital side: install enough power that degraded, sunlit output averages the target. */
    public static OrbitalResult orbital(Orbital in) {
        double installed = in.deliveredPowerW() / (in.averageCapacityFactor() * in.sunFraction());
        long n = (long) Math.ceil(installed / in.satellitePowerW());
        double installedW = n * in.satellitePowerW();
        double mass = installedW / in.specificPowerWPerKg();
        double hardware = installedW * in.hardwarePerWUsd();
        return new OrbitalResult(n, mass, hardware, mass * in.launchPerKgUsd(),
                hardware * in.operationsPerYearFraction() * in.years(), hardware * in.gpuFailurePerYear() * in.years(),
                in.nreUsd(), in.deliveredPowerW(), in.years());
    }

    /**
     * Terrestrial inputs.
     *
     * @param deliveredPowerW     IT power, W
     * @param years               years of operation
     * @param pue                 power usage effectiveness
     * @param pueScaledCapexPerWUsd capex lines that scale with PUE (power generation), USD/W per unit PUE
     * @param otherCapexPerWUsd   the other capex lines, USD/W
     * @param heatRateBtuPerKwh   gas-turbine heat rate, BTU/kWh
     * @param gasPerMmbtuUsd      gas price, USD/MMBtu
     * @param capacityFactor      fraction of the time the IT load runs
     */
    public record Terrestrial(double deliveredPowerW, int years, double pue, double pueScaledCapexPerWUsd,
                              List<Double> otherCapexPerWUsd, double heatRateBtuPerKwh, double gasPerMmbtuUsd,
                              double capacityFactor) {
        public Terrestrial {
            otherCapexPerWUsd = List.copyOf(otherCapexPerWUsd);
        }

        /** The calculator's defaults: capex 1.8·PUE + 5.25 + 3 + 2.5 + 1.75 USD/W, PUE 1.2, 6,200 BTU/kWh at $4.30/MMBtu, CF 0.85. */
        public static Terrestrial defaults() {
            return new Terrestrial(1e9, 5, 1.2, 1.8, List.of(5.25, 3.0, 2.5, 1.75), 6200, 4.30, 0.85);
        }

        /** Capex per watt, USD/W. */
        public double capexPerWUsd() {
            return pueScaledCapexPerWUsd * pue + otherCapexPerWUsd.stream().mapToDouble(Double::doubleValue).sum();
        }

        /** Fuel per MWh of electricity, USD/MWh. */
        public double fuelPerMwhUsd() {
            return heatRateBtuPerKwh * 1000 / BTU_PER_MMBTU * gasPerMmbtuUsd;
        }
    }

    /**
     * Terrestrial result.
     *
     * @param capexUsd      capex, USD
     * @param fuelUsd       fuel, USD
     * @param deliveredMwh  IT energy delivered, MWh
     */
    public record TerrestrialResult(double capexUsd, double fuelUsd, double deliveredMwh, double deliveredPowerW) {
        /** Total, USD. */
        public double totalUsd() {
            return capexUsd + fuelUsd;
        }

        /** Total per watt of IT power, USD/W. */
        public double perWattUsd() {
            return totalUsd() / deliveredPowerW;
        }

        /** Total per delivered MWh, USD/MWh. */
        public double perMwhUsd() {
            return totalUsd() / deliveredMwh;
        }
    }

    /** The ground side: capex per watt, and gas for the delivered energy × PUE. */
    public static TerrestrialResult terrestrial(Terrestrial in) {
        double delivered = in.deliveredPowerW() / 1e6 * in.years() * HOURS_PER_YEAR * in.capacityFactor();
        return new TerrestrialResult(in.capexPerWUsd() * in.deliveredPowerW(), delivered * in.pue() * in.fuelPerMwhUsd(),
                delivered, in.deliveredPowerW());
    }
}
