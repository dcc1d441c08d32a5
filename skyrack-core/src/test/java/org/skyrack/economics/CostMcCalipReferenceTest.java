package org.skyrack.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.scenario.Economics;
import org.skyrack.units.Units;

/**
 * Andrew McCalip's space-datacenter calculator (andrewmccalip/thoughts e59571e, math.js) at its
 * defaults, as published: orbital $51.10/W and $1,167/MWh, terrestrial $15.85/W and $426/MWh,
 * ratio 3.22, and the launch-price sweep $20/kg → 36.99, $200/kg → 42.28, $1,000/kg → 65.79.
 */
class CostMcCalipReferenceTest {

    /** Published $/W figures have two decimals: half a cent, plus rounding slack. */
    private static final double PER_WATT_TOLERANCE_USD = 0.006;
    /** Published $/MWh figures are whole dollars. */
    private static final double PER_MWH_TOLERANCE_USD = 0.6;
    /** Published billions have two decimals. */
    private static final double BILLIONS_TOLERANCE_USD = 0.006e9;
    /** skyrack's model against the reference under the reference's assumptions, relative. */
    private static final double REDUCTION_TOLERANCE = 1e-4;

    @Test
    void orbitalDefaultsGiveThePublishedBreakdown() {
        McCalipReference.OrbitalResult r = McCalipReference.orbital(McCalipReference.Orbital.defaults());
        assertThat(r.satellites()).isEqualTo(39_731);
        assertThat(r.massKg()).isCloseTo(29.4e6, within(0.05e6));
        assertThat(r.massKg() / 100_000).isCloseTo(294, within(0.5)); // Starship-class flights of 100 t
        assertThat(r.hardwareUsd()).isCloseTo(23.60e9, within(BILLIONS_TOLERANCE_USD));
        assertThat(r.launchUsd()).isCloseTo(14.70e9, within(BILLIONS_TOLERANCE_USD));
        assertThat(r.operationsUsd()).isCloseTo(1.18e9, within(BILLIONS_TOLERANCE_USD));
        assertThat(r.replacementUsd()).isCloseTo(10.62e9, within(BILLIONS_TOLERANCE_USD));
        assertThat(r.perWattUsd()).isCloseTo(51.10, within(PER_WATT_TOLERANCE_USD));
        assertThat(r.perMwhUsd()).isCloseTo(1167, within(PER_MWH_TOLERANCE_USD));
    }

    @Test
    void terrestrialDefaultsGiveThePublishedFigures() {
        McCalipReference.Terrestrial t = McCalipReference.Terrestrial.defaults();
        assertThat(t.capexPerWUsd()).isCloseTo(14.66, within(1e-9));
        assertThat(t.fuelPerMwhUsd()).isCloseTo(26.66, within(1e-9));
        McCalipReference.TerrestrialResult r = McCalipReference.terrestrial(t);
        assertThat(r.perWattUsd()).isCloseTo(15.85, within(PER_WATT_TOLERANCE_USD));
        assertThat(r.perMwhUsd()).isCloseTo(426, within(PER_MWH_TOLERANCE_USD));
        double ratio = McCalipReference.orbital(McCalipReference.Orbital.defaults()).perWattUsd() / r.perWattUsd();
        assertThat(ratio).isCloseTo(3.22, within(0.005));
    }

    @ParameterizedTest
    @CsvSource({"20, 36.99", "200, 42.28", "1000, 65.79"})
    void launchPriceSweep(double usdPerKg, double perWatt) {
        McCalipReference.Orbital in = McCalipReference.Orbital.defaults().withLaunchPerKgUsd(usdPerKg);
        assertThat(McCalipReference.orbital(in).perWattUsd()).isCloseTo(perWatt, within(PER_WATT_TOLERANCE_USD));
    }

    /**
     * skyrack's orbital model reduces to McCalip's under his assumptions: no discounting, all
     * hardware priced per installed watt (here as the accelerator price of a 27 kW satellite),
     * availability = sun fraction × mean degraded capacity factor, GPU replacement at 9 %/yr of
     * hardware, operations at 1 % of hardware per year, NRE as a fraction of hardware paid at launch.
     */
    @ParameterizedTest
    @CsvSource({"20", "200", "500", "1000"})
    void skyrackModelReducesToTheReference(double usdPerKg) {
        McCalipReference.Orbital in = McCalipReference.Orbital.defaults().withLaunchPerKgUsd(usdPerKg);
        McCalipReference.OrbitalResult ref = McCalipReference.orbital(in);
        double satW = in.satellitePowerW();
        double hardwarePerSat = satW * in.hardwarePerWUsd();
        SatelliteUnit sat = new SatelliteUnit(1, 0, 0, 0, 1, hardwarePerSat, satW, 1, satW / in.specificPowerWPerKg(),
                in.years() * Units.YEAR_S, 100);
        int n = (int) ref.satellites();
        Economics e = new Economics(0, 0, 0, 0, in.nreUsd() / ref.hardwareUsd(), 0,
                in.operationsPerYearFraction() * ref.hardwareUsd() / Units.YEAR_S, 0, 0,
                in.gpuFailurePerYear() / Units.YEAR_S, 0, CostFixtures.DAY0, CostFixtures.DAY0,
                CostFixtures.makeOrBuy(0, 0, 0, 0, 1), CostFixtures.hyperscale(), 0, 0, Economics.SolarActivity.MEAN);
        LaunchPlan plan = new LaunchPlan(List.of(new PlannedLaunch(CostFixtures.DAY0, "starship", "g", n, ref.massKg(),
                ref.massKg() * usdPerKg, false, false)), Optional.of(CostFixtures.DAY0));
        SpaceCase c = SpaceCase.of(Map.of("g", sat), Map.of("g", n), plan, e, 0,
                in.sunFraction() * in.averageCapacityFactor());
        CostResult r = SpaceCostModel.evaluate(c);
        assertThat(r.totalUsd()).isCloseTo(ref.totalUsd(), within(REDUCTION_TOLERANCE * ref.totalUsd()));
        // $/kW-yr × years / 1000 is $ per delivered W over the life.
        double perWatt = r.levelized().perKilowattYearUsd() * in.years() / 1000;
        assertThat(perWatt).isCloseTo(ref.perWattUsd(), within(REDUCTION_TOLERANCE * ref.perWattUsd()));
        assertThat(r.levelized().launchShareFraction()).isCloseTo(ref.launchUsd() / ref.totalUsd(), within(1e-9));
    }
}
