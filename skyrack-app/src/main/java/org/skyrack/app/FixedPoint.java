package org.skyrack.app;

/**
 * Appends a double with a fixed number of decimals, as {@code String.format("%.Nf")} would for
 * the values of our tables, without a Formatter: the value times 10^N is rounded half away from
 * zero to a long. A value whose scaled magnitude passes 2^53 (where a long no longer holds
 * every step), or that is not finite, goes through {@link String#format}.
 */
final class FixedPoint {

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    /** Largest scaled magnitude handled by the integer path. */
    private static final double EXACT_LIMIT = 0x1p53;

    private FixedPoint() {
    }

    static void append(StringBuilder b, double value, int decimals) {
        long p = POWERS[decimals];
        double scaled = Math.abs(value) * p;
        if (!(scaled < EXACT_LIMIT)) {
            b.append(String.format(java.util.Locale.ROOT, "%." + decimals + "f", value));
            return;
        }
        long n = (long) Math.floor(scaled + 0.5);
        if (value < 0 || (value == 0 && 1 / value < 0)) {
            b.append('-'); // as Formatter: -0.0004 prints as -0.000
        }
        b.append(n / p);
        if (decimals > 0) {
            b.append('.');
            String frac = Long.toString(n % p);
            for (int i = frac.length(); i < decimals; i++) {
                b.append('0');
            }
            b.append(frac);
        }
    }
}
