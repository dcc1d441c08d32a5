package org.skyrack.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.scenario.PropagatorKind;

/** The numerical J2–J6 propagator against Eckstein–Hechler started from the same osculating state. */
class NumericalPropagatorTest {

    /** Eckstein–Hechler is first order in J2 (plus J3–J6 secular and long-period): ~km after a day. */
    private static final double POSITION_TOLERANCE_M = 2_000;
    /** The node of a sun-synchronous orbit moves with the mean Sun, 0.9856 deg/day; osculating start: 2 %. */
    private static final double NODE_RATE_RELATIVE_TOLERANCE = 0.02;

    @Test
    void agreesWithEcksteinHechlerAndKeepsTheOrbitSunSynchronous() {
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-03-01T00:00:00Z"), fdc.utc());
        CircularOrbit orbit = new CircularOrbit(Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS + 650e3, 0, 0,
                SunSynchronous.inclinationRad(650e3), 1.0, 0, PositionAngleType.MEAN,
                fdc.frames().getMOD(IERSConventions.IERS_2010), epoch, Constants.EIGEN5C_EARTH_MU);
        Propagator numerical = DesignPropagators.of(orbit, PropagatorKind.NUMERICAL, fdc.frames());
        Propagator eh = new EcksteinHechlerPropagator(orbit, new FrameAlignedProvider(orbit.getFrame()), 1000,
                Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS, Constants.EIGEN5C_EARTH_MU, Constants.EIGEN5C_EARTH_C20,
                Constants.EIGEN5C_EARTH_C30, Constants.EIGEN5C_EARTH_C40, Constants.EIGEN5C_EARTH_C50,
                Constants.EIGEN5C_EARTH_C60, PropagationType.OSCULATING);
        AbsoluteDate day = epoch.shiftedBy(86400);
        assertThat(numerical.propagate(day).getPosition().distance(eh.propagate(day).getPosition()))
                .isLessThan(POSITION_TOLERANCE_M);
        double days = 5;
        CircularOrbit end = (CircularOrbit) OrbitType.CIRCULAR.convertType(
                numerical.propagate(epoch.shiftedBy(days * 86400)).getOrbit());
        double rateDegPerDay = Math.toDegrees(end.getRightAscensionOfAscendingNode() - orbit.getRightAscensionOfAscendingNode())
                / days;
        double sunRate = Math.toDegrees(SunSynchronous.SUN_MEAN_MOTION_RAD_PER_S) * 86400;
        assertThat(rateDegPerDay).isCloseTo(sunRate, within(NODE_RATE_RELATIVE_TOLERANCE * sunRate));
    }
}
