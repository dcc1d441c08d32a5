package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skyrack.geometry.GeometryFixtures.FDC;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.formation.Formation;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;

class ClusterDistancesTest {

    /** Two-body motion against the linear HCW model that placed the members: metre level over an orbit. */
    private static final double TWO_BODY_TOLERANCE_M = 2.0;

    @Test
    void propagatedSpacingMatchesTheRigidHcwDiskUnderTwoBodyMotion() {
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-06-21T00:00:00Z"), FDC.utc());
        // Flying free (no station keeping), so that the members' own two-body orbits are tested.
        ConstellationGroup.Cluster c = new ConstellationGroup.Cluster("c", "d", 30, 1000, 20,
                new ConstellationGroup.SsoReference(650e3, 18 * 3600), false);
        Constellation constellation = new Constellation(PropagatorKind.KEPLERIAN, List.of(c));
        List<SatelliteOrbit> sats = new ConstellationBuilder(FDC.dataContext(), epoch).build(constellation);
        EphemerisSource src = Ephemerides.of(sats, PropagatorKind.KEPLERIAN, FDC.dataContext(), epoch);
        double[] d = ClusterDistances.overSpan(src, 0, 30, sats.get(0).periodS(), 60);
        Formation f = Formation.disk(30, 1000);
        assertThat(d[0]).isCloseTo(f.minSeparationM(), within(TWO_BODY_TOLERANCE_M));
        assertThat(d[1]).isCloseTo(f.maxNeighbourDistanceM(), within(TWO_BODY_TOLERANCE_M));
    }
}
