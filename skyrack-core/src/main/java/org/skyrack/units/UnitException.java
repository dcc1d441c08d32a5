package org.skyrack.units;

/**
 * A quantity that could not be read: the {@link Kind} says which rule it broke so callers can
 * map it to their own error codes; the message is a short sentence without the field name.
 */
public final class UnitException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Which rule a quantity broke. */
    public enum Kind {
        /** The text does not start with a number. */
        NOT_A_NUMBER,
        /** The number is NaN or infinite. */
        NOT_FINITE,
        /** A number without the unit its dimension requires. */
        MISSING_UNIT,
        /** A unit symbol skyrack does not know. */
        UNKNOWN_UNIT,
        /** A known unit of another dimension. */
        WRONG_DIMENSION
    }

    private final Kind kind;

    public UnitException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
