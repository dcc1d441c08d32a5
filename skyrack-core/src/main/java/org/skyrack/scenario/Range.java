package org.skyrack.scenario;

/**
 * An allowed interval for a value in SI units, with the text users read in error messages
 * (written in the units they write, e.g. "at least 150 km").
 *
 * @param min          lower bound, SI
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          upper bound, SI
 * @param maxInclusive whether {@code max} itself is allowed
 * @param text         the range as users read it
 */
record Range(double min, boolean minInclusive, double max, boolean maxInclusive, String text) {

    static final Range ALL = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, "any value");
    static final Range POSITIVE = new Range(0, false, Double.POSITIVE_INFINITY, true, "greater than 0");
    static final Range NON_NEGATIVE = new Range(0, true, Double.POSITIVE_INFINITY, true, "0 or more");
    static final Range FRACTION = new Range(0, true, 1, true, "a fraction from 0 to 1 (0 % to 100 %)");
    static final Range POSITIVE_FRACTION = new Range(0, false, 1, true, "a fraction greater than 0 and at most 1");

    static Range closed(double min, double max, String text) {
        return new Range(min, true, max, true, text);
    }

    static Range open(double min, double max, String text) {
        return new Range(min, false, max, false, text);
    }

    static Range atLeast(double min, String text) {
        return new Range(min, true, Double.POSITIVE_INFINITY, true, text);
    }

    boolean contains(double v) {
        return (minInclusive ? v >= min : v > min) && (maxInclusive ? v <= max : v < max);
    }

    boolean isAll() {
        return this == ALL;
    }
}
