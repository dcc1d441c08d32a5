package org.skyrack.orbit;

/**
 * Positions and velocities of a fixed set of satellites in the TEME frame (True Equator, Mean
 * Equinox, the frame of SGP4), at times counted in seconds from the scenario epoch. The
 * geometry engine asks one satellite at a time, so implementations keep per-satellite state
 * in primitive arrays and allocate nothing per call. Implementations must be safe for
 * concurrent calls on different satellites.
 */
public interface EphemerisSource {

    /** Number of satellites. */
    int size();

    /**
     * Writes the TEME state of {@code satellite} at {@code secondsFromEpoch} into
     * {@code out[offset .. offset+5]}: x, y, z in m, then vx, vy, vz in m/s.
     *
     * @throws PropagationException when the model cannot give a state (decayed, eccentricity out of range)
     */
    void state(int satellite, double secondsFromEpoch, double[] out, int offset);

    /**
     * The distance between two satellites when the model holds it fixed for all time (two
     * members of one station-kept rigid formation), m; NaN when it varies (the default).
     */
    default double rigidDistanceM(int a, int b) {
        return Double.NaN;
    }
}
