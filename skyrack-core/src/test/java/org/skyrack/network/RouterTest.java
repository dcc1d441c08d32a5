package org.skyrack.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RouterTest {

    /** Dijkstra and Floyd–Warshall add the same weights in different orders: relative agreement. */
    private static final double RELATIVE_TOLERANCE = 1e-12;
    /** Closed-form latencies are sums of a few terms of ~1e-3 s: absolute agreement, s. */
    private static final double LATENCY_TOLERANCE_S = 1e-15;
    private static final double C = GroundLinkBudget.SPEED_OF_LIGHT_M_PER_S;

    /** Floyd–Warshall with only satellites as intermediate nodes (stations do not relay). */
    private static double[][] floydWarshall(LinkGraph g) {
        int n = g.nodeCount();
        double[][] d = new double[n][n];
        for (double[] row : d) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            d[i][i] = 0;
        }
        for (int k = 0; k < g.linkCount(); k++) {
            int a = g.linkA(k);
            int b = g.linkB(k);
            double w = g.linkDelayS(k);
            d[a][b] = Math.min(d[a][b], w);
            d[b][a] = Math.min(d[b][a], w);
        }
        for (int k = 0; k < g.satelliteCount(); k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double via = d[i][k] + d[k][j];
                    if (via < d[i][j]) {
                        d[i][j] = via;
                    }
                }
            }
        }
        return d;
    }

    private static LinkGraph randomGraph(long seed, int satellites, int stations, int links) {
        return randomGraph(seed, satellites, stations, links, 100e3, 1e-4);
    }

    /** Random links with ranges in [minRangeM, 6,000 km) and switching delays in [0, maxSwitchingS). */
    private static LinkGraph randomGraph(long seed, int satellites, int stations, int links, double minRangeM,
                                         double maxSwitchingS) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LinkGraph g = new LinkGraph(satellites, stations);
        g.beginUpdate();
        int n = satellites + stations;
        for (int k = 0; k < links; k++) {
            int a = rnd.nextInt(satellites);
            int b = rnd.nextInt(n);
            if (a != b) {
                g.link(a, b, rnd.nextDouble(minRangeM, 6000e3), maxSwitchingS > 0 ? rnd.nextDouble(0, maxSwitchingS) : 0,
                        rnd.nextDouble(1e8, 1e11));
            }
        }
        g.endUpdate();
        return g;
    }

    @Property(tries = 60, seed = "1584")
    void dijkstraMatchesFloydWarshall(@ForAll @IntRange(min = 1, max = 60) int satellites,
                                      @ForAll @IntRange(min = 0, max = 10) int stations,
                                      @ForAll @IntRange(min = 0, max = 200) int links,
                                      @ForAll long seed) {
        LinkGraph g = randomGraph(seed, satellites, stations, links);
        double[][] expected = floydWarshall(g);
        Router router = new Router(g);
        ShortestPaths[] all = router.allPairs();
        for (int s = 0; s < g.nodeCount(); s++) {
            for (int t = 0; t < g.nodeCount(); t++) {
                double want = expected[s][t];
                double got = all[s].delayS(t);
                if (want == Double.POSITIVE_INFINITY) {
                    assertThat(got).isEqualTo(Double.POSITIVE_INFINITY);
                    assertThat(all[s].path(t)).isEmpty();
                } else {
                    assertThat(got).isCloseTo(want, within(want * RELATIVE_TOLERANCE));
                    // The path is a walk from s to t whose links add up to the distance, through satellites only.
                    int[] path = all[s].path(t);
                    int[] used = all[s].links(t);
                    assertThat(path[0]).isEqualTo(s);
                    assertThat(path[path.length - 1]).isEqualTo(t);
                    double sum = 0;
                    for (int i = 0; i < used.length; i++) {
                        int a = g.linkA(used[i]);
                        int b = g.linkB(used[i]);
                        assertThat((a == path[i] && b == path[i + 1]) || (b == path[i] && a == path[i + 1])).isTrue();
                        sum += g.linkDelayS(used[i]);
                    }
                    for (int i = 1; i < path.length - 1; i++) {
                        assertThat(g.isStation(path[i])).isFalse();
                    }
                    assertThat(sum).isCloseTo(want, within(want * RELATIVE_TOLERANCE));
                }
            }
        }
    }

    /**
     * Dial's buckets and the binary heap settle nodes in different orders but take each final
     * distance as the same minimum of the same floating-point sums: equal bit for bit. Ranges
     * from 1 km to 6,000 km with no switching delay make some graphs fall back to the heap too.
     */
    @Property(tries = 80, seed = "72")
    void bucketsAndHeapGiveTheSameDistancesBitForBit(@ForAll @IntRange(min = 1, max = 80) int satellites,
                                                      @ForAll @IntRange(min = 0, max = 10) int stations,
                                                      @ForAll @IntRange(min = 0, max = 300) int links,
                                                      @ForAll boolean wide,
                                                      @ForAll long seed) {
        LinkGraph g = randomGraph(seed, satellites, stations, links, wide ? 1e3 : 400e3, 0);
        int n = satellites + stations;
        Router buckets = new Router(g);
        Router heap = new Router(g, false);
        assertThat(heap.usesBuckets()).isFalse();
        ShortestPaths[] a = buckets.allPairs();
        ShortestPaths[] b = heap.allPairs();
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < n; t++) {
                assertThat(a[s].delayS(t)).isEqualTo(b[s].delayS(t));
                assertThat(a[s].latencyS(t, 1000)).isEqualTo(b[s].latencyS(t, 1000));
            }
        }
    }

    @Test
    void aWideSpreadOfLinkWeightsUsesTheHeapAndANarrowOneTheBuckets() {
        // A Suncatcher-like cluster: ISLs of a few hundred metres next to 1,000 km ground links.
        LinkGraph cluster = new LinkGraph(2, 1);
        cluster.beginUpdate();
        cluster.link(0, 1, 300, 1e-6, 1e12);
        cluster.link(2, 0, 1000e3, 1e-6, 1e9);
        cluster.endUpdate();
        assertThat(new Router(cluster).usesBuckets()).isFalse();
        assertThat(new Router(handGraph(0)).usesBuckets()).isTrue();
        LinkGraph empty = new LinkGraph(3, 1);
        assertThat(new Router(empty).usesBuckets()).isFalse();
        assertThat(new Router(empty).from(3).reachable(0)).isFalse();
    }

    @Test
    void manySourcesOnTwoThreadsEqualOneThread() {
        LinkGraph g = randomGraph(11, 300, 40, 1500);
        ShortestPaths[] one = new Router(g).allPairs(1);
        Router parallel = new Router(g);
        ShortestPaths[] two = parallel.allPairs(2);
        assertThat(parallel.dijkstraRuns()).isEqualTo(g.nodeCount());
        for (int s = 0; s < g.nodeCount(); s++) {
            for (int t = 0; t < g.nodeCount(); t++) {
                assertThat(two[s].delayS(t)).isEqualTo(one[s].delayS(t));
                assertThat(two[s].links(t)).containsExactly(one[s].links(t));
            }
        }
        // Cached: asking again computes nothing, on any number of threads.
        ShortestPaths[] stations = parallel.fromStations(2);
        assertThat(parallel.dijkstraRuns()).isEqualTo(g.nodeCount());
        assertThat(stations).hasSize(40);
        assertThat(stations[0].source()).isEqualTo(g.stationNode(0));
        assertThatThrownBy(() -> parallel.allPairs(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Station 0 (node 3) — sat 0 — sat 1 — sat 2 — station 1 (node 4), plus a direct but slower
     * sat 0 — sat 2 link; and a shortcut through station 1 that must not be taken between satellites.
     */
    private static LinkGraph handGraph(double switchingS) {
        LinkGraph g = new LinkGraph(3, 2);
        g.beginUpdate();
        g.link(3, 0, 600e3, switchingS, 1e9);    // link 0: uplink
        g.link(0, 1, 1000e3, switchingS, 100e9); // link 1
        g.link(1, 2, 2000e3, switchingS, 50e9);  // link 2
        g.link(2, 4, 800e3, switchingS, 2e9);    // link 3: downlink
        g.link(0, 2, 3500e3, switchingS, 100e9); // link 4: longer than 0-1-2 (3,000 km)
        g.link(4, 0, 900e3, switchingS, 1e9);    // link 5: station 1 also sees sat 0
        g.endUpdate();
        return g;
    }

    @Test
    void latencyOnAHandGraphIsTheClosedForm() {
        double sw = 20e-6;
        LinkGraph g = handGraph(sw);
        Router r = new Router(g);
        ShortestPaths fromStation = r.from(g.stationNode(0));
        // Station 0 → station 1: via sat 0 and link 5 (600 + 900 km, 2 hops) beats 600+1000+2000+800 km.
        int st1 = g.stationNode(1);
        assertThat(fromStation.path(st1)).containsExactly(3, 0, 4);
        double prop = (600e3 + 900e3) / C;
        assertThat(fromStation.delayS(st1)).isCloseTo(prop + 2 * sw, within(LATENCY_TOLERANCE_S));
        long bytes = 1_000_000;
        double serialization = 8e6 / 1e9 + 8e6 / 1e9;
        assertThat(fromStation.latencyS(st1, bytes)).isCloseTo(prop + 2 * sw + serialization, within(LATENCY_TOLERANCE_S));
        // M/M/1 at 50 %: each hop waits ρ/(1−ρ)·S = S.
        assertThat(fromStation.latencyS(st1, bytes, QueueingModel.mm1(0.5)))
                .isCloseTo(prop + 2 * sw + 2 * serialization, within(LATENCY_TOLERANCE_S));

        // Sat 1 → sat 2 directly (2,000 km), not sat 1 → 0 → station 1 → ... : stations do not relay.
        ShortestPaths fromSat0 = r.from(0);
        assertThat(fromSat0.path(2)).containsExactly(0, 1, 2);
        assertThat(fromSat0.delayS(2)).isCloseTo(3000e3 / C + 2 * sw, within(LATENCY_TOLERANCE_S));
        assertThat(fromSat0.hops(2)).isEqualTo(2);
        // Sat 2 → sat 0 without relaying through station 1 (800 + 900 km = 1,700 km would be shorter).
        assertThat(r.from(2).path(0)).containsExactly(2, 1, 0);
        assertThat(fromSat0.latencyS(0, bytes)).isZero();
    }

    @Test
    void routesAreCachedUntilTheLinksChange() {
        LinkGraph g = handGraph(0);
        Router r = new Router(g);
        ShortestPaths first = r.from(3);
        long version = g.version();
        assertThat(r.dijkstraRuns()).isEqualTo(1);
        r.from(3);
        assertThat(r.dijkstraRuns()).isEqualTo(1);

        // The same links listed again: no new version, routes still valid, nothing recomputed.
        LinkGraph same = handGraph(0);
        g.beginUpdate();
        for (int k = 0; k < same.linkCount(); k++) {
            g.link(same.linkA(k), same.linkB(k), same.linkRangeM(k), same.linkSwitchingDelayS(k), same.linkDataRateBps(k));
        }
        assertThat(g.endUpdate()).isFalse();
        assertThat(g.version()).isEqualTo(version);
        assertThat(first.delayS(4)).isEqualTo((600e3 + 900e3) / C);
        r.from(3);
        assertThat(r.dijkstraRuns()).isEqualTo(1);

        // Link 5 goes down: new version, old paths refuse to answer, new ones go round.
        g.beginUpdate();
        for (int k = 0; k < 5; k++) {
            g.link(same.linkA(k), same.linkB(k), same.linkRangeM(k), same.linkSwitchingDelayS(k), same.linkDataRateBps(k));
        }
        assertThat(g.endUpdate()).isTrue();
        assertThat(g.version()).isEqualTo(version + 1);
        assertThatThrownBy(() -> first.delayS(4)).isInstanceOf(IllegalStateException.class).hasMessageContaining("version");
        ShortestPaths second = r.from(3);
        assertThat(r.dijkstraRuns()).isEqualTo(2);
        assertThat(second.path(4)).containsExactly(3, 0, 1, 2, 4);
        assertThat(second.delayS(4)).isCloseTo((600e3 + 1000e3 + 2000e3 + 800e3) / C, within(LATENCY_TOLERANCE_S));
    }
}
