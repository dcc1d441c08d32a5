package org.skyrack.network;

import java.util.Arrays;

/**
 * Shortest paths by latency on a {@link LinkGraph}: single-source Dijkstra with a primitive
 * binary heap, each link weighing range/c + its switching delay. Ground stations are end points:
 * a path may start or end at one but never passes through one (traffic between satellites does
 * not bounce through the ground), so a station other than the source is never expanded.
 *
 * <p>Results are cached per source and per graph {@link LinkGraph#version() version}: asking
 * again before the links change costs nothing, and after a change each source is recomputed
 * only when asked for. All pairs is Dijkstra from every node: with about four links per
 * satellite, n runs of O((n + m) log n) beat Floyd–Warshall's O(n³) by two orders of magnitude
 * at 1,684 nodes. Storage per computed source is one {@code double} and one {@code int} per
 * node, reused across versions. Not thread-safe.
 */
public final class Router {

    private final LinkGraph graph;
    private final int nodes;
    private final double[][] delayS;
    private final int[][] predecessorLink;
    private final long[] computedVersion;
    private final NodeHeap heap;
    private long runs;

    /** @param graph the links; the router follows its updates */
    public Router(LinkGraph graph) {
        this.graph = graph;
        this.nodes = graph.nodeCount();
        this.delayS = new double[nodes][];
        this.predecessorLink = new int[nodes][];
        this.computedVersion = new long[nodes];
        Arrays.fill(computedVersion, -1);
        this.heap = new NodeHeap(nodes);
    }

    /** The graph routed on. */
    public LinkGraph graph() {
        return graph;
    }

    /** Shortest paths from {@code source} on the current links (computed if not cached for this version). */
    public ShortestPaths from(int source) {
        if (source < 0 || source >= nodes) {
            throw new IndexOutOfBoundsException("source " + source + " of " + nodes + " nodes");
        }
        long v = graph.version();
        if (computedVersion[source] != v) {
            if (delayS[source] == null) {
                delayS[source] = new double[nodes];
                predecessorLink[source] = new int[nodes];
            }
            dijkstra(source, delayS[source], predecessorLink[source]);
            computedVersion[source] = v;
        }
        return new ShortestPaths(this, source, v);
    }

    /** Shortest paths from every ground station, in station order. */
    public ShortestPaths[] fromStations() {
        ShortestPaths[] out = new ShortestPaths[graph.stationCount()];
        for (int g = 0; g < out.length; g++) {
            out[g] = from(graph.stationNode(g));
        }
        return out;
    }

    /** Shortest paths from every node (all pairs), in node order. */
    public ShortestPaths[] allPairs() {
        ShortestPaths[] out = new ShortestPaths[nodes];
        for (int s = 0; s < nodes; s++) {
            out[s] = from(s);
        }
        return out;
    }

    /**
     * Forgets every cached route, so the next request recomputes it: how a benchmark times the
     * computation itself. Paths handed out before stay valid (the links did not change).
     */
    public void clear() {
        Arrays.fill(computedVersion, -1);
    }

    /** Number of single-source runs so far (a cache hit costs none). */
    public long dijkstraRuns() {
        return runs;
    }

    double delayS(int source, int target) {
        return delayS[source][target];
    }

    int predecessorLink(int source, int target) {
        return predecessorLink[source][target];
    }

    private void dijkstra(int source, double[] dist, int[] predLink) {
        runs++;
        int[] off = graph.rowOffsets();
        int[] tgt = graph.rowTargets();
        int[] lnk = graph.rowLinks();
        double[] w = graph.rowWeightsS();
        int satellites = graph.satelliteCount();
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(predLink, -1);
        NodeHeap h = heap;
        h.clear();
        dist[source] = 0;
        h.offer(source, 0);
        while (!h.isEmpty()) {
            int u = h.poll();
            double du = dist[u];
            for (int e = off[u], end = off[u + 1]; e < end; e++) {
                int v = tgt[e];
                double nd = du + w[e];
                if (nd < dist[v]) {
                    dist[v] = nd;
                    predLink[v] = lnk[e];
                    // A station is an end point: settled by its label, never expanded, never queued.
                    if (v < satellites) {
                        h.offer(v, nd);
                    }
                }
            }
        }
    }
}
