package org.skyrack.app;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.geometry.EarthSunGrid;
import org.skyrack.geometry.SunEphemeris;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.PropagationException;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Scenario;

/**
 * The {@code ground_tracks} table: each satellite's geodetic latitude, longitude and altitude
 * (WGS84) over its first {@value #ORBITS} orbits from the epoch, every {@value #STEP_S} s, on
 * the scenario's own propagator. Fleets larger than {@value #MAX_SATELLITES} are thinned to that
 * many satellites, evenly spread over the satellite order, so the table stays small enough for
 * a map. A satellite whose propagation fails (decayed) ends its track there.
 */
final class GroundTracks {

    /** Orbits drawn per satellite. */
    static final int ORBITS = 2;
    /** Spacing of the track points, s. */
    static final double STEP_S = 60;
    /** Most satellites drawn. */
    static final int MAX_SATELLITES = 200;

    /** Metres in a kilometre. */
    private static final double M_PER_KM = 1000.0;

    /** Receives one track point. */
    interface PointSink {
        void point(int satellite, double tS, double latitudeDeg, double longitudeDeg, double altitudeKm);
    }

    private GroundTracks() {
    }

    /** Indices of the satellites drawn: all of them, or {@value #MAX_SATELLITES} evenly chosen. */
    static int[] chosen(int satellites) {
        if (satellites <= MAX_SATELLITES) {
            return java.util.stream.IntStream.range(0, satellites).toArray();
        }
        int[] out = new int[MAX_SATELLITES];
        for (int k = 0; k < MAX_SATELLITES; k++) {
            out[k] = (int) ((long) k * satellites / MAX_SATELLITES);
        }
        return out;
    }

    /** Propagates the chosen satellites and hands every point to {@code sink}, by satellite then time. */
    static void write(Scenario s, List<SatelliteOrbit> satellites, FlightDynamicsContext fdc, AbsoluteDate epoch,
                      PointSink sink) {
        int[] chosen = chosen(satellites.size());
        if (chosen.length == 0) {
            return;
        }
        List<SatelliteOrbit> drawn = new ArrayList<>();
        double longestS = 0;
        for (int i : chosen) {
            drawn.add(satellites.get(i));
            longestS = Math.max(longestS, ORBITS * satellites.get(i).periodS());
        }
        EphemerisSource source = Ephemerides.of(drawn, s.constellation().propagator(), fdc.dataContext(), epoch);
        EarthSunGrid grid = new EarthSunGrid(fdc.frames(), SunEphemeris.best(fdc.dataContext())::position, epoch, 0,
                longestS);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, fdc.itrf());
        double[] teme = new double[6];
        double[] itrf = new double[3];
        for (int k = 0; k < chosen.length; k++) {
            double endS = ORBITS * drawn.get(k).periodS();
            for (double t = 0; t <= endS; t += STEP_S) {
                try {
                    source.state(k, t, teme, 0);
                } catch (PropagationException e) {
                    break;
                }
                grid.temeToItrf(t, teme[0], teme[1], teme[2], itrf, 0);
                GeodeticPoint p = earth.transform(new Vector3D(itrf[0], itrf[1], itrf[2]), fdc.itrf(),
                        epoch.shiftedBy(t));
                sink.point(chosen[k], t, Math.toDegrees(p.getLatitude()), Math.toDegrees(p.getLongitude()),
                        p.getAltitude() / M_PER_KM);
            }
        }
    }
}
