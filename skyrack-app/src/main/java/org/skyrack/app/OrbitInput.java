package org.skyrack.app;

import java.util.List;
import org.orekit.time.AbsoluteDate;
import org.skyrack.geometry.SunEphemeris;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.geometry.EarthSunGrid;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.PropagationException;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Scenario;

/**
 * The satellites and window a geometry command works on, loaded from {@link OrbitInputOptions}.
 * Engine times are seconds from {@code start}.
 *
 * @param ids       the sat_id of each satellite, in input order: NORAD number for a TLE file,
 *                  the satellite name for a scenario
 * @param scenario  the scenario read, or null for TLE input
 */
record OrbitInput(FlightDynamicsContext fdc, UtcTimes times, List<SatelliteOrbit> satellites, List<String> ids,
                  EphemerisSource ephemeris, AbsoluteDate start, AbsoluteDate end, int threads, Scenario scenario) {

    /**
     * The Sun model of every geometry command, chosen here only: JPL ephemerides when
     * {@code --orekit-data} provides them, else Meeus's solar theory (good to 0.01° over 2000–2050).
     */
    static SunEphemeris sunModel(FlightDynamicsContext fdc) {
        return SunEphemeris.best(fdc.dataContext());
    }

    /** Length of the window, s. */
    double spanS() {
        return end.durationFrom(start);
    }

    /** Frames and Sun tabulated over the window. */
    EarthSunGrid grid() {
        return new EarthSunGrid(fdc.frames(), sunModel(fdc)::position, start, 0, spanS());
    }

    /** The date {@code t} seconds after the start. */
    AbsoluteDate date(double t) {
        return start.shiftedBy(t);
    }

    /** "1 satellite" or "N satellites". */
    String satelliteCount() {
        return satellites.size() + (satellites.size() == 1 ? " satellite" : " satellites");
    }

    /** A propagation failure as one line of bad input naming the satellite. */
    BadInputException failure(PropagationException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^satellite \\d+: ", "");
        return new BadInputException("skyrack: cannot propagate " + ids.get(e.satellite()) + " over "
                + times.format(start) + " to " + times.format(end) + ": " + message.replace('\n', ' '));
    }
}
