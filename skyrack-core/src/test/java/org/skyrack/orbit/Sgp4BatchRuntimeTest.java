package org.skyrack.orbit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.UTCScale;
import org.skyrack.flightdata.FlightDynamicsContext;

/** The kernel's runtime contract: no allocation per call, and safe concurrent calls on different satellites. */
class Sgp4BatchRuntimeTest {

    private static final int SATELLITES = 64;

    private static Sgp4Batch kernel;

    @BeforeAll
    static void build() {
        UTCScale utc = FlightDynamicsContext.offline().utc();
        List<TLE> tles = new ArrayList<>();
        tles.add(new TLE(Sgp4BatchTest.ISS_LINE1, Sgp4BatchTest.ISS_LINE2, utc));
        AbsoluteDate epoch = tles.get(0).getDate().shiftedBy(3600.0);
        for (int k = 1; k < SATELLITES; k++) {
            tles.add(Sgp4Batch.meanElementsTle(k, 6_928_135.0 + 1000.0 * k, 0.001 * (k % 5), Math.toRadians(53),
                    0.1 * k, 0.2 * k, 0.3 * k, k % 2 == 0 ? 0.0 : 1e-4, epoch.shiftedBy(-600.0 * k), utc));
        }
        kernel = new Sgp4Batch(tles, epoch);
    }

    @Test
    void stateAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        double[] out = new double[6 * SATELLITES];
        double sink = propagate(out, 200_000); // warm up, let the JIT compile state()
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        sink += propagate(out, 100_000);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(sink).isFinite();
        // The measurement itself may allocate a few bytes; one allocation per call would be >= 1.6 MB.
        assertThat(allocated).as("bytes allocated by 100,000 calls").isLessThan(1_000);
    }

    private static double propagate(double[] out, int calls) {
        double sum = 0;
        for (int c = 0; c < calls; c++) {
            int s = c % SATELLITES;
            kernel.state(s, 30.0 * c, out, 6 * s);
            sum += out[6 * s];
        }
        return sum;
    }

    @Test
    void twoThreadsOnDifferentSatellitesGiveTheSameStatesAsOne() throws Exception {
        int steps = 2000;
        double[][] single = new double[SATELLITES][];
        for (int s = 0; s < SATELLITES; s++) {
            single[s] = run(s, steps);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[][]>> halves = new ArrayList<>();
            for (int parity = 0; parity < 2; parity++) {
                int p = parity;
                halves.add(pool.submit(() -> {
                    double[][] mine = new double[SATELLITES][];
                    for (int s = p; s < SATELLITES; s += 2) {
                        mine[s] = new double[6 * steps];
                    }
                    // Time-major, as a simulator steps: both threads sweep their satellites at every step.
                    for (int k = 0; k < steps; k++) {
                        for (int s = p; s < SATELLITES; s += 2) {
                            kernel.state(s, 60.0 * k, mine[s], 6 * k);
                        }
                    }
                    return mine;
                }));
            }
            for (int parity = 0; parity < 2; parity++) {
                double[][] mine = halves.get(parity).get();
                for (int s = parity; s < SATELLITES; s += 2) {
                    assertThat(mine[s]).as("satellite %d", s).containsExactly(single[s]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] run(int satellite, int steps) {
        double[] states = new double[6 * steps];
        for (int k = 0; k < steps; k++) {
            kernel.state(satellite, 60.0 * k, states, 6 * k);
        }
        return states;
    }
}
