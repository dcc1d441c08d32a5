package org.skyrack.sweep;

import java.util.List;

/**
 * One swept scenario field: a grid of values, or a range sampled by the sweep's sampling method.
 * Values stay as the sweep file writes them (number and unit, {@code 650 km}); the scenario
 * reader converts them when it reads each point, so units mean exactly what they mean in a
 * scenario file.
 */
public sealed interface SweepVariable permits SweepVariable.Grid, SweepVariable.Range {

    /** The field swept. */
    SweepPath path();

    /** Line of the variable in the sweep file, 1-based. */
    int line();

    /**
     * A list of values, each a YAML value as written ({@code 80 m^2}, {@code [starship]}).
     *
     * @param values the values in file order, as YAML text
     */
    record Grid(SweepPath path, int line, List<String> values) implements SweepVariable {
        public Grid {
            values = List.copyOf(values);
        }
    }

    /**
     * A closed interval {@code [low, high]} in one unit, sampled uniformly. When both ends are
     * plain integers the samples are integers (both ends included).
     *
     * @param low     lower end, in {@code unit}
     * @param high    upper end, in {@code unit}, above {@code low}
     * @param unit    the unit both ends are written in, empty for plain numbers
     * @param integer whether samples are whole numbers
     */
    record Range(SweepPath path, int line, double low, double high, String unit, boolean integer)
            implements SweepVariable {
    }
}
