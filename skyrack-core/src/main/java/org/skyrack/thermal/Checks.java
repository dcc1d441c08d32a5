package org.skyrack.thermal;

/** Range checks where values enter the thermal package; messages name field, value, unit and range. */
final class Checks {

    private Checks() {
    }

    static double positive(String field, double value, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be finite and > 0 " + unit + ", got " + value);
        }
        return value;
    }

    static double nonNegative(String field, double value, String unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be finite and >= 0 " + unit + ", got " + value);
        }
        return value;
    }

    static double fraction(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be a fraction in [0, 1], got " + value);
        }
        return value;
    }
}
