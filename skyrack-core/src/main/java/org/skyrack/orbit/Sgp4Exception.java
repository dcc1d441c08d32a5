package org.skyrack.orbit;

import java.util.Objects;

/**
 * An SGP4 propagation that reached one of the reference error conditions ({@link Sgp4Status}):
 * the TLE is not usable at that time since epoch (in minutes, the SGP4 time argument), nor,
 * for a decay, at any later time.
 */
public final class Sgp4Exception extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final Sgp4Status status;
    private final int satelliteNumber;
    private final double minutesSinceEpoch;

    /**
     * @param status            the reference error condition reached
     * @param satelliteNumber   NORAD catalogue number of the TLE
     * @param minutesSinceEpoch time since the TLE epoch where the condition was found, min
     */
    public Sgp4Exception(Sgp4Status status, int satelliteNumber, double minutesSinceEpoch) {
        super("SGP4 error " + Objects.requireNonNull(status, "status").code() + " (" + status.description()
                + ") for satellite " + satelliteNumber + " at " + minutesSinceEpoch + " min since the TLE epoch");
        this.status = status;
        this.satelliteNumber = satelliteNumber;
        this.minutesSinceEpoch = minutesSinceEpoch;
    }

    /**
     * The error condition.
     *
     * @return the status, never null
     */
    public Sgp4Status status() {
        return status;
    }

    /**
     * The satellite, as the TLE numbers it.
     *
     * @return NORAD catalogue number
     */
    public int satelliteNumber() {
        return satelliteNumber;
    }

    /**
     * When the condition was found.
     *
     * @return time since the TLE epoch, min
     */
    public double minutesSinceEpoch() {
        return minutesSinceEpoch;
    }
}
