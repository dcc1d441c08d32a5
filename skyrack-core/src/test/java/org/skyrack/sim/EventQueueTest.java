package org.skyrack.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The agenda's order and the random streams' independence. */
class EventQueueTest {

    @Test
    void tiesBreakByKindThenSchedulingOrder() {
        EventQueue q = new EventQueue();
        q.schedule(new SimEvent.Completion(1_000, 7));
        q.schedule(new SimEvent.Arrival(1_000, 1));
        q.schedule(new SimEvent.Eclipse(1_000, 3, false, true));
        q.schedule(new SimEvent.Completion(1_000, 2));
        q.schedule(new SimEvent.Eclipse(500, 4, true, true));
        List<SimEvent> out = new ArrayList<>();
        while (!q.isEmpty()) {
            out.add(q.next());
        }
        assertThat(out).containsExactly(new SimEvent.Eclipse(500, 4, true, true),
                new SimEvent.Eclipse(1_000, 3, false, true), new SimEvent.Completion(1_000, 7),
                new SimEvent.Completion(1_000, 2), new SimEvent.Arrival(1_000, 1));
        assertThat(q.nowMillis()).isEqualTo(1_000);
    }

    @Test
    void eventsInThePastAreRefused() {
        EventQueue q = new EventQueue();
        q.schedule(new SimEvent.BatteryFloor(2_000, 0));
        q.next();
        q.schedule(new SimEvent.ThermalLimit(2_000, 0)); // now is allowed
        assertThatThrownBy(() -> q.schedule(new SimEvent.ThermalLimit(1_999, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in the past");
    }

    /** Whatever order events are scheduled in, they come out sorted by (time, kind), stable within ties. */
    @Property(tries = 100)
    void outputIsSortedAndStable(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        EventQueue q = new EventQueue();
        int n = 500;
        for (int i = 0; i < n; i++) {
            long t = rnd.nextLong(50);
            q.schedule(rnd.nextBoolean() ? new SimEvent.Completion(t, i) : new SimEvent.Arrival(t, i));
        }
        SimEvent prev = null;
        for (int i = 0; i < n; i++) {
            SimEvent e = q.next();
            if (prev != null) {
                assertThat(e.timeMillis()).isGreaterThanOrEqualTo(prev.timeMillis());
                if (e.timeMillis() == prev.timeMillis()) {
                    assertThat(e.kind()).isGreaterThanOrEqualTo(prev.kind());
                    if (e.kind() == prev.kind()) {
                        assertThat(id(e)).isGreaterThan(id(prev));
                    }
                }
            }
            prev = e;
        }
    }

    private static long id(SimEvent e) {
        return e instanceof SimEvent.Completion c ? c.workId() : ((SimEvent.Arrival) e).workId();
    }

    @Test
    void addingAComponentDoesNotShiftAnother() {
        RandomStreams a = new RandomStreams(42);
        SplittableRandom faults = a.stream("faults", 3);
        double first = faults.nextDouble();
        RandomStreams b = new RandomStreams(42);
        b.stream("workload").nextDouble(); // another component draws first
        b.stream("links", 3).nextLong();
        assertThat(b.stream("faults", 3).nextDouble()).isEqualTo(first);
        assertThat(a.streamSeed("faults", 3)).isNotEqualTo(a.streamSeed("faults", 4))
                .isNotEqualTo(a.streamSeed("fault", 3)).isNotEqualTo(new RandomStreams(43).streamSeed("faults", 3));
    }
}
