package org.skyrack.results;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar months (UTC) a run touches, as period starts in seconds from the epoch (the first
 * is 0, the epoch itself) and {@code YYYY-MM} labels. Month starts are counted in UTC seconds;
 * a leap second inside the run shifts later boundaries by one second, which is immaterial for
 * monthly totals.
 *
 * @param startsS  start of each month inside the run, s from the epoch
 * @param labels   {@code YYYY-MM} of each
 */
public record CalendarMonths(double[] startsS, List<String> labels) {

    /** The months from {@code epoch} over {@code durationS} seconds. */
    public static CalendarMonths of(Instant epoch, double durationS) {
        List<Double> starts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        YearMonth m = YearMonth.from(epoch.atZone(ZoneOffset.UTC));
        starts.add(0.0);
        labels.add(m.toString());
        while (true) {
            m = m.plusMonths(1);
            ZonedDateTime start = m.atDay(1).atStartOfDay(ZoneOffset.UTC);
            double s = start.toEpochSecond() - epoch.getEpochSecond() - epoch.getNano() * 1e-9;
            if (s >= durationS) {
                break;
            }
            starts.add(s);
            labels.add(m.toString());
        }
        return new CalendarMonths(starts.stream().mapToDouble(Double::doubleValue).toArray(), List.copyOf(labels));
    }
}
