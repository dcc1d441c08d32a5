package org.skyrack.bench;

import java.time.Instant;
import java.util.List;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.time.AbsoluteDate;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.geometry.EarthSunGrid;
import org.skyrack.geometry.GroundStationGeometry;
import org.skyrack.geometry.LinkCandidates;
import org.skyrack.network.ConstellationLinks;
import org.skyrack.network.GroundLinkBudget;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.Links;
import org.skyrack.scenario.PropagatorKind;

/**
 * The routing scene of the benchmarks: Starlink shell 1 as Hypatia models it (Walker delta
 * 1584/72/1, 550 km, 53°, +Grid inter-satellite links, four terminals each), 100 ground
 * stations on a Fibonacci spiral between ±56° latitude (an even, deterministic spread over the
 * band the shell serves; Hypatia uses the 100 most populous cities instead), and a ground link to
 * every satellite above 25° elevation. Satellites on skyrack's SGP4 kernel, TEME → ITRF by
 * {@link EarthSunGrid}.
 */
final class StarlinkShell {

    static final int PLANES = 72;
    static final int PER_PLANE = 22;
    static final int SATELLITES = PLANES * PER_PLANE;
    static final int STATIONS = 100;
    static final double ALTITUDE_M = 550e3;
    static final double INCLINATION_DEG = 53;
    static final double MASK_DEG = 25;
    static final double STATION_LATITUDE_LIMIT_DEG = 56;
    /** Optical terminals: 100 Gbps each way, 5,000 km reach (Starlink lasers, engineering-parameters §7), 1 µs switching (assumption). */
    static final Links.InterSatellite ISL = new Links.InterSatellite(Links.Topology.PLUS_GRID, 5000e3, 100e9, 4, 40, 1e-6);
    /** Ka-band downlink: 26 GHz, 40 dBW, G/T 20 dB/K, 3 dB losses, Eb/N0 5 dB, 10 Gbps modem (assumption). */
    static final Links.GroundLink GROUND = new Links.GroundLink(26e9, 40, 20, 3, 5, 10e9, 50);

    final EphemerisSource kernel;
    final EarthSunGrid grid;
    final GroundStationGeometry stations;
    final ConstellationLinks links;
    final List<int[]> islPairs;
    private final double[] state = new double[6];

    StarlinkShell(double spanS) {
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2026-03-20T00:00:00Z"), fdc.utc());
        Constellation shell = new Constellation(PropagatorKind.SGP4, List.of(new ConstellationGroup.Walker("shell1", "d",
                ConstellationGroup.WalkerPattern.DELTA, SATELLITES, PLANES, 1, ALTITUDE_M, Math.toRadians(INCLINATION_DEG), 0)));
        List<SatelliteOrbit> sats = new ConstellationBuilder(fdc.dataContext(), epoch).build(shell);
        kernel = Ephemerides.of(sats, PropagatorKind.SGP4, fdc.dataContext(), epoch);
        AnalyticalSolarPositionProvider sun = new AnalyticalSolarPositionProvider(fdc.dataContext());
        grid = new EarthSunGrid(fdc.frames(), sun::getPosition, epoch, 0, spanS);
        stations = fibonacciStations();
        islPairs = LinkCandidates.of(sats, shell, Links.Topology.PLUS_GRID, ISL.terminalsPerSatellite());
        links = new ConstellationLinks(SATELLITES, islPairs, ISL, stations, new GroundLinkBudget(GROUND, 1e6));
    }

    static GroundStationGeometry fibonacciStations() {
        double[] lat = new double[STATIONS];
        double[] lon = new double[STATIONS];
        double[] alt = new double[STATIONS];
        double[] mask = new double[STATIONS];
        double golden = Math.PI * (3 - Math.sqrt(5));
        double zMax = Math.sin(Math.toRadians(STATION_LATITUDE_LIMIT_DEG));
        for (int i = 0; i < STATIONS; i++) {
            // Equal-area spiral over the band: z uniform in [−zMax, zMax].
            double z = zMax * (1 - 2 * (i + 0.5) / STATIONS);
            lat[i] = Math.asin(z);
            lon[i] = Math.IEEEremainder(i * golden, 2 * Math.PI);
            mask[i] = Math.toRadians(MASK_DEG);
        }
        return new GroundStationGeometry(lat, lon, alt, mask);
    }

    /** Writes every satellite's ITRF position (m) at {@code t} (s from epoch) into {@code itrf}. */
    void positions(double t, double[] itrf) {
        for (int k = 0; k < SATELLITES; k++) {
            kernel.state(k, t, state, 0);
            grid.temeToItrf(t, state[0], state[1], state[2], itrf, 3 * k);
        }
    }
}
