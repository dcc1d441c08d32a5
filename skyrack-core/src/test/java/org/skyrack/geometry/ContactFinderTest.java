package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skyrack.geometry.GeometryFixtures.FDC;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.ode.events.Action;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.events.ElevationDetector;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

class ContactFinderTest {

    /** The bar for event times against references. */
    private static final double EVENT_TIME_TOLERANCE_S = 1.0;
    /** The bar for angles. */
    private static final double ANGLE_TOLERANCE_DEG = 0.01;
    /** Skyfield gives the range to 0.1 km. */
    private static final double RANGE_TOLERANCE_M = 100;
    /** Refinement accuracy required of AOS, LOS and the time of maximum elevation, s. */
    private static final double REFINEMENT_TOLERANCE_S = 0.01;

    private static final double BLUFFTON_LAT = Math.toRadians(40.8939);
    private static final double BLUFFTON_LON = Math.toRadians(-83.8917);

    private static AbsoluteDate date(String iso) {
        return new AbsoluteDate(Instant.parse(iso), FDC.utc());
    }

    private static List<double[]> passes(AbsoluteDate epoch, double span, double maskDeg) {
        Propagator p = GeometryFixtures.sgp4(GeometryFixtures.ISS_LINE1, GeometryFixtures.ISS_LINE2);
        PropagatorSource src = new PropagatorSource(List.of(p), epoch, FDC.frames().getTEME());
        EarthSunGrid grid = new EarthSunGrid(FDC.frames(), new AnalyticalSolarPositionProvider(FDC.dataContext())::getPosition, epoch,
                0, span);
        GroundStationGeometry station = new GroundStationGeometry(new double[] {BLUFFTON_LAT}, new double[] {BLUFFTON_LON},
                new double[] {0}, new double[] {Math.toRadians(maskDeg)});
        GeometryFixtures.Collector c = new GeometryFixtures.Collector();
        new ContactFinder(src, grid, station, ContactFinder.DEFAULT_STEP_S).find(0, 0, span, c);
        return c.contacts;
    }

    @Test
    void issPassesOverBlufftonMatchSkyfield() {
        // Skyfield documentation: ISS above 30 deg over Bluffton, Ohio on 2014-01-23:
        // rise / culminate / set 06:25:37 / 06:26:58 / 06:28:19 and 12:54:56 / 12:56:27 / 12:57:58 UTC.
        AbsoluteDate epoch = date("2014-01-23T00:00:00Z");
        List<double[]> c = passes(epoch, 86400, 30);
        assertThat(c).hasSize(2);
        double[][] expected = {
            {hms(6, 25, 37), hms(6, 26, 58), hms(6, 28, 19)},
            {hms(12, 54, 56), hms(12, 56, 27), hms(12, 57, 58)},
        };
        for (int i = 0; i < 2; i++) {
            assertThat(c.get(i)[1]).as("rise %d", i).isCloseTo(expected[i][0], within(EVENT_TIME_TOLERANCE_S));
            assertThat(c.get(i)[4]).as("culmination %d", i).isCloseTo(expected[i][1], within(EVENT_TIME_TOLERANCE_S));
            assertThat(c.get(i)[2]).as("set %d", i).isCloseTo(expected[i][2], within(EVENT_TIME_TOLERANCE_S));
        }
    }

    @Test
    void lookAnglesMatchSkyfield() {
        // Skyfield documentation: at 2014-01-23 11:18:07 UTC, elevation 16.2757 deg, range 1168.7 km.
        AbsoluteDate epoch = date("2014-01-23T11:18:07Z");
        Propagator p = GeometryFixtures.sgp4(GeometryFixtures.ISS_LINE1, GeometryFixtures.ISS_LINE2);
        PropagatorSource src = new PropagatorSource(List.of(p), epoch, FDC.frames().getTEME());
        EarthSunGrid grid = new EarthSunGrid(FDC.frames(), new AnalyticalSolarPositionProvider(FDC.dataContext())::getPosition, epoch, 0, 1);
        GroundStationGeometry station = new GroundStationGeometry(new double[] {BLUFFTON_LAT}, new double[] {BLUFFTON_LON},
                new double[] {0}, new double[] {0});
        double[] pv = new double[6];
        double[] itrf = new double[3];
        src.state(0, 0, pv, 0);
        grid.temeToItrf(0, pv[0], pv[1], pv[2], itrf, 0);
        assertThat(Math.toDegrees(station.elevation(0, itrf, 0))).isCloseTo(16.2757, within(ANGLE_TOLERANCE_DEG));
        assertThat(station.range(0, itrf, 0)).isCloseTo(1168.7e3, within(RANGE_TOLERANCE_M));
    }

    @Test
    void agreesWithOrekitElevationDetectorOverThreeDays() {
        AbsoluteDate epoch = date("2014-01-21T00:00:00Z");
        double span = 3 * 86400;
        double mask = 10;
        List<double[]> ours = passes(epoch, span, mask);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, FDC.itrf());
        TopocentricFrame topo = new TopocentricFrame(earth, new GeodeticPoint(BLUFFTON_LAT, BLUFFTON_LON, 0), "bluffton");
        List<Double> edges = new ArrayList<>();
        Propagator p = GeometryFixtures.sgp4(GeometryFixtures.ISS_LINE1, GeometryFixtures.ISS_LINE2);
        p.addEventDetector(new ElevationDetector(topo).withConstantElevation(Math.toRadians(mask))
                .withMaxCheck(30).withThreshold(1e-5)
                .withHandler((s, d, increasing) -> {
                    edges.add(s.getDate().durationFrom(epoch));
                    return Action.CONTINUE;
                }));
        p.propagate(epoch, epoch.shiftedBy(span));
        assertThat(ours).hasSizeGreaterThan(5);
        assertThat(edges).hasSize(2 * ours.size());
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i)[1]).isCloseTo(edges.get(2 * i), within(REFINEMENT_TOLERANCE_S));
            assertThat(ours.get(i)[2]).isCloseTo(edges.get(2 * i + 1), within(REFINEMENT_TOLERANCE_S));
            // contact symmetry: a pass of a near-circular orbit peaks near its middle
            double mid = 0.5 * (ours.get(i)[1] + ours.get(i)[2]);
            assertThat(ours.get(i)[4]).isCloseTo(mid, within(0.05 * (ours.get(i)[2] - ours.get(i)[1])));
        }
    }

    private static double hms(int h, int m, int s) {
        return h * 3600 + m * 60 + s;
    }
}
