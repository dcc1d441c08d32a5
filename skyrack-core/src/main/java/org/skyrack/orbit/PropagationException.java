package org.skyrack.orbit;

/**
 * A propagator could not give a state: the orbit decayed, its eccentricity left [0, 1), or
 * the mean motion went negative. Carries the satellite and, for SGP4, the error code of
 * Vallado's reference implementation (1 eccentricity, 2 mean motion, 3 perturbed
 * eccentricity, 4 semi-latus rectum, 6 decayed).
 */
public final class PropagationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int satellite;
    private final int sgp4ErrorCode;

    public PropagationException(int satellite, int sgp4ErrorCode, String message) {
        super(message);
        this.satellite = satellite;
        this.sgp4ErrorCode = sgp4ErrorCode;
    }

    /** Index of the satellite that failed. */
    public int satellite() {
        return satellite;
    }

    /** Vallado's SGP4 error code (1–6), or 0 when the failure is not an SGP4 one. */
    public int sgp4ErrorCode() {
        return sgp4ErrorCode;
    }
}
