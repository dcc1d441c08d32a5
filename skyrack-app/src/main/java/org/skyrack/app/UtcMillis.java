package org.skyrack.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.UTCScale;
import org.orekit.time.UTCTAIOffset;

/**
 * Converts run times (seconds of elapsed time from the scenario epoch) to UTC milliseconds since
 * 1970 as a database {@code TIMESTAMP} holds them (POSIX time: every day 86,400 s). A leap second
 * inserted after the epoch shifts later times back by one second; times inside the leap second
 * itself map to the last millisecond before it ({@code 23:59:59.999}), since a {@code TIMESTAMP}
 * has no {@code 23:59:60}. Leap seconds come from the run's UTC scale; the table holds only
 * whole-second steps after 1972, which is all a modern scenario meets.
 */
final class UtcMillis {

    /** Milliseconds in a second. */
    private static final double MILLIS_PER_S = 1000.0;

    private final long epochMillis;
    /** Elapsed s from the epoch at which each later UTC−TAI step takes effect (the instant after the leap). */
    private final double[] leapEndS;
    /** Length of each step, s (1 for an inserted leap second). */
    private final double[] leapLengthS;

    UtcMillis(Instant epoch, UTCScale utc) {
        this.epochMillis = epoch.toEpochMilli();
        AbsoluteDate start = new AbsoluteDate(epoch, utc);
        List<double[]> leaps = new ArrayList<>();
        for (UTCTAIOffset o : utc.getUTCTAIOffsets()) {
            double t = o.getValidityStart().durationFrom(start);
            double leap = o.getLeap().toDouble();
            if (t > 0 && leap != 0) {
                leaps.add(new double[] {t, leap});
            }
        }
        leapEndS = leaps.stream().mapToDouble(l -> l[0]).toArray();
        leapLengthS = leaps.stream().mapToDouble(l -> l[1]).toArray();
    }

    /** UTC milliseconds since 1970-01-01T00:00:00Z of the time {@code tS} seconds after the epoch. */
    long at(double tS) {
        double shift = 0;
        for (int k = 0; k < leapEndS.length && leapEndS[k] - leapLengthS[k] <= tS; k++) {
            if (tS < leapEndS[k]) {
                return epochMillis + Math.round((leapEndS[k] - shift - leapLengthS[k]) * MILLIS_PER_S) - 1;
            }
            shift += leapLengthS[k];
        }
        return epochMillis + Math.round((tS - shift) * MILLIS_PER_S);
    }
}
