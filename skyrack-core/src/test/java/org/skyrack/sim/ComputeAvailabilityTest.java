package org.skyrack.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skyrack.power.Throttle;

class ComputeAvailabilityTest {

    /** Sums of a few products of milliseconds: exact but for the final division, s. */
    private static final double TOLERANCE_S = 1e-12;

    @Test
    void theIntegralOfAStepProfileIsItsAreaAndAFailureEndsIt() {
        ComputeAvailability a = new ComputeAvailability(1);
        // full until 100 s, half from 100 s to 300 s, a quarter from 300 s on
        a.interval(0, 100, 300, 0, 0, 0.5, 0, 0, Throttle.POWER);
        a.interval(0, 300, 1000, 0, 0, 0.25, 0, 0, Throttle.POWER);
        assertThat(a.integralS(0, 0, 1_000_000)).isCloseTo(100 + 0.5 * 200 + 0.25 * 700, within(TOLERANCE_S));
        assertThat(a.integralS(0, 50_000, 150_000)).isCloseTo(50 + 0.5 * 50, within(TOLERANCE_S));
        assertThat(a.integralS(0, 120_000, 130_000)).isCloseTo(0.5 * 10, within(TOLERANCE_S));
        assertThat(a.integralS(0, 500_000, 500_000)).isZero();
        assertThat(a.changeTimesMillis()).containsExactly(100_000, 300_000);
        a.fail(0, 200_000);
        assertThat(a.changeTimesMillis()).containsExactly(100_000, 200_000);
        assertThat(a.integralS(0, 0, 1_000_000)).isCloseTo(100 + 0.5 * 100, within(TOLERANCE_S));
    }
}
