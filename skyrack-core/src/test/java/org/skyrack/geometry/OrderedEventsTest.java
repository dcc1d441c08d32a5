package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each item's events come out sorted (start time, kind, third column) and in item order, whatever the thread count. */
class OrderedEventsTest {

    @Test
    void eventsAreSortedPerItemAndItemsInOrder() {
        int items = 100;
        List<double[]> expected = new ArrayList<>();
        List<List<double[]>> emitted = new ArrayList<>();
        Random rnd = new Random(5);
        for (int item = 0; item < items; item++) {
            List<double[]> rows = new ArrayList<>();
            int count = item % 7 == 0 ? 0 : rnd.nextInt(3000);
            for (int k = 0; k < count; k++) {
                // coarse start times so that ties fall to the kind, then to the third column
                double start = rnd.nextInt(200);
                boolean contact = rnd.nextBoolean();
                rows.add(new double[] {item, contact ? 1 : 0, contact ? rnd.nextInt(20) : rnd.nextInt(2), start,
                    start + 1 + rnd.nextInt(50)});
            }
            if (item % 3 == 0) {
                rows.sort(Comparator.comparingDouble(r -> r[3]));
            }
            emitted.add(rows);
            List<double[]> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.<double[]>comparingDouble(r -> r[3]).thenComparingDouble(r -> r[1])
                    .thenComparingDouble(r -> r[2]));
            expected.addAll(sorted);
        }
        for (int threads : new int[] {1, 3}) {
            List<double[]> out = new ArrayList<>();
            EventSink sink = new EventSink() {
                @Override
                public void eclipse(int satellite, boolean umbra, double startS, double endS) {
                    out.add(new double[] {satellite, 0, umbra ? 1 : 0, startS, endS});
                }

                @Override
                public void contact(int satellite, int station, double aosS, double losS, double maxElevationRad,
                                    double maxElevationS, double minRangeM) {
                    out.add(new double[] {satellite, 1, station, aosS, losS});
                }
            };
            try (OrderedEvents run = new OrderedEvents(threads)) {
                run.run(items, (item, s) -> {
                    for (double[] r : emitted.get(item)) {
                        if (r[1] == 0) {
                            s.eclipse(item, r[2] == 1, r[3], r[4]);
                        } else {
                            s.contact(item, (int) r[2], r[3], r[4], 0, 0, 0);
                        }
                    }
                }, sink);
            }
            assertThat(out).hasSameSizeAs(expected);
            for (int i = 0; i < out.size(); i++) {
                assertThat(out.get(i)).as("row " + i + " with " + threads + " threads").containsExactly(expected.get(i));
            }
        }
    }
}
