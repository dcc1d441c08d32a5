package org.skyrack.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.ode.events.Action;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.propagation.events.EclipseDetector;
import org.orekit.propagation.events.ElevationDetector;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.geometry.EarthSunGrid;
import org.skyrack.geometry.EventSink;
import org.skyrack.geometry.GeometryJobs;
import org.skyrack.geometry.GroundStationGeometry;
import org.skyrack.geometry.ShadowGeometry;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;

/**
 * The geometry of a large Walker constellation, timed, with the Orekit-detector path measured
 * on a sample of the same satellites in the same run: a year of eclipse intervals and 30 days
 * of passes over 20 ground stations, streamed to a counting sink. For the sample, every event
 * of the Orekit path is matched to one of ours within {@link #MATCH_TOLERANCE_S} (missed and
 * spurious events are counted). A single long job, so a plain program rather than a JMH
 * benchmark (whose iterations would repeat it); run it as
 * {@code java -Xmx2g -cp skyrack-bench/target/benchmarks.jar org.skyrack.bench.GeometryScale
 * [satellites] [planes] [eclipseDays] [contactDays] [sample] [threads]}.
 */
public final class GeometryScale {

    /** An event of the sample counts as matched when both edges agree to this, s. */
    static final double MATCH_TOLERANCE_S = 1.0;

    /** Twenty ground-station sites (latitude, longitude in degrees): polar, mid-latitude and equatorial. */
    static final double[][] STATIONS = {
        {78.23, 15.39}, {-72.01, 2.53}, {68.32, -133.55}, {64.86, -147.85}, {67.86, 20.96},
        {-53.16, -70.91}, {-25.89, 27.69}, {1.35, 103.82}, {-46.53, 168.38}, {19.82, -155.47},
        {-20.5, 57.5}, {25.2, 55.3}, {35.7, 139.7}, {-33.45, -70.67}, {40.43, -4.25},
        {37.94, -75.46}, {-23.7, 133.88}, {13.03, 77.51}, {-31.52, -64.46}, {37.84, 22.62},
    };
    private static final double MASK_DEG = 10;
    /** Orekit's check step in the timed runs, s (the eclipse and pass detectors of the reference figures). */
    private static final double TIMED_MAX_CHECK_S = 60;
    /**
     * Orekit's check step in the run the events are compared with, s (system property
     * {@code skyrack.bench.checkStepS} overrides it: a finer step finds grazing passes the 5 s
     * step misses).
     */
    private static final double CHECK_MAX_CHECK_S = Double.parseDouble(System.getProperty("skyrack.bench.checkStepS", "5"));

    private GeometryScale() {
    }

    public static void main(String[] args) {
        int satellites = arg(args, 0, 10_000);
        int planes = arg(args, 1, 100);
        int eclipseDays = arg(args, 2, 365);
        int contactDays = arg(args, 3, 30);
        int sample = arg(args, 4, 3);
        int threads = arg(args, 5, Runtime.getRuntime().availableProcessors());

        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-01-01T00:00:00Z"), fdc.utc());
        List<SatelliteOrbit> sats = new ConstellationBuilder(fdc.dataContext(), epoch).build(new Constellation(
                PropagatorKind.SGP4, List.of(new ConstellationGroup.Walker("w", "d",
                        ConstellationGroup.WalkerPattern.DELTA, satellites, planes, 1, 550e3, Math.toRadians(53), 0))));
        List<TLE> tles = Ephemerides.sgp4Elements(sats, fdc.dataContext());
        EphemerisSource kernel = Ephemerides.of(sats, PropagatorKind.SGP4, fdc.dataContext(), epoch);
        AnalyticalSolarPositionProvider sun = new AnalyticalSolarPositionProvider(fdc.dataContext());
        double eclipseSpan = eclipseDays * 86400.0;
        double contactSpan = contactDays * 86400.0;
        EarthSunGrid grid = new EarthSunGrid(fdc.frames(), sun::getPosition, epoch, 0, Math.max(eclipseSpan, contactSpan));
        GroundStationGeometry stations = stations();
        GeometryJobs jobs = new GeometryJobs(kernel, grid, threads);

        System.out.printf(Locale.ROOT, "Walker %d/%d/1, 550 km, 53 deg; %d thread(s); eclipses over %d d, passes over %d d "
                + "with %d stations%n", satellites, planes, threads, eclipseDays, contactDays, STATIONS.length);
        resetPeaks();
        Counter eclipses = new Counter(sample);
        long t0 = System.nanoTime();
        jobs.eclipses(0, eclipseSpan, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, eclipses);
        double eclipseS = (System.nanoTime() - t0) / 1e9;
        Counter contacts = new Counter(sample);
        t0 = System.nanoTime();
        jobs.contacts(stations, 0, contactSpan, contacts);
        double contactS = (System.nanoTime() - t0) / 1e9;
        long peakHeap = peakHeapBytes();

        // The Orekit-detector path on the first `sample` satellites (same TLEs, same Sun).
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, fdc.itrf());
        double orekitEclipseS = 0;
        double orekitContactS = 0;
        int missed = 0;
        int spurious = 0;
        int compared = 0;
        int shortPassesMissedAt60s = 0;
        int shortEclipsesMissedAt60s = 0;
        for (int s = 0; s < sample; s++) {
            TLE tle = tles.get(s);
            List<double[]> timedEclipses = new ArrayList<>();
            long u = System.nanoTime();
            orekitEclipses(fdc, tle, sun, earth, epoch, eclipseSpan, TIMED_MAX_CHECK_S, timedEclipses);
            orekitEclipseS += (System.nanoTime() - u) / 1e9;
            // Likewise a 60 s check step misses umbrae shorter than a minute at a season's edge:
            // the comparison uses the finer step (not timed).
            List<double[]> orekitEclipses = new ArrayList<>();
            orekitEclipses(fdc, tle, sun, earth, epoch, eclipseSpan, CHECK_MAX_CHECK_S, orekitEclipses);
            shortEclipsesMissedAt60s += orekitEclipses.size() - timedEclipses.size();
            List<double[]> timedPasses = new ArrayList<>();
            u = System.nanoTime();
            orekitPasses(fdc, tle, earth, epoch, contactSpan, TIMED_MAX_CHECK_S, timedPasses);
            orekitContactS += (System.nanoTime() - u) / 1e9;
            // Orekit's detectors at a 60 s check step miss passes shorter than the step; the
            // events are checked against a run at a 5 s step (not timed).
            List<double[]> orekitPasses = new ArrayList<>();
            orekitPasses(fdc, tle, earth, epoch, contactSpan, CHECK_MAX_CHECK_S, orekitPasses);
            shortPassesMissedAt60s += orekitPasses.size() - timedPasses.size();
            int[] e = match(orekitEclipses, eclipses.sampleEvents.get(s));
            int[] c = match(orekitPasses, contacts.sampleEvents.get(s));
            if (System.getenv("SKYRACK_BENCH_DEBUG") != null) {
                shortPassElevations(fdc, tle, earth, epoch, contacts.sampleEvents.get(s));
            }
            missed += e[0] + c[0];
            spurious += e[1] + c[1];
            compared += orekitEclipses.size() + orekitPasses.size();
        }
        double orekitEclipseAll = orekitEclipseS / sample * satellites;
        double orekitContactAll = orekitContactS / sample * satellites;
        System.out.printf(Locale.ROOT, "%-34s %14s %14s %14s%n", "", "skyrack", "Orekit (est.)", "ratio");
        System.out.printf(Locale.ROOT, "%-34s %13.1fs %13.0fs %13.0fx%n", "eclipses (" + eclipses.eclipses + " intervals)",
                eclipseS, orekitEclipseAll, orekitEclipseAll / eclipseS);
        System.out.printf(Locale.ROOT, "%-34s %13.1fs %13.0fs %13.0fx%n", "passes (" + contacts.contacts + " passes)",
                contactS, orekitContactAll, orekitContactAll / contactS);
        System.out.printf(Locale.ROOT, "%-34s %13.1fs %13.0fs %13.0fx%n", "total", eclipseS + contactS,
                orekitEclipseAll + orekitContactAll, (orekitEclipseAll + orekitContactAll) / (eclipseS + contactS));
        System.out.printf(Locale.ROOT, "Orekit path measured on %d satellite(s): %.2f s/satellite-year of eclipses, "
                + "%.2f s/satellite-%d-days of passes (x%d stations)%n", sample, orekitEclipseS / sample * 365.0 / eclipseDays,
                orekitContactS / sample, contactDays, STATIONS.length);
        System.out.printf(Locale.ROOT, "sample check against Orekit at a %.1f s check step: %d Orekit events, %d missed, "
                + "%d spurious (edges within %.1f s); Orekit at its timed 60 s check step missed %d short passes and "
                + "%d short eclipse intervals%n", CHECK_MAX_CHECK_S, compared, missed, spurious, MATCH_TOLERANCE_S,
                shortPassesMissedAt60s, shortEclipsesMissedAt60s);
        System.out.printf(Locale.ROOT, "peak heap during the skyrack jobs: %.0f MB (max %.0f MB)%n", peakHeap / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static void orekitEclipses(FlightDynamicsContext fdc, TLE tle, AnalyticalSolarPositionProvider sun,
                                       OneAxisEllipsoid earth, AbsoluteDate epoch, double span, double maxCheckS,
                                       List<double[]> out) {
        for (boolean umbra : new boolean[] {false, true}) {
            Propagator p = sgp4(fdc, tle);
            double[] open = {Double.NaN};
            EclipseDetector d = new EclipseDetector(sun, Constants.SUN_RADIUS, earth);
            d = umbra ? d.withUmbra() : d.withPenumbra();
            p.addEventDetector(d.withMaxCheck(maxCheckS).withThreshold(1e-3).withHandler((s, det, increasing) -> {
                double t = s.getDate().durationFrom(epoch);
                if (!increasing) {
                    open[0] = t;
                } else {
                    out.add(new double[] {umbra ? 1 : 0, 0, Double.isNaN(open[0]) ? 0 : open[0], t});
                    open[0] = Double.NaN;
                }
                return Action.CONTINUE;
            }));
            p.propagate(epoch, epoch.shiftedBy(span));
            if (!Double.isNaN(open[0])) {
                out.add(new double[] {umbra ? 1 : 0, 0, open[0], span});
            }
        }
    }

    private static void orekitPasses(FlightDynamicsContext fdc, TLE tle, OneAxisEllipsoid earth, AbsoluteDate epoch,
                                     double span, double maxCheckS, List<double[]> out) {
        Propagator p = sgp4(fdc, tle);
        List<double[]> opens = new ArrayList<>();
        for (int j = 0; j < STATIONS.length; j++) {
            int station = j;
            TopocentricFrame topo = new TopocentricFrame(earth, new GeodeticPoint(Math.toRadians(STATIONS[j][0]),
                    Math.toRadians(STATIONS[j][1]), 0), "s" + j);
            double[] open = {Double.NaN};
            p.addEventDetector(new ElevationDetector(topo).withConstantElevation(Math.toRadians(MASK_DEG))
                    .withMaxCheck(maxCheckS).withThreshold(1e-3).withHandler((s, det, increasing) -> {
                        double t = s.getDate().durationFrom(epoch);
                        if (increasing) {
                            open[0] = t;
                        } else {
                            out.add(new double[] {2, station, Double.isNaN(open[0]) ? 0 : open[0], t});
                            open[0] = Double.NaN;
                        }
                        return Action.CONTINUE;
                    }));
            opens.add(open);
        }
        p.propagate(epoch, epoch.shiftedBy(span));
        for (int j = 0; j < opens.size(); j++) {
            if (!Double.isNaN(opens.get(j)[0])) {
                out.add(new double[] {2, j, opens.get(j)[0], span});
            }
        }
    }

    /**
     * Diagnostic: for each of our passes shorter than 10 s, Orekit's own highest elevation over
     * the pass (SGP4 and a TopocentricFrame, sampled every 10 ms), against the mask: it tells a
     * real grazing pass from one only our frames see.
     */
    private static void shortPassElevations(FlightDynamicsContext fdc, TLE tle, OneAxisEllipsoid earth,
                                            AbsoluteDate epoch, List<double[]> ours) {
        Propagator p = sgp4(fdc, tle);
        for (double[] m : ours) {
            if (m[0] != 2 || m[3] - m[2] >= 10) {
                continue;
            }
            int j = (int) m[1];
            TopocentricFrame topo = new TopocentricFrame(earth, new GeodeticPoint(Math.toRadians(STATIONS[j][0]),
                    Math.toRadians(STATIONS[j][1]), 0), "s" + j);
            double best = -Math.PI;
            for (double t = m[2] - 2; t <= m[3] + 2; t += 0.01) {
                AbsoluteDate d = epoch.shiftedBy(t);
                best = Math.max(best, topo.getElevation(p.getPVCoordinates(d, p.getFrame()).getPosition(),
                        p.getFrame(), d));
            }
            System.out.printf(Locale.ROOT, "short pass: station %d, %.3f to %.3f s (%.2f s); Orekit's highest elevation "
                    + "%.7f deg, %+.3e rad from the mask%n", j, m[2], m[3], m[3] - m[2], Math.toDegrees(best),
                    best - Math.toRadians(MASK_DEG));
        }
    }

    private static Propagator sgp4(FlightDynamicsContext fdc, TLE tle) {
        Frame teme = fdc.frames().getTEME();
        return TLEPropagator.selectExtrapolator(tle, new FrameAlignedProvider(teme), Propagator.DEFAULT_MASS, teme);
    }

    /** {missed, spurious}: Orekit events with no match among ours, and ours with no Orekit match. */
    static int[] match(List<double[]> orekit, List<double[]> ours) {
        boolean[] used = new boolean[ours.size()];
        int missed = 0;
        for (double[] o : orekit) {
            boolean found = false;
            for (int i = 0; i < ours.size() && !found; i++) {
                double[] m = ours.get(i);
                if (!used[i] && m[0] == o[0] && m[1] == o[1] && Math.abs(m[2] - o[2]) <= MATCH_TOLERANCE_S
                        && Math.abs(m[3] - o[3]) <= MATCH_TOLERANCE_S) {
                    used[i] = true;
                    found = true;
                }
            }
            if (!found) {
                missed++;
            }
        }
        int spurious = 0;
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                spurious++;
                if (System.getenv("SKYRACK_BENCH_DEBUG") != null) {
                    System.out.println("unmatched: " + java.util.Arrays.toString(ours.get(i)));
                }
            }
        }
        return new int[] {missed, spurious};
    }

    private static GroundStationGeometry stations() {
        int n = STATIONS.length;
        double[] lat = new double[n];
        double[] lon = new double[n];
        double[] mask = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = Math.toRadians(STATIONS[i][0]);
            lon[i] = Math.toRadians(STATIONS[i][1]);
            mask[i] = Math.toRadians(MASK_DEG);
        }
        return new GroundStationGeometry(lat, lon, new double[n], mask);
    }

    /** Counts events, keeping those of the first satellites for the comparison with Orekit. */
    static final class Counter implements EventSink {
        long eclipses;
        long contacts;
        final List<List<double[]>> sampleEvents = new ArrayList<>();
        private final int sample;

        Counter(int sample) {
            this.sample = sample;
            for (int i = 0; i < sample; i++) {
                sampleEvents.add(new ArrayList<>());
            }
        }

        @Override
        public void eclipse(int satellite, boolean umbra, double startS, double endS) {
            eclipses++;
            if (satellite < sample) {
                sampleEvents.get(satellite).add(new double[] {umbra ? 1 : 0, 0, startS, endS});
            }
        }

        @Override
        public void contact(int satellite, int station, double aosS, double losS, double maxElevationRad,
                            double maxElevationS, double minRangeM) {
            contacts++;
            if (satellite < sample) {
                sampleEvents.get(satellite).add(new double[] {2, station, aosS, losS});
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                total += p.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    private static int arg(String[] args, int i, int defaultValue) {
        return args.length > i ? Integer.parseInt(args[i]) : defaultValue;
    }
}
