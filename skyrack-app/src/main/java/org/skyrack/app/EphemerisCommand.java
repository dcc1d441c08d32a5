package org.skyrack.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.skyrack.orbit.PropagationException;
import org.skyrack.units.Dimension;
import org.skyrack.units.UnitException;
import org.skyrack.units.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skyrack ephemeris}: position and velocity of every satellite at fixed steps over a window. */
@Command(name = "ephemeris", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Satellite states at fixed steps (CSV, JSON, CCSDS OEM 2.0 or CZML).",
        description = {"Position and velocity of each satellite every --step from --start to --end (the last sample "
                + "at or before --end): SGP4 for TLE satellites, the scenario's propagator for design orbits.",
            "",
            "csv columns: sat_id,time_utc,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s (km to 1e-6, km/s to 1e-9); json: "
                + "an array of objects with the same keys; oem: CCSDS OEM 2.0 (KVN), one segment per satellite; "
                + "czml: CesiumJS packets, positions in metres. Rows by satellite in input order, then time. Data goes "
                + "to stdout (or --out), notes to stderr."},
        footer = {"", "Example:",
            "  skyrack ephemeris --tle iss.tle \\",
            "      --start 2014-01-20T00:00:00Z --end 2014-01-20T06:00:00Z --step 60s",
            "  skyrack ephemeris --scenario examples/prototype-2sat.yaml \\",
            "      --step '1 min' --format czml --out proto.czml     # load in CesiumJS"})
final class EphemerisCommand implements Callable<Integer> {

    static final List<TableWriter.Column> COLUMNS = List.of(TableWriter.Column.text("sat_id"),
            TableWriter.Column.text("time_utc"), TableWriter.Column.number("x_km"), TableWriter.Column.number("y_km"),
            TableWriter.Column.number("z_km"), TableWriter.Column.number("vx_km_s"),
            TableWriter.Column.number("vy_km_s"), TableWriter.Column.number("vz_km_s"));

    /** Most samples per satellite in one run (at 60 s, 19 years): beyond it a step is almost surely a typo. */
    static final long MAX_SAMPLES = 10_000_000;
    private static final int KM_DECIMALS = 6;
    private static final int KM_S_DECIMALS = 9;
    private static final double M_PER_KM = 1000.0;

    @Spec
    CommandSpec spec;

    @Mixin
    OrbitInputOptions input;

    @Option(names = "--step", paramLabel = "DURATION", defaultValue = "60 s",
            description = "Time between samples, with a unit: 60s, '10 s', '1 min', 1h (default: ${DEFAULT-VALUE}).")
    String step;

    @Option(names = "--frame", paramLabel = "TEME|GCRF|ITRF",
            description = "Frame of the states: TEME (the frame of SGP4; default for csv, json and oem, with --tle "
                    + "and with --scenario), GCRF (inertial) or ITRF (Earth-fixed; default for czml, which has no "
                    + "TEME: czml takes ITRF as FIXED or GCRF as INERTIAL).")
    String frame;

    @Option(names = "--format", paramLabel = "csv|json|oem|czml", defaultValue = "csv",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Mixin
    CommonOptionsMixin common;

    @Override
    public Integer call() {
        String fmt = GeometryRun.choice("--format", format, List.of("csv", "json", "oem", "czml"));
        String frameName = frame == null ? (fmt.equals("czml") ? "ITRF" : "TEME")
                : GeometryRun.choice("--frame", frame, List.of("TEME", "GCRF", "ITRF"));
        if (fmt.equals("czml") && frameName.equals("TEME")) {
            throw new BadInputException("skyrack: --frame TEME: CZML has no TEME frame; use ITRF (FIXED) or GCRF "
                    + "(INERTIAL)");
        }
        double stepS = parseStep(step);
        OrbitInput in = input.load(common.options.context());
        long samples = EphemerisStream.samples(in.spanS(), stepS);
        if (samples > MAX_SAMPLES) {
            throw new BadInputException("skyrack: --step " + step + ": " + samples + " samples per satellite over "
                    + "the window, more than " + MAX_SAMPLES + "; use a longer step or a shorter window");
        }
        Frame teme = in.fdc().frames().getTEME();
        Frame target = switch (frameName) {
            case "GCRF" -> in.fdc().frames().getGCRF();
            case "ITRF" -> in.fdc().itrf();
            default -> teme;
        };
        AbsoluteDate stop = in.date((samples - 1) * stepS);
        GeometryRun.before(spec, common.options, in);
        EphemerisStream stream = new EphemerisStream(in.ephemeris(), in.start(), stepS, samples, teme, target,
                in.threads());
        try (OutputTarget dest = OutputTarget.open(out, spec.commandLine().getOut())) {
            switch (fmt) {
                case "oem" -> stream.run(new OemOutput(dest.writer(), in, target, stop, stepS));
                case "czml" -> {
                    String name = in.scenario() != null ? in.scenario().info().name() : "skyrack ephemeris";
                    CzmlOutput czml = new CzmlOutput(dest.writer(), in, frameName.equals("ITRF") ? "FIXED" : "INERTIAL",
                            stop, name);
                    stream.run(czml);
                    czml.finish();
                }
                default -> {
                    TableWriter table = TableWriter.open(dest.writer(), fmt.equals("json"), COLUMNS);
                    stream.run(new TableSink(in, table));
                    table.finish();
                }
            }
            dest.commit();
            GeometryRun.after(spec, common.options, in, samples * in.satellites().size(),
                    "states in " + frameName, dest);
        } catch (PropagationException e) {
            throw in.failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** Parses --step: a positive duration with a unit. */
    static double parseStep(String text) {
        double s;
        try {
            s = Units.parse(text, Dimension.DURATION);
        } catch (UnitException e) {
            throw new BadInputException("skyrack: --step: " + e.getMessage() + " (got '" + text + "'; expected "
                    + "a duration with a unit, e.g. 60s, '1 min')");
        }
        if (!(s > 0)) {
            throw new BadInputException("skyrack: --step: must be greater than 0 (got '" + text + "')");
        }
        return s;
    }

    /** States as CSV or JSON rows. */
    private static final class TableSink implements EphemerisStream.Sink {
        private final OrbitInput in;
        private final TableWriter table;

        TableSink(OrbitInput in, TableWriter table) {
            this.in = in;
            this.table = table;
        }

        @Override
        public void begin(int satellite) {
            // rows carry the sat_id
        }

        @Override
        public void state(int satellite, AbsoluteDate date, double t, double[] pv) {
            table.row(in.ids().get(satellite), in.times().format(date),
                    TableWriter.fixed(pv[0] / M_PER_KM, KM_DECIMALS), TableWriter.fixed(pv[1] / M_PER_KM, KM_DECIMALS),
                    TableWriter.fixed(pv[2] / M_PER_KM, KM_DECIMALS), TableWriter.fixed(pv[3] / M_PER_KM, KM_S_DECIMALS),
                    TableWriter.fixed(pv[4] / M_PER_KM, KM_S_DECIMALS), TableWriter.fixed(pv[5] / M_PER_KM, KM_S_DECIMALS));
        }

        @Override
        public void end(int satellite) {
            // nothing to close per satellite
        }
    }
}
