package org.skyrack.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skyrack.geometry.GroundStationGeometry;
import org.skyrack.scenario.Links;

class NetworkConstellationLinksTest {

    private static final double R = 6378137.0 + 550e3;
    private static final Links.InterSatellite ISL = new Links.InterSatellite(Links.Topology.PLUS_GRID, 5000e3, 100e9, 2, 40,
            1e-6);
    private static final Links.GroundLink KA = new Links.GroundLink(26e9, 40, 15, 3, 5, 10e9, 50);
    private static final GroundStationGeometry NONE = new GroundStationGeometry(new double[0], new double[0], new double[0],
            new double[0]);

    private static double[] onEquator(double... longitudesDeg) {
        double[] r = new double[3 * longitudesDeg.length];
        for (int i = 0; i < longitudesDeg.length; i++) {
            r[3 * i] = R * Math.cos(Math.toRadians(longitudesDeg[i]));
            r[3 * i + 1] = R * Math.sin(Math.toRadians(longitudesDeg[i]));
        }
        return r;
    }

    @Test
    void interSatelliteLinksNeedRangeLineOfSightAndTerminals() {
        // 0–1: 20° apart (2,413 km); 0–2: 60° apart (6,928 km, beyond 5,000 km);
        // 1–3: 170° apart (Earth in the way); 0–4 and 0–5 close, but satellite 0 has only 2 terminals.
        double[] r = onEquator(0, 20, 60, 190, -10, 5);
        List<int[]> pairs = List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 3}, new int[] {0, 4},
                new int[] {0, 5});
        ConstellationLinks links = new ConstellationLinks(6, pairs, ISL, NONE, null);
        LinkGraph g = links.newGraph();
        assertThat(links.update(r, g)).isTrue();
        assertThat(g.linkCount()).isEqualTo(2);
        assertThat(new int[] {g.linkA(0), g.linkB(0)}).containsExactly(0, 1);
        assertThat(new int[] {g.linkA(1), g.linkB(1)}).containsExactly(0, 4);
        assertThat(g.linkRangeM(0)).isCloseTo(2 * R * Math.sin(Math.toRadians(10)), org.assertj.core.api.Assertions.within(1e-6));
        // Same positions, same links: the version stays.
        assertThat(links.update(r, g)).isFalse();
    }

    @Test
    void groundLinksOnlyAboveTheMaskWithTheBudgetRate() {
        // A station on the equator at longitude 0 with a 25° mask; satellites at 0°, 5° and 15° of longitude.
        GroundStationGeometry st = new GroundStationGeometry(new double[] {0}, new double[] {0}, new double[] {0},
                new double[] {Math.toRadians(25)});
        double[] r = onEquator(0, 5, 15);
        GroundLinkBudget budget = new GroundLinkBudget(KA, 1e6);
        ConstellationLinks links = new ConstellationLinks(3, List.of(), null, st, budget);
        LinkGraph g = links.newGraph();
        links.update(r, g);
        // 15° of central angle at 550 km is below 25° elevation; 0° and 5° are above.
        assertThat(st.elevation(0, r, 6)).isLessThan(Math.toRadians(25));
        assertThat(st.elevation(0, r, 3)).isGreaterThan(Math.toRadians(25));
        assertThat(g.linkCount()).isEqualTo(2);
        assertThat(g.linkB(0)).isEqualTo(0);
        assertThat(g.linkRangeM(0)).isCloseTo(550e3, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(g.linkDataRateBps(0)).isEqualTo(budget.dataRateBps(550e3));
        assertThat(g.linkDataRateBps(1)).isLessThan(g.linkDataRateBps(0));
    }
}
