package org.skyrack.orbit;

import java.util.List;
import java.util.Objects;
import org.orekit.orbits.Orbit;

/**
 * One satellite of a built constellation and its initial orbit.
 *
 * @param index   position of the satellite in the constellation, 0-based, stable for a scenario
 * @param name    satellite name ({@code group-0001}, or the TLE name)
 * @param group   name of its constellation group
 * @param design  name of its satellite design
 * @param orbit   osculating initial orbit at the scenario epoch (EME2000), or the TLE's epoch state
 * @param tleLines the two TLE lines when the satellite came from a TLE file (propagated with SGP4), else empty
 */
public record SatelliteOrbit(int index, String name, String group, String design, Orbit orbit, List<String> tleLines) {

    public SatelliteOrbit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(orbit, "orbit");
        tleLines = List.copyOf(tleLines);
    }

    /** Keplerian period of the initial orbit, s. */
    public double periodS() {
        return orbit.getKeplerianPeriod();
    }
}
