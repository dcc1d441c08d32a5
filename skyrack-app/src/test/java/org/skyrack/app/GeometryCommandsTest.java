package org.skyrack.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.data.DataSource;
import org.orekit.files.ccsds.ndm.ParserBuilder;
import org.orekit.files.ccsds.ndm.odm.oem.Oem;
import org.orekit.files.ccsds.ndm.odm.oem.OemSegment;
import org.orekit.frames.Frame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.PVCoordinates;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.PropagationException;

/** The ephemeris, passes and eclipses commands, end to end through {@link Main}. */
class GeometryCommandsTest {

    /** ISS TLE of 2014-01-20 used by Skyfield's documentation for its pass and shadow examples. */
    private static final String ISS_LINE1 = "1 25544U 98067A   14020.93268519  .00009878  00000-0  18200-3 0  5082";
    private static final String ISS_LINE2 = "2 25544  51.6498 109.4756 0003572  55.9686 274.8005 15.49815350868473";
    private static final String PROTO = "../examples/prototype-2sat.yaml";

    private static final FlightDynamicsContext FDC = FlightDynamicsContext.offline();

    /** The CSV carries km to 6 decimals: half a unit of the last digit is the rounding, 1e-6 km the bar. */
    private static final double POSITION_TOLERANCE_KM = 1e-6;
    private static final double VELOCITY_TOLERANCE_KM_S = 1e-9;
    /** The bar for event times against Skyfield. */
    private static final double EVENT_TIME_TOLERANCE_S = 1.0;
    private static final String TIME_PATTERN = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    @TempDir
    Path tmp;

    private static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }

    private Path issTle() throws IOException {
        Path f = tmp.resolve("iss.tle");
        Files.writeString(f, ISS_LINE1 + "\n" + ISS_LINE2 + "\n");
        return f;
    }

    private static List<String[]> rows(String csv) {
        List<String[]> rows = new ArrayList<>();
        csv.lines().skip(1).forEach(l -> rows.add(l.split(",", -1)));
        return rows;
    }

    private static double seconds(String iso, String epochIso) {
        AbsoluteDate d = new AbsoluteDate(iso, FDC.utc());
        return d.durationFrom(new AbsoluteDate(epochIso, FDC.utc()));
    }

    // ------------------------------------------------------------------ ephemeris

    @Test
    void ephemerisInTemeAtTheTleEpochEqualsOrekitSgp4() throws IOException {
        TLE tle = new TLE(ISS_LINE1, ISS_LINE2, FDC.utc());
        Frame teme = FDC.frames().getTEME();
        Propagator sgp4 = TLEPropagator.selectExtrapolator(tle, new FrameAlignedProvider(teme), Propagator.DEFAULT_MASS,
                teme);
        AbsoluteDate epoch = tle.getDate();
        String start = epoch.toStringRfc3339(FDC.utc());
        String end = epoch.shiftedBy(600).toStringRfc3339(FDC.utc());
        CliTest.Result r = run("ephemeris", "--tle", issTle().toString(), "--start", start, "--end", end, "--step", "60s");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("sat_id,time_utc,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s");
        assertThat(lines).hasSize(1 + 11);
        List<String[]> rows = rows(r.out());
        for (String[] row : rows) {
            assertThat(row).hasSize(8);
            assertThat(row[0]).isEqualTo("25544");
            assertThat(row[1]).matches(TIME_PATTERN);
        }
        // The TLE epoch is 22:23:04.000416: printed to the millisecond.
        assertThat(rows.get(0)[1]).isEqualTo("2014-01-20T22:23:04.000Z");
        assertThat(rows.get(1)[1]).isEqualTo("2014-01-20T22:24:04.000Z");
        for (int k : new int[] {0, 10}) {
            PVCoordinates pv = sgp4.getPVCoordinates(epoch.shiftedBy(60.0 * k), teme);
            String[] row = rows.get(k);
            double[] expected = {pv.getPosition().getX(), pv.getPosition().getY(), pv.getPosition().getZ(),
                pv.getVelocity().getX(), pv.getVelocity().getY(), pv.getVelocity().getZ()};
            for (int j = 0; j < 6; j++) {
                assertThat(Double.parseDouble(row[2 + j])).as("row %d column %d", k, j)
                        .isCloseTo(expected[j] / 1000, within(j < 3 ? POSITION_TOLERANCE_KM : VELOCITY_TOLERANCE_KM_S));
            }
        }
    }

    @Test
    void itrfDiffersFromTemeByTheEarthRotationOnly() throws IOException {
        String tle = issTle().toString();
        String[] window = {"--start", "2014-01-20T00:00:00Z", "--end", "2014-01-20T00:10:00Z"};
        CliTest.Result teme = run(concat(new String[] {"ephemeris", "--tle", tle}, window));
        CliTest.Result itrf = run(concat(new String[] {"ephemeris", "--tle", tle, "--frame", "itrf"}, window));
        assertThat(teme.code()).as(teme.err()).isZero();
        assertThat(itrf.code()).as(itrf.err()).isZero();
        List<String[]> a = rows(teme.out());
        List<String[]> b = rows(itrf.out());
        assertThat(b).hasSameSizeAs(a).hasSize(11);
        double previousTurn = Double.NaN;
        for (int i = 0; i < a.size(); i++) {
            double[] ra = position(a.get(i));
            double[] rb = position(b.get(i));
            assertThat(a.get(i)[1]).isEqualTo(b.get(i)[1]);
            // A rotation keeps the distance from the centre (to 1 mm) ...
            assertThat(norm(rb)).isCloseTo(norm(ra), within(1e-6));
            // ... about the z axis (polar motion is zero offline; the true pole agrees to ~0.1 m) ...
            assertThat(rb[2]).isCloseTo(ra[2], within(1e-3));
            // ... by an angle that grows at the Earth's rotation rate.
            double turn = Math.atan2(rb[1], rb[0]) - Math.atan2(ra[1], ra[0]);
            if (i > 0) {
                double rate = Math.IEEEremainder(previousTurn - turn, 2 * Math.PI) / 60;
                assertThat(rate).isCloseTo(Constants.WGS84_EARTH_ANGULAR_VELOCITY, within(1e-9));
            }
            previousTurn = turn;
        }
    }

    private static double[] position(String[] row) {
        return new double[] {Double.parseDouble(row[2]), Double.parseDouble(row[3]), Double.parseDouble(row[4])};
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    @Test
    void ephemerisIsTheSameWhateverTheThreadCount() {
        String[] args = {"ephemeris", "--scenario", PROTO, "--end", "2027-03-01T06:00:00Z", "--step", "30 s"};
        CliTest.Result one = run(concat(args, new String[] {"--threads", "1"}));
        CliTest.Result three = run(concat(args, new String[] {"--threads", "3"}));
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(three.out()).isEqualTo(one.out());
        List<String> ids = rows(one.out()).stream().map(row -> row[0]).toList();
        assertThat(ids).hasSize(2 * 721).isSorted();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void theStreamDeliversInOrderBeyondItsQueuesAndStopsAtAFailure(int threads) {
        // More states per satellite than a queue holds, so producers wait on the (slow) consumer.
        long samples = 3L * EphemerisStream.CHUNK_ROWS * EphemerisStream.QUEUE_CHUNKS / 2 + 7;
        int failing = 3;
        long failAt = samples - 5;
        EphemerisSource fake = new EphemerisSource() {
            @Override
            public int size() {
                return 5;
            }

            @Override
            public void state(int satellite, double t, double[] out, int offset) {
                if (satellite == failing && t >= failAt) {
                    throw new PropagationException(satellite, 6, "decayed");
                }
                Arrays.fill(out, offset, offset + 6, 1000.0 * satellite + t);
            }
        };
        Frame teme = FDC.frames().getTEME();
        AbsoluteDate start = new AbsoluteDate("2027-03-01T00:00:00Z", FDC.utc());
        EphemerisStream stream = new EphemerisStream(fake, start, 1.0, samples, teme, teme, threads);
        List<long[]> seen = new ArrayList<>();
        assertThatThrownBy(() -> stream.run(new EphemerisStream.Sink() {
            @Override
            public void begin(int satellite) {
                seen.add(new long[] {satellite, -1});
            }

            @Override
            public void state(int satellite, AbsoluteDate date, double t, double[] pv) {
                assertThat(pv[0]).isEqualTo(1000.0 * satellite + t);
                assertThat(date.durationFrom(start)).isEqualTo(t);
                seen.add(new long[] {satellite, (long) t});
            }

            @Override
            public void end(int satellite) {
                seen.add(new long[] {satellite, -2});
            }
        })).isInstanceOf(PropagationException.class);
        // Satellites 0..2 whole and in order, then satellite 3 up to its failure, and nothing after.
        List<long[]> expected = new ArrayList<>();
        for (int sat = 0; sat <= failing; sat++) {
            expected.add(new long[] {sat, -1});
            for (long k = 0; k < (sat == failing ? failAt : samples); k++) {
                expected.add(new long[] {sat, k});
            }
            if (sat < failing) {
                expected.add(new long[] {sat, -2});
            }
        }
        assertThat(seen).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(seen.get(i)).as("event %d", i).containsExactly(expected.get(i));
        }
    }

    @Test
    void aDecayedTleIsOneLineOfBadInputNamingTheSatellite() throws IOException {
        // These 2014 elements decay before 2030: SGP4 error 6 (Vallado's code), reported on one line.
        // -q: no note about the leap-second table, which may expire before 2030 on this machine.
        CliTest.Result r = run("eclipses", "-q", "--tle", issTle().toString(), "--start", "2030-08-01T00:00:00Z",
                "--end", "2030-08-02T00:00:00Z");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("cannot propagate 25544").contains("decayed");
    }

    @Test
    void jsonRowsHaveTheCsvColumnsAndValues() throws IOException {
        String[] args = {"ephemeris", "--tle", issTle().toString(), "--start", "2014-01-20T00:00:00Z", "--end",
            "2014-01-20T00:05:00Z", "--step", "1 min"};
        CliTest.Result csv = run(args);
        CliTest.Result json = run(concat(args, new String[] {"--format", "json"}));
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode array = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json.out());
        List<String> header = List.of(csv.out().lines().findFirst().orElseThrow().split(","));
        List<String[]> rows = rows(csv.out());
        assertThat(array.size()).isEqualTo(rows.size()).isEqualTo(6);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode o = array.get(i);
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            assertThat(names).isEqualTo(header);
            for (int j = 0; j < header.size(); j++) {
                JsonNode v = o.get(header.get(j));
                if (j < 2) {
                    assertThat(v.isTextual()).isTrue();
                    assertThat(v.asText()).isEqualTo(rows.get(i)[j]);
                } else {
                    assertThat(v.isNumber()).isTrue();
                    assertThat(v.decimalValue()).isEqualByComparingTo(new BigDecimal(rows.get(i)[j]));
                }
            }
        }
    }

    @Test
    void oemParsesBackWithOrekitWithOneSegmentPerSatellite() throws IOException {
        Path tleOem = tmp.resolve("iss.oem");
        CliTest.Result r = run("ephemeris", "--tle", issTle().toString(), "--start", "2014-01-20T00:00:00Z", "--end",
                "2014-01-20T01:00:00Z", "--step", "2 min", "--format", "oem", "--out", tleOem.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String text = Files.readString(tleOem);
        assertThat(text).startsWith("CCSDS_OEM_VERS").contains("2.0").contains("REF_FRAME            = TEME");
        Oem oem = parseOem(tleOem);
        assertThat(oem.getSegments()).hasSize(1);
        OemSegment s = oem.getSegments().get(0);
        assertThat(s.getMetadata().getObjectName()).isEqualTo("25544");
        assertThat(s.getMetadata().getObjectID()).isEqualTo("1998-067A");
        assertThat(s.getData().getEphemeridesDataLines()).hasSize(31);

        Path protoOem = tmp.resolve("proto.oem");
        r = run("ephemeris", "--scenario", PROTO, "--end", "2027-03-01T00:30:00Z", "--format", "oem", "--frame", "GCRF",
                "--out", protoOem.toString());
        assertThat(r.code()).as(r.err()).isZero();
        oem = parseOem(protoOem);
        assertThat(oem.getSegments()).hasSize(2);
        // Orekit reads KVN values in upper case; the file keeps the names as written.
        assertThat(oem.getSegments().stream().map(g -> g.getMetadata().getObjectName()))
                .containsExactly("PROTO-0001", "PROTO-0002");
        assertThat(Files.readString(protoOem)).contains("OBJECT_NAME          = proto-0001")
                .contains("REF_FRAME            = GCRF");
        assertThat(oem.getSegments()).allSatisfy(g -> assertThat(g.getData().getEphemeridesDataLines()).hasSize(31));
        assertThat(Files.readString(protoOem).split("CCSDS_OEM_VERS", -1)).as("one header").hasSize(2);
    }

    private static Oem parseOem(Path file) {
        return new ParserBuilder(FDC.dataContext()).buildOemParser()
                .parseMessage(new DataSource(file.toString(), () -> Files.newInputStream(file)));
    }

    @Test
    void czmlIsJsonWithTheDocumentPacketFirst() throws IOException {
        CliTest.Result r = run("ephemeris", "--scenario", PROTO, "--end", "2027-03-01T01:00:00Z", "--step", "5min",
                "--format", "czml");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode czml = new ObjectMapper().readTree(r.out());
        assertThat(czml.isArray()).isTrue();
        assertThat(czml.size()).isEqualTo(3);
        JsonNode doc = czml.get(0);
        assertThat(doc.get("id").asText()).isEqualTo("document");
        assertThat(doc.get("version").asText()).isEqualTo("1.0");
        assertThat(doc.get("clock").get("interval").asText())
                .isEqualTo("2027-03-01T00:00:00.000Z/2027-03-01T01:00:00.000Z");
        JsonNode sat = czml.get(1);
        assertThat(sat.get("id").asText()).isEqualTo("proto-0001");
        JsonNode position = sat.get("position");
        assertThat(position.get("epoch").asText()).isEqualTo("2027-03-01T00:00:00.000Z");
        assertThat(position.get("referenceFrame").asText()).isEqualTo("FIXED");
        JsonNode cartesian = position.get("cartesian");
        assertThat(cartesian.size()).isEqualTo(4 * 13);
        assertThat(cartesian.get(4).asDouble()).isEqualTo(300.0);
        double r0 = Math.sqrt(sq(cartesian.get(1).asDouble()) + sq(cartesian.get(2).asDouble())
                + sq(cartesian.get(3).asDouble()));
        assertThat(r0).as("metres, 650 km up").isBetween(6.9e6, 7.1e6);

        CliTest.Result inertial = run("ephemeris", "--scenario", PROTO, "--end", "2027-03-01T01:00:00Z", "--format",
                "czml", "--frame", "gcrf");
        assertThat(new ObjectMapper().readTree(inertial.out()).get(2).get("position").get("referenceFrame").asText())
                .isEqualTo("INERTIAL");
    }

    private static double sq(double x) {
        return x * x;
    }

    // ------------------------------------------------------------------ passes

    @Test
    void issPassesOverBlufftonMatchSkyfield() throws IOException {
        // Skyfield documentation: ISS above 30 deg over Bluffton, Ohio on 2014-01-23:
        // rise / culminate / set 06:25:37 / 06:26:58 / 06:28:19 and 12:54:56 / 12:56:27 / 12:57:58 UTC.
        CliTest.Result r = run("passes", "--tle", issTle().toString(), "--station", "bluffton:40.8939,-83.8917,0",
                "--min-elevation", "30", "--start", "2014-01-23T00:00:00Z", "--end", "2014-01-24T00:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow())
                .isEqualTo("sat_id,station,aos_utc,los_utc,max_elevation_deg,max_elevation_utc");
        List<String[]> rows = rows(r.out());
        assertThat(rows).hasSize(2);
        String[][] expected = {
            {"2014-01-23T06:25:37Z", "2014-01-23T06:28:19Z", "2014-01-23T06:26:58Z"},
            {"2014-01-23T12:54:56Z", "2014-01-23T12:57:58Z", "2014-01-23T12:56:27Z"},
        };
        for (int i = 0; i < 2; i++) {
            String[] row = rows.get(i);
            assertThat(row[0]).isEqualTo("25544");
            assertThat(row[1]).isEqualTo("bluffton");
            assertThat(seconds(row[2], expected[i][0])).as("rise %d", i).isCloseTo(0, within(EVENT_TIME_TOLERANCE_S));
            assertThat(seconds(row[3], expected[i][1])).as("set %d", i).isCloseTo(0, within(EVENT_TIME_TOLERANCE_S));
            assertThat(seconds(row[5], expected[i][2])).as("culmination %d", i)
                    .isCloseTo(0, within(EVENT_TIME_TOLERANCE_S));
            assertThat(Double.parseDouble(row[4])).isGreaterThan(30);
            assertThat(row[4]).matches("\\d+\\.\\d{3}");
        }
    }

    @Test
    void scenarioPassesUseItsStationsWindowAndSatelliteNames() {
        CliTest.Result r = run("passes", "--scenario", PROTO);
        assertThat(r.code()).as(r.err()).isZero();
        List<String[]> rows = rows(r.out());
        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(rows).allSatisfy(row -> assertThat(row[1]).isEqualTo("svalbard"));
        // Satellite order of the input, then time.
        List<String> ids = rows.stream().map(row -> row[0]).distinct().toList();
        assertThat(ids).containsExactly("proto-0001", "proto-0002");
        assertThat(rows.stream().map(row -> row[0]).toList()).isSorted();
        for (String id : ids) {
            assertThat(rows.stream().filter(row -> row[0].equals(id)).map(row -> row[2]).toList()).isSorted();
        }
        // Default window: the scenario's epoch and 3-day duration.
        assertThat(rows.get(0)[2]).startsWith("2027-03-01T");
        assertThat(r.err()).contains("2027-03-01T00:00:00.000Z to 2027-03-04T00:00:00.000Z");
        // The scenario's 5 deg mask, unless --min-elevation replaces it.
        CliTest.Result high = run("passes", "--scenario", PROTO, "--min-elevation", "45");
        assertThat(rows(high.out())).isNotEmpty().hasSizeLessThan(rows.size())
                .allSatisfy(row -> assertThat(Double.parseDouble(row[4])).isGreaterThan(45));
    }

    // ------------------------------------------------------------------ eclipses

    @Test
    void issEclipsesMatchSkyfield() throws IOException {
        // Skyfield documentation: on 2014-01-20 the ISS is sunlit at 00:00, 00:20, 01:20, 01:40
        // and in shadow at 00:40 and 01:00 UTC.
        CliTest.Result r = run("eclipses", "--tle", issTle().toString(), "--start", "2014-01-20T00:00:00Z", "--end",
                "2014-01-20T02:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).isEqualTo("sat_id,kind,start_utc,end_utc,duration_s");
        List<String[]> rows = rows(r.out());
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row).hasSize(5);
            assertThat(row[0]).isEqualTo("25544");
            assertThat(row[1]).isIn("umbra", "penumbra");
            assertThat(row[2]).matches(TIME_PATTERN);
            assertThat(row[3]).matches(TIME_PATTERN);
            assertThat(row[4]).matches("\\d+\\.\\d{3}");
            assertThat(Double.parseDouble(row[4])).isCloseTo(seconds(row[3], row[2]), within(1e-9));
        });
        String epoch = "2014-01-20T00:00:00Z";
        for (int minute : new int[] {0, 20, 80, 100}) {
            assertThat(inside(rows, "penumbra", minute * 60.0, epoch)).as("sunlit at minute %d", minute).isFalse();
        }
        for (int minute : new int[] {40, 60}) {
            assertThat(inside(rows, "umbra", minute * 60.0, epoch)).as("umbra at minute %d", minute).isTrue();
        }
        for (String[] u : rows.stream().filter(row -> row[1].equals("umbra")).toList()) {
            assertThat(rows.stream().filter(p -> p[1].equals("penumbra")).anyMatch(p ->
                    seconds(p[2], u[2]) <= 0 && seconds(p[3], u[3]) >= 0)).as("umbra %s inside a penumbra", u[2]).isTrue();
        }
    }

    private static boolean inside(List<String[]> rows, String kind, double t, String epoch) {
        return rows.stream().filter(r -> r[1].equals(kind))
                .anyMatch(r -> seconds(r[2], epoch) <= t && t <= seconds(r[3], epoch));
    }

    @Test
    void anEclipseUnderwayAtTheStartIsClippedToTheWindow() throws IOException {
        // 00:40 is inside the umbra of the pass above (00:38:14 to 01:13:55).
        CliTest.Result r = run("eclipses", "--tle", issTle().toString(), "--start", "2014-01-20T00:40:00Z", "--end",
                "2014-01-20T02:00:00Z", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows.size()).isGreaterThanOrEqualTo(2);
        assertThat(rows.get(0).get("kind").asText()).isEqualTo("penumbra");
        assertThat(rows.get(1).get("kind").asText()).isEqualTo("umbra");
        for (int i = 0; i < 2; i++) {
            JsonNode row = rows.get(i);
            assertThat(row.get("start_utc").asText()).isEqualTo("2014-01-20T00:40:00.000Z");
            assertThat(row.get("duration_s").asDouble()).isCloseTo(
                    seconds(row.get("end_utc").asText(), "2014-01-20T00:40:00Z"), within(1e-9));
        }
    }

    @Test
    void scenarioEclipsesUseSatelliteNamesWhateverTheThreadCount() {
        // The dawn-dusk prototype orbit sees the Earth's shadow around the June solstice only.
        String[] args = {"eclipses", "--scenario", PROTO, "--start", "2027-06-21T00:00:00Z", "--end",
            "2027-06-21T06:00:00Z"};
        CliTest.Result one = run(concat(args, new String[] {"--threads", "1"}));
        CliTest.Result three = run(concat(args, new String[] {"--threads", "3"}));
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(three.out()).isEqualTo(one.out());
        List<String[]> rows = rows(one.out());
        assertThat(rows.stream().map(row -> row[0]).distinct()).containsExactly("proto-0001", "proto-0002");
        // Defaults to the scenario window (no shadow in early March: a header alone).
        CliTest.Result defaults = run("eclipses", "--scenario", PROTO);
        assertThat(defaults.code()).as(defaults.err()).isZero();
        assertThat(defaults.out().lines().findFirst().orElseThrow()).isEqualTo("sat_id,kind,start_utc,end_utc,duration_s");
        assertThat(defaults.err()).contains("2027-03-01T00:00:00.000Z to 2027-03-04T00:00:00.000Z");
    }

    // ------------------------------------------------------------------ inputs and outputs

    @Test
    void threeLineSetsKeepTheNoradNumberAsSatId() throws IOException {
        Path f = tmp.resolve("three.tle");
        Files.writeString(f, "ISS (ZARYA)\r\n" + ISS_LINE1 + "\r\n" + ISS_LINE2 + "\r\n");
        CliTest.Result r = run("eclipses", "--tle", f.toString(), "--start", "2014-01-20T00:00:00Z", "--end",
                "2014-01-20T02:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(rows(r.out())).isNotEmpty().allSatisfy(row -> assertThat(row[0]).isEqualTo("25544"));
    }

    @Test
    void outFileIsWrittenWholeAndNothingElseIsLeft() throws IOException {
        Path out = tmp.resolve("sub/passes.csv");
        CliTest.Result r = run("passes", "--scenario", PROTO, "--end", "2027-03-01T06:00:00Z", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("wrote").contains("passes.csv");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("sat_id,station,");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("passes.csv");
        }
        CliTest.Result quiet = run("passes", "-q", "--scenario", PROTO, "--end", "2027-03-01T06:00:00Z");
        assertThat(quiet.err()).isEmpty();
    }

    static Stream<Arguments> badInputs() {
        String ok = ISS_LINE1;
        String badChecksum = ok.substring(0, ok.length() - 1) + "3";
        return Stream.of(
                Arguments.of("missing TLE file", null, List.of("eclipses", "--tle", "MISSING", "--start",
                        "2014-01-20T00:00:00Z", "--end", "2014-01-20T02:00:00Z"), List.of("--tle", "no such file")),
                Arguments.of("bad checksum", badChecksum, List.of("eclipses", "--tle", "TLE", "--start",
                        "2014-01-20T00:00:00Z", "--end", "2014-01-20T02:00:00Z"), List.of("line 1", "checksum")),
                Arguments.of("end before start", ok, List.of("passes", "--tle", "TLE", "--station", "b:40,-83",
                        "--start", "2014-01-20T02:00:00Z", "--end", "2014-01-20T00:00:00Z"), List.of("--end", "--start")),
                Arguments.of("bad ISO date", ok, List.of("ephemeris", "--tle", "TLE", "--start", "2014-01-32T00:00:00Z",
                        "--end", "2014-02-01T00:00:00Z"), List.of("--start", "2014-01-32T00:00:00Z")),
                Arguments.of("bad station", ok, List.of("passes", "--tle", "TLE", "--station", "bluffton=40.9,-83.9",
                        "--start", "2014-01-20T00:00:00Z", "--end", "2014-01-20T02:00:00Z"),
                        List.of("--station", "bluffton=40.9,-83.9")),
                Arguments.of("station latitude", ok, List.of("passes", "--tle", "TLE", "--station", "x:95,0",
                        "--start", "2014-01-20T00:00:00Z", "--end", "2014-01-20T02:00:00Z"), List.of("--station", "95")),
                Arguments.of("unknown frame", ok, List.of("ephemeris", "--tle", "TLE", "--frame", "J2000", "--start",
                        "2014-01-20T00:00:00Z", "--end", "2014-01-20T02:00:00Z"), List.of("--frame", "J2000")),
                Arguments.of("TEME in CZML", ok, List.of("ephemeris", "--tle", "TLE", "--frame", "TEME", "--format",
                        "czml", "--start", "2014-01-20T00:00:00Z", "--end", "2014-01-20T02:00:00Z"),
                        List.of("--frame", "CZML")),
                Arguments.of("step without unit", ok, List.of("ephemeris", "--tle", "TLE", "--step", "60", "--start",
                        "2014-01-20T00:00:00Z", "--end", "2014-01-20T02:00:00Z"), List.of("--step", "60")),
                Arguments.of("no window with TLEs", ok, List.of("eclipses", "--tle", "TLE"), List.of("--start", "--end")),
                Arguments.of("unknown format", ok, List.of("eclipses", "--tle", "TLE", "--format", "xml", "--start",
                        "2014-01-20T00:00:00Z", "--end", "2014-01-20T02:00:00Z"), List.of("--format", "xml")),
                Arguments.of("no station", ok, List.of("passes", "--tle", "TLE", "--start", "2014-01-20T00:00:00Z",
                        "--end", "2014-01-20T02:00:00Z"), List.of("--station")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsOneLineAndExitCode2(String what, String line1, List<String> args, List<String> mentions)
            throws IOException {
        Path tle = tmp.resolve("in.tle");
        if (line1 != null) {
            Files.writeString(tle, line1 + "\n" + ISS_LINE2 + "\n");
        }
        Path out = tmp.resolve("out.csv");
        List<String> a = new ArrayList<>();
        for (Iterator<String> it = args.iterator(); it.hasNext();) {
            String s = it.next();
            a.add(s.equals("TLE") ? tle.toString() : s.equals("MISSING") ? tmp.resolve("missing.tle").toString() : s);
        }
        a.add("--out");
        a.add(out.toString());
        CliTest.Result r = run(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        for (String m : mentions) {
            assertThat(r.err()).contains(m);
        }
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ephemeris", "passes", "eclipses"})
    void everyGeometryCommandHasHelpWithAWorkedExample(String command) {
        CliTest.Result r = run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: skyrack " + command).contains("Example:").contains("skyrack " + command)
                .contains("--tle").contains("--scenario");
        assertThat(run("--help").out()).contains(command);
    }

    // ------------------------------------------------------------------ formatting

    @Test
    void timesRoundToTheMillisecondAndShowLeapSeconds() {
        UtcTimes times = new UtcTimes(FDC.utc());
        AbsoluteDate leap = times.parse("--start", "2016-12-31T23:59:59Z");
        assertThat(times.format(leap.shiftedBy(0.0004999))).isEqualTo("2016-12-31T23:59:59.000Z");
        assertThat(times.format(leap.shiftedBy(0.0005))).isEqualTo("2016-12-31T23:59:59.001Z");
        assertThat(times.format(leap.shiftedBy(0.9996))).isEqualTo("2016-12-31T23:59:60.000Z");
        assertThat(times.format(leap.shiftedBy(1.5))).isEqualTo("2016-12-31T23:59:60.500Z");
        assertThat(times.format(leap.shiftedBy(1.9996))).isEqualTo("2017-01-01T00:00:00.000Z");
        assertThat(times.format(times.parse("--start", "2016-12-31T23:59:60.25Z"))).isEqualTo("2016-12-31T23:59:60.250Z");
        AbsoluteDate noLeap = times.parse("--start", "2017-06-30T23:59:59Z");
        assertThat(times.format(noLeap.shiftedBy(0.9996))).isEqualTo("2017-07-01T00:00:00.000Z");
        // Durations are differences of the printed times, leap second included.
        assertThat(UtcTimes.duration(leap.shiftedBy(0.0004), leap.shiftedBy(2.0006))).isEqualTo("2.001");
        assertThat(UtcTimes.duration(noLeap, noLeap.shiftedBy(0.0004))).isEqualTo("0.000");
    }

    @Test
    void numbersAreFixedPointWithoutNegativeZero() {
        assertThat(TableWriter.fixed(-24.6887361742, 6)).isEqualTo("-24.688736");
        assertThat(TableWriter.fixed(0.0000004, 6)).isEqualTo("0.000000");
        assertThat(TableWriter.fixed(-0.0000004, 6)).isEqualTo("0.000000");
        assertThat(TableWriter.fixed(0.05, 3)).isEqualTo("0.050");
        assertThat(TableWriter.fixed(42164.0, 0)).isEqualTo("42164");
        assertThat(TableWriter.fixed(1.5e12, 6)).isEqualTo("1500000000000.000000");
        assertThat(TableWriter.csv("ISS (ZARYA)")).isEqualTo("ISS (ZARYA)");
        assertThat(TableWriter.csv("a,b \"c\"")).isEqualTo("\"a,b \"\"c\"\"\"");
    }
}
