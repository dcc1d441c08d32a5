package org.skyrack.flightdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LeapSecondsListTest {

    /** The tzdata copy on Debian-like systems; tests on it are skipped where it is absent. */
    private static final Path OS_FILE = Path.of("/usr/share/zoneinfo/leap-seconds.list");
    private static final LocalDate LAST_LEAP_DATE = LocalDate.of(2017, 1, 1);
    private static final int LAST_OFFSET_S = 37;
    /** 1972-01-01 to 2017-01-01 inclusive: 10 s .. 37 s. */
    private static final int ENTRY_COUNT = 28;

    @Test
    void parsesTheOsFile() throws IOException {
        assumeTrue(Files.isReadable(OS_FILE), "no OS leap-seconds.list");

        LeapSecondsList list = LeapSecondsList.read(OS_FILE);

        assertCompleteTable(list);
        assertThat(list.expiry()).isAfter(list.lastUpdate());
    }

    @Test
    void parsesTheBundledResource() {
        LeapSecondsList list = LeapSecondsList.bundled();

        assertCompleteTable(list);
        assertThat(list.lastUpdate()).isEqualTo(LocalDate.of(2025, 7, 7));
        assertThat(list.expiry()).isEqualTo(LocalDate.of(2026, 6, 28));
    }

    @Test
    void answersTaiMinusUtcByDate() {
        LeapSecondsList list = LeapSecondsList.bundled();

        assertThat(list.taiMinusUtcSecondsOn(LocalDate.of(1972, 1, 1))).isEqualTo(10);
        assertThat(list.taiMinusUtcSecondsOn(LocalDate.of(1972, 6, 30))).isEqualTo(10);
        assertThat(list.taiMinusUtcSecondsOn(LocalDate.of(1972, 7, 1))).isEqualTo(11);
        assertThat(list.taiMinusUtcSecondsOn(LocalDate.of(2016, 12, 31))).isEqualTo(36);
        assertThat(list.taiMinusUtcSecondsOn(LAST_LEAP_DATE)).isEqualTo(LAST_OFFSET_S);
        assertThatThrownBy(() -> list.taiMinusUtcSecondsOn(LocalDate.of(1971, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiresOnTheExpiryDate() {
        LeapSecondsList list = LeapSecondsList.bundled();

        assertThat(list.isExpired(list.expiry().minusDays(1))).isFalse();
        assertThat(list.isExpired(list.expiry())).isTrue();
    }

    @Test
    void hashCheckCatchesAFlippedDigitInAData() throws IOException {
        // 37 -> 38 also breaks the +1 s rule, but the hash is checked first and must catch it.
        String text = bundledText().replaceFirst("3692217600(\\s+)37", "3692217600$138");
        assertThat(text).isNotEqualTo(bundledText());

        assertRejected(text, "SHA-1");
    }

    @Test
    void hashCheckCoversTheExpiryLine() throws IOException {
        String original = bundledText();
        String text = original.replace("#@\t3991593600", "#@\t3991680000");
        assertThat(text).isNotEqualTo(original);

        assertRejected(text, "SHA-1");
    }

    @Test
    void hashCheckCatchesAnAlteredHashWord() throws IOException {
        String original = bundledText();
        String text = original.replace("49db2447", "49db2448");
        assertThat(text).isNotEqualTo(original);

        assertRejected(text, "SHA-1");
    }

    @Test
    void rejectsATruncatedFile() throws IOException {
        String original = bundledText();
        String text = original.substring(0, original.indexOf("3076704000"));

        assertRejected(text, "no '#h' hash line");
    }

    @Test
    void rejectsADroppedDataLine() throws IOException {
        String text = bundledText().replaceFirst("3550089600\\s+35[^\\n]*\\n", "");

        assertRejected(text, "SHA-1");
    }

    @Test
    void rejectsGarbage() {
        assertRejected("hello, world\n", "line 1");
        assertRejected("", "no '#$'");
        assertRejected("\u0000\u0001binary", "line 1");
    }

    @Test
    void rejectsMissingExpiryOrUpdateLines() throws IOException {
        assertRejected(bundledText().replace("#@\t3991593600", "#\tno expiry"), "no '#@' expiry line");
        assertRejected(bundledText().replace("#$\t3960835200", "#\tno update"), "no '#$'");
    }

    @Test
    void rejectsNonMonotonicOffsetsEvenWithAGoodHash() {
        List<LeapSecondsList.Entry> entries = new ArrayList<>(LeapSecondsFixture.realEntriesUpTo(LAST_OFFSET_S));
        entries.set(5, new LeapSecondsList.Entry(entries.get(5).date(), entries.get(5).taiMinusUtcSeconds() - 2));

        assertRejected(fixture(entries), "does not grow by exactly 1 s");
    }

    @Test
    void rejectsDatesOutOfOrderEvenWithAGoodHash() {
        List<LeapSecondsList.Entry> entries = new ArrayList<>(LeapSecondsFixture.realEntriesUpTo(LAST_OFFSET_S));
        entries.set(5, new LeapSecondsList.Entry(entries.get(3).date(), entries.get(5).taiMinusUtcSeconds()));

        assertRejected(fixture(entries), "dates not increasing");
    }

    @Test
    void rejectsATableNotStartingIn1972WithTenSeconds() {
        List<LeapSecondsList.Entry> entries = LeapSecondsFixture.realEntriesUpTo(LAST_OFFSET_S);

        assertRejected(fixture(entries.subList(1, entries.size())), "first entry must be 1972-01-01");
    }

    @Test
    void acceptsAWellFormedFixture() {
        // Guards the fixture writer that the rejection tests above rely on.
        LeapSecondsList list = LeapSecondsList.parse(fixture(LeapSecondsFixture.realEntriesUpTo(LAST_OFFSET_S)), "fixture");

        assertCompleteTable(list);
    }

    @Test
    void errorMessageNamesTheSource() {
        assertThatThrownBy(() -> LeapSecondsList.parse("garbage", "/some/where/leap-seconds.list"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid leap-seconds list /some/where/leap-seconds.list: ");
    }

    private static void assertCompleteTable(LeapSecondsList list) {
        assertThat(list.entries()).hasSize(ENTRY_COUNT);
        assertThat(list.entries().get(0)).isEqualTo(new LeapSecondsList.Entry(LocalDate.of(1972, 1, 1), 10));
        assertThat(list.entries().get(1)).isEqualTo(new LeapSecondsList.Entry(LocalDate.of(1972, 7, 1), 11));
        assertThat(list.entries().get(ENTRY_COUNT - 1))
                .isEqualTo(new LeapSecondsList.Entry(LAST_LEAP_DATE, LAST_OFFSET_S));
    }

    private static void assertRejected(String text, String reason) {
        assertThatThrownBy(() -> LeapSecondsList.parse(text, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    private static String fixture(List<LeapSecondsList.Entry> entries) {
        return LeapSecondsFixture.text(entries, LocalDate.of(2025, 7, 7), LocalDate.of(2026, 6, 28));
    }

    private static String bundledText() throws IOException {
        try (InputStream in = LeapSecondsList.class.getResourceAsStream(LeapSecondsList.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
