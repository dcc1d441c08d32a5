package org.skyrack.run;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.skyrack.economics.CostAnalysis;
import org.skyrack.economics.CostItem;
import org.skyrack.economics.CostResult;
import org.skyrack.economics.SpaceCase;
import org.skyrack.economics.Tornado;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.geometry.ClusterDistances;
import org.skyrack.geometry.EarthSunGrid;
import org.skyrack.geometry.EventSink;
import org.skyrack.geometry.GeometryJobs;
import org.skyrack.geometry.GroundStationGeometry;
import org.skyrack.geometry.IslFinder;
import org.skyrack.geometry.LinkCandidates;
import org.skyrack.geometry.ShadowGeometry;
import org.skyrack.geometry.SunEphemeris;
import org.skyrack.launch.Campaign;
import org.skyrack.launch.CampaignResult;
import org.skyrack.launch.LaunchInputException;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.power.FleetEnergyRun;
import org.skyrack.power.LoadModel;
import org.skyrack.power.SatellitePowerModel;
import org.skyrack.radiation.FaultEvent;
import org.skyrack.radiation.FaultProcess;
import org.skyrack.radiation.FaultRates;
import org.skyrack.radiation.FaultStream;
import org.skyrack.radiation.TotalDoseModel;
import org.skyrack.results.CalendarMonths;
import org.skyrack.results.ConstellationSummary;
import org.skyrack.results.EconomicsSummary;
import org.skyrack.results.GeometrySummary;
import org.skyrack.results.LaunchSummary;
import org.skyrack.results.PowerSummary;
import org.skyrack.results.RadiationSummary;
import org.skyrack.results.ThermalSummary;
import org.skyrack.results.WorkloadSummary;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.Ground;
import org.skyrack.scenario.SatelliteDesign;
import org.skyrack.scenario.Scenario;
import org.skyrack.sim.ComputeAvailability;
import org.skyrack.sim.RandomStreams;
import org.skyrack.sim.ScenarioConstellation;
import org.skyrack.sim.TrainingSimulation;
import org.skyrack.sim.InferenceSimulation;
import org.skyrack.sim.ServingPolicy;
import org.skyrack.sim.Outages;
import org.skyrack.sim.GroundTransfers;
import org.skyrack.sim.LinkDownTimes;
import org.skyrack.scenario.Workload;
import org.skyrack.network.GroundLinkBudget;
import org.skyrack.results.NetworkSummary;
import org.skyrack.scenario.Links;
import org.skyrack.units.Units;

/**
 * The run behind {@code simulate}, {@code demo} and every sweep point: the constellation's
 * eclipses, passes and links, every satellite's power and heat, the training jobs, the launch
 * campaign and its cost, summarised. The summary depends only on the scenario (seed included),
 * not on the number of threads.
 */
public final class ScenarioRun {

    /** Sampling step of the formation distances over an orbit, s. */
    private static final double CLUSTER_STEP_S = 30;

    /**
     * Compute asked of every satellite until the workload drives it: all accelerators busy, so
     * the power section reports what the design can sustain.
     */
    private static final double FULL_COMPUTE = 1.0;

    /** Milliseconds in a second: fault times are whole milliseconds from the epoch. */
    private static final double MILLIS_PER_S = 1000.0;

    /** Energy of one kW over a (Julian) year, J. */
    private static final double KW_YEAR_J = 1000 * Units.YEAR_S;

    /** Names of the run's steps, as passed to {@link RunRecorder#stage}. */
    public static final String STAGE_ECLIPSES = "eclipses, power and heat";
    /** Ground-station passes. */
    public static final String STAGE_CONTACTS = "ground contacts";
    /** Inter-satellite link availability. */
    public static final String STAGE_LINKS = "inter-satellite links";
    /** The training jobs through throttling and faults. */
    public static final String STAGE_TRAINING = "training jobs";
    /** Stage name: the inference requests. */
    public static final String STAGE_INFERENCE = "inference requests";
    /** The launch campaign and its cost. */
    public static final String STAGE_LAUNCH_AND_COST = "launch campaign and cost";

    private ScenarioRun() {
    }

    /** The scenario's epoch on Orekit's time scale. */
    public static AbsoluteDate epoch(Scenario s, FlightDynamicsContext fdc) {
        return new AbsoluteDate(s.info().epoch(), fdc.utc());
    }

    /** The scenario's satellites at its epoch, in the order every table indexes them. */
    public static List<SatelliteOrbit> satellites(Scenario s, FlightDynamicsContext fdc) {
        return new ConstellationBuilder(fdc.dataContext(), epoch(s, fdc)).build(s.constellation());
    }

    /** Runs {@code s} on {@code threads} threads, keeping no table rows. */
    public static ConstellationSummary run(Scenario s, FlightDynamicsContext fdc, int threads) {
        return run(s, satellites(s, fdc), fdc, threads, RunRecorder.NONE);
    }

    /**
     * Runs {@code s} over its {@code satellites} (from {@link #satellites}) on {@code threads}
     * threads, handing every table row to {@code recorder}.
     */
    public static ConstellationSummary run(Scenario s, List<SatelliteOrbit> satellites, FlightDynamicsContext fdc,
                                           int threads, RunRecorder recorder) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        AbsoluteDate epoch = epoch(s, fdc);
        double span = s.info().durationS();
        for (int i = 0; i < satellites.size(); i++) {
            SatelliteOrbit o = satellites.get(i);
            KeplerianOrbit k = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(o.orbit());
            recorder.satellite(i, o.name(), o.group(), o.design(), k.getA(), k.getI(),
                    k.getRightAscensionOfAscendingNode());
        }
        recorder.stage(STAGE_ECLIPSES);
        EphemerisSource source = Ephemerides.of(satellites, s.constellation().propagator(), fdc.dataContext(), epoch);
        EarthSunGrid grid = new EarthSunGrid(fdc.frames(), SunEphemeris.best(fdc.dataContext())::position, epoch, 0, span);
        GeometryJobs jobs = new GeometryJobs(source, grid, threads);
        List<Ground.Station> stations = s.ground().stations();
        GeometrySummary.Builder b = new GeometrySummary.Builder(satellites, stations, span);
        int first = 0;
        for (ConstellationGroup g : s.constellation().groups()) {
            String name = g.name();
            int count = (int) satellites.stream().filter(o -> o.group().equals(name)).count();
            if (g instanceof ConstellationGroup.Cluster && count >= 2 && count <= ClusterDistances.MAX_MEMBERS) {
                double[] d = ClusterDistances.overSpan(source, first, count, satellites.get(first).periodS(),
                        CLUSTER_STEP_S);
                b.withCluster(new GeometrySummary.ClusterSpacing(name, d[0], d[1]));
            }
            first += count;
        }
        double terminalsW = s.links().interSatellite()
                .map(isl -> isl.terminalsPerSatellite() * isl.terminalPowerW()).orElse(0.0);
        Map<String, SatellitePowerModel> models = new HashMap<>();
        for (SatelliteDesign d : s.satellites()) {
            models.put(d.name(), SatellitePowerModel.of(d, terminalsW));
        }
        CalendarMonths months = CalendarMonths.of(s.info().epoch(), span);
        ComputeAvailability availability = new ComputeAvailability(satellites.size());
        FleetEnergyRun energy = new FleetEnergyRun(i -> models.get(satellites.get(i).design()), satellites.size(),
                source, grid, 0, span, months.startsS(), FULL_COMPUTE, (sat, a, e, arr, load, u, stored, temp, why) -> {
                    recorder.interval(sat, a, e, arr, load, u, stored, temp, why);
                    availability.interval(sat, a, e, arr, load, u, stored, temp, why);
                });
        jobs.eclipses(0, span, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, new EventSink() {
            @Override
            public void eclipse(int satellite, boolean umbra, double startS, double endS) {
                b.eclipse(satellite, umbra, startS, endS);
                energy.eclipse(satellite, umbra, startS, endS);
                recorder.eclipse(satellite, umbra, startS, endS);
            }
        });
        energy.finish();
        // Compute power the power run drew (every satellite asked for full compute), before failures cut it.
        double[] computePowerW = new double[satellites.size()];
        double fullComputeJ = 0;
        long spanMillis = Math.round(span * 1000);
        for (int i = 0; i < satellites.size(); i++) {
            LoadModel loads = models.get(satellites.get(i).design()).loads();
            computePowerW[i] = loads.computeFullW() - loads.computeIdleW();
            fullComputeJ += computePowerW[i] * availability.integralS(i, 0, spanMillis);
        }
        GroundStationGeometry stationGeometry = new GroundStationGeometry(
                stations.stream().mapToDouble(Ground.Station::latitudeRad).toArray(),
                stations.stream().mapToDouble(Ground.Station::longitudeRad).toArray(),
                stations.stream().mapToDouble(Ground.Station::altitudeM).toArray(),
                stations.stream().mapToDouble(Ground.Station::elevationMaskRad).toArray());
        IntervalTable contacts = new IntervalTable();
        if (!stations.isEmpty()) {
            recorder.stage(STAGE_CONTACTS);
            jobs.contacts(stationGeometry, 0, span, new EventSink() {
                @Override
                public void contact(int satellite, int station, double aosS, double losS,
                                    double maxElevationRad, double maxElevationS, double minRangeM) {
                    b.contact(satellite, station, aosS, losS, maxElevationRad, maxElevationS, minRangeM);
                    recorder.contact(satellite, station, aosS, losS, maxElevationRad, minRangeM);
                    contacts.add(satellite, station, aosS, losS, minRangeM);
                }
            });
        }
        List<int[]> pairs = s.links().interSatellite().map(isl ->
                LinkCandidates.of(satellites, s.constellation(), isl.topology(), isl.terminalsPerSatellite()))
                .orElse(List.of());
        IntervalTable links = new IntervalTable();
        s.links().interSatellite().ifPresent(isl -> {
            recorder.stage(STAGE_LINKS);
            b.withLinks(pairs);
            Map<Long, Integer> pairIndex = new HashMap<>();
            for (int k = 0; k < pairs.size(); k++) {
                pairIndex.put(pairKey(pairs.get(k)[0], pairs.get(k)[1]), k);
            }
            jobs.links(pairs, isl.maxRangeM(), IslFinder.DEFAULT_GRAZING_ALTITUDE_M, 0, span, new EventSink() {
                @Override
                public void link(int satelliteA, int satelliteB, double startS, double endS, double minRangeM) {
                    b.link(satelliteA, satelliteB, startS, endS, minRangeM);
                    recorder.islLink(satelliteA, satelliteB, startS, endS, minRangeM);
                    links.add(pairIndex.get(pairKey(satelliteA, satelliteB)), -1, startS, endS, minRangeM);
                }
            });
        });
        double[] failedAtS = failSatellites(s, satellites, availability, span, recorder);
        int failures = (int) java.util.Arrays.stream(failedAtS).filter(t -> t < span).count();
        // A satellite that failed for good neither talks to the ground nor relays after it.
        IntervalTable liveContacts = cutAtFailures(contacts, failedAtS, null);
        IntervalTable liveLinks = cutAtFailures(links, failedAtS, pairs);
        RandomStreams outageStreams = new RandomStreams(new RandomStreams(s.info().seed()).streamSeed("outages", 0));
        Workload.Faults faults = s.workload().faults();
        double[][] stationDown = faults.stationMtbfS().isEmpty() ? null : downIntervals(stations.size(), outageStreams,
                "station-outages", faults.stationMtbfS().get(), faults.stationOutageS().get(), span);
        double[][] linkDown = faults.linkMtbfS().isEmpty() ? null : downIntervals(pairs.size(), outageStreams,
                "link-outages", faults.linkMtbfS().get(), faults.linkOutageS().get(), span);
        IntervalTable usableContacts = stationDown == null ? liveContacts : withOutages(liveContacts, true, stationDown);
        IntervalTable usableLinks = linkDown == null ? liveLinks : withOutages(liveLinks, false, linkDown);
        recorder.stage(STAGE_TRAINING);
        List<Workload.TrainingJob> specs = s.workload().training();
        InferenceSimulation.Geometry ground = groundGeometry(s, source, grid, stationGeometry);
        boolean checkpointsDown = specs.stream().anyMatch(Workload.TrainingJob::checkpointsToGround);
        GroundTransfers bulk = checkpointsDown || specs.stream().anyMatch(j -> j.datasetBits() > 0 || j.resultsBits() > 0)
                ? groundTransfers(s, usableContacts, ground, stations.size()) : null;
        double[] uploadedS = new double[specs.size()];
        java.util.Arrays.fill(uploadedS, Double.NaN);
        List<Workload.TrainingJob> submitted = bulk == null ? specs : uploads(specs, bulk, span, uploadedS);
        ScenarioConstellation compute = new ScenarioConstellation(s, satellites, pairs);
        List<Transfer> checkpoints = new java.util.ArrayList<>();
        TrainingSimulation.Result training = new TrainingSimulation(submitted, compute, availability,
                faultStreams(s, satellites), span).powerAware(s.workload().policy() == Workload.Policy.POWER_AWARE)
                .linkOutages(linkDown == null ? null : new LinkDownTimes(pairs, linkDown))
                .checkpointSink(!checkpointsDown ? null : (job, timeS) -> {
                    if (specs.get(job).checkpointsToGround()) {
                        checkpoints.add(new Transfer(timeS, job, false));
                    }
                }).run();
        if (submitted != specs) {
            training = submittedAsAsked(training, specs);
        }
        training.jobs().forEach(recorder::job);
        double[] deliveredS = new double[specs.size()];
        java.util.Arrays.fill(deliveredS, Double.NaN);
        if (bulk != null) {
            downloads(specs, training, checkpoints, bulk, deliveredS);
        }
        if (recorder != RunRecorder.NONE) {
            recordFaults(faultStreams(s, satellites), satellites.size(), span, recorder);
        }
        recorder.stage(STAGE_INFERENCE);
        InferenceSimulation.Result inference = inference(s, satellites, pairs, compute, usableContacts, usableLinks,
                availability, training, ground).run((id, service, arrivalS, station, satellite, latencyS,
                late) -> recorder.request(id, s.workload().inference().get(service).region(), arrivalS, station,
                satellite, latencyS * 1e3, late));
        recorder.stage(STAGE_LAUNCH_AND_COST);
        PowerSummary power = PowerSummary.of(energy.fleet(), energy.periods(), months.labels());
        LaunchSummary launch;
        EconomicsSummary economics = null;
        try {
            CampaignResult campaign = Campaign.nominal(s, satellites);
            launch = LaunchSummary.of(campaign);
            for (PlannedLaunch l : campaign.plan().launches()) {
                recorder.launch(l);
            }
            if (s.economics().isPresent()) {
                SpaceCase c = SpaceCase.of(s, satellites, campaign.plan(), power.computeAvailableFraction());
                CostAnalysis analysis = CostAnalysis.of(c, Tornado.DEFAULT_FRACTION);
                recordCosts("orbit", analysis.space(), recorder);
                recordCosts("ground", analysis.ground(), recorder);
                economics = EconomicsSummary.of(analysis, c, launch.meanPricePerKgUsd());
            }
        } catch (LaunchInputException e) {
            launch = LaunchSummary.failed(e.getMessage());
        }
        return ConstellationSummary.of(s, satellites, b.build(), power, ThermalSummary.of(energy.fleet()),
                WorkloadSummary.of(training, inference, s.workload().inference(),
                        energy.fleet().loadJ() - fullComputeJ + computeUsedJ(training, inference, availability, compute,
                                computePowerW), failures, uploadedS, deliveredS),
                NetworkSummary.of(training, inference, outageCount(stationDown), outageCount(linkDown),
                        bulk == null ? 0 : bulk.carriedBits(GroundTransfers.Direction.UP),
                        bulk == null ? 0 : bulk.carriedBits(GroundTransfers.Direction.DOWN)), launch, economics);
    }

    /**
     * Compute energy the work drew, J: a satellite held by a training gang at its available
     * compute (an upper bound: members faster than the gang's slowest wait at each step), one
     * serving inference at its load over its peak; idle accelerators draw only their idle power,
     * which the power run's load energy already holds.
     */
    static double computeUsedJ(TrainingSimulation.Result training, InferenceSimulation.Result inference,
                               ComputeAvailability availability, ScenarioConstellation compute, double[] computePowerW) {
        double used = 0;
        for (TrainingSimulation.JobResult j : training.jobs()) {
            for (TrainingSimulation.Placement p : j.placements()) {
                long from = Math.round(p.fromS() * 1000);
                long to = Math.round(p.toS() * 1000);
                for (int sat : p.gang()) {
                    used += computePowerW[sat] * availability.integralS(sat, from, to);
                }
            }
        }
        for (int i = 0; i < computePowerW.length; i++) {
            double peak = compute.peakFlopPerS(i);
            if (peak > 0) {
                used += computePowerW[i] * inference.busyPeakFlop(i) / peak;
            }
        }
        return used;
    }

    /**
     * Each satellite's permanent failure, when the scenario gives a satellite MTBF: from then on
     * it has no compute (the training gang holding it moves, inference avoids it). Returns each
     * satellite's failure time, s (infinite without an MTBF; beyond the run when it survives).
     */
    private static double[] failSatellites(Scenario s, List<SatelliteOrbit> satellites, ComputeAvailability availability,
                                           double span, RunRecorder recorder) {
        double[] failedAtS = new double[satellites.size()];
        java.util.Arrays.fill(failedAtS, Double.POSITIVE_INFINITY);
        if (s.workload().faults().satelliteMtbfS().isEmpty()) {
            return failedAtS;
        }
        double mtbf = s.workload().faults().satelliteMtbfS().get();
        RandomStreams streams = new RandomStreams(new RandomStreams(s.info().seed()).streamSeed("satellite-failures", 0));
        for (int i = 0; i < satellites.size(); i++) {
            double t = Outages.failureTimeS(streams, "satellite-failure", i, mtbf);
            failedAtS[i] = t;
            if (t < span) {
                availability.fail(i, Math.round(t * 1000));
                recorder.fault(i, t, "satellite_failure");
            }
        }
        return failedAtS;
    }

    /**
     * The intervals of {@code table} ended at the failure of their satellite (the table's first
     * key) or, with {@code pairs}, of either end of their candidate pair (the first key is the pair).
     */
    private static IntervalTable cutAtFailures(IntervalTable table, double[] failedAtS, List<int[]> pairs) {
        if (java.util.Arrays.stream(failedAtS).allMatch(Double::isInfinite)) {
            return table;
        }
        return table.clipped((a, b, start, end, v, out) -> {
            double stop = pairs == null ? failedAtS[a] : Math.min(failedAtS[pairs.get(a)[0]], failedAtS[pairs.get(a)[1]]);
            if (Math.min(end, stop) > start) {
                out.add(a, b, start, Math.min(end, stop), v);
            }
        });
    }

    /** Each of {@code elements} elements' random down intervals over the run, on its own stream of {@code component}. */
    private static double[][] downIntervals(int elements, RandomStreams streams, String component, double mtbfS,
                                            double outageS, double span) {
        double[][] down = new double[elements][];
        for (int e = 0; e < elements; e++) {
            down[e] = Outages.downIntervals(streams, component, e, mtbfS, outageS, span);
        }
        return down;
    }

    /** Outages that began within the run (0 without outages). */
    private static int outageCount(double[][] down) {
        int n = 0;
        for (int e = 0; down != null && e < down.length; e++) {
            n += down[e].length / 2;
        }
        return n;
    }

    /**
     * The intervals of {@code table} with each element's {@code down} intervals cut out: elements
     * are stations ({@code byStation}, the table's second key) or candidate pairs (its first key).
     */
    private static IntervalTable withOutages(IntervalTable table, boolean byStation, double[][] down) {
        return table.clipped((a, b, start, end, v, out) ->
                Outages.upParts(start, end, down[byStation ? b : a], (from, to) -> out.add(a, b, from, to, v)));
    }

    /** Samples per pass for its mean ground-link rate. */
    private static final int RATE_SAMPLES_PER_PASS = 5;

    /**
     * The fleet's ground capacity for bulk data: each pass at the mean of the link budget's rate
     * at {@link #RATE_SAMPLES_PER_PASS} evenly spaced times (no rate without a ground link).
     */
    private static GroundTransfers groundTransfers(Scenario s, IntervalTable contacts,
                                                   InferenceSimulation.Geometry geometry, int stations) {
        int[] sat = contacts.first();
        int[] station = contacts.second();
        double[] start = contacts.startS();
        double[] end = contacts.endS();
        boolean link = s.links().ground().isPresent();
        return new GroundTransfers(station, start, end, i -> {
            if (!link) {
                return 0;
            }
            double sum = 0;
            for (int k = 0; k < RATE_SAMPLES_PER_PASS; k++) {
                double t = start[i] + (end[i] - start[i]) * (k + 0.5) / RATE_SAMPLES_PER_PASS;
                sum += geometry.groundRateBps(geometry.rangeM(station[i], sat[i], t));
            }
            return sum / RATE_SAMPLES_PER_PASS;
        }, stations);
    }

    /** Jobs resubmitted when their datasets are up (in order of submission); fills {@code uploadedS}. */
    private static List<Workload.TrainingJob> uploads(List<Workload.TrainingJob> specs, GroundTransfers bulk,
                                                      double span, double[] uploadedS) {
        Integer[] order = orderBy(specs.size(), i -> specs.get(i).startS());
        List<Workload.TrainingJob> out = new java.util.ArrayList<>(specs);
        for (int i : order) {
            Workload.TrainingJob j = specs.get(i);
            if (j.datasetBits() > 0) {
                double up = bulk.send(GroundTransfers.Direction.UP, j.datasetBits(), j.startS());
                uploadedS[i] = up;
                // A dataset that never arrives holds the job past the end of the run.
                out.set(i, j.submittedAt(Double.isFinite(up) ? up : span + 1));
            }
        }
        return out;
    }

    /** The training result with each job's submission time as the scenario asked (not its dataset's arrival). */
    private static TrainingSimulation.Result submittedAsAsked(TrainingSimulation.Result r, List<Workload.TrainingJob> specs) {
        List<TrainingSimulation.JobResult> jobs = new java.util.ArrayList<>();
        for (int i = 0; i < r.jobs().size(); i++) {
            TrainingSimulation.JobResult j = r.jobs().get(i);
            jobs.add(new TrainingSimulation.JobResult(j.name(), j.satellites(), j.accelerators(), specs.get(i).startS(),
                    j.startedS(), j.finishedS(), j.completed(), j.totalFlop(), j.keptFlop(), j.lostFlop(),
                    j.inProgressFlop(), j.restarts(), j.checkpoints(), j.silentDataCorruptions(), j.stepS(),
                    j.placements(), j.interSatelliteBits()));
        }
        return new TrainingSimulation.Result(jobs, r.allocatedAcceleratorS(), r.totalAcceleratorS());
    }

    /** Indices 0 … n−1 sorted by {@code key} (ties in index order, NaN last). */
    private static Integer[] orderBy(int n, java.util.function.IntToDoubleFunction key) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(key.applyAsDouble(a), key.applyAsDouble(b)));
        return order;
    }

    /**
     * A transfer down asked for at {@code askedS}: job {@code job}'s results, or one of its
     * checkpoints.
     */
    private record Transfer(double askedS, int job, boolean results) {
    }

    /**
     * Results sent down as their jobs finish and the {@code checkpoints} of the jobs that send
     * them down as they are written, first come first served (at one instant in job order, a
     * checkpoint before results); fills {@code deliveredS} for the results.
     */
    private static void downloads(List<Workload.TrainingJob> specs, TrainingSimulation.Result training,
                                  List<Transfer> checkpoints, GroundTransfers bulk, double[] deliveredS) {
        List<TrainingSimulation.JobResult> jobs = training.jobs();
        List<Transfer> down = new java.util.ArrayList<>(checkpoints);
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i).completed() && specs.get(i).resultsBits() > 0) {
                down.add(new Transfer(jobs.get(i).finishedS(), i, true));
            }
        }
        down.sort(java.util.Comparator.comparingDouble(Transfer::askedS).thenComparingInt(Transfer::job)
                .thenComparing(Transfer::results));
        for (Transfer t : down) {
            Workload.TrainingJob spec = specs.get(t.job());
            double done = bulk.send(GroundTransfers.Direction.DOWN,
                    t.results() ? spec.resultsBits() : spec.checkpointSizeBits(), t.askedS());
            if (t.results()) {
                deliveredS[t.job()] = done;
            }
        }
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /**
     * Slant ranges from the stations (propagated, TEME → ITRF) and the ground link budget's rate
     * at a range (infinite without a ground link: not modelled).
     */
    private static InferenceSimulation.Geometry groundGeometry(Scenario s, EphemerisSource source, EarthSunGrid grid,
                                                               GroundStationGeometry stations) {
        GroundLinkBudget budget = s.links().ground().map(g -> new GroundLinkBudget(g, 0)).orElse(null);
        double[] pv = new double[6];
        double[] itrf = new double[3];
        return new InferenceSimulation.Geometry() {
            @Override
            public double rangeM(int station, int satellite, double timeS) {
                source.state(satellite, timeS, pv, 0);
                grid.temeToItrf(timeS, pv[0], pv[1], pv[2], itrf, 0);
                return stations.range(station, itrf, 0);
            }

            @Override
            public double groundRateBps(double rangeM) {
                return budget == null ? Double.POSITIVE_INFINITY : budget.dataRateBps(rangeM);
            }
        };
    }

    /** The inference simulation of the scenario's services over the run's geometry. */
    private static InferenceSimulation inference(Scenario s, List<SatelliteOrbit> satellites, List<int[]> pairs,
                                                 ScenarioConstellation compute, IntervalTable contacts,
                                                 IntervalTable links, ComputeAvailability availability,
                                                 TrainingSimulation.Result training,
                                                 InferenceSimulation.Geometry geometry) {
        double[] peak = new double[satellites.size()];
        for (int i = 0; i < peak.length; i++) {
            peak[i] = compute.peakFlopPerS(i);
        }
        double switching = s.links().interSatellite().map(Links.InterSatellite::switchingDelayS).orElse(0.0);
        long seed = new RandomStreams(s.info().seed()).streamSeed("inference", 0);
        return new InferenceSimulation(s.workload().inference(), s.ground(), peak, pairs, switching,
                new InferenceSimulation.Contacts(contacts.first(), contacts.second(), contacts.startS(),
                        contacts.endS()),
                new InferenceSimulation.LinkIntervals(links.first(), links.startS(), links.endS(), links.value()),
                availability, training.jobs(), geometry, ServingPolicy.of(s.workload().policy()), seed,
                s.info().epoch().getEpochSecond(), s.info().durationS());
    }

    /**
     * Records every fault of every satellite over [0, {@code spanS}]: the same draws, from the same
     * streams, as the training simulation sees, including those striking idle satellites (a job
     * only notices the faults on its gang). Drawing them again leaves the simulation untouched.
     */
    private static void recordFaults(IntFunction<FaultStream> streams, int satellites, double spanS,
                                     RunRecorder recorder) {
        long endMillis = Math.round(spanS * MILLIS_PER_S);
        for (int i = 0; i < satellites; i++) {
            FaultStream f = streams.apply(i);
            while (f.peekTimeMillis() <= endMillis) {
                FaultEvent e = f.next();
                recorder.fault(i, e.timeMillis() / MILLIS_PER_S, e.kind().name().toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * Records one side's cost breakdown: each item's present value over the side's discounted
     * kW-years of delivered compute, so the rows of a side sum to its levelized USD per kW-year.
     */
    private static void recordCosts(String side, CostResult result, RunRecorder recorder) {
        double kwYears = result.discountedComputeEnergyJ() / KW_YEAR_J;
        for (CostItem item : CostItem.values()) {
            if (result.presentValueByItemUsd().containsKey(item)) {
                recorder.cost(side, item.name().toLowerCase(Locale.ROOT), result.presentValueUsd(item) / kwYears);
            }
        }
    }

    /**
     * Each satellite's radiation faults from the epoch, at the dose of its own orbit behind its
     * design's shielding, on the run's "radiation-faults" random stream.
     */
    private static IntFunction<FaultStream> faultStreams(Scenario s, List<SatelliteOrbit> satellites) {
        long seed = new RandomStreams(s.info().seed()).streamSeed("radiation-faults", 0);
        TotalDoseModel dose = TotalDoseModel.bundled();
        return i -> {
            SatelliteOrbit o = satellites.get(i);
            SatelliteDesign d = s.design(o.design()).orElseThrow();
            KeplerianOrbit k = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(o.orbit());
            double rate = dose.doseRateClampedGyPerS(k.getA() - Constants.WGS84_EARTH_EQUATORIAL_RADIUS, k.getI(),
                    d.shieldingM());
            int chips = d.accelerators().stream().mapToInt(SatelliteDesign.Accelerator::count).sum();
            return new FaultProcess(rate, chips, RadiationSummary.HOSTS_PER_SATELLITE, FaultRates.suncatcherTpu())
                    .stream(seed, i, 0);
        };
    }
}
