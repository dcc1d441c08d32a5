package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skyrack.geometry.GeometryFixtures.FDC;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.DesignPropagators;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;

/**
 * The screened pass search held to the careful sampled search ({@link ContactFinder} at its
 * default step on the same propagator): the same passes, AOS, LOS and time of the highest
 * elevation within {@link #TIME_AGREEMENT_S}, the highest elevation within
 * {@link #ELEVATION_AGREEMENT_RAD}.
 */
class ScreenedContactFinderTest {

    /** Both searches converge to 1e-4 s or better on the same propagator. */
    private static final double TIME_AGREEMENT_S = 0.01;
    private static final double ELEVATION_AGREEMENT_RAD = 1e-6;
    /** Relative range agreement at the highest elevation (the range changes slowly there). */
    private static final double RANGE_AGREEMENT_M = 1.0;
    private static final double SPAN_S = 20 * 86400.0;
    private static final AbsoluteDate EPOCH = new AbsoluteDate(Instant.parse("2027-01-01T00:00:00Z"), FDC.utc());
    private static final EarthSunGrid GRID = new EarthSunGrid(FDC.frames(),
            new AnalyticalSolarPositionProvider(FDC.dataContext())::getPosition, EPOCH, 0, SPAN_S);

    /** Polar, mid-latitude and equatorial sites; masks from 0 to 30 deg, one on a 3 km mountain. */
    private static final GroundStationGeometry STATIONS = stations(new double[][] {
        {78.23, 15.39, 0, 10}, {-72.01, 2.53, 0, 5}, {64.86, -147.85, 200, 10}, {1.35, 103.82, 0, 0},
        {-46.53, 168.38, 0, 10}, {19.82, -155.47, 3000, 10}, {35.7, 139.7, 0, 30}, {-33.45, -70.67, 500, 10},
        {40.43, -4.25, 700, 10}, {52.0, 0.0, 0, 10}, {53.5, 100.0, 0, 10}, {-23.7, 133.88, 0, 15},
    });

    @Test
    void walkerShellOnTheSgp4Kernel() {
        EphemerisSource kernel = walker(6, 3, 550e3, 53);
        for (int sat = 0; sat < 6; sat++) {
            assertSameAsCareful(kernel, sat, 0, SPAN_S);
        }
    }

    @Test
    void lowPolarAndHighShellsFromAnOffsetStart() {
        EphemerisSource low = walker(2, 2, 350e3, 97);
        EphemerisSource high = walker(2, 2, 1900e3, 70);
        for (int sat = 0; sat < 2; sat++) {
            assertSameAsCareful(low, sat, 4321.5, SPAN_S - 1000);
            assertSameAsCareful(high, sat, 4321.5, SPAN_S - 1000);
        }
    }

    @Test
    void randomStationsAndMasks() {
        Random rnd = new Random(2027);
        double[][] rows = new double[60][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1)), 360 * rnd.nextDouble() - 180,
                rnd.nextDouble() * 2000, rnd.nextDouble() * 45};
        }
        GroundStationGeometry random = stations(rows);
        EphemerisSource shell = walker(2, 2, 550e3, 53);
        EphemerisSource polar = walker(2, 2, 500e3, 97);
        for (int sat = 0; sat < 2; sat++) {
            assertSameAsCareful(shell, random, sat, 0, SPAN_S);
            assertSameAsCareful(polar, random, sat, 0, SPAN_S);
        }
    }

    @Test
    void eccentricOrbitGoesToTheCarefulSearch() {
        KeplerianOrbit eccentric = new KeplerianOrbit(Constants.WGS84_EARTH_EQUATORIAL_RADIUS + 2000e3, 0.1,
                Math.toRadians(63), 0, 0, 0, PositionAngleType.MEAN, FDC.frames().getGCRF(), EPOCH, Constants.EIGEN5C_EARTH_MU);
        PropagatorSource src = new PropagatorSource(List.of(DesignPropagators.of(eccentric, PropagatorKind.ECKSTEIN_HECHLER)),
                EPOCH, FDC.frames().getTEME());
        assertSameAsCareful(src, 0, 0, 3 * 86400.0);
    }

    private static void assertSameAsCareful(EphemerisSource src, int sat, double start, double end) {
        assertSameAsCareful(src, STATIONS, sat, start, end);
    }

    private static void assertSameAsCareful(EphemerisSource src, GroundStationGeometry stations, int sat, double start,
                                            double end) {
        GeometryFixtures.Collector careful = new GeometryFixtures.Collector();
        new ContactFinder(src, GRID, stations, ContactFinder.DEFAULT_STEP_S).find(sat, start, end, careful);
        GeometryFixtures.Collector screened = new GeometryFixtures.Collector();
        new ScreenedContactFinder(src, GRID, stations).find(sat, start, end, screened);
        Comparator<double[]> order = Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1]);
        careful.contacts.sort(order);
        screened.contacts.sort(order);
        assertThat(screened.contacts).as("passes of " + sat + ": none missed or spurious").hasSameSizeAs(careful.contacts);
        assertThat(careful.contacts).hasSizeGreaterThan(10);
        for (int i = 0; i < careful.contacts.size(); i++) {
            double[] a = screened.contacts.get(i);
            double[] b = careful.contacts.get(i);
            String what = "satellite " + sat + " pass " + i + " over station " + (int) b[0] + " at " + b[1];
            assertThat(a[0]).as(what).isEqualTo(b[0]);
            assertThat(a[1]).as(what + " AOS").isCloseTo(b[1], within(TIME_AGREEMENT_S));
            assertThat(a[2]).as(what + " LOS").isCloseTo(b[2], within(TIME_AGREEMENT_S));
            assertThat(a[3]).as(what + " max elevation").isCloseTo(b[3], within(ELEVATION_AGREEMENT_RAD));
            assertThat(a[4]).as(what + " time of max elevation").isCloseTo(b[4], within(TIME_AGREEMENT_S));
            assertThat(a[5]).as(what + " range at max elevation").isCloseTo(b[5], within(RANGE_AGREEMENT_M));
        }
    }

    private static EphemerisSource walker(int total, int planes, double altitudeM, double inclinationDeg) {
        List<SatelliteOrbit> sats = new ConstellationBuilder(FDC.dataContext(), EPOCH).build(new Constellation(
                PropagatorKind.SGP4, List.of(new ConstellationGroup.Walker("w", "d", ConstellationGroup.WalkerPattern.DELTA,
                        total, planes, 1, altitudeM, Math.toRadians(inclinationDeg), 0))));
        return Ephemerides.of(sats, PropagatorKind.SGP4, FDC.dataContext(), EPOCH);
    }

    private static GroundStationGeometry stations(double[][] rows) {
        int n = rows.length;
        double[] lat = new double[n];
        double[] lon = new double[n];
        double[] alt = new double[n];
        double[] mask = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = Math.toRadians(rows[i][0]);
            lon[i] = Math.toRadians(rows[i][1]);
            alt[i] = rows[i][2];
            mask[i] = Math.toRadians(rows[i][3]);
        }
        return new GroundStationGeometry(lat, lon, alt, mask);
    }
}
