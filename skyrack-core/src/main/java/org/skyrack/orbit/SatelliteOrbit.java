package org.skyrack.orbit;

import java.util.List;
import java.util.Objects;
import org.orekit.orbits.Orbit;
import org.skyrack.formation.Formation;

/**
 * One satellite of a built constellation and its initial orbit.
 *
 * @param index   position of the satellite in the constellation, 0-based, stable for a scenario
 * @param name    satellite name ({@code group-0001}, or the TLE name)
 * @param group   name of its constellation group
 * @param design  name of its satellite design
 * @param orbit   osculating initial orbit at the scenario epoch (EME2000), or the TLE's epoch state
 * @param tleLines the two TLE lines when the satellite came from a TLE file (propagated with SGP4), else empty
 * @param keptSlot where station keeping holds the satellite in its cluster's formation, or null when
 *                 it flies free on its own orbit
 */
public record SatelliteOrbit(int index, String name, String group, String design, Orbit orbit, List<String> tleLines,
                             FormationSlot keptSlot) {

    public SatelliteOrbit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(orbit, "orbit");
        tleLines = List.copyOf(tleLines);
    }

    /** A satellite flying free on its own orbit. */
    public SatelliteOrbit(int index, String name, String group, String design, Orbit orbit, List<String> tleLines) {
        this(index, name, group, design, orbit, tleLines, null);
    }

    /**
     * A place in a station-kept formation: member {@code member} of {@code formation} around the
     * circular {@code reference} orbit, which all members of the cluster share (the same instance).
     */
    public record FormationSlot(Orbit reference, Formation formation, int member) {

        public FormationSlot {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(formation, "formation");
            if (member < 0 || member >= formation.size()) {
                throw new IllegalArgumentException("member " + member + " of " + formation.size());
            }
        }
    }

    /** Keplerian period of the initial orbit, s. */
    public double periodS() {
        return orbit.getKeplerianPeriod();
    }
}
