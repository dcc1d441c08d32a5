package org.skyrack.sweep;

import java.util.Locale;

/**
 * A figure to minimise or maximise, written {@code COLUMN min} or {@code COLUMN max}, e.g.
 * {@code economics.total_usd_per_kw_year min}.
 *
 * @param column   a {@link SweepColumns} figure
 * @param minimise true to minimise, false to maximise
 */
public record Objective(String column, boolean minimise) {

    /**
     * Reads {@code COLUMN min|max}; a bare column is minimised.
     *
     * @throws IllegalArgumentException naming the known figures or directions
     */
    public static Objective parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length == 0 || parts.length > 2 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("expected 'FIGURE min' or 'FIGURE max'");
        }
        if (!SweepColumns.FIGURES.contains(parts[0])) {
            throw new IllegalArgumentException("unknown figure '" + parts[0] + "' (expected one of "
                    + String.join(", ", SweepColumns.FIGURES) + ")");
        }
        String dir = parts.length == 2 ? parts[1].toLowerCase(Locale.ROOT) : "min";
        if (!dir.equals("min") && !dir.equals("max")) {
            throw new IllegalArgumentException("direction '" + parts[1] + "' is neither min nor max");
        }
        return new Objective(parts[0], dir.equals("min"));
    }

    /** True when {@code a} is strictly better than {@code b}. */
    public boolean better(double a, double b) {
        return minimise ? a < b : a > b;
    }

    @Override
    public String toString() {
        return column + (minimise ? " min" : " max");
    }
}
