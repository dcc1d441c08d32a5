package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skyrack.geometry.GeometryFixtures.FDC;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;

/** The whole-constellation jobs against the careful sampled searches, and thread-count independence. */
class GeometryJobsTest {

    /** Both sides converge edges on the same propagator to 1e-4 s or better. */
    private static final double EDGE_TIME_TOLERANCE_S = 0.01;
    private static final double SPAN_S = 3 * 86400;

    private static EphemerisSource source;
    private static EarthSunGrid grid;
    private static GroundStationGeometry stations;

    @BeforeAll
    static void setUp() {
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-03-01T00:00:00Z"), FDC.utc());
        List<SatelliteOrbit> sats = new ConstellationBuilder(FDC.dataContext(), epoch).build(new Constellation(
                PropagatorKind.ECKSTEIN_HECHLER, List.of(new ConstellationGroup.Walker("w", "d",
                        ConstellationGroup.WalkerPattern.DELTA, 12, 3, 1, 550e3, Math.toRadians(53), 0))));
        source = Ephemerides.of(sats, PropagatorKind.ECKSTEIN_HECHLER, FDC.dataContext(), epoch);
        grid = new EarthSunGrid(FDC.frames(), new MeeusSun(FDC.dataContext())::position, epoch, 0, SPAN_S);
        stations = new GroundStationGeometry(
                new double[] {Math.toRadians(78.23), Math.toRadians(40.89), Math.toRadians(-33.9)},
                new double[] {Math.toRadians(15.39), Math.toRadians(-83.89), Math.toRadians(18.4)},
                new double[] {500, 0, 50}, new double[] {Math.toRadians(5), Math.toRadians(10), Math.toRadians(10)});
    }

    /** Every event as a row: kind, satellite, other index, start, end. */
    static final class Rows implements EventSink {
        final List<double[]> rows = new ArrayList<>();

        @Override
        public void eclipse(int satellite, boolean umbra, double startS, double endS) {
            rows.add(new double[] {umbra ? 1 : 0, satellite, 0, startS, endS});
        }

        @Override
        public void contact(int satellite, int station, double aosS, double losS, double maxElevationRad,
                            double maxElevationS, double minRangeM) {
            rows.add(new double[] {2, satellite, station, aosS, losS, maxElevationRad, maxElevationS});
        }
    }

    @Test
    void eclipsesMatchTheCarefulSearch() {
        Rows jobs = new Rows();
        new GeometryJobs(source, grid, 2).eclipses(0, SPAN_S, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, jobs);
        Rows exact = new Rows();
        for (int s = 0; s < source.size(); s++) {
            Rows one = new Rows();
            new EclipseFinder(source, grid, EclipseFinder.DEFAULT_STEP_S).find(s, 0, SPAN_S, one);
            one.rows.sort((a, b) -> Double.compare(a[3], b[3]) != 0 ? Double.compare(a[3], b[3]) : Double.compare(a[0], b[0]));
            exact.rows.addAll(one.rows);
        }
        assertSameEvents(jobs.rows, exact.rows);
        assertThat(jobs.rows).hasSizeGreaterThan(12 * 40);
    }

    @Test
    void passesMatchTheCarefulSearch() {
        Rows jobs = new Rows();
        new GeometryJobs(source, grid, 2).contacts(stations, 0, SPAN_S, jobs);
        Rows exact = new Rows();
        for (int s = 0; s < source.size(); s++) {
            Rows one = new Rows();
            new ContactFinder(source, grid, stations, ContactFinder.DEFAULT_STEP_S).find(s, 0, SPAN_S, one);
            one.rows.sort((a, b) -> Double.compare(a[3], b[3]));
            exact.rows.addAll(one.rows);
        }
        assertSameEvents(jobs.rows, exact.rows);
        assertThat(jobs.rows).hasSizeGreaterThan(12 * 3);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Rows one = new Rows();
        Rows two = new Rows();
        new GeometryJobs(source, grid, 1).eclipses(0, 86400, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, one);
        new GeometryJobs(source, grid, 2).eclipses(0, 86400, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, two);
        assertThat(two.rows).hasSameSizeAs(one.rows);
        for (int i = 0; i < one.rows.size(); i++) {
            assertThat(two.rows.get(i)).containsExactly(one.rows.get(i));
        }
    }

    private static void assertSameEvents(List<double[]> ours, List<double[]> exact) {
        assertThat(ours).as("no event missed or spurious").hasSameSizeAs(exact);
        for (int i = 0; i < ours.size(); i++) {
            double[] a = ours.get(i);
            double[] b = exact.get(i);
            assertThat(a[0]).isEqualTo(b[0]);
            assertThat(a[1]).isEqualTo(b[1]);
            assertThat(a[2]).isEqualTo(b[2]);
            assertThat(a[3]).isCloseTo(b[3], within(EDGE_TIME_TOLERANCE_S));
            assertThat(a[4]).isCloseTo(b[4], within(EDGE_TIME_TOLERANCE_S));
        }
    }
}
