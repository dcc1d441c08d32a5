package org.skyrack.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.skyrack.radiation.FaultProcess;
import org.skyrack.radiation.FaultRates;
import org.skyrack.scenario.Workload;
import org.skyrack.sim.ComputeAvailability;
import org.skyrack.sim.TrainingSimulation;

/**
 * The data-center-scale case of CloudSim Plus's examples, on skyrack's event loop: {@code nodes}
 * compute nodes of 8 accelerators and {@code jobs} jobs arriving at random over the first half
 * of one simulated hour, each needing one node's accelerators for 2 to 20 minutes of work,
 * placed first come first served (a job waits while the one ahead of it cannot be placed), with
 * full compute and no faults. CloudSim Plus 8.5.7 runs 5,000 hosts / 10,000 VMs / 25,000 cloudlets in about 152 s
 * and 1 GB on this machine (shared/reference). Prints wall time, CPU time and heap for each size
 * so the growth with the job count can be read off.
 * {@code java -cp skyrack-bench/target/benchmarks.jar org.skyrack.bench.DataCenterScale [nodes] [jobs...]}
 */
public final class DataCenterScale {

    /** Accelerators per node. */
    private static final int ACCELERATORS = 8;
    /** Peak FLOP/s of one node (8 × 918 TFLOP/s BF16, TPU v6e class). */
    private static final double NODE_PEAK = 8 * 918e12;
    /** Model FLOP utilization of every job. */
    private static final double MFU = 0.4;
    /** One simulated hour, s. */
    private static final double HOUR_S = 3600;

    private DataCenterScale() {
    }

    /** Nodes with no links: every job is placed on free nodes anywhere. */
    private record Nodes(int n) implements TrainingSimulation.Constellation {
        @Override
        public int satellites() {
            return n;
        }

        @Override
        public int accelerators(int satellite) {
            return ACCELERATORS;
        }

        @Override
        public double peakFlopPerS(int satellite) {
            return NODE_PEAK;
        }

        @Override
        public int[] neighbours(int satellite) {
            return new int[0];
        }

        @Override
        public double linkRateBps() {
            return 0;
        }
    }

    static List<Workload.TrainingJob> jobs(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Workload.TrainingJob> jobs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double seconds = r.nextDouble(120, 1200);
            jobs.add(new Workload.TrainingJob("job-" + i, seconds * NODE_PEAK * MFU, ACCELERATORS, 600, 0,
                    r.nextDouble(0, HOUR_S / 2), 0, 1, MFU));
        }
        return jobs;
    }

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int[] sizes = args.length > 1 ? java.util.Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt)
                .toArray() : new int[] {6250, 12500, 25000};
        // Warm the JIT on a small case.
        run(nodes / 10, jobs(sizes[0] / 10, 1));
        System.out.printf(Locale.ROOT, "%8s %8s %10s %10s %10s %10s %12s%n", "nodes", "jobs", "wall_s", "cpu_s",
                "completed", "heap_mb", "us_per_job");
        for (int size : sizes) {
            List<Workload.TrainingJob> jobs = jobs(size, 42);
            System.gc();
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            TrainingSimulation.Result r = run(nodes, jobs);
            long t1 = System.nanoTime();
            long cpu1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            Runtime rt = Runtime.getRuntime();
            long completed = r.jobs().stream().filter(TrainingSimulation.JobResult::completed).count();
            System.out.printf(Locale.ROOT, "%8d %8d %10.3f %10.3f %10d %10.0f %12.2f%n", nodes, size, (t1 - t0) / 1e9,
                    (cpu1 - cpu0) / 1e9, completed, (rt.totalMemory() - rt.freeMemory()) / 1e6,
                    (t1 - t0) / 1e3 / size);
        }
        System.out.println("peer: CloudSim Plus 8.5.7, 5,000 hosts / 10,000 VMs / 25,000 cloudlets: ~152 s, ~1 GB "
                + "(shared/reference/README.md)");
    }

    private static TrainingSimulation.Result run(int nodes, List<Workload.TrainingJob> jobs) {
        FaultProcess none = new FaultProcess(0, ACCELERATORS, 1, FaultRates.suncatcherTpu());
        return new TrainingSimulation(jobs, new Nodes(nodes), new ComputeAvailability(nodes),
                s -> none.stream(1, s, 0), HOUR_S).run();
    }
}
