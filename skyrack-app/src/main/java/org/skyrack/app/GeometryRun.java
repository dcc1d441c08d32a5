package org.skyrack.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/** What the ephemeris, passes and eclipses commands share around their computation. */
final class GeometryRun {

    private GeometryRun() {
    }

    /**
     * The choice {@code value} names, ignoring case, spelled as in {@code choices}; or a one-line
     * error naming the option, the value and the choices.
     */
    static String choice(String option, String value, List<String> choices) {
        for (String c : choices) {
            if (c.equalsIgnoreCase(value.strip())) {
                return c;
            }
        }
        throw new BadInputException("skyrack: " + option + ": unknown value '" + value + "' (expected "
                + String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1)
                + ")");
    }

    /** Notes on stderr before the run: an expired leap-second table. */
    static void before(CommandSpec spec, CommonOptions common, OrbitInput in) {
        ScenarioRunner.warnIfExpired(in.fdc(), OrbitInputOptions.lastDay(in), spec.commandLine().getErr(),
                common.quiet);
    }

    /** The one line on stderr after a run, unless quiet. */
    static void after(CommandSpec spec, CommonOptions common, OrbitInput in, long rows, String what,
                      OutputTarget target) {
        if (common.quiet) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "skyrack %s: %s, %s to %s: %d %s%s%n", spec.name(), in.satelliteCount(),
                in.times().format(in.start()), in.times().format(in.end()), rows, what,
                target.file() == null ? "" : "; wrote " + target.file());
        err.flush();
    }
}
