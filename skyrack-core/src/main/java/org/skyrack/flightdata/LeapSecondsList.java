package org.skyrack.flightdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated table of leap seconds read from a file in the IERS/IANA {@code leap-seconds.list}
 * format (the one the OS ships as {@code /usr/share/zoneinfo/leap-seconds.list}).
 *
 * <p>Every instance satisfies the table's invariants: entries start at 1972-01-01 with
 * TAI−UTC = 10 s and each following entry adds exactly one second on a later date. Files are
 * rejected with an {@link IllegalArgumentException} naming the source and the reason when they
 * do not parse, break these invariants, lack the expiry or hash line, or fail the SHA-1 check.
 * This class is independent of Orekit so that the validation can be tested on its own.
 *
 * @param entries    leap-second steps in chronological order, first one 1972-01-01
 * @param lastUpdate UTC calendar date the file was last updated (its {@code #$} line)
 * @param expiry     UTC calendar date from which the file no longer vouches that no further
 *                   leap second was announced (its {@code #@} line)
 */
public record LeapSecondsList(List<Entry> entries, LocalDate lastUpdate, LocalDate expiry) {

    /** Classpath location of the table shipped with skyrack (a copy of the IANA tzdata file). */
    public static final String BUNDLED_RESOURCE = "/org/skyrack/flightdata/leap-seconds.list";

    /** First day of UTC with integer leap seconds, when TAI−UTC became 10 s. */
    static final LocalDate FIRST_ENTRY_DATE = LocalDate.of(1972, 1, 1);

    /** TAI−UTC on {@link #FIRST_ENTRY_DATE}, in seconds (s). */
    static final int FIRST_OFFSET_S = 10;

    /** Origin of the NTP timestamps used by the file (seconds since 1900-01-01T00:00 UTC). */
    private static final LocalDate NTP_EPOCH = LocalDate.of(1900, 1, 1);

    private static final long SECONDS_PER_DAY = 86_400L;

    /**
     * One step of the table: from {@code date} (00:00 UTC) on, TAI−UTC equals
     * {@code taiMinusUtcSeconds}; the leap second itself is 23:59:60 UTC of the day before.
     *
     * @param date               UTC calendar date the new offset starts
     * @param taiMinusUtcSeconds TAI−UTC from that date on, in seconds (s)
     */
    public record Entry(LocalDate date, int taiMinusUtcSeconds) {

        /** Rejects a missing date, so that the table checks never meet a null. */
        public Entry {
            if (date == null) {
                throw new IllegalArgumentException("leap-second entry without a date");
            }
        }
    }

    /** Checks the table's invariants and keeps an unmodifiable copy of the entries. */
    public LeapSecondsList {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("no leap-second entries");
        }
        if (lastUpdate == null) {
            throw new IllegalArgumentException("no last-update date");
        }
        if (expiry == null) {
            throw new IllegalArgumentException("no expiry date");
        }
        entries = List.copyOf(entries);
        Entry first = entries.get(0);
        if (!first.date().equals(FIRST_ENTRY_DATE) || first.taiMinusUtcSeconds() != FIRST_OFFSET_S) {
            throw new IllegalArgumentException("first entry must be " + FIRST_ENTRY_DATE
                    + " with TAI-UTC = " + FIRST_OFFSET_S + " s, found " + first);
        }
        for (int i = 1; i < entries.size(); i++) {
            Entry previous = entries.get(i - 1);
            Entry current = entries.get(i);
            if (!current.date().isAfter(previous.date())) {
                throw new IllegalArgumentException("dates not increasing at " + current);
            }
            // Only positive leap seconds have ever been inserted; anything else means a damaged file.
            if (current.taiMinusUtcSeconds() != previous.taiMinusUtcSeconds() + 1) {
                throw new IllegalArgumentException("TAI-UTC does not grow by exactly 1 s at " + current
                        + " (previous " + previous.taiMinusUtcSeconds() + " s)");
            }
        }
    }

    /**
     * Reads and validates a file.
     *
     * @param file the {@code leap-seconds.list} file to read
     * @return the validated table
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if the content is invalid, with the reason
     */
    public static LeapSecondsList read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    }

    /**
     * Loads the table bundled with skyrack ({@link #BUNDLED_RESOURCE}).
     *
     * @return the validated bundled table
     */
    public static LeapSecondsList bundled() {
        try (InputStream in = LeapSecondsList.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.US_ASCII), BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * Parses and validates the text of a {@code leap-seconds.list} file.
     *
     * @param text       the whole file content
     * @param sourceName where the text came from, used in error messages
     * @return the validated table
     * @throws IllegalArgumentException if the content is invalid; the message names the source
     *                                  and the reason
     */
    public static LeapSecondsList parse(String text, String sourceName) {
        try {
            return parseUnchecked(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid leap-seconds list " + sourceName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Tells whether the file's validity has run out on the given date. An expired table is
     * still correct for every date it lists (leap seconds are only ever added) but may miss
     * a leap second announced after it was written, so callers should warn.
     *
     * @param date UTC calendar date to check
     * @return true if {@code date} is on or after the expiry date
     */
    public boolean isExpired(LocalDate date) {
        return !date.isBefore(expiry);
    }

    /**
     * TAI−UTC in force at 00:00 UTC of a date, for dates from 1972-01-01 on.
     *
     * @param date UTC calendar date, not before 1972-01-01
     * @return TAI−UTC in seconds (s)
     */
    public int taiMinusUtcSecondsOn(LocalDate date) {
        if (date.isBefore(FIRST_ENTRY_DATE)) {
            throw new IllegalArgumentException("no integer TAI-UTC before " + FIRST_ENTRY_DATE + ": " + date);
        }
        int offset = FIRST_OFFSET_S;
        for (Entry entry : entries) {
            if (entry.date().isAfter(date)) {
                break;
            }
            offset = entry.taiMinusUtcSeconds();
        }
        return offset;
    }

    private static LeapSecondsList parseUnchecked(String text) {
        String updateDigits = null;
        String expiryDigits = null;
        String hashLine = null;
        List<String[]> dataFields = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.startsWith("#$")) {
                updateDigits = single(updateDigits, line, n, "#$");
            } else if (line.startsWith("#@")) {
                expiryDigits = single(expiryDigits, line, n, "#@");
            } else if (line.startsWith("#h")) {
                hashLine = single(hashLine, line, n, "#h");
            } else if (!line.startsWith("#") && !line.isBlank()) {
                int comment = line.indexOf('#');
                String data = comment < 0 ? line : line.substring(0, comment);
                String[] fields = data.trim().split("\\s+");
                if (fields.length != 2 || !isDigits(fields[0]) || !isDigits(fields[1])) {
                    throw new IllegalArgumentException("line " + (n + 1) + " is not '<NTP seconds> <TAI-UTC>': " + excerpt(line));
                }
                dataFields.add(fields);
            }
        }
        if (updateDigits == null) {
            throw new IllegalArgumentException("no '#$' last-update line");
        }
        if (expiryDigits == null) {
            throw new IllegalArgumentException("no '#@' expiry line");
        }
        if (hashLine == null) {
            throw new IllegalArgumentException("no '#h' hash line");
        }
        checkHash(updateDigits, expiryDigits, dataFields, hashLine);

        List<Entry> entries = new ArrayList<>(dataFields.size());
        for (String[] fields : dataFields) {
            entries.add(new Entry(ntpDate(fields[0]), Integer.parseInt(fields[1])));
        }
        return new LeapSecondsList(entries, ntpDate(updateDigits), ntpDate(expiryDigits));
    }

    /** Keeps the one value of a line kind; a second one would make the file ambiguous. */
    private static String single(String seen, String line, int n, String tag) {
        if (seen != null) {
            throw new IllegalArgumentException("more than one '" + tag + "' line (again at line " + (n + 1) + ")");
        }
        String value = line.substring(2).trim();
        if (tag.equals("#h")) {
            return value;
        }
        if (!isDigits(value)) {
            throw new IllegalArgumentException("line " + (n + 1) + ": '" + tag + "' value is not a number: " + excerpt(line));
        }
        return value;
    }

    /**
     * Verifies the {@code #h} line: the SHA-1 of the digits of the {@code #$} value, the
     * {@code #@} value and each data line's two numbers, concatenated in file order with no
     * separator (checked against the tzdata file). The hash is printed as five 32-bit
     * hexadecimal words that may drop leading zeros, so the words are compared as numbers.
     */
    private static void checkHash(String update, String expiry, List<String[]> data, String hashLine) {
        StringBuilder covered = new StringBuilder(update).append(expiry);
        for (String[] fields : data) {
            covered.append(fields[0]).append(fields[1]);
        }
        byte[] digest = sha1(covered.toString().getBytes(StandardCharsets.US_ASCII));
        String[] words = hashLine.split("\\s+");
        if (words.length != 5) {
            throw new IllegalArgumentException("'#h' line must hold 5 hexadecimal words: #h " + hashLine);
        }
        for (int i = 0; i < 5; i++) {
            long expected;
            try {
                expected = Long.parseLong(words[i], 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'#h' word is not hexadecimal: " + words[i], e);
            }
            long actual = 0;
            for (int b = 0; b < 4; b++) {
                actual = (actual << 8) | (digest[4 * i + b] & 0xFF);
            }
            if (expected != actual) {
                throw new IllegalArgumentException("SHA-1 hash mismatch (file altered or damaged)");
            }
        }
    }

    private static byte[] sha1(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(input);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-1, so this cannot happen.
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate ntpDate(String digits) {
        // isDigits already capped the length, so the value fits a long.
        long seconds = Long.parseLong(digits);
        // Leap seconds take effect at midnight, and so does the expiry, so a fraction of a day is an error.
        if (seconds % SECONDS_PER_DAY != 0) {
            throw new IllegalArgumentException("NTP timestamp " + digits + " is not at 00:00 UTC");
        }
        return NTP_EPOCH.plusDays(seconds / SECONDS_PER_DAY);
    }

    /** Bounds how much of a foreign file ends up in an error message. */
    private static String excerpt(String line) {
        return line.length() <= 60 ? line : line.substring(0, 60) + "...";
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
