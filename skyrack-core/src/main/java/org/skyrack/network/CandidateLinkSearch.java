package org.skyrack.network;

/**
 * Nearest-first search over a fixed set of candidate links that switch on and off: Dijkstra's
 * algorithm (see the package notes) from one node, handing nodes to a visitor in order of
 * their path delay, and stopping as soon as the visitor has what it needs — so finding the
 * nearest node that passes a test costs only the nodes nearer than it. Adjacency is built once
 * from the candidate pairs (compressed sparse rows); switching a link costs O(1) and needs no
 * rebuild. Distances are reset by a stamp, not by clearing arrays, so a search that stops
 * early costs nothing for the nodes it never reached. Not thread-safe.
 */
public final class CandidateLinkSearch {

    /** Receives nodes nearest first. */
    public interface Visitor {
        /**
         * A node reached with its path delay (s) and hop count from the source.
         *
         * @return true to stop the search
         */
        boolean visit(int node, double delayS, int hops);
    }

    private final int nodes;
    private final int[] offset;
    private final int[] target;
    private final int[] pairOf;
    private final boolean[] up;
    private final double[] delayS;
    private final double[] dist;
    private final int[] hops;
    private final int[] stamp;
    private final boolean[] settled;
    private final NodeHeap heap;
    private int current;

    /**
     * @param nodes number of nodes
     * @param pairA one end of each candidate link
     * @param pairB the other end (same length)
     */
    public CandidateLinkSearch(int nodes, int[] pairA, int[] pairB) {
        if (pairA.length != pairB.length) {
            throw new IllegalArgumentException("pair ends differ in length: " + pairA.length + " vs " + pairB.length);
        }
        this.nodes = nodes;
        int[] degree = new int[nodes + 1];
        for (int k = 0; k < pairA.length; k++) {
            degree[pairA[k] + 1]++;
            degree[pairB[k] + 1]++;
        }
        offset = new int[nodes + 1];
        for (int i = 0; i < nodes; i++) {
            offset[i + 1] = offset[i] + degree[i + 1];
        }
        target = new int[offset[nodes]];
        pairOf = new int[offset[nodes]];
        int[] fill = offset.clone();
        for (int k = 0; k < pairA.length; k++) {
            target[fill[pairA[k]]] = pairB[k];
            pairOf[fill[pairA[k]]++] = k;
            target[fill[pairB[k]]] = pairA[k];
            pairOf[fill[pairB[k]]++] = k;
        }
        up = new boolean[pairA.length];
        delayS = new double[pairA.length];
        dist = new double[nodes];
        hops = new int[nodes];
        stamp = new int[nodes];
        settled = new boolean[nodes];
        heap = new NodeHeap(nodes);
    }

    /** Number of candidate links. */
    public int links() {
        return up.length;
    }

    /** Switches candidate link {@code pair} on (with its delay, s) or off. */
    public void setLink(int pair, boolean isUp, double linkDelayS) {
        if (isUp && !(linkDelayS >= 0)) {
            throw new IllegalArgumentException("link delay must be >= 0 s, got " + linkDelayS);
        }
        up[pair] = isUp;
        delayS[pair] = linkDelayS;
    }

    /** Whether candidate link {@code pair} is up. */
    public boolean isUp(int pair) {
        return up[pair];
    }

    /**
     * Visits the nodes reachable from {@code source} over links that are up, nearest first
     * (ties in the order the heap gives, which is fixed for a given graph), until the visitor
     * stops it or every reachable node has been visited.
     */
    public void nearestFirst(int source, Visitor visitor) {
        if (source < 0 || source >= nodes) {
            throw new IndexOutOfBoundsException("source " + source + " of " + nodes + " nodes");
        }
        if (++current == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamp, 0);
            current = 1;
        }
        heap.clear();
        stamp[source] = current;
        dist[source] = 0;
        hops[source] = 0;
        settled[source] = false;
        heap.offer(source, 0);
        while (!heap.isEmpty()) {
            int u = heap.poll();
            settled[u] = true;
            if (visitor.visit(u, dist[u], hops[u])) {
                return;
            }
            double du = dist[u];
            for (int e = offset[u], end = offset[u + 1]; e < end; e++) {
                int k = pairOf[e];
                if (!up[k]) {
                    continue;
                }
                int v = target[e];
                double nd = du + delayS[k];
                if (stamp[v] != current) {
                    stamp[v] = current;
                    settled[v] = false;
                    dist[v] = nd;
                    hops[v] = hops[u] + 1;
                    heap.offer(v, nd);
                } else if (!settled[v] && nd < dist[v]) {
                    dist[v] = nd;
                    hops[v] = hops[u] + 1;
                    heap.offer(v, nd);
                }
            }
        }
    }
}
