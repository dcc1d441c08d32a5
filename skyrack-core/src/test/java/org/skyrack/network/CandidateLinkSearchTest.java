package org.skyrack.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CandidateLinkSearchTest {

    /** Both searches add the same link delays along shortest paths: relative agreement. */
    private static final double RELATIVE_TOLERANCE = 1e-12;
    private static final double C = GroundLinkBudget.SPEED_OF_LIGHT_M_PER_S;

    /**
     * On random graphs with random links down, the nearest-first order gives every reachable
     * node exactly once, at the delay the Router's full Dijkstra on the same up links gives, in
     * non-decreasing delay.
     */
    @Property(tries = 60)
    void visitsEveryReachableNodeAtTheRoutersDelayNearestFirst(@ForAll @IntRange(min = 2, max = 60) int nodes,
                                                               @ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int links = rnd.nextInt(1, 3 * nodes);
        int[] a = new int[links];
        int[] b = new int[links];
        for (int k = 0; k < links; k++) {
            a[k] = rnd.nextInt(nodes);
            b[k] = (a[k] + 1 + rnd.nextInt(nodes - 1)) % nodes;
        }
        CandidateLinkSearch search = new CandidateLinkSearch(nodes, a, b);
        LinkGraph g = new LinkGraph(nodes, 0);
        g.beginUpdate();
        for (int k = 0; k < links; k++) {
            if (rnd.nextInt(4) != 0) {
                double range = rnd.nextDouble(1e3, 5e6);
                double switching = rnd.nextDouble(0, 1e-5);
                search.setLink(k, true, range / C + switching);
                g.link(a[k], b[k], range, switching, 1e9);
            }
        }
        g.endUpdate();
        int source = rnd.nextInt(nodes);
        ShortestPaths truth = new Router(g).from(source);
        List<double[]> visits = new ArrayList<>();
        search.nearestFirst(source, (node, delayS, hops) -> {
            visits.add(new double[] {node, delayS, hops});
            return false;
        });
        long reachable = java.util.stream.IntStream.range(0, nodes).filter(truth::reachable).count();
        assertThat(visits).hasSize((int) reachable);
        double last = -1;
        for (double[] v : visits) {
            int node = (int) v[0];
            assertThat(v[1]).isCloseTo(truth.delayS(node), within(RELATIVE_TOLERANCE * Math.max(1e-9, v[1])));
            assertThat(v[1]).isGreaterThanOrEqualTo(last);
            assertThat((int) v[2]).isEqualTo(truth.hops(node));
            last = v[1];
        }
    }

    @Test
    void stopsAtTheFirstNodeTheVisitorAcceptsAndALinkDownCutsThePath() {
        // a chain 0 - 1 - 2 - 3, 1 ms per hop
        CandidateLinkSearch search = new CandidateLinkSearch(4, new int[] {0, 1, 2}, new int[] {1, 2, 3});
        for (int k = 0; k < 3; k++) {
            search.setLink(k, true, 1e-3);
        }
        List<Integer> seen = new ArrayList<>();
        search.nearestFirst(0, (node, delayS, hops) -> {
            seen.add(node);
            return node == 2;
        });
        assertThat(seen).containsExactly(0, 1, 2);
        search.setLink(1, false, 0);
        seen.clear();
        search.nearestFirst(0, (node, delayS, hops) -> seen.add(node) && false);
        assertThat(seen).containsExactly(0, 1);
    }
}
