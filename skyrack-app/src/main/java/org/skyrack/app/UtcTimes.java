package org.skyrack.app;

import java.util.concurrent.TimeUnit;
import org.orekit.errors.OrekitException;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateTimeComponents;
import org.orekit.time.TimeComponents;
import org.orekit.time.UTCScale;

/**
 * Reads and writes the UTC times of the geometry commands. Output is ISO-8601 with
 * milliseconds and a {@code Z} ({@code 2026-01-01T00:00:00.000Z}), from the Orekit date in
 * the run's UTC scale: every time is first rounded to the nearest millisecond (ties later),
 * so a printed time, its duration and the times of other rows agree to the millisecond, and
 * a time inside a leap second prints as {@code 23:59:60.xxx}.
 */
final class UtcTimes {

    private final UTCScale utc;

    UtcTimes(UTCScale utc) {
        this.utc = utc;
    }

    /**
     * Parses an option value: ISO-8601 date-time (a zone offset is optional, UTC when absent;
     * {@code 23:59:60} only on a day with a leap second) or a bare date (midnight UTC).
     */
    AbsoluteDate parse(String option, String text) {
        String expected = " (expected an ISO-8601 UTC time, e.g. 2026-01-01T00:00:00Z)";
        try {
            DateTimeComponents dt = DateTimeComponents.parseDateTime(text.strip());
            AbsoluteDate date = new AbsoluteDate(dt, utc);
            TimeComponents t = dt.getTime();
            if (t.getSecond() >= 60) {
                // Orekit carries a 60th second into the next minute; only a leap second may have it.
                TimeComponents t59 = new TimeComponents(t.getHour(), t.getMinute(), 59.0, t.getMinutesFromUTC());
                if (utc.minuteDuration(new AbsoluteDate(new DateTimeComponents(dt.getDate(), t59), utc)) <= 60) {
                    throw new BadInputException("skyrack: " + option + ": no leap second at '" + text + "'" + expected);
                }
            }
            return date;
        } catch (OrekitException | IllegalArgumentException e) {
            throw new BadInputException("skyrack: " + option + ": not a valid time: '" + text + "'" + expected);
        }
    }

    /** The date rounded to the nearest millisecond (ties later). */
    static AbsoluteDate roundToMillisecond(AbsoluteDate date) {
        return new AbsoluteDate(date.getRoundedOffset(3));
    }

    /** ISO-8601 UTC with milliseconds and a trailing Z. */
    String format(AbsoluteDate date) {
        return roundToMillisecond(date).toStringWithoutUtcOffset(utc, 3) + "Z";
    }

    /** Seconds from {@code start} to {@code end}, both rounded to the millisecond as printed, with 3 decimals. */
    static String duration(AbsoluteDate start, AbsoluteDate end) {
        long ms = end.getRoundedTime(TimeUnit.MILLISECONDS) - start.getRoundedTime(TimeUnit.MILLISECONDS);
        String sign = ms < 0 ? "-" : "";
        long a = Math.abs(ms);
        return sign + a / 1000 + "." + String.format(java.util.Locale.ROOT, "%03d", a % 1000);
    }
}
