package org.skyrack.radiation;

import java.util.SplittableRandom;

/**
 * The faults of one satellite, drawn one at a time in time order, for an event loop that
 * schedules only the next one. Times are kept in seconds as a double from the start and
 * reported in whole milliseconds from the scenario epoch (rounded down), so draws do not
 * accumulate rounding. Not thread-safe: one stream per satellite.
 */
public final class FaultStream {

    private final FaultProcess process;
    private final SplittableRandom random;
    private final long startMillis;
    private double nextS;
    private long nextMillis;

    FaultStream(FaultProcess process, SplittableRandom random, long startMillis) {
        this.process = process;
        this.random = random;
        this.startMillis = startMillis;
        this.nextS = 0;
        advance();
    }

    /** Time of the next fault, ms from the epoch; {@link Long#MAX_VALUE} when there will be none. */
    public long peekTimeMillis() {
        return nextMillis;
    }

    /** The next fault; then the one after becomes next. */
    public FaultEvent next() {
        if (nextMillis == Long.MAX_VALUE) {
            throw new IllegalStateException("no faults at a zero fault rate");
        }
        FaultKind kind = process.kindFor(random.nextDouble());
        int index = random.nextInt(process.units(kind));
        FaultEvent e = new FaultEvent(nextMillis, kind, index);
        advance();
        return e;
    }

    private void advance() {
        double rate = process.totalRatePerS();
        if (rate <= 0) {
            nextMillis = Long.MAX_VALUE;
            return;
        }
        // 1 − u is in (0, 1], so the gap is finite
        nextS += -Math.log(1.0 - random.nextDouble()) / rate;
        double ms = Math.floor(nextS * 1e3);
        nextMillis = ms >= (double) (Long.MAX_VALUE - startMillis) ? Long.MAX_VALUE : startMillis + (long) ms;
    }
}
