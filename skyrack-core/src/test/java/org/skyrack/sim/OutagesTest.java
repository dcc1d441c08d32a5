package org.skyrack.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutagesTest {

    /** Long-run down fraction of an alternating renewal process: within this of outage/(MTBF+outage). */
    private static final double DOWN_FRACTION_TOLERANCE = 0.01;

    @Test
    void theLongRunDownFractionIsOutageOverCycle() {
        double mtbf = 3600;
        double outage = 900;
        double end = 2e7; // ~4,400 cycles
        double[] down = Outages.downIntervals(new RandomStreams(11), "x", 0, mtbf, outage, end);
        double total = 0;
        for (int i = 0; i < down.length; i += 2) {
            assertThat(down[i + 1]).isGreaterThan(down[i]).isLessThanOrEqualTo(end);
            if (i > 0) {
                assertThat(down[i]).isGreaterThan(down[i - 1]);
            }
            total += down[i + 1] - down[i];
        }
        assertThat(total / end).isCloseTo(outage / (mtbf + outage), within(DOWN_FRACTION_TOLERANCE));
        assertThat(Outages.downIntervals(new RandomStreams(11), "x", 0, mtbf, outage, end)).isEqualTo(down);
        assertThat(Outages.downIntervals(new RandomStreams(11), "x", 1, mtbf, outage, end)).isNotEqualTo(down);
    }

    @Test
    void upPartsCutTheDownIntervalsOut() {
        double[] down = {10, 20, 30, 40};
        assertThat(parts(0, 50, down)).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0);
        assertThat(parts(12, 18, down)).isEmpty();
        assertThat(parts(15, 35, down)).containsExactly(20.0, 30.0);
        assertThat(parts(41, 45, down)).containsExactly(41.0, 45.0);
        assertThat(parts(0, 5, new double[0])).containsExactly(0.0, 5.0);
    }

    private static List<Double> parts(double a, double b, double[] down) {
        List<Double> out = new ArrayList<>();
        Outages.upParts(a, b, down, (s, e) -> {
            out.add(s);
            out.add(e);
        });
        return out;
    }
}
