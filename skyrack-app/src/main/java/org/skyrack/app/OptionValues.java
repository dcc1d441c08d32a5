package org.skyrack.app;

import org.skyrack.units.Dimension;
import org.skyrack.units.UnitException;
import org.skyrack.units.Units;

/** Option values with units, read as scenario fields are: one-line errors naming the option. */
final class OptionValues {

    private OptionValues() {
    }

    /** {@code text} as a quantity of dimension {@code d}, in SI. */
    static double quantity(String option, String text, Dimension d) {
        try {
            return Units.parse(text, d);
        } catch (UnitException e) {
            throw new BadInputException("skyrack: " + option + ": " + e.getMessage() + " (got '" + text + "'; expected "
                    + Units.expectation(d) + ")");
        }
    }

    /**
     * {@code text} as a quantity of dimension {@code d}; a bare number is taken in
     * {@code bareUnit} (which must be of dimension {@code d}).
     */
    static double quantity(String option, String text, Dimension d, String bareUnit) {
        String t = text.strip();
        try {
            Double.parseDouble(t);
            t = t + " " + bareUnit;
        } catch (NumberFormatException e) {
            // has a unit of its own
        }
        return quantity(option, t, d);
    }
}
