package org.skyrack.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.results.ConstellationSummary;
import org.skyrack.run.RunRecorder;
import org.skyrack.run.ScenarioRun;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioInfo;
import org.skyrack.scenario.ScenarioReader;
import org.skyrack.scenario.Workload;

/**
 * Benchmark 2 of the operations issue: the whole run of {@code skyrack-bench/scenarios/ops-10k.yaml}
 * (10,000 satellites, 1,000 training jobs, ~1,000,000 inference requests over 30 days), timed
 * stage by stage (wall and CPU of the calling thread; the geometry stages also use the other
 * cores), and the operations stages (training, inference) at three workload sizes — the first
 * 1/4, 1/2 and all of the jobs, with request rates scaled alike — to show how they grow.
 * {@code java -Xmx4g -cp skyrack-bench/target/benchmarks.jar org.skyrack.bench.OperationsScale
 * [scenario] [days] [threads] [workload fractions...]}
 */
public final class OperationsScale {

    private OperationsScale() {
    }

    /** Stage times of one run. */
    private static final class StageClock implements RunRecorder {
        private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        final Map<String, double[]> seconds = new LinkedHashMap<>();
        private String stage;
        private long wall0;
        private long cpu0;

        @Override
        public void stage(String name) {
            end();
            stage = name;
            wall0 = System.nanoTime();
            cpu0 = cpu.getCurrentThreadCpuTime();
        }

        void end() {
            if (stage != null) {
                seconds.put(stage, new double[] {(System.nanoTime() - wall0) / 1e9,
                        (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9});
            }
            stage = null;
        }
    }

    static Scenario scaled(Scenario s, double fraction) {
        List<Workload.TrainingJob> jobs = s.workload().training();
        List<Workload.TrainingJob> first = new ArrayList<>(jobs.subList(0, (int) Math.round(jobs.size() * fraction)));
        List<Workload.InferenceService> services = new ArrayList<>();
        for (Workload.InferenceService v : s.workload().inference()) {
            services.add(new Workload.InferenceService(v.name(), v.region(), v.requestRatePerS() * fraction, v.tokensIn(),
                    v.tokensOut(), v.latencyObjectiveS(), v.dailyCurve(), v.parameters(), v.modelFlopUtilization()));
        }
        return new Scenario(s.info(), s.constellation(), s.satellites(), s.ground(), s.links(),
                new Workload(s.workload().policy(), first, services, s.workload().faults()), s.launch(), s.economics());
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "skyrack-bench/scenarios/ops-10k.yaml");
        double days = args.length > 1 ? Double.parseDouble(args[1]) : 30;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        Scenario base = ScenarioReader.read(file);
        ScenarioInfo i = base.info();
        base = base.withInfo(new ScenarioInfo(i.name(), i.description(), i.epoch(), days * 86_400, i.seed()));
        List<SatelliteOrbit> satellites = ScenarioRun.satellites(base, fdc);
        System.out.printf(Locale.ROOT, "%s: %d satellites, %.0f days, %d threads%n", base.info().name(),
                satellites.size(), days, threads);
        double[] fractions = args.length > 3 ? java.util.Arrays.stream(args, 3, args.length)
                .mapToDouble(Double::parseDouble).toArray() : new double[] {0.25, 0.5, 1.0};
        for (double fraction : fractions) {
            Scenario s = scaled(base, fraction);
            StageClock clock = new StageClock();
            long t0 = System.nanoTime();
            ConstellationSummary summary = ScenarioRun.run(s, satellites, fdc, threads, clock);
            clock.end();
            double total = (System.nanoTime() - t0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "workload x%.2f: %d jobs, %d requests simulated (%.0f offered), total %.1f s, "
                            + "heap in use %.0f MB%n", fraction, s.workload().training().size(),
                    summary.workload().requestsSimulated(), summary.workload().requestsOffered(), total,
                    (rt.totalMemory() - rt.freeMemory()) / 1e6);
            clock.seconds.forEach((k, v) -> System.out.printf(Locale.ROOT, "    %-28s wall %8.2f s   cpu %8.2f s%n", k,
                    v[0], v[1]));
        }
    }
}
