package org.skyrack.network;

/**
 * Shortest paths by latency from one source, for the graph version they were computed on:
 * the routing delay (Σ range/c + Σ switching) to every node, the path as nodes, and the
 * end-to-end latency of a message. Using it after the links changed throws
 * {@link IllegalStateException} (ask the {@link Router} again).
 *
 * <p>Latency of a message of B bytes along the path, store and forward: Σ over hops of
 * propagation (range/c) + switching + serialization (8·B / link rate) + queueing wait (from a
 * {@link QueueingModel}; none by default). Paths are chosen by delay without the message
 * size, so serialization does not change the route.
 */
public final class ShortestPaths {

    private final Router router;
    private final int source;
    private final long version;

    ShortestPaths(Router router, int source, long version) {
        this.router = router;
        this.source = source;
        this.version = version;
    }

    /** The source node. */
    public int source() {
        return source;
    }

    /** Graph version the paths belong to. */
    public long version() {
        return version;
    }

    private void checkCurrent(int target) {
        if (router.graph().version() != version) {
            throw new IllegalStateException("routes from node " + source + " are for link version " + version
                    + ", the links are now at version " + router.graph().version());
        }
        if (target < 0 || target >= router.graph().nodeCount()) {
            throw new IndexOutOfBoundsException("node " + target + " of " + router.graph().nodeCount());
        }
    }

    /** Whether {@code target} can be reached. */
    public boolean reachable(int target) {
        return delayS(target) < Double.POSITIVE_INFINITY;
    }

    /** Routing delay to {@code target} (propagation + switching), s; +∞ if unreachable. */
    public double delayS(int target) {
        checkCurrent(target);
        return router.delayS(source, target);
    }

    /** Links on the path to {@code target}, or −1 if unreachable. */
    public int hops(int target) {
        checkCurrent(target);
        if (router.delayS(source, target) == Double.POSITIVE_INFINITY) {
            return -1;
        }
        int h = 0;
        for (int v = target; v != source; v = previous(v)) {
            h++;
        }
        return h;
    }

    /** Nodes of the path from the source to {@code target}, both included; empty if unreachable. */
    public int[] path(int target) {
        int h = hops(target);
        if (h < 0) {
            return new int[0];
        }
        int[] p = new int[h + 1];
        int v = target;
        for (int i = h; i >= 0; i--) {
            p[i] = v;
            if (i > 0) {
                v = previous(v);
            }
        }
        return p;
    }

    /** Links of the path from the source to {@code target}, in order; empty if unreachable or the source itself. */
    public int[] links(int target) {
        int h = hops(target);
        if (h <= 0) {
            return new int[0];
        }
        int[] l = new int[h];
        int v = target;
        for (int i = h - 1; i >= 0; i--) {
            l[i] = router.predecessorLink(source, v);
            v = previous(v);
        }
        return l;
    }

    /** End-to-end latency of a {@code messageBytes}-byte message to {@code target}, without queueing, s. */
    public double latencyS(int target, long messageBytes) {
        return latencyS(target, messageBytes, QueueingModel.none());
    }

    /**
     * End-to-end latency of a {@code messageBytes}-byte message to {@code target}, store and
     * forward, with the waits of {@code queueing}, s; +∞ if unreachable.
     */
    public double latencyS(int target, long messageBytes, QueueingModel queueing) {
        if (messageBytes < 0) {
            throw new IllegalArgumentException("messageBytes must be >= 0, got " + messageBytes);
        }
        if (!reachable(target)) {
            return Double.POSITIVE_INFINITY;
        }
        LinkGraph g = router.graph();
        double bits = 8.0 * messageBytes;
        double total = 0;
        for (int v = target; v != source; v = previous(v)) {
            int k = router.predecessorLink(source, v);
            double serializationS = bits / g.linkDataRateBps(k);
            total += g.linkDelayS(k) + serializationS + queueing.waitS(k, serializationS);
        }
        return total;
    }

    private int previous(int v) {
        int k = router.predecessorLink(source, v);
        LinkGraph g = router.graph();
        int a = g.linkA(k);
        return a == v ? g.linkB(k) : a;
    }
}
