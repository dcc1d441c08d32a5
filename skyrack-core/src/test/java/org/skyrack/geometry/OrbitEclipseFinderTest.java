package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skyrack.geometry.GeometryFixtures.FDC;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.DesignPropagators;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.orbit.SunSynchronous;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;

/**
 * The orbit-by-orbit eclipse search held to the careful sampled search ({@link EclipseFinder} at
 * its default step on the same propagator) over whole eclipse seasons: the same intervals, and
 * edges that agree to {@link #EDGE_AGREEMENT_S}.
 */
class OrbitEclipseFinderTest {

    /** Both searches refine to 1e-4 s on the same propagator; anything beyond this is a wrong edge. */
    private static final double EDGE_AGREEMENT_S = 0.01;
    /** The fast path must do nearly every orbit itself (else the test would only compare the careful search with itself). */
    private static final double MAX_CAREFUL_FRACTION = 0.02;
    private static final double YEAR_S = 365 * 86400.0;
    private static final AbsoluteDate EPOCH = new AbsoluteDate(Instant.parse("2027-01-01T00:00:00Z"), FDC.utc());
    private static final EarthSunGrid GRID = new EarthSunGrid(FDC.frames(),
            new AnalyticalSolarPositionProvider(FDC.dataContext())::getPosition, EPOCH, 0, YEAR_S);

    @Test
    void walkerShellOverAYearOnTheSgp4Kernel() {
        // four planes of a 550 km, 53 deg shell: eclipse seasons open and close several times a year
        EphemerisSource kernel = walker(8, 4, 550e3, 53);
        for (int sat = 0; sat < 8; sat += 2) {
            assertSameAsCareful(kernel, sat, 0, YEAR_S, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, true);
        }
    }

    @Test
    void dawnDuskSunSynchronousOrbitWhoseSeasonAppearsAndVanishes() {
        double raan = SunSynchronous.raanForLtan(18 * 3600, EPOCH.durationFrom(FDC.timeScales().getJ2000Epoch()));
        CircularOrbit orbit = new CircularOrbit(Constants.WGS84_EARTH_EQUATORIAL_RADIUS + 650e3, 0, 0,
                SunSynchronous.inclinationRad(650e3), raan, 0, PositionAngleType.MEAN,
                FDC.frames().getMOD(IERSConventions.IERS_2010), EPOCH, Constants.EIGEN5C_EARTH_MU);
        PropagatorSource src = new PropagatorSource(List.of(DesignPropagators.of(orbit, PropagatorKind.ECKSTEIN_HECHLER)),
                EPOCH, FDC.frames().getTEME());
        GeometryFixtures.Collector c = assertSameAsCareful(src, 0, 0, YEAR_S, ShadowGeometry.EarthShape.WGS84_ELLIPSOID,
                true);
        // the season is a few months: most orbits are sunlit, and the search must still find its start and end
        assertThat(c.penumbra.size()).isBetween(1000, 2500);
    }

    @Test
    void lowAndHighShellsOnASphericalEarthFromAMidYearStart() {
        EphemerisSource low = walker(4, 2, 350e3, 97);
        EphemerisSource high = walker(4, 2, 1900e3, 70);
        double start = 150 * 86400.0;
        double end = start + 90 * 86400.0;
        for (int sat = 0; sat < 4; sat++) {
            assertSameAsCareful(low, sat, start, end, ShadowGeometry.EarthShape.EQUATORIAL_SPHERE, true);
            assertSameAsCareful(high, sat, start, end, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, true);
        }
    }

    @Test
    void eccentricOrbitsAndShortWindowsGoToTheCarefulSearch() {
        KeplerianOrbit eccentric = new KeplerianOrbit(Constants.WGS84_EARTH_EQUATORIAL_RADIUS + 2000e3, 0.1,
                Math.toRadians(63), 0, 0, 0, PositionAngleType.MEAN, FDC.frames().getGCRF(), EPOCH, Constants.EIGEN5C_EARTH_MU);
        PropagatorSource src = new PropagatorSource(List.of(DesignPropagators.of(eccentric, PropagatorKind.ECKSTEIN_HECHLER)),
                EPOCH, FDC.frames().getTEME());
        assertSameAsCareful(src, 0, 0, 20 * 86400.0, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, false);
        assertSameAsCareful(walker(2, 2, 550e3, 53), 1, 1000, 9000, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, false);
    }

    private static EphemerisSource walker(int total, int planes, double altitudeM, double inclinationDeg) {
        List<SatelliteOrbit> sats = new ConstellationBuilder(FDC.dataContext(), EPOCH).build(new Constellation(
                PropagatorKind.SGP4, List.of(new ConstellationGroup.Walker("w", "d", ConstellationGroup.WalkerPattern.DELTA,
                        total, planes, 1, altitudeM, Math.toRadians(inclinationDeg), 0))));
        return Ephemerides.of(sats, PropagatorKind.SGP4, FDC.dataContext(), EPOCH);
    }

    private static GeometryFixtures.Collector assertSameAsCareful(EphemerisSource src, int sat, double start, double end,
                                                                ShadowGeometry.EarthShape shape, boolean fastPathExpected) {
        GeometryFixtures.Collector careful = new GeometryFixtures.Collector();
        new EclipseFinder(src, GRID, EclipseFinder.DEFAULT_STEP_S, shape).find(sat, start, end, careful);
        GeometryFixtures.Collector fast = new GeometryFixtures.Collector();
        OrbitEclipseFinder finder = new OrbitEclipseFinder(src, GRID, shape);
        finder.find(sat, start, end, fast);
        assertSameIntervals("penumbra of " + sat, fast.penumbra, careful.penumbra);
        assertSameIntervals("umbra of " + sat, fast.umbra, careful.umbra);
        double orbits = (end - start) / 5400;
        if (fastPathExpected) {
            assertThat(finder.carefulOrbits()).as("orbits searched carefully").isLessThan((long) (MAX_CAREFUL_FRACTION * orbits) + 2);
        } else {
            assertThat(finder.carefulOrbits()).isEqualTo(1);
        }
        return fast;
    }

    private static void assertSameIntervals(String what, List<double[]> ours, List<double[]> careful) {
        assertThat(ours).as(what + ": no interval missed or spurious").hasSameSizeAs(careful);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i)[0]).as(what + " start " + i).isCloseTo(careful.get(i)[0], within(EDGE_AGREEMENT_S));
            assertThat(ours.get(i)[1]).as(what + " end " + i).isCloseTo(careful.get(i)[1], within(EDGE_AGREEMENT_S));
        }
    }
}
