package org.skyrack.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.orekit.utils.Constants;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.power.CoalescingResourceSink;
import org.skyrack.power.Throttle;
import org.skyrack.run.RunRecorder;
import org.skyrack.scenario.Ground;
import org.skyrack.scenario.Scenario;
import org.skyrack.sim.TrainingSimulation;

/**
 * Writes a run's tables into {@code results.duckdb} (DuckDB) as the run produces them, through
 * one DuckDB appender per table, so a year of resource rows streams straight into the file.
 * The tables and columns are the contract of docs/outputs.md (the HTML report reads them):
 * {@code *_utc} are {@code TIMESTAMP} in UTC to the millisecond, {@code *_s} are seconds from the
 * scenario epoch, and satellites are referred to by their index in {@code satellites}. Resource
 * rows are coalesced exactly as {@link CoalescingResourceSink} does. {@link #close()} flushes
 * every table and closes the file; {@link #export} copies the tables to Parquet or CSV files
 * first. Calls must come from one thread (the {@link RunRecorder} contract).
 */
final class ResultsDatabase implements RunRecorder, AutoCloseable {

    /** File name inside the run folder. */
    static final String FILE = "results.duckdb";

    /** Metres in a kilometre. */
    private static final double M_PER_KM = 1000.0;
    /** Microseconds in a millisecond: a {@code TIMESTAMP} counts microseconds. */
    private static final long MICROS_PER_MS = 1000L;
    /** 0 degC in kelvin. */
    private static final double ZERO_CELSIUS_K = 273.15;

    /** One table of the contract: its name and its columns with their DuckDB types, in order. */
    enum Table {
        RUN("run", "scenario VARCHAR, epoch_utc TIMESTAMP, duration_s DOUBLE, seed BIGINT, skyrack_version VARCHAR"),
        SATELLITES("satellites", "satellite INTEGER, name VARCHAR, group_name VARCHAR, design VARCHAR, "
                + "semi_major_axis_km DOUBLE, altitude_km DOUBLE, inclination_deg DOUBLE, raan_deg DOUBLE"),
        GROUND_TRACKS("ground_tracks", "satellite INTEGER, time_utc TIMESTAMP, t_s DOUBLE, latitude_deg DOUBLE, "
                + "longitude_deg DOUBLE, altitude_km DOUBLE"),
        STATIONS("stations", "station INTEGER, name VARCHAR, latitude_deg DOUBLE, longitude_deg DOUBLE, "
                + "altitude_m DOUBLE, elevation_mask_deg DOUBLE"),
        ECLIPSES("eclipses", "satellite INTEGER, kind VARCHAR, start_utc TIMESTAMP, end_utc TIMESTAMP, "
                + "start_s DOUBLE, duration_s DOUBLE"),
        CONTACTS("contacts", "satellite INTEGER, station INTEGER, station_name VARCHAR, aos_utc TIMESTAMP, "
                + "los_utc TIMESTAMP, aos_s DOUBLE, duration_s DOUBLE, max_elevation_deg DOUBLE, min_range_km DOUBLE"),
        ISL_LINKS("isl_links", "satellite_a INTEGER, satellite_b INTEGER, start_utc TIMESTAMP, end_utc TIMESTAMP, "
                + "start_s DOUBLE, duration_s DOUBLE, min_range_km DOUBLE"),
        RESOURCES("resources", "satellite INTEGER, start_utc TIMESTAMP, end_utc TIMESTAMP, start_s DOUBLE, "
                + "end_s DOUBLE, array_power_w DOUBLE, load_w DOUBLE, compute_fraction DOUBLE, battery_energy_j DOUBLE, "
                + "state_of_charge_fraction DOUBLE, deck_temperature_c DOUBLE, throttle VARCHAR"),
        JOBS("jobs", "job VARCHAR, satellites INTEGER, accelerators INTEGER, submitted_s DOUBLE, started_s DOUBLE, "
                + "finished_s DOUBLE, completed BOOLEAN, total_flop DOUBLE, kept_flop DOUBLE, lost_flop DOUBLE, "
                + "in_progress_flop DOUBLE, restarts INTEGER, checkpoints INTEGER, silent_data_corruptions INTEGER, "
                + "step_s DOUBLE"),
        REQUESTS("requests", "request BIGINT, region VARCHAR, arrival_s DOUBLE, arrival_utc TIMESTAMP, "
                + "station INTEGER, satellite INTEGER, latency_ms DOUBLE, violates_slo BOOLEAN"),
        FAULTS("faults", "satellite INTEGER, time_s DOUBLE, time_utc TIMESTAMP, kind VARCHAR"),
        LAUNCHES("launches", "launch INTEGER, date DATE, vehicle VARCHAR, group_name VARCHAR, satellites INTEGER, "
                + "payload_mass_kg DOUBLE, price_usd DOUBLE, failed BOOLEAN, replenishment BOOLEAN"),
        COSTS("costs", "side VARCHAR, item VARCHAR, usd_per_kw_year DOUBLE");

        final String sqlName;
        final String columns;

        Table(String sqlName, String columns) {
            this.sqlName = sqlName;
            this.columns = columns;
        }

        /** Column names, in order. */
        List<String> columnNames() {
            return java.util.Arrays.stream(columns.split(",\\s*")).map(c -> c.substring(0, c.indexOf(' '))).toList();
        }
    }

    private final Path file;
    private final DuckDBConnection connection;
    private final Map<Table, DuckDBAppender> appenders = new EnumMap<>(Table.class);
    private final UtcMillis utc;
    private final List<String> stationNames;
    private final double[] batteryCapacityJ;
    private final CoalescingResourceSink resources;
    private final java.util.function.Consumer<String> onStage;
    private int launches;
    private boolean closed;

    /**
     * Creates {@code file} with every table and writes the {@code run} and {@code stations} rows;
     * the run's rows follow through the {@link RunRecorder} calls.
     *
     * @param satellites the run's satellites, in table order (for each one's battery capacity)
     * @param onStage    told each step the run starts ({@link RunRecorder#stage})
     */
    ResultsDatabase(Path file, Scenario s, List<SatelliteOrbit> satellites, UtcMillis utc, String version,
                    java.util.function.Consumer<String> onStage) {
        this.file = file;
        this.onStage = onStage;
        this.utc = utc;
        this.stationNames = s.ground().stations().stream().map(Ground.Station::name).toList();
        this.batteryCapacityJ = satellites.stream()
                .mapToDouble(o -> s.design(o.design()).orElseThrow().battery().capacityJ()).toArray();
        this.resources = new CoalescingResourceSink(this::resourceRow);
        try {
            connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            try (Statement st = connection.createStatement()) {
                for (Table t : Table.values()) {
                    st.execute("CREATE TABLE " + t.sqlName + " (" + t.columns + ")");
                }
            }
            for (Table t : Table.values()) {
                appenders.put(t, connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.sqlName));
            }
            row(Table.RUN).append(s.info().name()).appendEpochMicros(s.info().epoch().toEpochMilli() * MICROS_PER_MS)
                    .append(s.info().durationS()).append(s.info().seed()).append(version).endRow();
            List<Ground.Station> stations = s.ground().stations();
            for (int i = 0; i < stations.size(); i++) {
                Ground.Station g = stations.get(i);
                row(Table.STATIONS).append(i).append(g.name()).append(Math.toDegrees(g.latitudeRad()))
                        .append(Math.toDegrees(g.longitudeRad())).append(g.altitudeM())
                        .append(Math.toDegrees(g.elevationMaskRad())).endRow();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private DuckDBAppender row(Table t) throws SQLException {
        return appenders.get(t).beginRow();
    }

    private UncheckedIOException failure(SQLException e) {
        return new UncheckedIOException(new IOException(file + ": " + e.getMessage(), e));
    }

    /** UTC microseconds since 1970 (a {@code TIMESTAMP}) of run time {@code tS}, to the millisecond. */
    private long micros(double tS) {
        return utc.at(tS) * MICROS_PER_MS;
    }

    /** Appends a double, or NULL for NaN ("never happened"). */
    private static DuckDBAppender orNull(DuckDBAppender a, double v) throws SQLException {
        return Double.isNaN(v) ? a.appendNull() : a.append(v);
    }

    @Override
    public void stage(String name) {
        onStage.accept(name);
    }

    @Override
    public void satellite(int index, String name, String group, String design, double semiMajorAxisM,
                          double inclinationRad, double raanRad) {
        try {
            row(Table.SATELLITES).append(index).append(name).append(group).append(design)
                    .append(semiMajorAxisM / M_PER_KM)
                    .append((semiMajorAxisM - Constants.WGS84_EARTH_EQUATORIAL_RADIUS) / M_PER_KM)
                    .append(Math.toDegrees(inclinationRad)).append(Math.toDegrees(raanRad)).endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** One point of a ground track: geodetic latitude and longitude, deg, and altitude, km. */
    void groundTrack(int satellite, double tS, double latitudeDeg, double longitudeDeg, double altitudeKm) {
        try {
            row(Table.GROUND_TRACKS).append(satellite).appendEpochMicros(micros(tS)).append(tS).append(latitudeDeg)
                    .append(longitudeDeg).append(altitudeKm).endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void eclipse(int satellite, boolean umbra, double startS, double endS) {
        try {
            row(Table.ECLIPSES).append(satellite).append(umbra ? "umbra" : "penumbra")
                    .appendEpochMicros(micros(startS)).appendEpochMicros(micros(endS)).append(startS)
                    .append(endS - startS).endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void contact(int satellite, int station, double aosS, double losS, double maxElevationRad,
                        double minRangeM) {
        try {
            row(Table.CONTACTS).append(satellite).append(station).append(stationNames.get(station))
                    .appendEpochMicros(micros(aosS)).appendEpochMicros(micros(losS)).append(aosS).append(losS - aosS)
                    .append(Math.toDegrees(maxElevationRad)).append(minRangeM / M_PER_KM).endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void islLink(int satelliteA, int satelliteB, double startS, double endS, double minRangeM) {
        try {
            row(Table.ISL_LINKS).append(satelliteA).append(satelliteB).appendEpochMicros(micros(startS))
                    .appendEpochMicros(micros(endS)).append(startS).append(endS - startS).append(minRangeM / M_PER_KM)
                    .endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void interval(int satellite, double startS, double endS, double arrayPowerW, double loadW,
                         double computeFraction, double storedEnergyJ, double deckTemperatureK, Throttle throttle) {
        resources.interval(satellite, startS, endS, arrayPowerW, loadW, computeFraction, storedEnergyJ,
                deckTemperatureK, throttle);
    }

    private void resourceRow(int satellite, double startS, double endS, double arrayPowerW, double loadW,
                             double computeFraction, double storedEnergyJ, double deckTemperatureK, Throttle throttle) {
        try {
            DuckDBAppender a = row(Table.RESOURCES).append(satellite).appendEpochMicros(micros(startS))
                    .appendEpochMicros(micros(endS)).append(startS).append(endS).append(arrayPowerW).append(loadW)
                    .append(computeFraction).append(storedEnergyJ);
            double capacity = batteryCapacityJ[satellite];
            orNull(a, capacity > 0 ? storedEnergyJ / capacity : Double.NaN)
                    .append(deckTemperatureK - ZERO_CELSIUS_K).append(throttle.name().toLowerCase(Locale.ROOT))
                    .endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void job(TrainingSimulation.JobResult j) {
        try {
            DuckDBAppender a = row(Table.JOBS).append(j.name()).append(j.satellites()).append(j.accelerators())
                    .append(j.submittedS());
            orNull(orNull(a, j.startedS()), j.finishedS()).append(j.completed()).append(j.totalFlop())
                    .append(j.keptFlop()).append(j.lostFlop()).append(j.inProgressFlop()).append(j.restarts())
                    .append(j.checkpoints()).append(j.silentDataCorruptions());
            orNull(a, j.stepS()).endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void request(long id, String region, double arrivalS, int station, int satellite, double latencyMs,
                        boolean violatesSlo) {
        try {
            DuckDBAppender a = row(Table.REQUESTS).append(id).append(region).append(arrivalS)
                    .appendEpochMicros(micros(arrivalS));
            a = station < 0 ? a.appendNull() : a.append(station);
            a = satellite < 0 ? a.appendNull() : a.append(satellite);
            orNull(a, satellite < 0 ? Double.NaN : latencyMs).append(violatesSlo).endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void fault(int satellite, double timeS, String kind) {
        try {
            row(Table.FAULTS).append(satellite).append(timeS).appendEpochMicros(micros(timeS)).append(kind).endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void launch(PlannedLaunch l) {
        try {
            row(Table.LAUNCHES).append(++launches).append(l.date()).append(l.vehicleId()).append(l.group())
                    .append(l.satellites()).append(l.payloadMassKg()).append(l.priceUsd()).append(l.failed())
                    .append(l.replenishment()).endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void cost(String side, String item, double usdPerKwYear) {
        try {
            row(Table.COSTS).append(side).append(item).append(usdPerKwYear).endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Writes the rows still buffered (the last resource row, every appender's cache) into the tables. */
    private void flush() throws SQLException {
        resources.flush();
        for (DuckDBAppender a : appenders.values()) {
            a.close();
        }
        appenders.clear();
    }

    /**
     * Flushes every table and copies each to {@code folder/NAME.parquet} or {@code folder/NAME.csv}
     * (with a header row) with DuckDB's {@code COPY ... TO}.
     */
    void export(Path folder, ExportFormat format) {
        try {
            flush();
            java.nio.file.Files.createDirectories(folder);
            try (Statement st = connection.createStatement()) {
                for (Table t : Table.values()) {
                    Path out = folder.resolve(t.sqlName + "." + format.extension);
                    st.execute("COPY " + t.sqlName + " TO '" + out.toAbsolutePath().toString().replace("'", "''")
                            + "' (" + format.copyOptions + ")");
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Formats of {@code --export}. */
    enum ExportFormat {
        PARQUET("parquet", "FORMAT parquet, COMPRESSION zstd"),
        CSV("csv", "FORMAT csv, HEADER true");

        final String extension;
        final String copyOptions;

        ExportFormat(String extension, String copyOptions) {
            this.extension = extension;
            this.copyOptions = copyOptions;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection c = connection) {
            flush();
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
