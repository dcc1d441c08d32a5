package org.skyrack.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GroundTransfersTest {

    /** Closed-form arrival times: sums and quotients of a few exact terms, s. */
    private static final double TIME_TOLERANCE_S = 1e-9;

    @Test
    void transfersFillPassesInOrderAndWaitForTheNext() {
        // station 0: passes [100, 200) at 10 bit/s and [300, 400) at 20 bit/s;
        // station 1: a pass [150, 250) at 5 bit/s, overlapping station 0's first
        GroundTransfers g = new GroundTransfers(new int[] {0, 0, 1}, new double[] {100, 300, 150},
                new double[] {200, 400, 250}, new double[] {10, 20, 5}, 2);
        // 500 bits asked at 0: 100..150 at 10 (500 bits) -> done at 150
        assertThat(g.send(GroundTransfers.Direction.UP, 500, 0)).isCloseTo(150, within(TIME_TOLERANCE_S));
        // next 1,000 bits queue behind it: 150..200 at 15 (750), 200..250 at 5 (250) -> 250
        assertThat(g.send(GroundTransfers.Direction.UP, 1000, 0)).isCloseTo(250, within(TIME_TOLERANCE_S));
        // 1,000 more: nothing until 300, then 20 bit/s -> 350
        assertThat(g.send(GroundTransfers.Direction.UP, 1000, 0)).isCloseTo(350, within(TIME_TOLERANCE_S));
        // down does not compete with up
        assertThat(g.send(GroundTransfers.Direction.DOWN, 500, 0)).isCloseTo(150, within(TIME_TOLERANCE_S));
        // beyond the run's contacts: never
        assertThat(g.send(GroundTransfers.Direction.UP, 5000, 0)).isInfinite();
        assertThat(g.carriedBits(GroundTransfers.Direction.UP)).isCloseTo(500 + 1000 + 1000 + 1000, within(1e-6));
    }

    @Test
    void twoPassesAtOneStationUseOneAntennaAtTheBetterRate() {
        GroundTransfers g = new GroundTransfers(new int[] {0, 0}, new double[] {0, 0}, new double[] {100, 100},
                new double[] {10, 30}, 1);
        assertThat(g.send(GroundTransfers.Direction.DOWN, 600, 0)).isCloseTo(20, within(TIME_TOLERANCE_S));
        assertThat(g.send(GroundTransfers.Direction.DOWN, 0, 50)).isEqualTo(50);
    }

    @Test
    void aPassRateIsAskedOnlyWhenATransferReachesIt() {
        // 1,000 passes of 100 s every 1,000 s at station 0, 10 bit/s each, listed latest first.
        int n = 1000;
        int[] station = new int[n];
        double[] start = new double[n];
        double[] end = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = 1000.0 * (n - 1 - i);
            end[i] = start[i] + 100;
        }
        int[] asked = new int[n];
        GroundTransfers g = new GroundTransfers(station, start, end, i -> {
            asked[i]++;
            return 10;
        }, 1);
        // 2,500 bits from 0: passes at 0, 1,000 and 2,000 s, the last half used -> 2,050 s.
        assertThat(g.send(GroundTransfers.Direction.UP, 2500, 0)).isCloseTo(2050, within(TIME_TOLERANCE_S));
        int total = 0;
        for (int i = 0; i < n; i++) {
            assertThat(asked[i]).isLessThanOrEqualTo(1);
            total += asked[i];
        }
        assertThat(total).isEqualTo(3);
        // Later asks extend the sweep, still once per pass.
        assertThat(g.send(GroundTransfers.Direction.DOWN, 1000, 5000)).isCloseTo(5100, within(TIME_TOLERANCE_S));
        for (int a : asked) {
            assertThat(a).isLessThanOrEqualTo(1);
        }
    }
}
