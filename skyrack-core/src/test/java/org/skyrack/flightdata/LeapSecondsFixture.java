package org.skyrack.flightdata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code leap-seconds.list} texts with a correct SHA-1 line, so that tests can feed the
 * parser files that pass the hash check but break another rule (or expire early).
 */
final class LeapSecondsFixture {

    private static final LocalDate NTP_EPOCH = LocalDate.of(1900, 1, 1);
    private static final long SECONDS_PER_DAY = 86_400L;

    private LeapSecondsFixture() {
    }

    /** Text of a file with the given rows (date, TAI−UTC in s), hashed like the IERS does. */
    static String text(List<LeapSecondsList.Entry> entries, LocalDate lastUpdate, LocalDate expiry) {
        String update = ntp(lastUpdate);
        String expires = ntp(expiry);
        StringBuilder hashed = new StringBuilder(update).append(expires);
        List<String> dataLines = new ArrayList<>();
        for (LeapSecondsList.Entry e : entries) {
            String ntp = ntp(e.date());
            hashed.append(ntp).append(e.taiMinusUtcSeconds());
            dataLines.add(ntp + "\t" + e.taiMinusUtcSeconds() + "\t# " + e.date());
        }
        StringBuilder text = new StringBuilder("#\tTest leap-seconds list\n#$\t").append(update)
                .append("\n#@\t").append(expires).append('\n');
        dataLines.forEach(l -> text.append(l).append('\n'));
        text.append("#h\t").append(hashWords(hashed.toString())).append('\n');
        return text.toString();
    }

    /** The real table cut after the entry with the given TAI−UTC, in seconds (s). */
    static List<LeapSecondsList.Entry> realEntriesUpTo(int lastOffsetSeconds) {
        return LeapSecondsList.bundled().entries().stream()
                .filter(e -> e.taiMinusUtcSeconds() <= lastOffsetSeconds)
                .toList();
    }

    private static String ntp(LocalDate date) {
        return Long.toString(ChronoUnit.DAYS.between(NTP_EPOCH, date) * SECONDS_PER_DAY);
    }

    private static String hashWords(String covered) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(covered.getBytes(StandardCharsets.US_ASCII));
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < digest.length; i++) {
                if (i > 0 && i % 4 == 0) {
                    words.append(' ');
                }
                words.append(String.format("%02x", digest[i] & 0xFF));
            }
            return words.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
