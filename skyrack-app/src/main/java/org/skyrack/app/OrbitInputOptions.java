package org.skyrack.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options that say which satellites and which time window a geometry command covers
 * ({@code --tle} or {@code --scenario}, {@code --start}, {@code --end}, {@code --threads}),
 * and their loading into an {@link OrbitInput}.
 */
final class OrbitInputOptions {

    /** Exactly one source of satellites. */
    static final class Source {
        @Option(names = "--tle", paramLabel = "FILE", required = true,
                description = "Two- or three-line element sets (SGP4); sat_id is the NORAD catalog number.")
        Path tle;

        @Option(names = "--scenario", paramLabel = "FILE", required = true,
                description = "A scenario file: its satellites (sat_id is the satellite name, e.g. proto-0001), its "
                        + "propagator, and by default its epoch and duration as the window.")
        Path scenario;
    }

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Satellites (one of):%n")
    Source source;

    @Option(names = "--start", paramLabel = "ISO",
            description = "Start of the window, ISO-8601 UTC (2026-01-01T00:00:00Z). Default with --scenario: its epoch.")
    String start;

    @Option(names = "--end", paramLabel = "ISO",
            description = "End of the window, ISO-8601 UTC. Default with --scenario: epoch + duration.")
    String end;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the available processors). The output does not depend on it.")
    Integer threads;

    /** Reads and checks everything; throws {@link BadInputException} or {@code ScenarioException} on bad input. */
    OrbitInput load(FlightDynamicsContext fdc) {
        UtcTimes times = new UtcTimes(fdc.utc());
        AbsoluteDate startDate = start == null ? null : times.parse("--start", start);
        AbsoluteDate endDate = end == null ? null : times.parse("--end", end);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new BadInputException("skyrack: --threads: must be 1 or more (got " + threads + ")");
        }
        List<SatelliteOrbit> satellites;
        List<String> ids = new ArrayList<>();
        PropagatorKind kind;
        Scenario scenario = null;
        if (source.tle != null) {
            if (startDate == null || endDate == null) {
                throw new BadInputException("skyrack: --start and --end are required with --tle");
            }
            TleFile.check("--tle", source.tle);
            kind = PropagatorKind.SGP4;
            ConstellationGroup.OrbitFile group = new ConstellationGroup.OrbitFile("tle", "",
                    ConstellationGroup.OrbitFileFormat.TLE, source.tle);
            try {
                satellites = new ConstellationBuilder(fdc.dataContext(), startDate)
                        .build(new Constellation(kind, List.of(group)));
                for (SatelliteOrbit s : satellites) {
                    ids.add(Integer.toString(new TLE(s.tleLines().get(0), s.tleLines().get(1), fdc.utc())
                            .getSatelliteNumber()));
                }
            } catch (OrekitException e) {
                throw new BadInputException("skyrack: --tle " + source.tle + ": " + e.getMessage());
            }
        } else {
            scenario = ScenarioReader.read(source.scenario);
            kind = scenario.constellation().propagator();
            AbsoluteDate epoch = new AbsoluteDate(scenario.info().epoch(), fdc.utc());
            if (startDate == null) {
                startDate = epoch;
            }
            if (endDate == null) {
                endDate = epoch.shiftedBy(scenario.info().durationS());
            }
            try {
                satellites = new ConstellationBuilder(fdc.dataContext(), epoch).build(scenario.constellation());
            } catch (OrekitException e) {
                throw new BadInputException("skyrack: --scenario " + source.scenario + ": " + e.getMessage());
            }
            for (SatelliteOrbit s : satellites) {
                ids.add(s.name());
            }
        }
        if (!(endDate.durationFrom(startDate) > 0)) {
            throw new BadInputException(end == null
                    ? "skyrack: --start " + times.format(startDate) + " is not before the scenario's end "
                            + times.format(endDate) + " (epoch + duration); give --end"
                    : "skyrack: --end " + times.format(endDate) + " is not after "
                            + (start == null ? "the scenario's epoch " : "--start ") + times.format(startDate));
        }
        EphemerisSource ephemeris;
        try {
            ephemeris = new CheckedEphemeris(Ephemerides.of(satellites, kind, fdc.dataContext(), startDate), times,
                    startDate);
        } catch (UnsupportedOperationException e) {
            throw new BadInputException("skyrack: --scenario " + source.scenario + ": constellation.propagator: "
                    + e.getMessage());
        }
        return new OrbitInput(fdc, times, satellites, ids, ephemeris, startDate, endDate, workers, scenario);
    }

    /** The last UTC calendar day of the window, for the leap-second expiry note. */
    static LocalDate lastDay(OrbitInput in) {
        return LocalDate.ofInstant(in.end().toInstant(in.fdc().timeScales()), ZoneOffset.UTC);
    }
}
