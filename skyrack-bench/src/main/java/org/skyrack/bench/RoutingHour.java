package org.skyrack.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.skyrack.network.LinkGraph;
import org.skyrack.network.Router;
import org.skyrack.network.ShortestPaths;

/**
 * One simulated hour of Starlink shell 1 ({@link StarlinkShell}) at 1 s steps with routes kept
 * current: every step the satellites move (SGP4 kernel, TEME → ITRF), the links are listed again
 * (inter-satellite ranges, ground links above 25°), and the routes from all 100 ground stations
 * are recomputed when the link graph changed (with moving satellites, ranges change every step,
 * so every step is a change; the version counter shows it). Wall and thread CPU time per phase
 * are printed, and the peer's cost for the routing phase is estimated from JGraphT's per-step
 * time on the first step's graph. A single long job, so a plain program; run it as
 * {@code java -cp skyrack-bench/target/benchmarks.jar org.skyrack.bench.RoutingHour [seconds] [stepS] [threads]}
 * (thread CPU time is the calling thread's: with more than one routing thread it leaves out the other's).
 */
public final class RoutingHour {

    private RoutingHour() {
    }

    public static void main(String[] args) {
        double spanS = args.length > 0 ? Double.parseDouble(args[0]) : 3600;
        double stepS = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        StarlinkShell shell = new StarlinkShell(spanS);
        double[] itrf = new double[3 * StarlinkShell.SATELLITES];
        LinkGraph graph = shell.links.newGraph();
        Router router = new Router(graph);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

        // Warm the JIT on a few minutes that are not timed.
        for (double t = 0; t < 300; t += stepS) {
            shell.positions(t, itrf);
            shell.links.update(itrf, graph);
            router.fromStations(threads);
        }

        long positionsNs = 0;
        long linksNs = 0;
        long routesNs = 0;
        int steps = 0;
        int changes = 0;
        double check = 0;
        int probe = graph.stationNode(StarlinkShell.STATIONS - 1);
        long cpu0 = cpu.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (double t = 0; t < spanS; t += stepS) {
            long a = System.nanoTime();
            shell.positions(t, itrf);
            long b = System.nanoTime();
            if (shell.links.update(itrf, graph)) {
                changes++;
            }
            long c = System.nanoTime();
            ShortestPaths[] routes = router.fromStations(threads);
            check += routes[0].delayS(probe);
            long d = System.nanoTime();
            positionsNs += b - a;
            linksNs += c - b;
            routesNs += d - c;
            steps++;
        }
        double wallS = (System.nanoTime() - wall0) / 1e9;
        double cpuS = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;

        System.out.printf(Locale.ROOT, "Starlink shell 1: %d satellites, %d stations, %d steps of %.0f s; "
                + "the graph changed at %d steps (%d Dijkstra runs, %s, %d thread(s) for routes)%n", StarlinkShell.SATELLITES,
                StarlinkShell.STATIONS, steps, stepS, changes, router.dijkstraRuns(),
                router.usesBuckets() ? "bucket queue" : "binary heap", threads);
        System.out.printf(Locale.ROOT, "  positions %8.2f s%n  links     %8.2f s%n  routes    %8.2f s%n", positionsNs / 1e9,
                linksNs / 1e9, routesNs / 1e9);
        System.out.printf(Locale.ROOT, "  total     %8.2f s wall, %.2f s thread CPU (mean station-0 to station-99 delay %.3f ms)%n",
                wallS, cpuS, check / steps * 1e3);

        // The peer on the routing phase: JGraphT's Dijkstra from every station, on the last step's graph.
        var peer = RoutingBenchmark.jgraphtOf(graph);
        var dijkstra = new org.jgrapht.alg.shortestpath.DijkstraShortestPath<>(peer);
        int reps = 20;
        long j0 = System.nanoTime();
        double sink = 0;
        for (int r = 0; r < reps; r++) {
            for (int g = 0; g < StarlinkShell.STATIONS; g++) {
                sink += dijkstra.getPaths(graph.stationNode(g)).getWeight(0);
            }
        }
        double jgraphtStepS = (System.nanoTime() - j0) / 1e9 / reps;
        System.out.printf(Locale.ROOT, "  JGraphT routes (one thread), estimated: %.2f s (%.1f ms per step x %d steps; %.1fx skyrack's routes) [%s]%n",
                jgraphtStepS * steps, jgraphtStepS * 1e3, steps, jgraphtStepS * steps / (routesNs / 1e9),
                sink > 0 ? "ok" : "?");
    }
}
