package org.skyrack.launch;

/**
 * A campaign that cannot be planned from its inputs: a vehicle with no price and no
 * {@code launch.price_per_kg}, or a satellite no listed vehicle can carry. The message is one
 * line naming the vehicle or group and what to give instead.
 */
public final class LaunchInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}. */
    public LaunchInputException(String message) {
        super(message);
    }
}
