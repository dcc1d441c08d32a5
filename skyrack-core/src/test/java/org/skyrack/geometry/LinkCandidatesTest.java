package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skyrack.geometry.GeometryFixtures.FDC;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.Links;
import org.skyrack.scenario.PropagatorKind;

class LinkCandidatesTest {

    private static List<SatelliteOrbit> build(Constellation c) {
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-03-01T00:00:00Z"), FDC.utc());
        return new ConstellationBuilder(FDC.dataContext(), epoch).build(c);
    }

    @Test
    void plusGridGivesFourLinksPerSatelliteInADeltaShellAndNoSeamInAStar() {
        Constellation delta = new Constellation(PropagatorKind.SGP4, List.of(new ConstellationGroup.Walker("w", "d",
                ConstellationGroup.WalkerPattern.DELTA, 24, 4, 1, 550e3, Math.toRadians(53), 0)));
        List<int[]> d = LinkCandidates.of(build(delta), delta, Links.Topology.PLUS_GRID, 4);
        assertThat(d).hasSize(24 * 2); // each satellite: one in-plane and one cross-plane link of its own
        int[] degree = new int[24];
        for (int[] p : d) {
            assertThat(p[0]).isLessThan(p[1]);
            degree[p[0]]++;
            degree[p[1]]++;
        }
        assertThat(degree).containsOnly(4);
        Constellation star = new Constellation(PropagatorKind.SGP4, List.of(new ConstellationGroup.Walker("s", "d",
                ConstellationGroup.WalkerPattern.STAR, 24, 4, 0, 780e3, Math.toRadians(86.4), 0)));
        assertThat(LinkCandidates.of(build(star), star, Links.Topology.PLUS_GRID, 4)).hasSize(24 + 18);
    }

    @Test
    void clusterNeighboursAreTheNearestMembers() {
        Constellation c = new Constellation(PropagatorKind.SGP4, List.of(new ConstellationGroup.Cluster("c", "d", 81, 1000,
                20, new ConstellationGroup.SsoReference(650e3, 18 * 3600))));
        List<SatelliteOrbit> sats = build(c);
        List<int[]> pairs = LinkCandidates.of(sats, c, Links.Topology.CLUSTER_NEIGHBOURS, 4);
        double longest = 0;
        for (int[] p : pairs) {
            longest = Math.max(longest, sats.get(p[0]).orbit().getPosition().distance(sats.get(p[1]).orbit().getPosition()));
        }
        // 4 nearest neighbours in the 1 km Suncatcher disk: all within ~2 neighbour spacings (~400 m)
        assertThat(longest).isLessThan(450.0);
        assertThat(pairs.size()).isBetween(81 * 2, 81 * 4);
    }

    @Test
    void allInRangeIsEveryPair() {
        Constellation c = new Constellation(PropagatorKind.SGP4, List.of(new ConstellationGroup.SunSynchronous("s", "d",
                650e3, 18 * 3600, 1, 5, 0, 0)));
        assertThat(LinkCandidates.of(build(c), c, Links.Topology.ALL_IN_RANGE, 1)).hasSize(10);
    }
}
