package org.skyrack.network;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shortest paths by latency on a {@link LinkGraph}: single-source Dijkstra, each link weighing
 * range/c + its switching delay. Ground stations are end points: a path may start or end at one
 * but never passes through one (traffic between satellites does not bounce through the ground),
 * so a station other than the source is never expanded.
 *
 * <p>Two priority queues, same distances bit for bit. When every link weighs at least
 * 1/{@link #BUCKET_RATIO_LIMIT} of the heaviest (a constellation's links: on Starlink shell 1 the
 * lightest is 1.3 ms and the heaviest 17 ms), Dial's bucket queue with buckets narrower than the
 * lightest link: a node settled from one bucket can only improve nodes in later buckets, so
 * every node in the current bucket already has its final distance and is settled in O(1), with
 * no heap to sift. Otherwise (a tight cluster whose ISLs weigh microseconds next to
 * millisecond ground links) a binary heap with decrease-key.
 *
 * <p>Results are cached per source and per graph {@link LinkGraph#version() version}: asking
 * again before the links change costs nothing, and after a change each source is recomputed
 * only when asked for. All pairs is Dijkstra from every node: with about four links per
 * satellite, n runs of O(n + m) (buckets) or O((n + m) log n) (heap) beat Floyd–Warshall's
 * O(n³) by two orders of magnitude at 1,684 nodes. Many sources at once ({@link #fromStations(int)},
 * {@link #allPairs(int)}) may be split over threads; each source's result does not depend on the
 * split. Storage per computed source is one {@code double} and one {@code int} per node, reused
 * across versions. Not thread-safe: one caller at a time.
 */
public final class Router {

    /**
     * Largest ratio of the heaviest to the lightest link weight for which the bucket queue is
     * used: the buckets scanned per run grow with it (path delay / bucket width), so beyond it
     * the heap is cheaper.
     */
    public static final double BUCKET_RATIO_LIMIT = 64;

    /**
     * Bucket width as a fraction of the lightest link weight: strictly below 1, so that rounding
     * of d(u) + w and of the bucket index can never put a relaxed node in its parent's bucket.
     */
    static final double BUCKET_WIDTH_FRACTION = 1 - 1e-6;

    private final LinkGraph graph;
    private final int nodes;
    private final double[][] delayS;
    private final int[][] predecessorLink;
    private final long[] computedVersion;
    private final Search search;
    private Search[] workers = new Search[0];
    private final AtomicLong runs = new AtomicLong();
    private final boolean bucketsAllowed;

    /** @param graph the links; the router follows its updates */
    public Router(LinkGraph graph) {
        this(graph, true);
    }

    /** @param bucketsAllowed false to always use the heap (how tests hold the two queues to each other) */
    Router(LinkGraph graph, boolean bucketsAllowed) {
        this.bucketsAllowed = bucketsAllowed;
        this.graph = graph;
        this.nodes = graph.nodeCount();
        this.delayS = new double[nodes][];
        this.predecessorLink = new int[nodes][];
        this.computedVersion = new long[nodes];
        Arrays.fill(computedVersion, -1);
        this.search = new Search(nodes);
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
            compute(source, search);
            computedVersion[source] = v;
        }
        return new ShortestPaths(this, source, v);
    }

    /** Shortest paths from every ground station, in station order, on the calling thread. */
    public ShortestPaths[] fromStations() {
        return fromStations(1);
    }

    /**
     * Shortest paths from every ground station, in station order, computed on up to
     * {@code threads} threads (the caller and {@link ForkJoinPool#commonPool()} workers).
     */
    public ShortestPaths[] fromStations(int threads) {
        int[] sources = new int[graph.stationCount()];
        for (int g = 0; g < sources.length; g++) {
            sources[g] = graph.stationNode(g);
        }
        return fromAll(sources, threads);
    }

    /** Shortest paths from every node (all pairs), in node order, on the calling thread. */
    public ShortestPaths[] allPairs() {
        return allPairs(1);
    }

    /** Shortest paths from every node (all pairs), in node order, on up to {@code threads} threads. */
    public ShortestPaths[] allPairs(int threads) {
        int[] sources = new int[nodes];
        Arrays.setAll(sources, i -> i);
        return fromAll(sources, threads);
    }

    private ShortestPaths[] fromAll(int[] sources, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        long v = graph.version();
        int stale = 0;
        int[] todo = new int[sources.length];
        for (int s : sources) {
            if (computedVersion[s] != v) {
                todo[stale++] = s;
            }
        }
        int parallel = Math.min(threads, stale);
        if (parallel <= 1) {
            for (int i = 0; i < stale; i++) {
                compute(todo[i], search);
            }
        } else {
            computeInParallel(todo, stale, parallel);
        }
        ShortestPaths[] out = new ShortestPaths[sources.length];
        for (int i = 0; i < sources.length; i++) {
            computedVersion[sources[i]] = v;
            out[i] = new ShortestPaths(this, sources[i], v);
        }
        return out;
    }

    /** Each worker takes the next source until none are left; the caller is worker 0. */
    private void computeInParallel(int[] todo, int count, int parallel) {
        if (workers.length < parallel) {
            Search[] grown = Arrays.copyOf(workers, parallel);
            grown[0] = search;
            for (int w = 1; w < parallel; w++) {
                if (grown[w] == null) {
                    grown[w] = new Search(nodes);
                }
            }
            workers = grown;
        }
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<?>[] helpers = new CompletableFuture<?>[parallel - 1];
        for (int w = 1; w < parallel; w++) {
            Search s = workers[w];
            helpers[w - 1] = CompletableFuture.runAsync(() -> drain(todo, count, next, s), ForkJoinPool.commonPool());
        }
        drain(todo, count, next, search);
        CompletableFuture.allOf(helpers).join();
    }

    private void drain(int[] todo, int count, AtomicInteger next, Search s) {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            compute(todo[i], s);
        }
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
        return runs.get();
    }

    /** Whether the current links are routed with the bucket queue (else the binary heap). */
    public boolean usesBuckets() {
        return bucketWidthS() > 0;
    }

    /** Width of Dial's buckets for the current links, s, or 0 when the heap is used. */
    private double bucketWidthS() {
        double lightest = graph.minWeightS();
        double heaviest = graph.maxWeightS();
        if (!bucketsAllowed || !(lightest > 0) || lightest == Double.POSITIVE_INFINITY
                || heaviest > BUCKET_RATIO_LIMIT * lightest) {
            return 0;
        }
        return lightest * BUCKET_WIDTH_FRACTION;
    }

    double delayS(int source, int target) {
        return delayS[source][target];
    }

    int predecessorLink(int source, int target) {
        return predecessorLink[source][target];
    }

    private void compute(int source, Search s) {
        if (delayS[source] == null) {
            delayS[source] = new double[nodes];
            predecessorLink[source] = new int[nodes];
        }
        runs.incrementAndGet();
        double width = bucketWidthS();
        if (width > 0) {
            s.buckets(graph, source, width, delayS[source], predecessorLink[source]);
        } else {
            s.heap(graph, source, delayS[source], predecessorLink[source]);
        }
    }

    /** One thread's working storage for single-source runs. */
    private static final class Search {

        private final NodeHeap heap;
        private final boolean[] settled;
        private int[] bucketHead = new int[0];
        private int[] entryNode = new int[0];
        private int[] entryNext = new int[0];

        Search(int nodes) {
            heap = new NodeHeap(nodes);
            settled = new boolean[nodes];
        }

        void heap(LinkGraph graph, int source, double[] dist, int[] predLink) {
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

        /**
         * Dial's algorithm on a circular array of buckets {@code widthS} wide, each a linked list
         * of entries; a node improved twice has a stale entry, skipped because it is settled.
         */
        void buckets(LinkGraph graph, int source, double widthS, double[] dist, int[] predLink) {
            int[] off = graph.rowOffsets();
            int[] tgt = graph.rowTargets();
            int[] lnk = graph.rowLinks();
            double[] w = graph.rowWeightsS();
            int satellites = graph.satelliteCount();
            // Pushes go at most ceil(heaviest / width) + 1 buckets ahead of the one being settled.
            int span = (int) Math.ceil(graph.maxWeightS() / widthS) + 2;
            int slots = Integer.highestOneBit(span) << 1;
            int mask = slots - 1;
            if (bucketHead.length < slots) {
                bucketHead = new int[slots];
            }
            Arrays.fill(bucketHead, 0, slots, -1);
            // One entry per improvement of a satellite's label, at most one per arc, plus the source.
            int capacity = off[graph.nodeCount()] + 1;
            if (entryNode.length < capacity) {
                entryNode = new int[capacity];
                entryNext = new int[capacity];
            }
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(predLink, -1);
            Arrays.fill(settled, false);
            double perBucket = 1 / widthS;
            int[] head = bucketHead;
            int[] node = entryNode;
            int[] next = entryNext;
            dist[source] = 0;
            node[0] = source;
            next[0] = -1;
            head[0] = 0;
            int used = 1;
            int pending = 1;
            for (long bucket = 0; pending > 0; bucket++) {
                int slot = (int) (bucket & mask);
                for (int entry = head[slot]; entry >= 0; entry = head[slot]) {
                    head[slot] = next[entry];
                    pending--;
                    int u = node[entry];
                    if (settled[u]) {
                        continue;
                    }
                    settled[u] = true;
                    double du = dist[u];
                    for (int e = off[u], end = off[u + 1]; e < end; e++) {
                        int v = tgt[e];
                        double nd = du + w[e];
                        if (nd < dist[v]) {
                            dist[v] = nd;
                            predLink[v] = lnk[e];
                            if (v < satellites) {
                                int to = (int) (nd * perBucket) & mask;
                                node[used] = v;
                                next[used] = head[to];
                                head[to] = used++;
                                pending++;
                            }
                        }
                    }
                }
            }
        }
    }
}
