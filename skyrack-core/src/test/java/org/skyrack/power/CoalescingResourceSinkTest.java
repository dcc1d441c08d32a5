package org.skyrack.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Merged rows keep every joule and every change of state. */
class CoalescingResourceSinkTest {

    private static final double ENERGY_TOLERANCE_FRACTION = 1e-12;

    @Test
    void mergesQuietIntervalsKeepsEnergiesAndSplitsOnChange() {
        SatelliteEnergyIntegratorTest.Rows raw = new SatelliteEnergyIntegratorTest.Rows();
        SatelliteEnergyIntegratorTest.Rows merged = new SatelliteEnergyIntegratorTest.Rows();
        CoalescingResourceSink sink = new CoalescingResourceSink(merged);
        ResourceSink both = (s, a, b, arr, load, u, e, t, th) -> {
            raw.interval(s, a, b, arr, load, u, e, t, th);
            sink.interval(s, a, b, arr, load, u, e, t, th);
        };
        SplittableRandom rnd = new SplittableRandom(4);
        double t = 0;
        // a sunlit arc cut every 600 s with slowly drifting output: one row
        for (int k = 0; k < 6; k++) {
            both.interval(0, t, t + 600, 14_000 + 0.5 * k, 10_000, 1, 1e7, 320 + 0.01 * k, Throttle.NONE);
            t += 600;
        }
        // an eclipse, throttled: a new row
        both.interval(0, t, t + 1_000, 0, 6_000, 0.4, 9e6, 315, Throttle.POWER);
        t += 1_000;
        // next satellite: always a new row
        both.interval(1, 0, 600, 14_000, 10_000, 1, 1e7, 320, Throttle.NONE);
        for (int k = 0; k < 50; k++) {
            double d = 1 + 100 * rnd.nextDouble();
            both.interval(1, 600 + k * 200.0, 600 + k * 200.0 + d, 14_000, 10_000, 1, 1e7, 320, Throttle.NONE);
        }
        sink.flush();
        assertThat(merged.rows.get(0).end()).isEqualTo(3_600.0);
        assertThat(merged.rows.get(1).throttle()).isEqualTo(Throttle.POWER);
        assertThat(merged.rows.size()).isLessThan(raw.rows.size());
        assertThat(energy(merged, true)).isCloseTo(energy(raw, true), within(ENERGY_TOLERANCE_FRACTION * energy(raw, true)));
        assertThat(energy(merged, false)).isCloseTo(energy(raw, false), within(ENERGY_TOLERANCE_FRACTION * energy(raw, false)));
        // gaps between raw intervals are never bridged
        for (SatelliteEnergyIntegratorTest.Row r : merged.rows) {
            assertThat(raw.rows.stream().anyMatch(x -> x.start() == r.start())).isTrue();
            assertThat(raw.rows.stream().anyMatch(x -> x.end() == r.end())).isTrue();
        }
        assertThat(merged.rows.size()).isGreaterThanOrEqualTo(3 + 1);
    }

    private static double energy(SatelliteEnergyIntegratorTest.Rows rows, boolean array) {
        return rows.rows.stream().mapToDouble(r -> (array ? r.array() : r.load()) * (r.end() - r.start())).sum();
    }
}
