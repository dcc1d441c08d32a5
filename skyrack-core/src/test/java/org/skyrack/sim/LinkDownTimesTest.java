package org.skyrack.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A link is down over [start, end) of each of its intervals, whichever way the pair is named. */
class LinkDownTimesTest {

    private final LinkDownTimes times = new LinkDownTimes(List.of(new int[] {3, 1}, new int[] {1, 2}),
            new double[][] {{10, 20, 30.5, 40}, {}});

    @Test
    void aLinkIsDownFromTheStartOfAnIntervalToJustBeforeItsEnd() {
        assertThat(times.up(1, 3, 9_999)).isTrue();
        assertThat(times.up(1, 3, 10_000)).isFalse();
        assertThat(times.up(3, 1, 19_999)).isFalse();
        assertThat(times.up(3, 1, 20_000)).isTrue();
        assertThat(times.up(1, 3, 30_500)).isFalse();
        assertThat(times.up(1, 3, 40_000)).isTrue();
        assertThat(times.up(1, 2, 15_000)).isTrue();
        assertThat(times.up(0, 5, 15_000)).isTrue();
    }

    @Test
    void theNextChangeIsTheNextBoundAfterTheTime() {
        assertThat(times.nextChangeMillis(1, 3, 0)).isEqualTo(10_000);
        assertThat(times.nextChangeMillis(1, 3, 10_000)).isEqualTo(20_000);
        assertThat(times.nextChangeMillis(3, 1, 25_000)).isEqualTo(30_500);
        assertThat(times.nextChangeMillis(1, 3, 40_000)).isEqualTo(Long.MAX_VALUE);
        assertThat(times.nextChangeMillis(1, 2, 0)).isEqualTo(Long.MAX_VALUE);
    }
}
