package org.skyrack.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario field path as the scenario language writes it in its error messages and
 * {@code docs/scenario.md}: keys joined by dots, list items by {@code [index]}, e.g.
 * {@code satellites[0].solar_array.area} or {@code constellation.groups[1].altitude}.
 *
 * @param text     the path as written
 * @param segments keys ({@link String}) and list indices ({@link Integer}) in order
 */
public record SweepPath(String text, List<Object> segments) {

    private static final Pattern SEGMENT = Pattern.compile("([a-z_][a-z0-9_]*)((?:\\[\\d{1,6}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    public SweepPath {
        segments = List.copyOf(segments);
    }

    /**
     * Parses a path.
     *
     * @throws IllegalArgumentException saying what a path looks like
     */
    public static SweepPath parse(String text) {
        List<Object> out = new ArrayList<>();
        String[] parts = text.strip().split("\\.", -1);
        for (String p : parts) {
            Matcher m = SEGMENT.matcher(p);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a scenario field path (expected keys joined by dots, list "
                        + "items as [index], e.g. satellites[0].solar_array.area)");
            }
            out.add(m.group(1));
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) {
                out.add(Integer.parseInt(i.group(1)));
            }
        }
        return new SweepPath(text.strip(), out);
    }

    @Override
    public String toString() {
        return text;
    }
}
