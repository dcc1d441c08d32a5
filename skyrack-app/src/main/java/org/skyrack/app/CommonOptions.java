package org.skyrack.app;

import java.nio.file.Path;
import org.skyrack.flightdata.FlightDynamicsContext;
import picocli.CommandLine.Option;

/** Options shared by every command that touches flight dynamics. */
final class CommonOptions {

    @Option(names = "--orekit-data", paramLabel = "DIR",
            description = "Use a full Orekit data folder (EOP, JPL ephemerides, leap seconds) instead of the offline "
                    + "default: leap seconds from /usr/share/zoneinfo/leap-seconds.list or the bundled table, zero EOP.")
    Path orekitData;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors: no notes, no progress.")
    boolean quiet;

    /** Builds the flight-dynamics context once, at the edge. */
    FlightDynamicsContext context() {
        if (orekitData == null) {
            return FlightDynamicsContext.offline();
        }
        try {
            return FlightDynamicsContext.fromOrekitData(orekitData);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("skyrack: --orekit-data: " + e.getMessage());
        }
    }
}
