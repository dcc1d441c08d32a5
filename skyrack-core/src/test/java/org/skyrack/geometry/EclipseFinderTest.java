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
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.events.EclipseDetector;
import org.orekit.propagation.events.EventDetector;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

class EclipseFinderTest {

    /** The bar for event times against the Orekit path. */
    private static final double EVENT_TIME_TOLERANCE_S = 1.0;
    /** What the oblate-Earth scaling and the 1-hour Sun table achieve in practice (measured: 8 ms over 10 days). */
    private static final double EXPECTED_AGREEMENT_S = 0.02;

    private static AbsoluteDate date(String iso) {
        return new AbsoluteDate(Instant.parse(iso), FDC.utc());
    }

    @Test
    void issShadowMatchesSkyfieldReferenceTimes() {
        // Skyfield documentation: on 2014-01-20 the ISS is sunlit at 00:00, 00:20, 01:20, 01:40
        // and in shadow at 00:40 and 01:00 UTC.
        AbsoluteDate epoch = date("2014-01-20T00:00:00Z");
        Propagator p = GeometryFixtures.sgp4(GeometryFixtures.ISS_LINE1, GeometryFixtures.ISS_LINE2);
        PropagatorSource src = new PropagatorSource(List.of(p), epoch, FDC.frames().getTEME());
        EarthSunGrid grid = new EarthSunGrid(FDC.frames(), new AnalyticalSolarPositionProvider(FDC.dataContext())::getPosition, epoch,
                0, 7200);
        GeometryFixtures.Collector c = new GeometryFixtures.Collector();
        new EclipseFinder(src, grid, EclipseFinder.DEFAULT_STEP_S).find(0, 0, 7200, c);
        for (int minute : new int[] {0, 20, 80, 100}) {
            assertThat(inside(c.penumbra, minute * 60.0)).as("sunlit at minute %d", minute).isFalse();
        }
        for (int minute : new int[] {40, 60}) {
            assertThat(inside(c.umbra, minute * 60.0)).as("umbra at minute %d", minute).isTrue();
        }
    }

    @Test
    void agreesWithOrekitEclipseDetectorOnTheOblateEarthOverTenDays() {
        AbsoluteDate epoch = date("2014-01-20T00:00:00Z");
        double span = 10 * 86400.0;
        AnalyticalSolarPositionProvider sun = new AnalyticalSolarPositionProvider(FDC.dataContext());
        Propagator p = GeometryFixtures.sgp4(GeometryFixtures.ISS_LINE1, GeometryFixtures.ISS_LINE2);
        PropagatorSource src = new PropagatorSource(List.of(p), epoch, FDC.frames().getTEME());
        EarthSunGrid grid = new EarthSunGrid(FDC.frames(), sun::getPosition, epoch, 0, span);
        GeometryFixtures.Collector c = new GeometryFixtures.Collector();
        new EclipseFinder(src, grid, EclipseFinder.DEFAULT_STEP_S).find(0, 0, span, c);

        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, FDC.itrf());
        List<Double> penumbraEdges = orekitEdges(GeometryFixtures.sgp4(GeometryFixtures.ISS_LINE1, GeometryFixtures.ISS_LINE2),
                new EclipseDetector(sun, Constants.SUN_RADIUS, earth).withPenumbra(), epoch, span);
        List<Double> umbraEdges = orekitEdges(GeometryFixtures.sgp4(GeometryFixtures.ISS_LINE1, GeometryFixtures.ISS_LINE2),
                new EclipseDetector(sun, Constants.SUN_RADIUS, earth).withUmbra(), epoch, span);
        assertEdges(c.penumbra, penumbraEdges, span);
        assertEdges(c.umbra, umbraEdges, span);
        assertThat(c.penumbra).hasSizeGreaterThan(150);
        for (int i = 0; i < c.umbra.size(); i++) {
            assertThat(containedIn(c.umbra.get(i), c.penumbra)).as("umbra inside a penumbra interval").isTrue();
        }
    }

    private static void assertEdges(List<double[]> intervals, List<Double> orekit, double span) {
        List<Double> ours = new ArrayList<>();
        for (double[] iv : intervals) {
            if (iv[0] > 0) {
                ours.add(iv[0]);
            }
            if (iv[1] < span) {
                ours.add(iv[1]);
            }
        }
        assertThat(ours).hasSameSizeAs(orekit);
        double worst = 0;
        for (int i = 0; i < ours.size(); i++) {
            worst = Math.max(worst, Math.abs(ours.get(i) - orekit.get(i)));
            assertThat(ours.get(i)).isCloseTo(orekit.get(i), within(EVENT_TIME_TOLERANCE_S));
        }
        assertThat(worst).as("worst edge difference, s").isLessThan(EXPECTED_AGREEMENT_S);
    }

    /** Times (s from epoch) at which Orekit's detector switches, both directions. */
    static List<Double> orekitEdges(Propagator p, EclipseDetector detector, AbsoluteDate epoch, double span) {
        List<Double> edges = new ArrayList<>();
        EventDetector d = detector.withMaxCheck(60).withThreshold(1e-4)
                .withHandler((s, det, increasing) -> {
                    edges.add(s.getDate().durationFrom(epoch));
                    return Action.CONTINUE;
                });
        p.addEventDetector(d);
        p.propagate(epoch, epoch.shiftedBy(span));
        return edges;
    }

    private static boolean inside(List<double[]> intervals, double t) {
        return intervals.stream().anyMatch(iv -> iv[0] <= t && t <= iv[1]);
    }

    private static boolean containedIn(double[] iv, List<double[]> outer) {
        return outer.stream().anyMatch(o -> o[0] <= iv[0] && iv[1] <= o[1]);
    }
}
