package org.skyrack.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.scenario.Economics;
import org.skyrack.units.Units;

/** The orbital and terrestrial cost models, break-even, tornado and make-or-buy on closed-form cases. */
class CostModelTest {

    /** Money compared after a few hundred floating-point operations, relative. */
    private static final double RELATIVE_TOLERANCE = 1e-9;
    /** Starcloud's published figures are rounded to $1M. */
    private static final double STARCLOUD_TOLERANCE_USD = 0.5e6;

    @Test
    void presentValueOfALevelAnnuityMatchesTheClosedForm() {
        // A level cost A per year for N years, discounted at the start of each year: an annuity due.
        double a = 5e6;
        int years = 7;
        double r = 0.08;
        Ledger l = new Ledger();
        l.accrue(CostItem.OPERATIONS, 0, years * Units.YEAR_S, a / Units.YEAR_S);
        CostResult res = l.result(r);
        double closedForm = a * (1 - Math.pow(1 + r, -years)) / r * (1 + r);
        assertThat(res.presentValueUsd()).isCloseTo(closedForm, within(RELATIVE_TOLERANCE * closedForm));
        assertThat(res.totalUsd()).isCloseTo(a * years, within(RELATIVE_TOLERANCE * a * years));
        assertThat(res.years()).hasSize(years).allSatisfy(y -> assertThat(y.costUsd()).isCloseTo(a, within(1e-3)));
    }

    @Test
    void capexItemsFollowTheDesignAndPrices() {
        Economics e = CostFixtures.economics(5e6, 0.08, 0);
        CostResult r = SpaceCostModel.evaluate(CostFixtures.oneLaunchCase(81, 4000, e));
        SatelliteUnit u = CostFixtures.node();
        assertThat(r.totalUsd(CostItem.BUS)).isCloseTo(81 * 350 * 1100.0, within(1e-3));
        assertThat(r.totalUsd(CostItem.ACCELERATORS)).isCloseTo(81 * 32 * 15_000.0, within(1e-3));
        assertThat(r.totalUsd(CostItem.LAUNCH)).isCloseTo(81 * u.massKg() * 4000, within(1e-3));
        double hardware = r.totalUsd(CostItem.BUS) + r.totalUsd(CostItem.SOLAR_ARRAYS) + r.totalUsd(CostItem.RADIATORS)
                + r.totalUsd(CostItem.BATTERIES) + r.totalUsd(CostItem.ACCELERATORS);
        assertThat(r.totalUsd(CostItem.INTEGRATION)).isCloseTo(0.10 * hardware, within(1e-3));
        assertThat(r.totalUsd(CostItem.INSURANCE))
                .isCloseTo(0.05 * (1.10 * hardware + r.totalUsd(CostItem.LAUNCH)), within(1e-3));
        assertThat(r.totalUsd(CostItem.GROUND_STATIONS)).isCloseTo(3 * 1e6 * 5, within(1e-3));
        // Capital is paid on the base date: its present value is its total.
        assertThat(r.presentValueUsd(CostItem.LAUNCH)).isEqualTo(r.totalUsd(CostItem.LAUNCH));
        assertThat(r.levelized().launchShareFraction())
                .isCloseTo(r.presentValueUsd(CostItem.LAUNCH) / r.presentValueUsd(), within(1e-12));
    }

    @Test
    void availabilityAndAFailedLaunchScaleDeliveryNotCost() {
        Economics e = CostFixtures.economics(5e6, 0.0, 0);
        CostResult full = SpaceCostModel.evaluate(CostFixtures.oneLaunchCase(81, 1000, e));
        CostResult half = SpaceCostModel.evaluate(new SpaceCase(Map.of("cluster", CostFixtures.node()),
                Map.of("cluster", 81), CostFixtures.oneLaunch(81, 1000), e, 3, 0.5, OptionalDouble.empty(), Map.of()));
        assertThat(half.totalUsd()).isCloseTo(full.totalUsd(), within(1e-3));
        assertThat(half.levelized().perKilowattYearUsd())
                .isCloseTo(2 * full.levelized().perKilowattYearUsd(), within(1e-6));
        // Undiscounted: delivered kW-years = 81 × 9.6 kW × 5 yr.
        double kwYears = full.discountedComputeEnergyJ() / (1000 * Units.YEAR_S);
        assertThat(kwYears).isCloseTo(81 * 9.6 * 5, within(1e-9));
        assertThat(full.discountedAcceleratorS() / 3600).isCloseTo(81 * 32 * 5 * Units.YEAR_S / 3600, within(1e-3));

        LaunchPlan twoWithAFailure = new LaunchPlan(List.of(
                new PlannedLaunch(CostFixtures.DAY0, "r", "cluster", 40, 40 * 648.0, 1e7, true, false),
                new PlannedLaunch(CostFixtures.DAY0.plusDays(30), "r", "cluster", 40, 40 * 648.0, 1e7, false, false)),
                Optional.empty());
        CostResult failed = SpaceCostModel.evaluate(SpaceCase.of(Map.of("cluster", CostFixtures.node()),
                Map.of("cluster", 40), twoWithAFailure, e, 3, 1.0));
        assertThat(failed.totalUsd(CostItem.LAUNCH)).isEqualTo(2e7);
        assertThat(failed.discountedComputeEnergyJ() / (1000 * Units.YEAR_S)).isCloseTo(40 * 9.6 * 5, within(1e-9));
    }

    @Test
    void starcloudEarthSideEnergyIs140MillionOver10YearsAt4CentsFor40Mw() {
        // Starcloud white paper v1.03 (Sept 2024): 40 MW for 10 years at $0.04/kWh costs $140M of energy;
        // backup power $20M. PUE 1 and availability 1, as in the paper's arithmetic.
        Economics.Terrestrial t = new Economics.Terrestrial("starcloud", 0, 0.04 / (1000 * Units.WH_J), 1.0, 0, 0,
                0.5, 0);
        CostResult r = TerrestrialCostModel.evaluate(new TerrestrialCostModel.Campus(t, 40e6, 0, 0, 0,
                10 * Units.YEAR_S, 0, 0));
        assertThat(r.totalUsd(CostItem.ELECTRICITY)).isCloseTo(140e6, within(STARCLOUD_TOLERANCE_USD));
        assertThat(r.totalUsd(CostItem.BACKUP_POWER)).isCloseTo(20e6, within(STARCLOUD_TOLERANCE_USD));
    }

    @Test
    void buildTimeDelaysDeliveryAndRaisesTheGroundCost() {
        Economics.Terrestrial now = new Economics.Terrestrial("x", 11.7, 0.0806 / 3.6e6, 1.2, 0, 0, 0.5, 2);
        Economics.Terrestrial late = new Economics.Terrestrial("x", 11.7, 0.0806 / 3.6e6, 1.2, 0, 2 * Units.YEAR_S,
                0.5, 2);
        double a = TerrestrialCostModel.evaluate(new TerrestrialCostModel.Campus(now, 1e6, 1, 0, 1, 5 * Units.YEAR_S,
                0.08, 0)).levelized().perKilowattYearUsd();
        double b = TerrestrialCostModel.evaluate(new TerrestrialCostModel.Campus(late, 1e6, 1, 0, 1, 5 * Units.YEAR_S,
                0.08, 0)).levelized().perKilowattYearUsd();
        assertThat(b).isGreaterThan(a);
        // Undiscounted, no build delay: (capex + backup)/(5 yr) + electricity per kW-year.
        double flat = TerrestrialCostModel.evaluate(new TerrestrialCostModel.Campus(now, 1e6, 1, 0, 1,
                5 * Units.YEAR_S, 0, 0)).levelized().perKilowattYearUsd();
        double expected = (11.7 + 0.5) * 1000 / 5 + 1.2 * 0.0806 * Units.YEAR_S / 3600;
        assertThat(flat).isCloseTo(expected, within(1e-6 * expected));
    }

    @Test
    void breakEvenIsTheRootWhereOrbitEqualsTheGround() {
        SpaceCase c = CostFixtures.oneLaunchCase(81, 4000, CostFixtures.economics(5e6, 0.08, 0));
        double orbitAtZero = SpaceCostModel.evaluate(c.withLaunchPricePerKg(0)).levelized().perKilowattYearUsd();
        double target = orbitAtZero * 1.5;
        double p = BreakEven.launchPricePerKgUsd(c, target).orElseThrow();
        assertThat(p).isPositive();
        double atRoot = SpaceCostModel.evaluate(c.withLaunchPricePerKg(p)).levelized().perKilowattYearUsd();
        assertThat(atRoot).isCloseTo(target, within(1e-6 * target));
        // Orbit costs more than the target even with free launch: no break-even.
        assertThat(BreakEven.launchPricePerKgUsd(c, orbitAtZero * 0.9)).isEmpty();
    }

    @Test
    void tornadoIsSymmetricForLinearInputsAndSortedBySwing() {
        SpaceCase c = CostFixtures.oneLaunchCase(81, 4000, CostFixtures.economics(5e6, 0.08, 0.05));
        double base = SpaceCostModel.evaluate(c).levelized().perKilowattYearUsd();
        List<Tornado.Bar> bars = Tornado.of(c, 0.2);
        assertThat(bars).hasSize(CostDriver.values().length);
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i).swingUsd()).isLessThanOrEqualTo(bars.get(i - 1).swingUsd());
        }
        for (CostDriver linear : List.of(CostDriver.LAUNCH_PRICE, CostDriver.BUS_COST, CostDriver.ACCELERATOR_PRICE,
                CostDriver.OPERATIONS, CostDriver.SOLAR_ARRAY_COST)) {
            Tornado.Bar b = bars.stream().filter(x -> x.driver() == linear).findFirst().orElseThrow();
            assertThat(b.highPerKilowattYearUsd() - base)
                    .isCloseTo(base - b.lowPerKilowattYearUsd(), within(1e-9 * base));
            assertThat(b.highPerKilowattYearUsd()).isGreaterThan(base);
        }
        // Availability at nameplate (1.0) cannot rise: only its low side moves.
        Tornado.Bar avail = bars.stream().filter(x -> x.driver() == CostDriver.AVAILABILITY).findFirst().orElseThrow();
        assertThat(avail.highPerKilowattYearUsd()).isCloseTo(base, within(1e-9 * base));
        assertThat(avail.lowPerKilowattYearUsd()).isCloseTo(base / 0.8, within(1e-9 * base));
    }

    @Test
    void analysisPutsOrbitAndGroundInTheSameUnits() {
        SpaceCase c = CostFixtures.oneLaunchCase(81, 4000, CostFixtures.economics(5e6, 0.08, 0));
        CostAnalysis a = CostAnalysis.of(c, Tornado.DEFAULT_FRACTION);
        assertThat(a.ground().levelized().launchShareFraction()).isZero();
        double ground = a.ground().levelized().perKilowattYearUsd();
        assertThat(ground).isPositive();
        double space = a.space().levelized().perKilowattYearUsd();
        if (a.breakEvenPerKgUsd().isPresent()) {
            assertThat(space).isGreaterThan(ground);
        }
        assertThat(a.milestones()).isNotEmpty();
        assertThat(LocalDate.of(2030, 1, 1)).isEqualTo(c.baseDate());
    }
}
