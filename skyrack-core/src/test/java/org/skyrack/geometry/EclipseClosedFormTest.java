package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skyrack.geometry.GeometryFixtures.FDC;

import java.time.Instant;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.skyrack.orbit.DesignPropagators;
import org.skyrack.scenario.PropagatorKind;

/**
 * Eclipse duration against the closed form of a circular orbit with a cylindrical shadow on a
 * spherical Earth: fraction = (1/π)·acos(√(h² + 2Re·h) / ((Re + h)·cos β)) for |β| &lt; β*,
 * none above (reference README; Wertz, SMAD). The conical shadow brackets the cylinder: the
 * umbra is shorter and the penumbra longer, each by about the time the Sun's half-width takes.
 */
class EclipseClosedFormTest {

    /** Two-body circular orbits repeat: the spread of durations over a day, s. */
    private static final double REPEAT_TOLERANCE_S = 0.5;

    private static AbsoluteDate equinox() {
        return new AbsoluteDate(Instant.parse("2027-03-20T15:00:00Z"), FDC.utc());
    }

    private static GeometryFixtures.Collector run(CircularOrbit orbit, double span) {
        AbsoluteDate epoch = orbit.getDate();
        PropagatorSource src = new PropagatorSource(List.of(DesignPropagators.of(orbit, PropagatorKind.KEPLERIAN)), epoch,
                FDC.frames().getTEME());
        EarthSunGrid grid = new EarthSunGrid(FDC.frames(), new AnalyticalSolarPositionProvider(FDC.dataContext())::getPosition, epoch,
                0, span);
        GeometryFixtures.Collector c = new GeometryFixtures.Collector();
        new EclipseFinder(src, grid, EclipseFinder.DEFAULT_STEP_S).find(0, 0, span, c);
        return c;
    }

    @ParameterizedTest(name = "{0} km")
    @ValueSource(doubles = {400, 650, 1200})
    void equatorialOrbitAtEquinoxBracketsTheCylindricalClosedForm(double altitudeKm) {
        double re = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
        double h = altitudeKm * 1e3;
        CircularOrbit orbit = new CircularOrbit(re + h, 0, 0, 0, 0, 0, PositionAngleType.MEAN, FDC.frames().getEME2000(),
                equinox(), Constants.WGS84_EARTH_MU);
        double period = orbit.getKeplerianPeriod();
        GeometryFixtures.Collector c = run(orbit, 86400);
        // beta ~ the Sun's declination at the equinox (< 0.5 deg over the day)
        Vector3D sun = new AnalyticalSolarPositionProvider(FDC.dataContext()).getPosition(equinox(), FDC.frames().getEME2000());
        double beta = Math.asin(Vector3D.dotProduct(orbit.getPVCoordinates().getMomentum().normalize(), sun.normalize()));
        double closed = period / Math.PI * Math.acos(Math.sqrt(h * h + 2 * re * h) / ((re + h) * Math.cos(beta)));
        double umbra = c.umbra.get(2)[1] - c.umbra.get(2)[0];
        double penumbra = c.penumbra.get(2)[1] - c.penumbra.get(2)[0];
        assertThat(umbra).isLessThan(closed);
        assertThat(penumbra).isGreaterThan(closed);
        // The cylinder sits in the middle of the penumbral band: within a few seconds of the mean.
        assertThat(0.5 * (umbra + penumbra)).isCloseTo(closed, within(3.0));
        for (int i = 1; i < c.umbra.size() - 1; i++) {
            assertThat(c.umbra.get(i)[1] - c.umbra.get(i)[0]).isCloseTo(umbra, within(REPEAT_TOLERANCE_S));
        }
    }

    @Test
    void noEclipseAboveTheCriticalBetaAngle() {
        // Polar orbit whose normal points at the Sun: beta ~ 90 deg > beta* = 65.16 deg at 650 km.
        AbsoluteDate t = equinox();
        Vector3D sun = new AnalyticalSolarPositionProvider(FDC.dataContext()).getPosition(t, FDC.frames().getEME2000());
        double raan = Math.atan2(sun.getY(), sun.getX()) - Math.PI / 2;
        CircularOrbit orbit = new CircularOrbit(Constants.WGS84_EARTH_EQUATORIAL_RADIUS + 650e3, 0, 0, Math.PI / 2, raan, 0,
                PositionAngleType.MEAN, FDC.frames().getEME2000(), t, Constants.WGS84_EARTH_MU);
        GeometryFixtures.Collector c = run(orbit, 86400);
        assertThat(c.penumbra).isEmpty();
        assertThat(c.umbra).isEmpty();
    }
}
