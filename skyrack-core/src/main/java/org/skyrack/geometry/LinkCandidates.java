package org.skyrack.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.Links;

/**
 * The satellite pairs that may carry an inter-satellite link, by topology: each cluster member
 * to its nearest neighbours at the epoch; +Grid in Walker and sun-synchronous shells (the next
 * satellite in the plane and the same slot in the next plane; in a Walker star the seam between
 * the last and first plane, where planes counter-rotate, gets no cross-plane link); or every
 * pair, for small constellations. Pairs are {@code {a, b}} with a &lt; b, in a stable order.
 */
public final class LinkCandidates {

    /** Largest constellation for which every pair is a candidate. */
    public static final int MAX_ALL_PAIRS_SATELLITES = 3000;

    private LinkCandidates() {
    }

    /**
     * @param satellites the built constellation (indices as in the ephemeris source)
     * @param constellation its groups, for the plane layout
     * @param topology which pairs
     * @param terminals terminals per satellite (neighbours per cluster member)
     */
    public static List<int[]> of(List<SatelliteOrbit> satellites, Constellation constellation, Links.Topology topology,
                                 int terminals) {
        Set<Long> pairs = new LinkedHashSet<>();
        int first = 0;
        for (ConstellationGroup g : constellation.groups()) {
            int count = (int) satellites.stream().filter(s -> s.group().equals(g.name())).count();
            switch (topology) {
                case CLUSTER_NEIGHBOURS -> nearest(satellites, first, count, terminals, pairs);
                case PLUS_GRID -> plusGrid(g, first, count, pairs);
                case ALL_IN_RANGE -> { }
            }
            first += count;
        }
        if (topology == Links.Topology.ALL_IN_RANGE) {
            int n = satellites.size();
            if (n > MAX_ALL_PAIRS_SATELLITES) {
                throw new IllegalArgumentException("all-in-range links are limited to " + MAX_ALL_PAIRS_SATELLITES
                        + " satellites (got " + n + "); use plus-grid or cluster-neighbours");
            }
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    add(pairs, a, b);
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (long p : pairs) {
            out.add(new int[] {(int) (p >>> 32), (int) p});
        }
        return out;
    }

    private static void add(Set<Long> pairs, int a, int b) {
        if (a != b) {
            pairs.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
        }
    }

    private static void nearest(List<SatelliteOrbit> sats, int first, int count, int k, Set<Long> pairs) {
        for (int i = first; i < first + count; i++) {
            Vector3D p = sats.get(i).orbit().getPosition();
            Integer[] others = new Integer[count - 1];
            int n = 0;
            for (int j = first; j < first + count; j++) {
                if (j != i) {
                    others[n++] = j;
                }
            }
            Arrays.sort(others, (x, y) -> Double.compare(p.distance(sats.get(x).orbit().getPosition()),
                    p.distance(sats.get(y).orbit().getPosition())));
            for (int m = 0; m < Math.min(k, others.length); m++) {
                add(pairs, i, others[m]);
            }
        }
    }

    private static void plusGrid(ConstellationGroup g, int first, int count, Set<Long> pairs) {
        int planes;
        boolean star = false;
        if (g instanceof ConstellationGroup.Walker w) {
            planes = w.planes();
            star = w.pattern() == ConstellationGroup.WalkerPattern.STAR;
        } else if (g instanceof ConstellationGroup.SunSynchronous s) {
            planes = s.planes();
        } else {
            return;
        }
        int perPlane = count / planes;
        for (int p = 0; p < planes; p++) {
            for (int s = 0; s < perPlane; s++) {
                int me = first + p * perPlane + s;
                if (perPlane > 1) {
                    add(pairs, me, first + p * perPlane + (s + 1) % perPlane);
                }
                if (planes > 1 && !(star && p == planes - 1)) {
                    add(pairs, me, first + ((p + 1) % planes) * perPlane + s);
                }
            }
        }
    }
}
