package org.skyrack.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skyrack.power.Throttle;
import org.skyrack.scenario.Ground;
import org.skyrack.scenario.Workload;

class InferenceSimulationTest {

    /** HdrHistogram keeps 3 significant digits: relative agreement of a percentile. */
    private static final double HISTOGRAM_RELATIVE_TOLERANCE = 1e-3;
    /** Integrals of piecewise-constant rates: relative agreement. */
    private static final double RATE_INTEGRAL_TOLERANCE = 1e-9;
    /** Counts of a Poisson process: within this many standard deviations of the mean. */
    private static final double POISSON_SIGMAS = 5;
    private static final double C = InferenceSimulation.SPEED_OF_LIGHT_M_PER_S;
    private static final double PEAK = 1e15;
    private static final double DAY_S = 86_400;
    private static final double RANGE_M = 1_000e3;
    private static final double HOP_RANGE_M = 3_000e3;

    /** A station and a region at the same place on the equator. */
    private static final Ground GROUND = new Ground(List.of(new Ground.Station("gs", 0, 0, 0, 0.1)),
            List.of(new Ground.UserRegion("users", 0, 0, 500e3)));

    private static Workload.InferenceService service(double ratePerS, Workload.DailyCurve curve) {
        return new Workload.InferenceService("svc", "users", ratePerS, 1000, 100, 0.5, curve, 1e9, 0.5);
    }

    private static final InferenceSimulation.Geometry FIXED_RANGE = new InferenceSimulation.Geometry() {
        @Override
        public double rangeM(int station, int satellite, double timeS) {
            return RANGE_M;
        }

        @Override
        public double groundRateBps(double rangeM) {
            return 1e9;
        }
    };

    /** Satellite 0 in contact over the whole run; satellites in a chain by links always up. */
    private static InferenceSimulation sim(List<Workload.InferenceService> services, int satellites,
                                           ComputeAvailability availability, List<TrainingSimulation.JobResult> training,
                                           ServingPolicy policy, double endS, boolean contact) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < satellites; i++) {
            pairs.add(new int[] {i, i + 1});
        }
        double[] peak = new double[satellites];
        java.util.Arrays.fill(peak, PEAK);
        InferenceSimulation.Contacts contacts = contact
                ? new InferenceSimulation.Contacts(new int[] {0}, new int[] {0}, new double[] {0}, new double[] {endS})
                : new InferenceSimulation.Contacts(new int[0], new int[0], new double[0], new double[0]);
        int n = pairs.size();
        int[] pairIndex = new int[n];
        double[] starts = new double[n];
        double[] ends = new double[n];
        double[] ranges = new double[n];
        for (int k = 0; k < n; k++) {
            pairIndex[k] = k;
            ends[k] = endS;
            ranges[k] = HOP_RANGE_M;
        }
        return new InferenceSimulation(services, GROUND, peak, pairs, 0,
                contacts, new InferenceSimulation.LinkIntervals(pairIndex, starts, ends, ranges), availability, training,
                FIXED_RANGE, policy, 7, 0, endS);
    }

    @Test
    void theDiurnalCurvePeaksAt20TroughsAt4AndAveragesOne() {
        assertThat(InferenceSimulation.dailyFactor(Workload.DailyCurve.DIURNAL, 20))
                .isCloseTo(1 + InferenceSimulation.DIURNAL_AMPLITUDE, within(1e-12));
        assertThat(InferenceSimulation.dailyFactor(Workload.DailyCurve.DIURNAL, 4))
                .isCloseTo(1 - InferenceSimulation.DIURNAL_AMPLITUDE, within(1e-12));
        int steps = 240_000;
        double sum = 0;
        double max = 0;
        for (int i = 0; i < steps; i++) {
            double f = InferenceSimulation.dailyFactor(Workload.DailyCurve.DIURNAL, 24.0 * (i + 0.5) / steps);
            sum += f;
            max = Math.max(max, f);
        }
        assertThat(sum / steps).isCloseTo(1, within(1e-6));
        assertThat(max).isLessThanOrEqualTo(1 + InferenceSimulation.DIURNAL_AMPLITUDE);
        assertThat(InferenceSimulation.dailyFactor(Workload.DailyCurve.FLAT, 13)).isEqualTo(1);
    }

    @Test
    void aLightlyLoadedRequestTakesTheClosedFormLatency() {
        // 0.01 requests/s on one satellite: utilisation ~ 0.01 * 2.2e12 / (0.5 * 1e15) ~ 4.4e-5
        Workload.InferenceService svc = service(0.01, Workload.DailyCurve.FLAT);
        List<Double> latencies = new ArrayList<>();
        InferenceSimulation.Result r = sim(List.of(svc), 1, new ComputeAvailability(1), List.of(),
                ServingPolicy.LATENCY_AWARE, DAY_S, true).run((id, s, t, station, sat, lat, late) -> {
                    assertThat(sat).isZero();
                    latencies.add(lat);
                });
        double capacity = PEAK * svc.modelFlopUtilization();
        double rho = 0.01 * svc.flopPerRequest() / capacity;
        double wait = rho / (1 - rho) * svc.flopPerRequest() / capacity;
        double expected = 2 * RANGE_M / C + 1000 * InferenceSimulation.BYTES_PER_TOKEN * 8 / 1e9 + wait
                + svc.flopToFirstToken() / capacity;
        assertThat(latencies).isNotEmpty().allSatisfy(l -> assertThat(l).isCloseTo(expected, within(1e-12)));
        assertThat(r.services().get(0).latencyUs().getValueAtPercentile(50) / 1e6)
                .isCloseTo(expected, within(HISTOGRAM_RELATIVE_TOLERANCE * expected));
        assertThat(r.requestWeight()).isEqualTo(1);
        assertThat(r.services().get(0).offered()).isCloseTo(0.01 * DAY_S, within(RATE_INTEGRAL_TOLERANCE * 864));
        double n = 0.01 * DAY_S;
        assertThat((double) r.services().get(0).simulated()).isCloseTo(n, within(POISSON_SIGMAS * Math.sqrt(n)));
    }

    @Test
    void withoutAContactNothingIsServedAndEveryRequestViolates() {
        InferenceSimulation.Result r = sim(List.of(service(0.05, Workload.DailyCurve.DIURNAL)), 2,
                new ComputeAvailability(2), List.of(), ServingPolicy.LATENCY_AWARE, DAY_S, false)
                .run((id, s, t, station, sat, lat, late) -> {
                    assertThat(sat).isEqualTo(-1);
                    assertThat(late).isTrue();
                });
        InferenceSimulation.ServiceResult s = r.services().get(0);
        assertThat(s.served()).isZero();
        assertThat(s.violating()).isEqualTo(s.simulated() * r.requestWeight());
        assertThat(s.latencyUs().getTotalCount()).isZero();
    }

    @Test
    void demandBeyondCapacityIsServedUpToTheUtilisationCapAndTheRestViolates() {
        Workload.InferenceService svc = service(1, Workload.DailyCurve.FLAT);
        // one satellite serves at most 0.9 * PEAK / flopPerRequest * mfu requests/s
        double capacityPerS = InferenceSimulation.MAX_UTILIZATION * PEAK * svc.modelFlopUtilization()
                / svc.flopPerRequest();
        double rate = 4 * capacityPerS;
        Workload.InferenceService busy = service(rate, Workload.DailyCurve.FLAT);
        InferenceSimulation.Result r = sim(List.of(busy), 1, new ComputeAvailability(1), List.of(),
                ServingPolicy.LATENCY_AWARE, 3_600, true).run((id, s, t, station, sat, lat, late) -> { });
        InferenceSimulation.ServiceResult s = r.services().get(0);
        double sampled = s.simulated();
        double p = 0.25;
        assertThat(s.served() / r.requestWeight())
                .isCloseTo(p * sampled, within(POISSON_SIGMAS * Math.sqrt(sampled * p * (1 - p))));
        // at ρ = 0.9 the wait is 9 service times
        double serviceS = busy.flopPerRequest() / (PEAK * busy.modelFlopUtilization());
        assertThat(s.latencyUs().getValueAtPercentile(50) / 1e6).isGreaterThan(9 * serviceS);
    }

    @Test
    void policiesChooseTheirServers() {
        // chain 0-1-2; satellite 0 is the entry, held back by power; 1 and 2 at full compute
        ComputeAvailability a = new ComputeAvailability(3);
        a.interval(0, 0, DAY_S, 0, 0, 0.5, 0, 0, Throttle.POWER);
        Workload.InferenceService svc = service(0.01, Workload.DailyCurve.FLAT);
        assertThat(servers(sim(List.of(svc), 3, a, List.of(), ServingPolicy.POWER_AWARE, DAY_S, true)))
                .containsOnly(1);
        assertThat(servers(sim(List.of(svc), 3, a, List.of(), ServingPolicy.LATENCY_AWARE, DAY_S, true)))
                .containsOnly(0);
        assertThat(servers(sim(List.of(svc), 3, a, List.of(), ServingPolicy.GREEDY, DAY_S, true)))
                .containsOnly(0);
        // a training gang holding satellites 0 and 1 for the whole run pushes the load to 2
        TrainingSimulation.JobResult gang = new TrainingSimulation.JobResult("job", 2, 8, 0, 0, Double.NaN, false,
                1, 0, 0, 0, 0, 0, 0, 1, List.of(new TrainingSimulation.Placement(new int[] {0, 1}, 0, DAY_S)), 0);
        List<Integer> held = servers(sim(List.of(svc), 3, a, List.of(gang), ServingPolicy.GREEDY, DAY_S, true));
        assertThat(held).containsOnly(2);
    }

    @Test
    void latencyAwareSpreadsWhatPowerAwarePacks() {
        // Offered load = one satellite's full capacity. Power-aware packs satellite 0 to ρ = 0.9 and
        // puts the last 0.1 on satellite 1; latency-aware gives each of 0 and 1 half (ρ = 0.5).
        Workload.InferenceService unit = service(1, Workload.DailyCurve.FLAT);
        double capacityFlopPerS = PEAK * unit.modelFlopUtilization();
        double serviceS = unit.flopPerRequest() / capacityFlopPerS;
        Workload.InferenceService svc = service(1 / serviceS, Workload.DailyCurve.FLAT);
        double base = 2 * RANGE_M / C + 1000 * InferenceSimulation.BYTES_PER_TOKEN * 8 / 1e9
                + svc.flopToFirstToken() / capacityFlopPerS;
        double spread = ServingPolicy.LATENCY_AWARE_SPREAD_UTILIZATION;
        java.util.Map<Integer, List<Double>> latencyAware = new java.util.TreeMap<>();
        sim(List.of(svc), 3, new ComputeAvailability(3), List.of(), ServingPolicy.LATENCY_AWARE, 600, true)
                .run((id, s2, t, st, sat, lat, late) -> latencyAware.computeIfAbsent(sat, k -> new ArrayList<>()).add(lat));
        assertThat(latencyAware.keySet()).containsExactly(0, 1);
        // on satellite 0 (the entry): no hops, wait ρ/(1−ρ)·S at ρ = 0.5, i.e. one service time
        assertThat(latencyAware.get(0)).allSatisfy(l ->
                assertThat(l).isCloseTo(base + spread / (1 - spread) * serviceS, within(1e-12)));
        java.util.Map<Integer, List<Double>> powerAware = new java.util.TreeMap<>();
        sim(List.of(svc), 3, new ComputeAvailability(3), List.of(), ServingPolicy.POWER_AWARE, 600, true)
                .run((id, s2, t, st, sat, lat, late) -> powerAware.computeIfAbsent(sat, k -> new ArrayList<>()).add(lat));
        double packed = InferenceSimulation.MAX_UTILIZATION;
        assertThat(powerAware.get(0)).allSatisfy(l ->
                assertThat(l).isCloseTo(base + packed / (1 - packed) * serviceS, within(1e-12)));
        // about nine tenths of power-aware's requests go to satellite 0, half of latency-aware's
        double n0 = powerAware.get(0).size();
        double n1 = powerAware.getOrDefault(1, List.of()).size();
        assertThat(n0 / (n0 + n1)).isCloseTo(packed, within(POISSON_SIGMAS * Math.sqrt(packed * (1 - packed) / (n0 + n1))));
        double l0 = latencyAware.get(0).size();
        double l1 = latencyAware.get(1).size();
        assertThat(l0 / (l0 + l1)).isCloseTo(0.5, within(POISSON_SIGMAS * Math.sqrt(0.25 / (l0 + l1))));
    }

    @Test
    void theSameSeedGivesTheSameRequests() {
        Workload.InferenceService svc = service(0.2, Workload.DailyCurve.DIURNAL);
        List<String> one = new ArrayList<>();
        List<String> two = new ArrayList<>();
        sim(List.of(svc), 3, new ComputeAvailability(3), List.of(), ServingPolicy.POWER_AWARE, DAY_S, true)
                .run((id, s, t, st, sat, lat, late) -> one.add(id + " " + t + " " + sat + " " + lat));
        sim(List.of(svc), 3, new ComputeAvailability(3), List.of(), ServingPolicy.POWER_AWARE, DAY_S, true)
                .run((id, s, t, st, sat, lat, late) -> two.add(id + " " + t + " " + sat + " " + lat));
        assertThat(one).isNotEmpty().isEqualTo(two);
    }

    @Test
    void beyondTheBudgetArrivalsAreThinnedAndWeighted() {
        // 1e6 requests budget: 30 requests/s for a day is 2.592e6 expected
        Workload.InferenceService svc = service(30, Workload.DailyCurve.FLAT);
        InferenceSimulation.Result r = sim(List.of(svc), 1, new ComputeAvailability(1), List.of(),
                ServingPolicy.LATENCY_AWARE, DAY_S, true).run((id, s, t, st, sat, lat, late) -> { });
        double expected = 30 * DAY_S;
        assertThat(r.requestWeight()).isCloseTo(expected / InferenceSimulation.MAX_SIMULATED_REQUESTS, within(1e-12));
        InferenceSimulation.ServiceResult s = r.services().get(0);
        double n = InferenceSimulation.MAX_SIMULATED_REQUESTS;
        assertThat((double) s.simulated()).isCloseTo(n, within(POISSON_SIGMAS * Math.sqrt(n)));
        assertThat(s.offered()).isCloseTo(expected, within(RATE_INTEGRAL_TOLERANCE * expected));
        // always in contact, lightly loaded, well within the objective: every request served in time
        assertThat(s.served()).isCloseTo(s.simulated() * r.requestWeight(),
                within(RATE_INTEGRAL_TOLERANCE * s.served()));
        assertThat(s.violating()).isZero();
    }

    private static List<Integer> servers(InferenceSimulation sim) {
        List<Integer> out = new ArrayList<>();
        sim.run((id, s, t, st, sat, lat, late) -> out.add(sat));
        assertThat(out).isNotEmpty();
        return out;
    }
}
