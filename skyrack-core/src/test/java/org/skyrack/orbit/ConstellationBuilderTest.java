package org.skyrack.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.time.AbsoluteDate;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioReader;

class ConstellationBuilderTest {

    private static final double ANGLE_TOLERANCE_RAD = 1e-9;
    /** Reference: 97.7 min Keplerian period at 650 km (two-body, WGS84 mu). */
    private static final double PERIOD_TOLERANCE_MIN = 0.05;

    private static FlightDynamicsContext fdc;
    private static AbsoluteDate epoch;

    @BeforeAll
    static void context() {
        fdc = FlightDynamicsContext.offline();
        epoch = new AbsoluteDate(Instant.parse("2027-01-01T00:00:00Z"), fdc.utc());
    }

    private static List<SatelliteOrbit> build(ConstellationGroup g) {
        return new ConstellationBuilder(fdc.dataContext(), epoch).build(new Constellation(PropagatorKind.KEPLERIAN, List.of(g)));
    }

    @Test
    void walkerDeltaSpacesPlanesAndPhasesByTpf() {
        // Walker 24/3/1: planes 120 deg apart; adjacent planes offset by F*360/T = 15 deg.
        List<SatelliteOrbit> sats = build(new ConstellationGroup.Walker("w", "d", ConstellationGroup.WalkerPattern.DELTA,
                24, 3, 1, 550e3, Math.toRadians(53), 0));
        assertThat(sats).hasSize(24);
        CircularOrbit first = circ(sats.get(0));
        CircularOrbit secondPlane = circ(sats.get(8));
        assertThat(secondPlane.getRightAscensionOfAscendingNode() - first.getRightAscensionOfAscendingNode())
                .isCloseTo(Math.toRadians(120), within(ANGLE_TOLERANCE_RAD));
        assertThat(secondPlane.getAlphaM() - first.getAlphaM()).isCloseTo(Math.toRadians(15), within(ANGLE_TOLERANCE_RAD));
        assertThat(circ(sats.get(1)).getAlphaM() - first.getAlphaM()).isCloseTo(Math.toRadians(45), within(ANGLE_TOLERANCE_RAD));
        assertThat(first.getI()).isCloseTo(Math.toRadians(53), within(ANGLE_TOLERANCE_RAD));
    }

    @Test
    void walkerStarSpreadsPlanesOverHalfACircle() {
        List<SatelliteOrbit> sats = build(new ConstellationGroup.Walker("w", "d", ConstellationGroup.WalkerPattern.STAR,
                6, 6, 0, 780e3, Math.toRadians(86.4), 0));
        assertThat(circ(sats.get(1)).getRightAscensionOfAscendingNode()).isCloseTo(Math.toRadians(30), within(ANGLE_TOLERANCE_RAD));
    }

    @Test
    void dawnDuskSsoAt650KmHasPublishedInclinationAndPeriod() {
        List<SatelliteOrbit> sats = build(new ConstellationGroup.SunSynchronous("s", "d", 650e3, 18 * 3600, 1, 2, 0, 0));
        assertThat(Math.toDegrees(sats.get(0).orbit().getI())).isCloseTo(97.99, within(0.01));
        assertThat(sats.get(0).periodS() / 60).isCloseTo(97.7, within(PERIOD_TOLERANCE_MIN));
        assertThat(circ(sats.get(1)).getAlphaM() - circ(sats.get(0)).getAlphaM()).isCloseTo(Math.PI, within(ANGLE_TOLERANCE_RAD));
    }

    @Test
    void allExamplesBuild() {
        for (String name : List.of("suncatcher-81", "prototype-2sat", "starlink-v2mini-compute", "starcloud-40mw")) {
            Scenario s = ScenarioReader.read(Path.of("..", "examples", name + ".yaml"));
            AbsoluteDate e = new AbsoluteDate(s.info().epoch(), fdc.utc());
            List<SatelliteOrbit> sats = new ConstellationBuilder(fdc.dataContext(), e).build(s.constellation());
            assertThat(sats).as(name).isNotEmpty();
            for (int i = 0; i < sats.size(); i++) {
                assertThat(sats.get(i).index()).isEqualTo(i);
            }
        }
    }

    @Test
    void kitchenSinkBuildsEveryGroupTypeAndOmmMatchesTheSameTle() {
        Scenario s = ScenarioReader.read(Path.of("src/test/resources/full/kitchen-sink.yaml"));
        AbsoluteDate e = new AbsoluteDate(s.info().epoch(), fdc.utc());
        List<SatelliteOrbit> sats = new ConstellationBuilder(fdc.dataContext(), e).build(s.constellation());
        // 12 walker + 6 sso + 9 + 4 cluster + 2 elements + 1 tle + 1 omm
        assertThat(sats).hasSize(35);
        SatelliteOrbit tle = sats.get(33);
        SatelliteOrbit omm = sats.get(34);
        assertThat(tle.name()).isEqualTo("ISS (ZARYA)");
        assertThat(omm.name()).isEqualTo("ISS (ZARYA)");
        assertThat(tle.tleLines()).hasSize(2);
        // The OMM holds the same mean elements as the TLE: same SGP4 state at the same epoch.
        assertThat(omm.orbit().getDate().durationFrom(tle.orbit().getDate())).isCloseTo(0.0, within(1e-3));
        assertThat(omm.orbit().getPosition().distance(tle.orbit().getPosition())).isLessThan(1.0);
        assertThat(Math.toDegrees(tle.orbit().getI())).isCloseTo(51.65, within(0.1));
    }

    private static CircularOrbit circ(SatelliteOrbit s) {
        return (CircularOrbit) OrbitType.CIRCULAR.convertType(s.orbit());
    }
}
