package org.skyrack.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skyrack.geometry.EventSink;
import org.skyrack.geometry.GroundStationGeometry;
import org.skyrack.geometry.GeometryJobs;
import org.skyrack.orbit.PropagationException;
import org.skyrack.scenario.Ground;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skyrack passes}: passes of every satellite over ground stations above an elevation mask. */
@Command(name = "passes", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Passes of each satellite over ground stations (CSV or JSON).",
        description = {"Passes of each satellite over ground stations: acquisition (AOS) and loss (LOS) of signal "
                + "where the elevation crosses the station's mask, and the highest elevation and its time, refined to "
                + "0.1 ms and printed to 1 ms. Stations sit on the WGS84 ellipsoid; passes cut by the window's ends are clipped to it.",
            "",
            "Columns: sat_id,station,aos_utc,los_utc,max_elevation_deg,max_elevation_utc; rows by satellite in "
                + "input order, then AOS. Data goes to stdout (or --out), notes to stderr."},
        footer = {"", "Example:",
            "  skyrack passes --tle iss.tle --station bluffton:40.8939,-83.8917,0 \\",
            "      --min-elevation 30 --start 2014-01-23T00:00:00Z --end 2014-01-24T00:00:00Z",
            "  skyrack passes --scenario examples/prototype-2sat.yaml   # its stations, masks, window"})
final class PassesCommand implements Callable<Integer> {

    static final List<TableWriter.Column> COLUMNS = List.of(TableWriter.Column.text("sat_id"),
            TableWriter.Column.text("station"), TableWriter.Column.text("aos_utc"), TableWriter.Column.text("los_utc"),
            TableWriter.Column.number("max_elevation_deg"), TableWriter.Column.text("max_elevation_utc"));

    private static final Pattern STATION = Pattern.compile("^([^:]+):([^,]+),([^,]+)(?:,([^,]+))?$");
    private static final String STATION_FORM = "NAME:LAT_DEG,LON_DEG[,ALT_M], e.g. bluffton:40.8939,-83.8917,0";

    @Spec
    CommandSpec spec;

    @Mixin
    OrbitInputOptions input;

    @Option(names = "--station", paramLabel = "NAME:LAT_DEG,LON_DEG[,ALT_M]",
            description = "A ground station: geodetic latitude and longitude (east positive) in degrees, height above "
                    + "the WGS84 ellipsoid in metres (default 0). Repeat for several. With --scenario and no --station: "
                    + "the scenario's ground stations, each with its own elevation mask.")
    List<String> stations = new ArrayList<>();

    @Option(names = "--min-elevation", paramLabel = "DEG",
            description = "Elevation mask in degrees (default 0 for --station stations; with the scenario's stations "
                    + "it replaces their own masks).")
    Double minElevationDeg;

    @Mixin
    TableOutputOptions output;

    @Mixin
    CommonOptionsMixin common;

    @Override
    public Integer call() {
        boolean json = output.json();
        if (minElevationDeg != null && !(minElevationDeg > -90 && minElevationDeg < 90)) {
            throw new BadInputException("skyrack: --min-elevation: " + minElevationDeg
                    + " is outside (-90, 90) deg");
        }
        List<Ground.Station> given = new ArrayList<>();
        for (String s : stations) {
            given.add(parseStation(s));
        }
        OrbitInput in = input.load(common.options.context());
        List<Ground.Station> list = given;
        if (list.isEmpty()) {
            if (in.scenario() == null) {
                throw new BadInputException("skyrack: --station: at least one is required with --tle (form "
                        + STATION_FORM + ")");
            }
            list = in.scenario().ground().stations();
            if (list.isEmpty()) {
                throw new BadInputException("skyrack: --scenario " + input.source.scenario
                        + ": ground.stations is empty; give --station " + STATION_FORM);
            }
        }
        int m = list.size();
        double[] lat = new double[m];
        double[] lon = new double[m];
        double[] alt = new double[m];
        double[] mask = new double[m];
        for (int i = 0; i < m; i++) {
            Ground.Station st = list.get(i);
            lat[i] = st.latitudeRad();
            lon[i] = st.longitudeRad();
            alt[i] = st.altitudeM();
            mask[i] = minElevationDeg != null ? Math.toRadians(minElevationDeg) : st.elevationMaskRad();
        }
        List<String> names = list.stream().map(Ground.Station::name).toList();
        GeometryRun.before(spec, common.options, in);
        double span = in.spanS();
        GroundStationGeometry stations = new GroundStationGeometry(lat, lon, alt, mask);
        GeometryJobs jobs = new GeometryJobs(in.ephemeris(), in.grid(), in.threads());
        try (OutputTarget target = OutputTarget.open(output.out, spec.commandLine().getOut())) {
            TableWriter table = TableWriter.open(target.writer(), json, COLUMNS);
            jobs.contacts(stations, 0, span, new EventSink() {
                @Override
                public void contact(int satellite, int station, double aosS, double losS, double maxElevationRad,
                                    double maxElevationS, double minRangeM) {
                    table.row(in.ids().get(satellite), names.get(station), in.times().format(in.date(aosS)),
                            in.times().format(in.date(losS)), TableWriter.fixed(Math.toDegrees(maxElevationRad), 3),
                            in.times().format(in.date(maxElevationS)));
                }
            });
            table.finish();
            target.commit();
            GeometryRun.after(spec, common.options, in, table.rows(), "passes", target);
        } catch (PropagationException e) {
            throw in.failure(e);
        }
        return 0;
    }

    /** Parses NAME:LAT_DEG,LON_DEG[,ALT_M]; a one-line error names the option and the value. */
    static Ground.Station parseStation(String text) {
        Matcher mt = STATION.matcher(text.strip());
        String bad = "skyrack: --station '" + text + "': ";
        if (!mt.matches() || mt.group(1).isBlank()) {
            throw new BadInputException(bad + "expected " + STATION_FORM);
        }
        double lat = number(bad, "latitude", mt.group(2));
        double lon = number(bad, "longitude", mt.group(3));
        double alt = mt.group(4) == null ? 0 : number(bad, "altitude", mt.group(4));
        if (lat < -90 || lat > 90) {
            throw new BadInputException(bad + "latitude " + mt.group(2).strip() + " is outside [-90, 90] deg");
        }
        if (lon < -180 || lon > 360) {
            throw new BadInputException(bad + "longitude " + mt.group(3).strip() + " is outside [-180, 360] deg");
        }
        return new Ground.Station(mt.group(1).strip(), Math.toRadians(lat), Math.toRadians(lon), alt, 0);
    }

    private static double number(String bad, String what, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException(bad + what + " '" + text.strip() + "' is not a number (expected " + STATION_FORM
                + ")");
    }
}
