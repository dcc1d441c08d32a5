package org.skyrack.economics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skyrack.economics.LicensingMilestones.Milestone;
import org.skyrack.economics.LicensingMilestones.Status;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.scenario.Economics;
import org.skyrack.units.Units;

/** Licensing milestones on a hand-built deployment schedule. */
class CostMilestonesTest {

    private static final LocalDate GRANT = LocalDate.of(2026, 3, 1);

    private static PlannedLaunch launch(LocalDate d, int n, boolean failed) {
        return new PlannedLaunch(d, "f9", "g", n, n * 600.0, 60e6, failed, false);
    }

    @Test
    void halfInSixYearsMetFullInNineMissed() {
        // 100 satellites: 30 in 2028, 30 lost in 2029, 30 in 2031 (60 by 2031-06-01 < 2032-03-01), 40 in 2036.
        LaunchPlan plan = new LaunchPlan(List.of(
                launch(LocalDate.of(2028, 5, 1), 30, false),
                launch(LocalDate.of(2029, 5, 1), 30, true),
                launch(LocalDate.of(2031, 6, 1), 30, false),
                launch(LocalDate.of(2036, 1, 10), 40, false)), Optional.of(LocalDate.of(2036, 1, 10)));
        List<Milestone> m = LicensingMilestones.check(plan, 100, GRANT, GRANT, 5 * Units.YEAR_S);

        Milestone fccHalf = m.get(0);
        assertThat(fccHalf.satellites()).isEqualTo(50);
        assertThat(fccHalf.deadline()).isEqualTo(LocalDate.of(2032, 3, 1));
        assertThat(fccHalf.reached()).contains(LocalDate.of(2031, 6, 1));
        assertThat(fccHalf.status()).isEqualTo(Status.MET);

        Milestone fccFull = m.get(1);
        assertThat(fccFull.deadline()).isEqualTo(LocalDate.of(2035, 3, 1));
        assertThat(fccFull.reached()).contains(LocalDate.of(2036, 1, 10));
        assertThat(fccFull.status()).isEqualTo(Status.MISSED);

        // ITU: 10 % (10) by 2028-03-01 missed (first success 2028-05-01); 50 % by 2031-03-01 missed; 100 % by 2033 missed.
        assertThat(m.get(2).satellites()).isEqualTo(10);
        assertThat(m.get(2).status()).isEqualTo(Status.MISSED);
        assertThat(m.get(3).status()).isEqualTo(Status.MISSED);
        assertThat(m.get(4).status()).isEqualTo(Status.MISSED);

        Milestone faa = m.get(5);
        assertThat(faa.deadline()).isEqualTo(LocalDate.of(2033, 5, 1));
        assertThat(faa.status()).isEqualTo(Status.RENEWAL_NEEDED);
        Milestone deorbit = m.get(6);
        assertThat(deorbit.status()).isEqualTo(Status.DEADLINE);
        assertThat(deorbit.deadline()).isAfter(LocalDate.of(2046, 1, 1)).isBefore(LocalDate.of(2046, 1, 20));
    }

    @Test
    void aConstellationThatNeverCompletesMissesAndReportsNoDate() {
        LaunchPlan plan = new LaunchPlan(List.of(launch(GRANT, 10, false)), Optional.empty());
        List<Milestone> m = LicensingMilestones.check(plan, 81, GRANT, GRANT, 5 * Units.YEAR_S);
        assertThat(m.get(0).satellites()).isEqualTo(41);
        assertThat(m.get(0).reached()).isEmpty();
        assertThat(m.get(0).status()).isEqualTo(Status.MISSED);
        assertThat(m.get(2).status()).isEqualTo(Status.MET); // 10 % of 81 is 9 satellites
        assertThat(m.get(5).status()).isEqualTo(Status.MET);
    }

    /** Lifetimes from the decay model carry its own quadrature error only; the 5-year line is far from both cases. */
    private static final double DECAY_RELATIVE_TOLERANCE = 1e-6;

    @Test
    void disposalIsMetByNaturalDecayLowAndNeedsActiveDisposalHigh() {
        LaunchPlan plan = new LaunchPlan(List.of(launch(LocalDate.of(2028, 5, 1), 30, false)), Optional.empty());
        // 450 km, BC 50 kg/m²: about 1.3 years at mean activity (reference table: 0.4 yr at 400, 2.6 at 500).
        DisposalEstimate low = DisposalEstimate.of("low", 450e3, 50, Economics.SolarActivity.MEAN);
        assertThat(low.metByNaturalDecay()).isTrue();
        assertThat(low.naturalDecayYears()).isBetween(0.4, 2.6);
        assertThat(low.verdict()).startsWith("MET by natural decay in ");
        Milestone met = LicensingMilestones.check(plan, 30, GRANT, GRANT, 5 * Units.YEAR_S, Optional.of(low)).get(6);
        assertThat(met.rule()).contains("FCC 22-74");
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.requirement()).contains("MET by natural decay").contains("450 km");

        // Suncatcher's 650 km with BC 100 kg/m²: 56 years at mean activity, far beyond 5.
        DisposalEstimate high = DisposalEstimate.of("cluster", 650e3, 100, Economics.SolarActivity.MEAN);
        assertThat(high.metByNaturalDecay()).isFalse();
        assertThat(high.verdict()).startsWith("NEEDS ACTIVE DISPOSAL (natural decay ");
        assertThat(LicensingMilestones.check(plan, 30, GRANT, GRANT, 5 * Units.YEAR_S, Optional.of(high)).get(6)
                .status()).isEqualTo(Status.ACTIVE_DISPOSAL_NEEDED);
        // Solar maximum triples the density: a third of the time.
        DisposalEstimate max = DisposalEstimate.of("cluster", 650e3, 100, Economics.SolarActivity.HIGH);
        assertThat(max.naturalDecayS()).isCloseTo(high.naturalDecayS() / 3,
                org.assertj.core.api.Assertions.within(DECAY_RELATIVE_TOLERANCE * high.naturalDecayS()));
        // Without an estimate the rule stays a deadline.
        assertThat(LicensingMilestones.check(plan, 30, GRANT, GRANT, 5 * Units.YEAR_S).get(6).status())
                .isEqualTo(Status.DEADLINE);
    }

    @Test
    void theSlowestGroupOfACaseIsTheOneChecked() {
        SatelliteUnit heavy = CostFixtures.node();
        SatelliteUnit light = new SatelliteUnit(heavy.busMassKg(), heavy.arrayPowerBolW(), heavy.radiatorAreaM2(),
                heavy.batteryCapacityJ(), heavy.acceleratorCount(), heavy.acceleratorCostUsd(), heavy.acceleratorPowerW(),
                heavy.peakBf16FlopPerS(), heavy.massKg(), heavy.lifeS(), 20);
        LaunchPlan plan = new LaunchPlan(List.of(
                new PlannedLaunch(CostFixtures.DAY0, "r", "a", 1, 648, 1e6, false, false),
                new PlannedLaunch(CostFixtures.DAY0, "r", "b", 1, 648, 1e6, false, false)), Optional.empty());
        SpaceCase c = new SpaceCase(java.util.Map.of("a", heavy, "b", light), java.util.Map.of("a", 1, "b", 1), plan,
                CostFixtures.economics(0, 0, 0), 0, 1.0, java.util.OptionalDouble.empty(), java.util.Map.of(),
                java.util.Map.of("a", 500e3, "b", 550e3));
        // a: BC 100 at 500 km (~5 yr); b: BC 20 at 550 km (~2.4 yr).
        DisposalEstimate d = DisposalEstimate.slowest(c).orElseThrow();
        assertThat(d.group()).isEqualTo("a");
        assertThat(CostAnalysis.of(c, 0.2).disposal()).contains(d);
    }
}
