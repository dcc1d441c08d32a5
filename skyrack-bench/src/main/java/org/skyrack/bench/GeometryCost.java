package org.skyrack.bench;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.time.AbsoluteDate;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.geometry.ContactFinder;
import org.skyrack.geometry.EarthSunGrid;
import org.skyrack.geometry.EclipseFinder;
import org.skyrack.geometry.EventSink;
import org.skyrack.geometry.GeometryJobs;
import org.skyrack.geometry.GroundStationGeometry;
import org.skyrack.geometry.OrbitEclipseFinder;
import org.skyrack.geometry.SampledTrajectory;
import org.skyrack.geometry.ScreenedContactFinder;
import org.skyrack.geometry.ShadowGeometry;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;

/**
 * Where the time of {@link GeometryScale} goes, per satellite, on one thread: the previous
 * sampled paths (a year on the SGP4 kernel at 120 s, the eclipse search on those samples with and
 * without the exact-propagator polish, 30 days of passes on the 60 s interpolant over
 * GeometryScale's 20 stations) against the searches the jobs use now (a year of eclipses orbit by
 * orbit, 30 days of screened passes, both on the kernel). Each figure is the mean over
 * {@code satellites} satellites, repeated {@code reps} times (the first repetitions warm the JIT).
 * Run as {@code java -cp skyrack-bench/target/benchmarks.jar org.skyrack.bench.GeometryCost
 * [satellites] [reps]}.
 */
public final class GeometryCost {

    /** Step of the sampled eclipse search (cubic interpolant, polished edges) that the jobs used before the orbit-by-orbit one, s. */
    private static final double SAMPLED_ECLIPSE_STEP_S = 120;

    private GeometryCost() {
    }

    public static void main(String[] args) {
        int satellites = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-01-01T00:00:00Z"), fdc.utc());
        List<SatelliteOrbit> sats = new ConstellationBuilder(fdc.dataContext(), epoch).build(new Constellation(
                PropagatorKind.SGP4, List.of(new ConstellationGroup.Walker("w", "d", ConstellationGroup.WalkerPattern.DELTA,
                        satellites, 1, 0, 550e3, Math.toRadians(53), 0))));
        EphemerisSource kernel = Ephemerides.of(sats, PropagatorKind.SGP4, fdc.dataContext(), epoch);
        double year = 365 * 86400.0;
        double month = 30 * 86400.0;
        EarthSunGrid grid = new EarthSunGrid(fdc.frames(), new AnalyticalSolarPositionProvider(fdc.dataContext())::getPosition,
                epoch, 0, year);
        double[][] st = GeometryScale.STATIONS;
        double[] lat = new double[st.length];
        double[] lon = new double[st.length];
        double[] mask = new double[st.length];
        for (int i = 0; i < st.length; i++) {
            lat[i] = Math.toRadians(st[i][0]);
            lon[i] = Math.toRadians(st[i][1]);
            mask[i] = Math.toRadians(10);
        }
        GroundStationGeometry stations = new GroundStationGeometry(lat, lon, new double[st.length], mask);
        SampledTrajectory eclipseSamples = new SampledTrajectory(kernel, SAMPLED_ECLIPSE_STEP_S);
        SampledTrajectory contactSamples = new SampledTrajectory(kernel, GeometryJobs.CONTACT_STEP_S);
        ScreenedContactFinder screenedFinder = new ScreenedContactFinder(kernel, grid, stations);
        OrbitEclipseFinder orbitFinder = new OrbitEclipseFinder(kernel, grid, ShadowGeometry.EarthShape.WGS84_ELLIPSOID);
        long[] events = new long[1];
        EventSink count = new EventSink() {
            @Override
            public void eclipse(int satellite, boolean umbra, double startS, double endS) {
                events[0]++;
            }

            @Override
            public void contact(int satellite, int station, double aosS, double losS, double e, double t, double r) {
                events[0]++;
            }
        };
        for (int rep = 0; rep < reps; rep++) {
            long load = 0;
            long search = 0;
            long polished = 0;
            long passes = 0;
            long orbitByOrbit = 0;
            long screened = 0;
            for (int s = 0; s < satellites; s++) {
                long t0 = System.nanoTime();
                eclipseSamples.load(s, 0, year);
                long t1 = System.nanoTime();
                new EclipseFinder(eclipseSamples, grid, SAMPLED_ECLIPSE_STEP_S, ShadowGeometry.EarthShape.WGS84_ELLIPSOID)
                        .find(s, 0, year, count);
                long t2 = System.nanoTime();
                new EclipseFinder(eclipseSamples, grid, SAMPLED_ECLIPSE_STEP_S, ShadowGeometry.EarthShape.WGS84_ELLIPSOID)
                        .polishingWith(kernel).find(s, 0, year, count);
                long t3 = System.nanoTime();
                orbitFinder.find(s, 0, year, count);
                long t3b = System.nanoTime();
                orbitByOrbit += t3b - t3;
                t3 = t3b;
                contactSamples.load(s, 0, month);
                new ContactFinder(contactSamples, grid, stations, GeometryJobs.CONTACT_STEP_S).find(s, 0, month, count);
                long t4 = System.nanoTime();
                screenedFinder.find(s, 0, month, count);
                screened += System.nanoTime() - t4;
                load += t1 - t0;
                search += t2 - t1;
                polished += t3 - t2;
                passes += t4 - t3;
            }
            double n = satellites * 1e6;
            System.out.printf(Locale.ROOT, "rep %d, ms per satellite: sampling a year %.1f, eclipse search %.1f "
                    + "(with polish %.1f); orbit by orbit on the kernel %.1f; 30 days of passes (sampling included) %.1f, "
                    + "screened on the kernel %.1f%n", rep + 1, load / n, search / n, polished / n, orbitByOrbit / n, passes / n,
                    screened / n);
        }
        System.out.println(events[0] > 0 ? "" : "no events");
    }
}
