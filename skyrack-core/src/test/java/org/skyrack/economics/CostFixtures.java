package org.skyrack.economics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.scenario.Economics;
import org.skyrack.units.Units;

/** Hand-built economics inputs and launch plans for the cost tests. */
final class CostFixtures {

    static final LocalDate DAY0 = LocalDate.of(2030, 1, 1);

    private CostFixtures() {
    }

    /** The US hyperscale preset as a Terrestrial. */
    static Economics.Terrestrial hyperscale() {
        TerrestrialPreset p = TerrestrialPreset.US_HYPERSCALE;
        return new Economics.Terrestrial(p.id(), p.capexPerWUsd(), p.electricityPerJUsd(), p.pue(), p.waterPerJM3(),
                p.buildTimeS(), p.backupPowerPerWUsd(), p.waterPricePerM3Usd());
    }

    /** Prices like the Suncatcher example, opex and replacement as given, licences granted on DAY0. */
    static Economics economics(double operationsPerYearUsd, double discountRate, double replacementPerYear) {
        return new Economics(1100, 30, 2000, 1000 / (1000 * Units.WH_J), 0.10, 0.05, operationsPerYearUsd / Units.YEAR_S,
                1e6 / Units.YEAR_S, 0.5e6 / Units.YEAR_S, replacementPerYear / Units.YEAR_S, discountRate, DAY0, DAY0,
                makeOrBuy(1e9, 100e6 / Units.YEAR_S, 15e6, 50e6, 20), hyperscale(), 0, 0, Economics.SolarActivity.MEAN);
    }

    /**
     * Owning a provider with no refurbishment, an unlimited flight rate (10^6 a year), no delay,
     * the plan's payload per flight and a 10-year horizon.
     */
    static Economics.MakeOrBuy makeOrBuy(double acquisitionUsd, double fixedPerSUsd, double marginalUsd,
                                         double vehicleUsd, int reuse) {
        return new Economics.MakeOrBuy(acquisitionUsd, fixedPerSUsd, marginalUsd, vehicleUsd, reuse, 0,
                1e6 / Units.YEAR_S, 0, 0, OptionalDouble.empty(), 10 * Units.YEAR_S);
    }

    /** A satellite of 32 accelerators of 300 W, 918 TFLOP/s, $15k each, 648 kg, 5-year life. */
    static SatelliteUnit node() {
        return new SatelliteUnit(350, 14_696, 12, 8000 * Units.WH_J, 32, 32 * 15_000.0, 32 * 300.0, 32 * 918e12, 648,
                5 * Units.YEAR_S, 100);
    }

    /** One launch of {@code n} satellites on DAY0 at {@code usdPerKg}. */
    static LaunchPlan oneLaunch(int n, double usdPerKg) {
        double mass = n * node().massKg();
        return new LaunchPlan(List.of(new PlannedLaunch(DAY0, "test-rocket", "cluster", n, mass, mass * usdPerKg, false,
                false)), Optional.of(DAY0));
    }

    /** A case of one launch of the full constellation. */
    static SpaceCase oneLaunchCase(int n, double usdPerKg, Economics e) {
        return SpaceCase.of(Map.of("cluster", node()), Map.of("cluster", n), oneLaunch(n, usdPerKg), e, 3, 1.0);
    }
}
