package org.skyrack.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.IntVertexDijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.skyrack.network.LinkGraph;
import org.skyrack.network.Router;
import org.skyrack.network.ShortestPaths;

/**
 * Shortest paths by latency for one time step of Starlink shell 1 ({@link StarlinkShell}:
 * 1,584 satellites, +Grid, 100 stations, ground links above 25°; 1,684 nodes), skyrack's
 * {@link Router} against JGraphT 1.5.3 on the same links in the same run: (a) from every ground
 * station, (b) all pairs, as Dijkstra from every one of the 1,684 nodes (the case of SciPy's
 * {@code dijkstra(indices=None)}). Both sides compute the full shortest-path tree with
 * predecessors. Ground stations are end points, never relays: JGraphT gets a directed graph in
 * which each station is split into a source (uplinks out) and a sink (downlinks in), 1,784
 * vertices, same distances (checked in setup to 1e-12). JGraphT is run through its generic
 * {@code DijkstraShortestPath} and its {@code IntVertexDijkstraShortestPath} (integer vertices,
 * array-backed). Run: {@code java -jar skyrack-bench/target/benchmarks.jar RoutingBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class RoutingBenchmark {

    private LinkGraph graph;
    private Router router;
    private Graph<Integer, DefaultWeightedEdge> peer;
    private int nodes;
    private int satellites;

    @Setup(Level.Trial)
    public void setUp() {
        StarlinkShell shell = new StarlinkShell(3600);
        double[] itrf = new double[3 * StarlinkShell.SATELLITES];
        shell.positions(0, itrf);
        graph = shell.links.newGraph();
        shell.links.update(itrf, graph);
        router = new Router(graph);
        nodes = graph.nodeCount();
        satellites = graph.satelliteCount();
        peer = jgraphtOf(graph);
        check();
    }

    /**
     * JGraphT's form of the same links: satellites keep their index; station g becomes source
     * vertex {@code satellites + g} (its uplinks) and sink vertex {@code nodes + g} (its downlinks).
     */
    static Graph<Integer, DefaultWeightedEdge> jgraphtOf(LinkGraph g) {
        int n = g.nodeCount();
        int sats = g.satelliteCount();
        SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> out = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n + g.stationCount(); v++) {
            out.addVertex(v);
        }
        for (int k = 0; k < g.linkCount(); k++) {
            int a = g.linkA(k);
            int b = g.linkB(k);
            double w = g.linkDelayS(k);
            if (g.isStation(a) || g.isStation(b)) {
                int station = g.isStation(a) ? a : b;
                int sat = station == a ? b : a;
                out.setEdgeWeight(out.addEdge(station, sat), w);
                out.setEdgeWeight(out.addEdge(sat, n + station - sats), w);
            } else {
                out.setEdgeWeight(out.addEdge(a, b), w);
                out.setEdgeWeight(out.addEdge(b, a), w);
            }
        }
        return out;
    }

    private int peerTarget(int node) {
        return graph.isStation(node) ? nodes + node - satellites : node;
    }

    private void check() {
        double worst = 0;
        for (int g = 0; g < graph.stationCount(); g++) {
            int s = graph.stationNode(g);
            ShortestPaths ours = router.from(s);
            ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> theirs = new DijkstraShortestPath<>(peer).getPaths(s);
            for (int t = 0; t < nodes; t++) {
                if (t == s) {
                    continue;
                }
                double a = ours.delayS(t);
                double b = theirs.getWeight(peerTarget(t));
                if (a != b) {
                    worst = Math.max(worst, Math.abs(a - b) / b);
                }
            }
        }
        if (!(worst <= 1e-12)) {
            throw new IllegalStateException("skyrack and JGraphT disagree: relative difference " + worst);
        }
        int ground = 0;
        for (int k = 0; k < graph.linkCount(); k++) {
            if (graph.isStation(graph.linkA(k)) || graph.isStation(graph.linkB(k))) {
                ground++;
            }
        }
        System.out.printf(Locale.ROOT, "%n%d nodes, %d links (%d inter-satellite, %d ground); JGraphT graph %d vertices, "
                        + "%d arcs; distances from stations agree to %.1e relative; skyrack queue: %s%n", nodes, graph.linkCount(),
                graph.linkCount() - ground, ground, peer.vertexSet().size(), peer.edgeSet().size(), worst,
                router.usesBuckets() ? "buckets" : "binary heap");
    }

    /** (a) skyrack: shortest paths from all 100 ground stations. */
    @Benchmark
    public void fromStationsSkyrack(Blackhole bh) {
        router.clear();
        bh.consume(router.fromStations());
    }

    /** (a) skyrack on both cores: shortest paths from all 100 ground stations. */
    @Benchmark
    public void fromStationsSkyrackTwoThreads(Blackhole bh) {
        router.clear();
        bh.consume(router.fromStations(2));
    }

    /** (a) JGraphT DijkstraShortestPath: from all 100 ground stations. */
    @Benchmark
    public void fromStationsJgrapht(Blackhole bh) {
        DijkstraShortestPath<Integer, DefaultWeightedEdge> d = new DijkstraShortestPath<>(peer);
        for (int g = 0; g < graph.stationCount(); g++) {
            bh.consume(d.getPaths(satellites + g));
        }
    }

    /** (a) JGraphT IntVertexDijkstraShortestPath: from all 100 ground stations. */
    @Benchmark
    public void fromStationsJgraphtIntVertex(Blackhole bh) {
        IntVertexDijkstraShortestPath<DefaultWeightedEdge> d = new IntVertexDijkstraShortestPath<>(peer);
        for (int g = 0; g < graph.stationCount(); g++) {
            bh.consume(d.getPaths(satellites + g));
        }
    }

    /** (b) skyrack: all pairs (Dijkstra from each of the 1,684 nodes). */
    @Benchmark
    public void allPairsSkyrack(Blackhole bh) {
        router.clear();
        bh.consume(router.allPairs());
    }

    /** (b) skyrack on both cores: all pairs. */
    @Benchmark
    public void allPairsSkyrackTwoThreads(Blackhole bh) {
        router.clear();
        bh.consume(router.allPairs(2));
    }

    /** (b) JGraphT DijkstraShortestPath from each of the 1,684 sources (satellites and station sources). */
    @Benchmark
    public void allPairsJgrapht(Blackhole bh) {
        DijkstraShortestPath<Integer, DefaultWeightedEdge> d = new DijkstraShortestPath<>(peer);
        for (int s = 0; s < nodes; s++) {
            bh.consume(d.getPaths(s));
        }
    }

    /** (b) JGraphT IntVertexDijkstraShortestPath from each of the 1,684 sources. */
    @Benchmark
    public void allPairsJgraphtIntVertex(Blackhole bh) {
        IntVertexDijkstraShortestPath<DefaultWeightedEdge> d = new IntVertexDijkstraShortestPath<>(peer);
        for (int s = 0; s < nodes; s++) {
            bh.consume(d.getPaths(s));
        }
    }
}
