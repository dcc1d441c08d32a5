package org.skyrack.flightdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orekit.data.DataProvidersManager;
import org.orekit.frames.Frame;
import org.orekit.frames.Transform;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateTimeComponents;
import org.orekit.time.TimeScale;
import org.orekit.time.UTCScale;
import org.orekit.utils.IERSConventions;
import org.orekit.utils.PVCoordinates;
import org.skyrack.flightdata.FlightDynamicsContext.LeapSecondSource;

class FlightDynamicsContextTest {

    /** Tolerance on time offsets and durations, in seconds (s). */
    private static final double TIME_TOLERANCE_S = 1e-9;
    /** Tolerance on positions after a pure rotation, in metres (m). */
    private static final double POSITION_TOLERANCE_M = 1e-6;
    /** Earth's equatorial radius, in metres (m). */
    private static final double EARTH_RADIUS_M = 6_378_137.0;
    /** Plausible ISS altitude band for the test TLE, in metres (m). */
    private static final double ISS_MIN_ALTITUDE_M = 350_000.0;
    private static final double ISS_MAX_ALTITUDE_M = 450_000.0;

    private static final String ISS_LINE_1 = "1 25544U 98067A   14020.93268519  .00009878  00000-0  18200-3 0  5082";
    private static final String ISS_LINE_2 = "2 25544  51.6498 109.4756 0003572  55.9686 274.8005 15.49815350868473";

    @TempDir
    Path tempDir;

    static Stream<Arguments> offlineContexts() {
        List<Arguments> contexts = new ArrayList<>();
        if (Files.isReadable(FlightDynamicsContext.OS_LEAP_SECONDS_LIST)) {
            contexts.add(Arguments.of("OS file", FlightDynamicsContext.offline()));
        }
        contexts.add(Arguments.of("bundled", FlightDynamicsContext.offline(Path.of("/nonexistent/leap-seconds.list"))));
        return contexts.stream();
    }

    @Test
    void offlineUsesTheOsFileWhenValid() {
        assumeTrue(Files.isReadable(FlightDynamicsContext.OS_LEAP_SECONDS_LIST), "no OS leap-seconds.list");

        LeapSecondSource source = FlightDynamicsContext.offline().leapSecondSource();

        assertThat(source.kind()).isEqualTo(LeapSecondSource.Kind.OS_FILE);
        assertThat(source.path()).contains(FlightDynamicsContext.OS_LEAP_SECONDS_LIST);
        assertThat(source.expiry()).isPresent();
        assertThat(source.fallbackReason()).isEmpty();
    }

    @Test
    void offlineFallsBackToTheBundledTableWhenTheFileIsMissing() {
        Path missing = tempDir.resolve("leap-seconds.list");

        LeapSecondSource source = FlightDynamicsContext.offline(missing).leapSecondSource();

        assertThat(source.kind()).isEqualTo(LeapSecondSource.Kind.BUNDLED);
        assertThat(source.path()).isEmpty();
        assertThat(source.expiry()).contains(LeapSecondsList.bundled().expiry());
        assertThat(source.fallbackReason()).hasValueSatisfying(r -> assertThat(r).contains(missing + " does not exist"));
    }

    @Test
    void offlineFallsBackToTheBundledTableWhenTheFileIsCorrupt() throws IOException {
        Path corrupt = Files.writeString(tempDir.resolve("leap-seconds.list"), "#$ 1\n#@ 2\nnot a leap second\n");

        LeapSecondSource source = FlightDynamicsContext.offline(corrupt).leapSecondSource();

        assertThat(source.kind()).isEqualTo(LeapSecondSource.Kind.BUNDLED);
        assertThat(source.fallbackReason()).hasValueSatisfying(r -> assertThat(r).contains(corrupt.toString(), "line 3"));
    }

    @Test
    void offlineFallsBackWhenTheFileMissesALeapSecondTheBundledTableHas() throws IOException {
        Path stale = Files.writeString(tempDir.resolve("leap-seconds.list"), LeapSecondsFixture.text(
                LeapSecondsFixture.realEntriesUpTo(36), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 28)));

        FlightDynamicsContext context = FlightDynamicsContext.offline(stale);

        assertThat(context.leapSecondSource().kind()).isEqualTo(LeapSecondSource.Kind.BUNDLED);
        assertThat(context.leapSecondSource().fallbackReason())
                .hasValueSatisfying(r -> assertThat(r).contains("stops at TAI-UTC = 36 s"));
        assertThat(utcMinusTai(context, utcDate(context, 2026, 1, 1, 0, 0, 0))).isCloseTo(-37.0, within(TIME_TOLERANCE_S));
    }

    @Test
    void offlineKeepsAnExpiredButCompleteFileAndFlagsIt() throws IOException {
        LocalDate expiry = LocalDate.of(2020, 6, 28);
        Path expired = Files.writeString(tempDir.resolve("leap-seconds.list"), LeapSecondsFixture.text(
                LeapSecondsFixture.realEntriesUpTo(37), LocalDate.of(2019, 7, 7), expiry));

        LeapSecondSource source = FlightDynamicsContext.offline(expired).leapSecondSource();

        assertThat(source.kind()).isEqualTo(LeapSecondSource.Kind.OS_FILE);
        assertThat(source.expiry()).contains(expiry);
        assertThat(source.isExpired(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(source.isExpired(LocalDate.of(2020, 6, 27))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offlineContexts")
    void utcMinusTaiFollowsTheTable(String name, FlightDynamicsContext context) {
        assertThat(utcMinusTai(context, utcDate(context, 1972, 1, 1, 0, 0, 0))).isCloseTo(-10.0, within(TIME_TOLERANCE_S));
        assertThat(utcMinusTai(context, utcDate(context, 1972, 7, 1, 0, 0, 0))).isCloseTo(-11.0, within(TIME_TOLERANCE_S));
        assertThat(utcMinusTai(context, utcDate(context, 2016, 12, 31, 23, 59, 59))).isCloseTo(-36.0, within(TIME_TOLERANCE_S));
        assertThat(utcMinusTai(context, utcDate(context, 2017, 1, 1, 0, 0, 0))).isCloseTo(-37.0, within(TIME_TOLERANCE_S));
        assertThat(utcMinusTai(context, utcDate(context, 2026, 1, 1, 0, 0, 0))).isCloseTo(-37.0, within(TIME_TOLERANCE_S));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offlineContexts")
    void theLastLeapSecondIs2016December31At235960(String name, FlightDynamicsContext context) {
        UTCScale utc = context.utc();
        AbsoluteDate newYear2017 = utcDate(context, 2017, 1, 1, 0, 0, 0);
        AbsoluteDate leapSecond = newYear2017.shiftedBy(-1.0);

        // Two SI seconds elapse between 23:59:59 and 00:00:00 across the leap second.
        assertThat(newYear2017.durationFrom(utcDate(context, 2016, 12, 31, 23, 59, 59)))
                .isCloseTo(2.0, within(TIME_TOLERANCE_S));
        assertThat(leapSecond).isEqualTo(new AbsoluteDate(2016, 12, 31, 23, 59, 60.0, utc));
        assertThat(utc.insideLeap(leapSecond.shiftedBy(0.5))).isTrue();
        assertThat(utc.insideLeap(newYear2017)).isFalse();
        DateTimeComponents shown = leapSecond.getComponents(utc);
        assertThat(shown.getTime().getSecond()).isCloseTo(60.0, within(TIME_TOLERANCE_S));
        // Orekit dates a leap second by its start, 23:59:60.
        assertThat(utc.getLastKnownLeapSecond()).isEqualTo(leapSecond);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offlineContexts")
    void taiIsAheadOfUtcBy36SecondsBefore2017And37After(String name, FlightDynamicsContext context) {
        TimeScale tai = context.timeScales().getTAI();
        AbsoluteDate newYear2017 = utcDate(context, 2017, 1, 1, 0, 0, 0);

        AbsoluteDate elevenPm = utcDate(context, 2016, 12, 31, 23, 0, 0);

        assertThat(elevenPm.getComponents(tai).toString()).startsWith("2016-12-31T23:00:36");
        assertThat(newYear2017.getComponents(tai).toString()).startsWith("2017-01-01T00:00:37");
        // The last UTC hour of 2016 lasted 3601 SI seconds.
        assertThat(newYear2017.durationFrom(elevenPm)).isCloseTo(3601.0, within(TIME_TOLERANCE_S));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offlineContexts")
    void itrfWorksWithZeroEop(String name, FlightDynamicsContext context) {
        AbsoluteDate date = utcDate(context, 2026, 1, 1, 0, 0, 0);
        Frame eme2000 = context.frames().getEME2000();

        Transform toItrf = eme2000.getTransformTo(context.itrf(), date);
        Vector3D onEquator = new Vector3D(EARTH_RADIUS_M, 0.0, 0.0);
        Vector3D inItrf = toItrf.transformPosition(onEquator);

        assertThat(context.itrf()).isSameAs(context.frames().getITRF(IERSConventions.IERS_2010, true));
        assertThat(inItrf.getNorm()).isCloseTo(EARTH_RADIUS_M, within(POSITION_TOLERANCE_M));
        assertThat(context.frames().getEOPHistory(IERSConventions.IERS_2010, true).getEntries()).isEmpty();
        // Zero EOP means UT1 = UTC.
        TimeScale ut1 = context.timeScales().getUT1(IERSConventions.IERS_2010, true);
        assertThat(ut1.offsetFromTAI(date).toDouble()).isCloseTo(utcMinusTai(context, date), within(TIME_TOLERANCE_S));
        // The full-EOP flavour (tidal corrections on) must build as well.
        assertThatCode(() -> eme2000.getTransformTo(context.frames().getITRF(IERSConventions.IERS_2010, false), date))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offlineContexts")
    void tleParsesAndPropagatesWithTheContextUtc(String name, FlightDynamicsContext context) {
        TLE tle = new TLE(ISS_LINE_1, ISS_LINE_2, context.utc());

        assertThat(tle.getSatelliteNumber()).isEqualTo(25544);
        // Epoch 14020.93268519 is day-of-year 20 of 2014 at 0.93268519 day.
        AbsoluteDate expectedEpoch = utcDate(context, 2014, 1, 20, 0, 0, 0).shiftedBy(0.93268519 * 86_400.0);
        assertThat(tle.getDate().durationFrom(expectedEpoch)).isCloseTo(0.0, within(1e-3));

        TLEPropagator propagator = TLEPropagator.selectExtrapolator(tle, context.frames().getTEME());
        PVCoordinates inItrf = propagator.propagate(tle.getDate().shiftedBy(600.0)).getPVCoordinates(context.itrf());
        assertThat(inItrf.getPosition().getNorm() - EARTH_RADIUS_M).isBetween(ISS_MIN_ALTITUDE_M, ISS_MAX_ALTITUDE_M);
    }

    @Test
    void offlineIgnoresTheOrekitDataPathProperty() {
        // Orekit's default providers read this property; a context that consulted it, or used the
        // global default context, would fail on a directory that does not exist.
        String previous = System.getProperty(DataProvidersManager.OREKIT_DATA_PATH);
        System.setProperty(DataProvidersManager.OREKIT_DATA_PATH, tempDir.resolve("no-such-dir").toString());
        try {
            assertThatCode(() -> {
                FlightDynamicsContext context = FlightDynamicsContext.offline(tempDir.resolve("absent"));
                new TLE(ISS_LINE_1, ISS_LINE_2, context.utc());
                context.frames().getEME2000().getTransformTo(context.itrf(), utcDate(context, 2026, 1, 1, 0, 0, 0));
            }).doesNotThrowAnyException();
        } finally {
            if (previous == null) {
                System.clearProperty(DataProvidersManager.OREKIT_DATA_PATH);
            } else {
                System.setProperty(DataProvidersManager.OREKIT_DATA_PATH, previous);
            }
        }
    }

    @Test
    void fromOrekitDataRejectsAMissingDirectory() {
        Path missing = tempDir.resolve("orekit-data");

        assertThatThrownBy(() -> FlightDynamicsContext.fromOrekitData(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void fromOrekitDataRejectsAFile() throws IOException {
        Path file = Files.writeString(tempDir.resolve("orekit-data.txt"), "not a directory");

        assertThatThrownBy(() -> FlightDynamicsContext.fromOrekitData(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not a directory");
    }

    @Test
    void fromOrekitDataRejectsADirectoryWithoutLeapSeconds() throws IOException {
        Path empty = Files.createDirectory(tempDir.resolve("orekit-data"));

        assertThatThrownBy(() -> FlightDynamicsContext.fromOrekitData(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(empty.toString());
    }

    @Test
    void fromOrekitDataReadsTaiUtcDat() throws IOException {
        Path dir = Files.createDirectory(tempDir.resolve("orekit-data"));
        Path taiUtc = Files.writeString(dir.resolve("tai-utc.dat"), taiUtcDat(LeapSecondsList.bundled()));

        FlightDynamicsContext context = FlightDynamicsContext.fromOrekitData(dir);

        LeapSecondSource source = context.leapSecondSource();
        assertThat(source.kind()).isEqualTo(LeapSecondSource.Kind.OREKIT_DATA);
        assertThat(source.path()).hasValueSatisfying(p -> assertThat(p.getFileName()).isEqualTo(taiUtc.getFileName()));
        assertThat(source.expiry()).isEmpty();
        assertThat(utcMinusTai(context, utcDate(context, 2016, 12, 31, 0, 0, 0))).isCloseTo(-36.0, within(TIME_TOLERANCE_S));
        assertThat(utcMinusTai(context, utcDate(context, 2026, 1, 1, 0, 0, 0))).isCloseTo(-37.0, within(TIME_TOLERANCE_S));
        assertThatCode(() -> context.frames().getEME2000().getTransformTo(context.itrf(), utcDate(context, 2026, 1, 1, 0, 0, 0)))
                .doesNotThrowAnyException();
    }

    private static AbsoluteDate utcDate(FlightDynamicsContext context, int year, int month, int day,
                                        int hour, int minute, double second) {
        return new AbsoluteDate(year, month, day, hour, minute, second, context.utc());
    }

    /** UTC − TAI at a date, in seconds (s). */
    private static double utcMinusTai(FlightDynamicsContext context, AbsoluteDate date) {
        return context.utc().offsetFromTAI(date).toDouble();
    }

    /** The table in USNO's tai-utc.dat layout, one of the formats Orekit reads from a data directory. */
    private static String taiUtcDat(LeapSecondsList list) {
        StringBuilder text = new StringBuilder();
        for (LeapSecondsList.Entry e : list.entries()) {
            double julianDay = e.date().toEpochDay() + 2_440_587.5;
            double mjd = julianDay - 2_400_000.5;
            text.append(String.format(Locale.ROOT, " %4d %s %2d =JD %9.1f  TAI-UTC= %4d.0       S + (MJD - %5.0f.) X 0.0      S%n",
                    e.date().getYear(), e.date().getMonth().name().substring(0, 3), e.date().getDayOfMonth(),
                    julianDay, e.taiMinusUtcSeconds(), mjd));
        }
        return text.toString();
    }
}
