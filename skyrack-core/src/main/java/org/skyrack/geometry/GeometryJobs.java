package org.skyrack.geometry;

import java.util.List;
import org.skyrack.orbit.EphemerisSource;

/**
 * Whole-constellation geometry: eclipses, passes and links for every satellite (or link) over
 * a window, on several threads, streamed to one sink in satellite order. Eclipses are found
 * orbit by orbit on the propagator ({@link OrbitEclipseFinder}: a few calls per orbit instead of
 * sampling the whole window); passes with a screened search ({@link ScreenedContactFinder}:
 * the propagator runs only while some station is near its visibility cone). Both converge their
 * edges on the propagator and hand what their models do not cover to the careful sampled
 * searches ({@link EclipseFinder}, {@link ContactFinder}).
 */
public final class GeometryJobs {

    /** Sampling step for links, s. */
    public static final double CONTACT_STEP_S = 60;

    private final EphemerisSource source;
    private final EarthSunGrid grid;
    private final int threads;

    /**
     * @param source  propagator of every satellite
     * @param grid    frames and Sun over (at least) the windows to be searched
     * @param threads worker threads
     */
    public GeometryJobs(EphemerisSource source, EarthSunGrid grid, int threads) {
        this.source = source;
        this.grid = grid;
        this.threads = threads;
    }

    /**
     * Umbra and penumbra intervals of every satellite in [startS, endS], found orbit by orbit on
     * the propagator itself ({@link OrbitEclipseFinder}), with the careful sampled search for the
     * orbits the per-orbit model does not cover.
     */
    public void eclipses(double startS, double endS, ShadowGeometry.EarthShape shape, EventSink sink) {
        ThreadLocal<OrbitEclipseFinder> finder = ThreadLocal.withInitial(() -> new OrbitEclipseFinder(source, grid, shape));
        try (OrderedEvents run = new OrderedEvents(threads)) {
            run.run(source.size(), (sat, out) -> finder.get().find(sat, startS, endS, out), sink);
        }
    }

    /**
     * Passes of every satellite over every station in [startS, endS], on the propagator itself:
     * {@link ScreenedContactFinder} looks at a station only near its visibility cone.
     */
    public void contacts(GroundStationGeometry stations, double startS, double endS, EventSink sink) {
        ThreadLocal<ScreenedContactFinder> finder = ThreadLocal.withInitial(() -> new ScreenedContactFinder(source, grid, stations));
        try (OrderedEvents run = new OrderedEvents(threads)) {
            run.run(source.size(), (sat, out) -> finder.get().find(sat, startS, endS, out), sink);
        }
    }

    /**
     * Availability of each candidate link {@code pairs[k] = {a, b}} in [startS, endS]. Links are
     * propagated through the exact source (two satellites per link).
     */
    public void links(List<int[]> pairs, double maxRangeM, double grazingAltitudeM, double startS, double endS,
                      EventSink sink) {
        IslFinder finder = new IslFinder(source, maxRangeM, grazingAltitudeM, CONTACT_STEP_S);
        try (OrderedEvents run = new OrderedEvents(threads)) {
            run.run(pairs.size(), (k, out) -> finder.find(pairs.get(k)[0], pairs.get(k)[1], startS, endS, out), sink);
        }
    }
}
