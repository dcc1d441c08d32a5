package org.skyrack.sim;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.skyrack.network.CandidateLinkSearch;
import org.skyrack.scenario.Ground;
import org.skyrack.scenario.Workload;

/**
 * Inference requests from user regions on the ground, served by the constellation: a request
 * travels by terrestrial fibre to the ground station nearest its region that has a satellite in
 * contact, up to that satellite, over inter-satellite links to a serving satellite chosen by the
 * {@link ServingPolicy}, waits, is computed up to its first generated token, and comes back the
 * same way. A request that finds no station in contact, or no satellite with spare compute,
 * is not served and counts as violating its latency objective.
 *
 * <p><b>Time.</b> The run is cut into segments at every change: a contact's start or end, an
 * inter-satellite link going up or down, a satellite's available compute changing (eclipse
 * throttling, heat), a training gang taking or freeing satellites, and every
 * {@link #RATE_STEP_S} for the daily curve. Within a segment the routes and the load on every
 * satellite are constant. They are recomputed (never per request) only when the change can
 * matter: a link, a gang or the daily step; a station gaining its first satellite in view; the
 * end of an entry satellite's pass (a station keeps its satellite until loss of signal); a
 * compute change on a satellite carrying load, or anywhere while some load found no server.
 *
 * <p><b>Load and queueing.</b> Each service's whole offered rate is placed at the segment's
 * start: from the entry satellite, the search visits satellites in the policy's order and gives
 * each eligible one load until it runs at {@link #MAX_UTILIZATION} of its free capacity (peak
 * FLOP/s × compute fraction × the service's model FLOP utilization; satellites held by a
 * training gang have none). The latency-aware policy spreads first: a pass to
 * {@link ServingPolicy#LATENCY_AWARE_SPREAD_UTILIZATION}, then one to the cap for what is left. A request's wait is the M/M/1 mean ρ/(1 − ρ)·S at the serving
 * satellite's utilization ρ, S its service time (Kleinrock 1975, §3.2), and its compute is the
 * prompt plus one token (time to first token).
 *
 * <p><b>Sampling.</b> Arrivals are a Poisson process per service whose rate follows the daily
 * curve. A year of a busy service is billions of requests, so when the expected total exceeds
 * {@link #MAX_SIMULATED_REQUESTS} the process is thinned by a factor k (a thinned Poisson
 * process is Poisson at rate λ/k): every simulated request stands for k, in the counts and in
 * the bytes; the latency percentiles come from the simulated ones, an unbiased sample. Latency
 * does not depend on other sampled requests (the load is the full offered rate), so thinning
 * changes no request's latency.
 *
 * <p><b>Legs.</b> Fibre: great-circle distance × {@link #FIBRE_ROUTE_FACTOR} at
 * {@link #FIBRE_SPEED_FRACTION} of c. Space–ground: the slant range at the request's arrival, at
 * c, plus the prompt's serialization at the ground link's rate. Inter-satellite hops: the link
 * interval's shortest range at c plus the switching delay. Units: s, m, FLOP, bit.
 */
public final class InferenceSimulation {

    /** Most requests simulated one by one in a run; beyond it arrivals are thinned. */
    public static final long MAX_SIMULATED_REQUESTS = 1_000_000;
    /** Longest segment, so the daily curve is followed, s. */
    public static final double RATE_STEP_S = 300;
    /** Diurnal curve: peak and trough are the mean × (1 ± this) (assumption). */
    public static final double DIURNAL_AMPLITUDE = 0.5;
    /** Diurnal peak, local solar hour. */
    public static final double DIURNAL_PEAK_HOUR = 20;
    /** Diurnal trough, local solar hour. */
    public static final double DIURNAL_TROUGH_HOUR = 4;
    /** Load placed on a satellite is at most this fraction of its capacity, so queues stay finite. */
    public static final double MAX_UTILIZATION = 0.9;
    /** Light in fibre travels at about 2/3 of c (refractive index ~1.47). */
    public static final double FIBRE_SPEED_FRACTION = 1 / 1.47;
    /** Fibre route length over the great-circle distance (assumption; terrestrial routes run 1.3–2×). */
    public static final double FIBRE_ROUTE_FACTOR = 1.5;
    /** Bytes per text token on the wire (about 4 characters of UTF-8). */
    public static final double BYTES_PER_TOKEN = 4;
    /** Speed of light in vacuum, m/s. */
    public static final double SPEED_OF_LIGHT_M_PER_S = org.skyrack.network.GroundLinkBudget.SPEED_OF_LIGHT_M_PER_S;
    /** Mean Earth radius for great circles on the ground, m (IUGG). */
    public static final double EARTH_MEAN_RADIUS_M = 6_371_008.8;
    /** Latency histogram range: 1 µs to this, µs (one hour). */
    public static final long MAX_RECORDED_LATENCY_US = 3_600_000_000L;
    /** Packs a compute change as time (ms) × this + satellite, so one sort orders them by time. */
    private static final long CHANGE_KEY_SATELLITES = 1L << 20;
    /** Latency histogram precision, significant decimal digits. */
    public static final int LATENCY_DIGITS = 3;

    /** What the simulation needs of the geometry, at any time s from the epoch. */
    public interface Geometry {
        /** Slant range from ground station {@code station} to {@code satellite}, m. */
        double rangeM(int station, int satellite, double timeS);

        /** Ground-link data rate at that slant range, bit/s (infinite when the ground link is not modelled). */
        double groundRateBps(double rangeM);
    }

    /** Receives each simulated request. */
    public interface RequestSink {
        /** Served when {@code satellite >= 0}; latency NaN when not served. */
        void request(long id, int service, double arrivalS, int station, int satellite, double latencyS,
                     boolean violatesObjective);
    }

    /**
     * Contact intervals, any order.
     *
     * @param satellite satellite of each pass
     * @param station   station of each pass
     * @param startS    acquisition, s
     * @param endS      loss of signal, s
     */
    public record Contacts(int[] satellite, int[] station, double[] startS, double[] endS) {
    }

    /**
     * Inter-satellite link intervals, any order.
     *
     * @param pair    index of the candidate pair
     * @param startS  link up, s
     * @param endS    link down, s
     * @param rangeM  shortest range over the interval, m
     */
    public record LinkIntervals(int[] pair, double[] startS, double[] endS, double[] rangeM) {
    }

    /**
     * One service's outcome. Counts are of requests (weighted by the thinning factor).
     *
     * @param latencyUs simulated requests' latencies (served ones), µs
     */
    public record ServiceResult(String name, String region, double offered, double served, double violating,
                                long simulated, Histogram latencyUs) {
    }

    /**
     * The outcome.
     *
     * @param requestWeight   requests each simulated one stands for (1 without thinning)
     * @param groundUpBits    prompts sent up, bit
     * @param groundDownBits  answers sent down, bit
     * @param interSatelliteBits request and answer relays between satellites, bit
     * @param segments        times the routes and loads were recomputed
     */
    public record Result(List<ServiceResult> services, double requestWeight, double groundUpBits,
                         double groundDownBits, double interSatelliteBits, long segments, double[] busyPeakFlop) {

        /**
         * Peak-FLOP each satellite was busy serving: ∫ load dt, the load in FLOP/s of peak (a
         * satellite busy a fraction ρ of the time at compute fraction u draws ρ·u of its dynamic
         * power, and ρ·u·peak is its load). The ratio to the peak FLOP/s is full-power seconds.
         */
        public double busyPeakFlop(int satellite) {
            return busyPeakFlop[satellite];
        }

        /** All services' latencies together, µs. */
        public Histogram latencyUs() {
            Histogram h = new Histogram(MAX_RECORDED_LATENCY_US, LATENCY_DIGITS);
            services.forEach(s -> h.add(s.latencyUs()));
            return h;
        }
    }

    private final List<Workload.InferenceService> services;
    private final Ground ground;
    private final int satellites;
    /** Scratch for one placement: satellites in the order the search met them, with path delay (s) and hops. */
    private final int[] visitNode;
    private final double[] visitDelayS;
    private final int[] visitHops;
    private final double[] peakFlopPerS;
    private final int[] pairA;
    private final int[] pairB;
    private final double switchingDelayS;
    private final Contacts contacts;
    private final LinkIntervals links;
    private final ComputeAvailability availability;
    /** Every gang every training job held, in job order. */
    private final List<TrainingSimulation.Placement> gangs;
    private final Geometry geometry;
    private final ServingPolicy policy;
    private final long seed;
    private final long epochSecondOfDay;
    private final double endS;

    /**
     * @param services         the inference services
     * @param ground           stations and user regions
     * @param peakFlopPerS     each satellite's peak FLOP/s
     * @param pairs            candidate inter-satellite pairs {@code {a, b}}
     * @param switchingDelayS  per-hop switching delay, s
     * @param contacts         passes over the stations
     * @param links            link intervals of the candidate pairs
     * @param availability     each satellite's available compute
     * @param training         training jobs, whose gangs hold their satellites
     * @param geometry         slant ranges and ground-link rates
     * @param policy           where load may go
     * @param seed             seed of the run's "inference" random streams
     * @param epochSecondOfDay UTC second of day at the epoch (for local time)
     * @param endS             end of the run, s
     */
    public InferenceSimulation(List<Workload.InferenceService> services, Ground ground, double[] peakFlopPerS,
                               List<int[]> pairs, double switchingDelayS, Contacts contacts, LinkIntervals links,
                               ComputeAvailability availability, List<TrainingSimulation.JobResult> training,
                               Geometry geometry, ServingPolicy policy, long seed, long epochSecondOfDay, double endS) {
        this.services = List.copyOf(services);
        this.ground = ground;
        this.satellites = peakFlopPerS.length;
        this.visitNode = new int[satellites];
        this.visitDelayS = new double[satellites];
        this.visitHops = new int[satellites];
        if (satellites >= CHANGE_KEY_SATELLITES) {
            throw new IllegalArgumentException("at most " + (CHANGE_KEY_SATELLITES - 1) + " satellites, got " + satellites);
        }
        this.peakFlopPerS = peakFlopPerS.clone();
        this.pairA = pairs.stream().mapToInt(p -> p[0]).toArray();
        this.pairB = pairs.stream().mapToInt(p -> p[1]).toArray();
        this.switchingDelayS = switchingDelayS;
        this.contacts = contacts;
        this.links = links;
        this.availability = availability;
        this.gangs = training.stream().flatMap(j -> j.placements().stream()).toList();
        this.geometry = geometry;
        this.policy = policy;
        this.seed = seed;
        this.epochSecondOfDay = Math.floorMod(epochSecondOfDay, 86_400L);
        this.endS = endS;
    }

    /** The daily-curve factor at local solar hour {@code hour} (mean 1 over a day). */
    public static double dailyFactor(Workload.DailyCurve curve, double hour) {
        if (curve == Workload.DailyCurve.FLAT) {
            return 1;
        }
        double h = ((hour % 24) + 24) % 24;
        double rising = (DIURNAL_PEAK_HOUR - DIURNAL_TROUGH_HOUR + 24) % 24;
        double since = ((h - DIURNAL_TROUGH_HOUR) % 24 + 24) % 24;
        double phase = since < rising ? Math.PI * (since / rising - 1)
                : Math.PI * (since - rising) / (24 - rising);
        return 1 + DIURNAL_AMPLITUDE * Math.cos(phase);
    }

    /** Great-circle distance between two points on the mean sphere, m. */
    public static double greatCircleM(double lat1Rad, double lon1Rad, double lat2Rad, double lon2Rad) {
        double dLat = lat2Rad - lat1Rad;
        double dLon = lon2Rad - lon1Rad;
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1Rad) * Math.cos(lat2Rad) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Runs every service over the run, handing each simulated request to {@code sink}. */
    public Result run(RequestSink sink) {
        int nServices = services.size();
        int nStations = ground.stations().size();
        double expected = 0;
        for (Workload.InferenceService s : services) {
            expected += s.requestRatePerS() * endS;
        }
        double weight = Math.max(1, expected / MAX_SIMULATED_REQUESTS);
        double[] recomputeTimes = recomputeTimes();
        double[] times = changeTimes(recomputeTimes);

        // Per service: its region, the fibre delay to each station, its random streams.
        double[][] fibreS = new double[nServices][nStations];
        double[] regionLonDeg = new double[nServices];
        for (int s = 0; s < nServices; s++) {
            Workload.InferenceService svc = services.get(s);
            Ground.UserRegion r = ground.userRegions().stream().filter(u -> u.name().equals(svc.region()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no user region " + svc.region()));
            regionLonDeg[s] = Math.toDegrees(r.longitudeRad());
            for (int g = 0; g < nStations; g++) {
                Ground.Station st = ground.stations().get(g);
                fibreS[s][g] = greatCircleM(r.latitudeRad(), r.longitudeRad(), st.latitudeRad(), st.longitudeRad())
                        * FIBRE_ROUTE_FACTOR / (SPEED_OF_LIGHT_M_PER_S * FIBRE_SPEED_FRACTION);
            }
        }
        RandomStreams streams = new RandomStreams(seed);
        SplittableRandom[] arrivals = new SplittableRandom[nServices];
        SplittableRandom[] choices = new SplittableRandom[nServices];
        double[] untilNext = new double[nServices];
        for (int s = 0; s < nServices; s++) {
            arrivals[s] = streams.stream("inference-arrivals", s);
            choices[s] = streams.stream("inference-routing", s);
            untilNext[s] = exponential(arrivals[s]);
        }
        Histogram[] latency = new Histogram[nServices];
        double[] offered = new double[nServices];
        double[] served = new double[nServices];
        double[] violating = new double[nServices];
        long[] simulated = new long[nServices];
        for (int s = 0; s < nServices; s++) {
            latency[s] = new Histogram(MAX_RECORDED_LATENCY_US, LATENCY_DIGITS);
        }

        // Contacts, links and gangs sorted by start and by end, swept in time order.
        Integer[] cOrder = order(contacts.startS());
        Integer[] cEndOrder = order(contacts.endS());
        Integer[] lOrder = order(links.startS());
        Integer[] lEndOrder = order(links.endS());
        int cNext = 0;
        int cEndNext = 0;
        int lNext = 0;
        int lEndNext = 0;
        double[] gangStart = new double[gangs.size()];
        double[] gangEnd = new double[gangs.size()];
        for (int j = 0; j < gangs.size(); j++) {
            gangStart[j] = gangs.get(j).fromS();
            gangEnd[j] = gangs.get(j).toS();
        }
        Integer[] gStartOrder = order(gangStart);
        Integer[] gEndOrder = order(gangEnd);
        int gStartNext = 0;
        int gEndNext = 0;
        int rNext = 0;
        // Compute changes by time: they matter only to a satellite carrying load, or when some
        // load found no server (then new capacity may take it).
        int nChanges = 0;
        for (int i = 0; i < satellites; i++) {
            nChanges += availability.changes(i);
        }
        long[] changeKeys = new long[nChanges];
        int kc = 0;
        for (int i = 0; i < satellites; i++) {
            for (int c = 0; c < availability.changes(i); c++) {
                changeKeys[kc++] = availability.timeMillis(i, c) * CHANGE_KEY_SATELLITES + i;
            }
        }
        Arrays.sort(changeKeys);
        int chNext = 0;
        boolean[] unserved = new boolean[1];

        boolean[] contactActive = new boolean[contacts.startS().length];
        int[] activeCount = new int[nStations];
        int[][] inContact = new int[nStations][4];
        int[] inContactSize = new int[nStations];
        double[] linkEnd = new double[pairA.length];
        CandidateLinkSearch search = new CandidateLinkSearch(satellites, pairA, pairB);
        boolean[] heldByTraining = new boolean[satellites];
        double[] load = new double[satellites];
        int[] touched = new int[satellites];
        int nTouched = 0;
        double[] busyPeakFlop = new double[satellites];

        // Assignment of each service, kept until something that matters changes.
        int[][] shareSat = new int[nServices][8];
        double[][] shareCumRate = new double[nServices][8];
        double[][] sharePathS = new double[nServices][8];
        int[][] shareHops = new int[nServices][8];
        int[] shareCount = new int[nServices];
        double[] serviceRate = new double[nServices];
        int[] entryStation = new int[nServices];
        int[] entryContact = new int[nServices];
        Arrays.fill(entryContact, -1);

        double groundUp = 0;
        double groundDown = 0;
        double isl = 0;
        long nextId = 0;
        long recomputes = 0;
        for (int k = 0; k + 1 < times.length; k++) {
            double t0 = times[k];
            double t1 = times[k + 1];
            boolean dirty = false;
            while (rNext < recomputeTimes.length && recomputeTimes[rNext] <= t0) {
                rNext++;
                dirty = true;
            }
            long t0Key = (Math.round(t0 * 1000) + 1) * CHANGE_KEY_SATELLITES;
            while (chNext < changeKeys.length && changeKeys[chNext] < t0Key) {
                int sat = (int) (changeKeys[chNext++] % CHANGE_KEY_SATELLITES);
                dirty |= load[sat] > 0 || unserved[0];
            }
            // Contacts as of t0: a station gaining its first satellite, or an entry satellite's
            // pass ending, changes the routes; other passes starting or ending do not (a station
            // keeps its satellite until loss of signal).
            while (cNext < cOrder.length && contacts.startS()[cOrder[cNext]] <= t0) {
                int c = cOrder[cNext++];
                if (contacts.endS()[c] <= t0) {
                    continue;
                }
                int g = contacts.station()[c];
                contactActive[c] = true;
                if (activeCount[g]++ == 0) {
                    dirty = true;
                }
                if (inContactSize[g] == inContact[g].length) {
                    inContact[g] = Arrays.copyOf(inContact[g], 2 * inContactSize[g]);
                }
                inContact[g][inContactSize[g]++] = c;
            }
            while (cEndNext < cEndOrder.length && contacts.endS()[cEndOrder[cEndNext]] <= t0) {
                int c = cEndOrder[cEndNext++];
                if (contactActive[c]) {
                    contactActive[c] = false;
                    activeCount[contacts.station()[c]]--;
                    for (int s = 0; s < nServices; s++) {
                        dirty |= entryContact[s] == c;
                    }
                }
            }
            while (lNext < lOrder.length && links.startS()[lOrder[lNext]] <= t0) {
                int l = lOrder[lNext++];
                int p = links.pair()[l];
                linkEnd[p] = Math.max(linkEnd[p], links.endS()[l]);
                search.setLink(p, true, links.rangeM()[l] / SPEED_OF_LIGHT_M_PER_S + switchingDelayS);
            }
            while (lEndNext < lEndOrder.length && links.endS()[lEndOrder[lEndNext]] <= t0) {
                int p = links.pair()[lEndOrder[lEndNext++]];
                if (search.isUp(p) && linkEnd[p] <= t0) {
                    search.setLink(p, false, 0);
                }
            }
            // Ends first: a gang that frees satellites as another takes them leaves them held.
            while (gEndNext < gEndOrder.length && gangEnd[gEndOrder[gEndNext]] <= t0) {
                for (int sat : gangs.get(gEndOrder[gEndNext++]).gang()) {
                    heldByTraining[sat] = false;
                }
            }
            while (gStartNext < gStartOrder.length && gangStart[gStartOrder[gStartNext]] <= t0) {
                int j = gStartOrder[gStartNext++];
                if (gangEnd[j] > t0) {
                    for (int sat : gangs.get(j).gang()) {
                        heldByTraining[sat] = true;
                    }
                }
            }
            if (dirty || k == 0) {
                recomputes++;
                for (int i = 0; i < nTouched; i++) {
                    load[touched[i]] = 0;
                }
                nTouched = 0;
                for (int g = 0; g < nStations; g++) {
                    int w = 0;
                    for (int i = 0; i < inContactSize[g]; i++) {
                        if (contactActive[inContact[g][i]]) {
                            inContact[g][w++] = inContact[g][i];
                        }
                    }
                    inContactSize[g] = w;
                }
                unserved[0] = false;
                nTouched = assign(t0, unserved, fibreS, regionLonDeg, inContact, inContactSize, entryStation, entryContact,
                        serviceRate, search, heldByTraining, load, touched, shareSat, shareCumRate, sharePathS, shareHops,
                        shareCount);
            }
            for (int i = 0; i < nTouched; i++) {
                busyPeakFlop[touched[i]] += load[touched[i]] * (t1 - t0);
            }
            long t0Millis = Math.round(t0 * 1000);
            // The segment's requests.
            for (int s = 0; s < nServices; s++) {
                Workload.InferenceService svc = services.get(s);
                double simRate = serviceRate[s] / weight;
                offered[s] += serviceRate[s] * (t1 - t0);
                double t = t0;
                while (simRate > 0) {
                    double dt = untilNext[s] / simRate;
                    if (t + dt >= t1) {
                        untilNext[s] -= (t1 - t) * simRate;
                        break;
                    }
                    t += dt;
                    untilNext[s] = exponential(arrivals[s]);
                    simulated[s]++;
                    long id = nextId++;
                    double placed = shareCount[s] == 0 ? 0 : shareCumRate[s][shareCount[s] - 1];
                    double u = choices[s].nextDouble() * serviceRate[s];
                    if (entryContact[s] < 0 || u >= placed) {
                        violating[s] += weight;
                        sink.request(id, s, t, entryContact[s] < 0 ? -1 : entryStation[s], -1, Double.NaN, true);
                        continue;
                    }
                    int share = 0;
                    while (shareCumRate[s][share] <= u) {
                        share++;
                    }
                    int sat = shareSat[s][share];
                    double fraction = availability.at(sat, t0Millis);
                    double capacity = peakFlopPerS[sat] * fraction * svc.modelFlopUtilization();
                    double rho = load[sat] / (peakFlopPerS[sat] * fraction);
                    double serviceS = svc.flopPerRequest() / capacity;
                    double waitS = rho / (1 - rho) * serviceS;
                    double computeS = svc.flopToFirstToken() / capacity;
                    double bitsUp = svc.tokensIn() * BYTES_PER_TOKEN * 8;
                    int station = entryStation[s];
                    double rangeM = geometry.rangeM(station, contacts.satellite()[entryContact[s]], t);
                    double lat = 2 * fibreS[s][station] + 2 * rangeM / SPEED_OF_LIGHT_M_PER_S
                            + bitsUp / geometry.groundRateBps(rangeM) + 2 * sharePathS[s][share] + waitS + computeS;
                    boolean late = lat > svc.latencyObjectiveS();
                    served[s] += weight;
                    if (late) {
                        violating[s] += weight;
                    }
                    latency[s].recordValue(Math.max(1, Math.min(MAX_RECORDED_LATENCY_US, Math.round(lat * 1e6))));
                    double bitsDown = svc.tokensOut() * BYTES_PER_TOKEN * 8;
                    groundUp += weight * bitsUp;
                    groundDown += weight * bitsDown;
                    isl += weight * (bitsUp + bitsDown) * shareHops[s][share];
                    sink.request(id, s, t, station, sat, lat, late);
                }
            }
        }
        List<ServiceResult> results = new java.util.ArrayList<>();
        for (int s = 0; s < nServices; s++) {
            Workload.InferenceService svc = services.get(s);
            results.add(new ServiceResult(svc.name(), svc.region(), offered[s], served[s], violating[s], simulated[s],
                    latency[s]));
        }
        return new Result(results, weight, groundUp, groundDown, isl, recomputes, busyPeakFlop);
    }

    /**
     * Places every service's offered rate at {@code t0}: the station nearest its region with a
     * satellite in view (keeping the entry satellite while its pass lasts, else the nearest in
     * view), then the serving satellites in the policy's order. Returns the count of satellites
     * given load.
     */
    private int assign(double t0, boolean[] unserved, double[][] fibreS, double[] regionLonDeg, int[][] inContact, int[] inContactSize,
                       int[] entryStation, int[] entryContact, double[] serviceRate, CandidateLinkSearch search,
                       boolean[] heldByTraining, double[] load, int[] touched, int[][] shareSat,
                       double[][] shareCumRate, double[][] sharePathS, int[][] shareHops, int[] shareCount) {
        long t0Millis = Math.round(t0 * 1000);
        double utcHour = ((epochSecondOfDay + t0) % 86_400) / 3600;
        int nTouched = 0;
        for (int s = 0; s < services.size(); s++) {
            Workload.InferenceService svc = services.get(s);
            serviceRate[s] = svc.requestRatePerS() * dailyFactor(svc.dailyCurve(), utcHour + regionLonDeg[s] / 15);
            shareCount[s] = 0;
            int best = -1;
            for (int g = 0; g < inContactSize.length; g++) {
                if (inContactSize[g] > 0 && (best < 0 || fibreS[s][g] < fibreS[s][best])) {
                    best = g;
                }
            }
            if (best < 0) {
                entryContact[s] = -1;
                unserved[0] |= serviceRate[s] > 0;
                continue;
            }
            boolean keep = false;
            for (int i = 0; i < inContactSize[best] && entryContact[s] >= 0; i++) {
                keep |= inContact[best][i] == entryContact[s];
            }
            if (!keep) {
                int entry = -1;
                double entryRange = Double.POSITIVE_INFINITY;
                for (int i = 0; i < inContactSize[best]; i++) {
                    int c = inContact[best][i];
                    double r = geometry.rangeM(best, contacts.satellite()[c], t0);
                    if (r < entryRange) {
                        entryRange = r;
                        entry = c;
                    }
                }
                entryContact[s] = entry >= 0 ? entry : inContact[best][0];
            }
            entryStation[s] = best;
            double[] remaining = {serviceRate[s] * svc.flopPerRequest() / svc.modelFlopUtilization()};
            int si = s;
            int[] nt = {nTouched};
            if (policy.nearestFirst()) {
                // Nearest first up to the policy's spread; what found no room then packs the same
                // satellites in the same order (a policy that spreads to the cap has nothing left).
                double spread = policy.spreadUtilization();
                int[] nVisited = {0};
                search.nearestFirst(contacts.satellite()[entryContact[s]], (node, delayS, hops) -> {
                    visitNode[nVisited[0]] = node;
                    visitDelayS[nVisited[0]] = delayS;
                    visitHops[nVisited[0]++] = hops;
                    nt[0] = place(si, node, delayS, hops, spread, remaining, t0Millis, heldByTraining, load, touched,
                            nt[0], shareSat, shareCumRate, sharePathS, shareHops, shareCount, svc);
                    return remaining[0] <= 0;
                });
                for (int i = 0; i < nVisited[0] && remaining[0] > 0 && spread < MAX_UTILIZATION; i++) {
                    nt[0] = place(si, visitNode[i], visitDelayS[i], visitHops[i], MAX_UTILIZATION, remaining, t0Millis,
                            heldByTraining, load, touched, nt[0], shareSat, shareCumRate, sharePathS, shareHops, shareCount,
                            svc);
                }
            } else {
                // Every reachable satellite, then lowest-numbered first (delay and hops kept by node here).
                int[] nReach = {0};
                search.nearestFirst(contacts.satellite()[entryContact[s]], (node, delayS, hops) -> {
                    visitNode[nReach[0]++] = node;
                    visitDelayS[node] = delayS;
                    visitHops[node] = hops;
                    return false;
                });
                Arrays.sort(visitNode, 0, nReach[0]);
                for (int i = 0; i < nReach[0] && remaining[0] > 0; i++) {
                    int node = visitNode[i];
                    nt[0] = place(si, node, visitDelayS[node], visitHops[node], MAX_UTILIZATION, remaining, t0Millis,
                            heldByTraining, load, touched, nt[0], shareSat, shareCumRate, sharePathS, shareHops, shareCount,
                            svc);
                }
            }
            nTouched = nt[0];
            unserved[0] |= remaining[0] > 0;
        }
        return nTouched;
    }

    /** Times at which the routes and loads are recomputed whatever else happens: links, gangs, the daily curve. */
    private double[] recomputeTimes() {
        int n = 2 * links.startS().length + (int) Math.ceil(endS / RATE_STEP_S) + 2 * gangs.size() + 1;
        double[] t = new double[n];
        int k = 0;
        for (double x = RATE_STEP_S; x < endS; x += RATE_STEP_S) {
            t[k++] = x;
        }
        for (int i = 0; i < links.startS().length; i++) {
            t[k++] = links.startS()[i];
            t[k++] = links.endS()[i];
        }
        for (TrainingSimulation.Placement p : gangs) {
            t[k++] = p.fromS();
            t[k++] = p.toS();
        }
        Arrays.sort(t, 0, k);
        return Arrays.copyOf(t, k);
    }

    /**
     * Gives satellite {@code node} as much of the remaining load (FLOP/s of peak) as it can take
     * under the policy up to {@code utilizationCap} of its capacity, recording the share; returns
     * the new count of touched satellites.
     */
    private int place(int s, int node, double delayS, int hops, double utilizationCap, double[] remaining, long tMillis,
                      boolean[] heldByTraining, double[] load, int[] touched, int nTouched, int[][] shareSat,
                      double[][] shareCumRate, double[][] sharePathS, int[][] shareHops, int[] shareCount,
                      Workload.InferenceService svc) {
        if (heldByTraining[node]) {
            return nTouched;
        }
        double fraction = availability.at(node, tMillis);
        if (!policy.eligible(fraction)) {
            return nTouched;
        }
        double capacity = peakFlopPerS[node] * fraction;
        double spare = utilizationCap * capacity - load[node];
        if (!(spare > 0)) {
            return nTouched;
        }
        double take = Math.min(spare, remaining[0]);
        if (load[node] == 0) {
            touched[nTouched++] = node;
        }
        load[node] += take;
        remaining[0] -= take;
        int c = shareCount[s];
        if (c == shareSat[s].length) {
            shareSat[s] = Arrays.copyOf(shareSat[s], 2 * c);
            shareCumRate[s] = Arrays.copyOf(shareCumRate[s], 2 * c);
            sharePathS[s] = Arrays.copyOf(sharePathS[s], 2 * c);
            shareHops[s] = Arrays.copyOf(shareHops[s], 2 * c);
        }
        double rate = take * svc.modelFlopUtilization() / svc.flopPerRequest();
        shareSat[s][c] = node;
        shareCumRate[s][c] = (c == 0 ? 0 : shareCumRate[s][c - 1]) + rate;
        sharePathS[s][c] = delayS;
        shareHops[s][c] = hops;
        shareCount[s] = c + 1;
        return nTouched;
    }

    /**
     * Every time the routes or the load may change, sorted and distinct, from 0 to the end, s:
     * the {@code recomputeTimes}, every contact start and end, every change of compute.
     */
    private double[] changeTimes(double[] recomputeTimes) {
        long[] computeChanges = availability.changeTimesMillis();
        int n = recomputeTimes.length + 2 * contacts.startS().length + 2 + computeChanges.length;
        double[] t = Arrays.copyOf(recomputeTimes, n);
        int k = recomputeTimes.length;
        t[k++] = 0;
        t[k++] = endS;
        for (int i = 0; i < contacts.startS().length; i++) {
            t[k++] = contacts.startS()[i];
            t[k++] = contacts.endS()[i];
        }
        for (long change : computeChanges) {
            t[k++] = change / 1000.0;
        }
        Arrays.sort(t, 0, k);
        int w = 0;
        for (int i = 0; i < k; i++) {
            double x = Math.max(0, Math.min(endS, t[i]));
            if (w == 0 || x > t[w - 1]) {
                t[w++] = x;
            }
        }
        return Arrays.copyOf(t, w);
    }

    private static Integer[] order(double[] starts) {
        Integer[] o = new Integer[starts.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = i;
        }
        Arrays.sort(o, (a, b) -> Double.compare(starts[a], starts[b]) != 0 ? Double.compare(starts[a], starts[b])
                : Integer.compare(a, b));
        return o;
    }

    private static double exponential(SplittableRandom r) {
        return -Math.log(1 - r.nextDouble());
    }
}
