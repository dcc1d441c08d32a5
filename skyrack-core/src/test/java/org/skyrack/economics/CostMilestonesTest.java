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
}
