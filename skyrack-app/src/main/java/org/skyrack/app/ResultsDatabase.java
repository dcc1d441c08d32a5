package org.skyrack.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;
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
 * Writes a run's tables into {@code results.duckdb} (DuckDB) as the run produces them. Each
 * table's rows are held column by column ({@link TableRows}) and inserted
 * {@value #ROWS_PER_INSERT} at a time (one DuckDB row group; fewer when the run starts its next
 * step, and at the end) by one {@code INSERT ... SELECT} from a table function that reads the held
 * columns, so a year of resource rows streams into the file in a few dozen statements. (DuckDB's
 * Java appender commits every 2,048 rows, which cost a year's run most of its database time.)
 * One writer thread opens the file and runs the inserts while the run goes on filling each
 * table's other set of rows; every statement goes through that thread in the order the rows
 * came, so the file's contents do not depend on timing. The tables and
 * columns are the contract of docs/outputs.md (the HTML report reads them): {@code *_utc} are
 * {@code TIMESTAMP} in UTC to the millisecond, {@code *_s} are seconds from the scenario epoch,
 * and satellites are referred to by their index in {@code satellites}. Rows keep the order they
 * came in. Resource rows are coalesced exactly as {@link CoalescingResourceSink} does.
 * {@link #close()} inserts the rows still held and closes the file; {@link #export} copies the
 * tables to Parquet or CSV files first. Calls must come from one thread (the
 * {@link RunRecorder} contract).
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
    /** Rows inserted per statement at most: one DuckDB row group, so full sets are written whole. */
    static final int ROWS_PER_INSERT = 122_880;
    /**
     * DuckDB's own threads for the file: one. An insert reads its rows from one table function
     * on the writer thread anyway; with DuckDB's default of one thread per core, replaying a
     * year's rows took 2.5-3.5 s more CPU (and 1-2 s more wall time) for the same file.
     */
    private static final int DUCKDB_THREADS = 1;
    /** The table function each insert reads its rows from. */
    private static final String ROWS_FUNCTION = "skyrack_held_rows";

    /** Throttle names as the {@code throttle} column spells them. */
    private static final Map<Throttle, String> THROTTLE_NAMES = new EnumMap<>(Throttle.class);

    static {
        for (Throttle t : Throttle.values()) {
            THROTTLE_NAMES.put(t, t.name().toLowerCase(Locale.ROOT));
        }
    }

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

        /** Column types, in order. */
        List<TableRows.Kind> columnKinds() {
            return java.util.Arrays.stream(columns.split(",\\s*"))
                    .map(c -> TableRows.Kind.valueOf(c.substring(c.indexOf(' ') + 1))).toList();
        }
    }

    private final Path file;
    /** Opened on the writer, which alone uses it until {@link #close()}. */
    private DuckDBConnection connection;
    /** Opening the file and creating the tables, the writer's first task. */
    private final Future<?> opened;
    /** Per table, the rows the run is filling. */
    private final Map<Table, TableRows> filling = new EnumMap<>(Table.class);
    /** Per table, the insert of its previous rows, which gives them back emptied; absent before the first. */
    private final Map<Table, Future<TableRows>> inserted = new EnumMap<>(Table.class);
    /** The one thread every insert and statement after the constructor runs on, in order. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "skyrack-results-writer");
        t.setDaemon(true);
        return t;
    });
    /** The rows the table function hands to the insert running now (read on DuckDB's threads). */
    private volatile TableRows inserting;
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
        for (Table t : Table.values()) {
            filling.put(t, rowsOf(t));
        }
        // DuckDB's first connection in a JVM unpacks and loads its native library (about a second):
        // the writer does it while the run starts.
        opened = writer.submit(this::open);
        row(Table.RUN).put(s.info().name()).putMicros(s.info().epoch().toEpochMilli() * MICROS_PER_MS)
                .put(s.info().durationS()).put(s.info().seed()).put(version).endRow();
        List<Ground.Station> stations = s.ground().stations();
        for (int i = 0; i < stations.size(); i++) {
            Ground.Station g = stations.get(i);
            row(Table.STATIONS).put(i).put(g.name()).put(Math.toDegrees(g.latitudeRad()))
                    .put(Math.toDegrees(g.longitudeRad())).put(g.altitudeM())
                    .put(Math.toDegrees(g.elevationMaskRad())).endRow();
        }
    }

    /** Creates the file, its tables and the table function the inserts read from. On the writer. */
    private void open() {
        try {
            java.util.Properties config = new java.util.Properties();
            config.setProperty("threads", Integer.toString(DUCKDB_THREADS));
            connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), config);
            try (Statement st = connection.createStatement()) {
                for (Table t : Table.values()) {
                    st.execute("CREATE TABLE " + t.sqlName + " (" + t.columns + ")");
                }
            }
            DuckDBFunctions.tableFunction().withName(ROWS_FUNCTION).withFunction(new HeldRows()).register(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static TableRows rowsOf(Table t) {
        return new TableRows(t.columnNames(), t.columnKinds(), ROWS_PER_INSERT);
    }

    /** Where the next row of {@code t} goes: the rows being filled, handed to the writer first if they are full. */
    private TableRows row(Table t) {
        TableRows r = filling.get(t);
        if (r.full()) {
            handOver(t);
            r = filling.get(t);
        }
        return r;
    }

    /**
     * Hands the rows of {@code t} being filled to the writer and fills the table's other set,
     * once the writer has inserted it: at most two sets per table, so a writer that falls behind
     * holds the run back rather than piling up rows.
     */
    private void handOver(Table t) {
        TableRows full = filling.get(t);
        Future<TableRows> previous = inserted.get(t);
        TableRows next = previous == null ? rowsOf(t) : finished(previous);
        inserted.put(t, writer.submit(() -> {
            insert(t, full);
            return full;
        }));
        filling.put(t, next);
    }

    /** The value of a writer task, its failure rethrown as it was. */
    private <T> T finished(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new java.io.InterruptedIOException(file + ": interrupted while writing"));
        }
    }

    /**
     * Inserts {@code r} into the table {@code t}, in the order the rows came, and empties it. On the
     * writer; after a failed open, fails as the open did.
     */
    private void insert(Table t, TableRows r) {
        finished(opened);
        if (r.rows() == 0) {
            return;
        }
        inserting = r;
        try (Statement st = connection.createStatement()) {
            st.execute("INSERT INTO " + t.sqlName + " SELECT " + r.selectList() + " FROM " + ROWS_FUNCTION + "()");
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            inserting = null;
        }
        r.clear();
    }

    /**
     * The table function behind every insert: the rows held for the table being inserted, in
     * their order, a chunk at a time, on one thread.
     */
    private final class HeldRows implements DuckDBTableFunction<TableRows, int[], Object> {
        @Override
        public TableRows bind(DuckDBTableFunctionBindInfo info) {
            TableRows r = inserting;
            if (r == null) {
                throw new IllegalStateException(ROWS_FUNCTION + " is read only by " + ResultsDatabase.class.getName());
            }
            for (int c = 0; c < r.names().size(); c++) {
                info.addResultColumn(r.names().get(c), r.handedOver(c));
            }
            info.setCardinality(r.rows(), true);
            return r;
        }

        @Override
        public int[] init(DuckDBTableFunctionInitInfo info) {
            info.setMaxThreads(1);
            return new int[1];
        }

        @Override
        public long apply(DuckDBTableFunctionCallInfo info, DuckDBDataChunkWriter out) {
            TableRows r = info.getBindData();
            int[] next = info.getInitData();
            int count = (int) Math.min(out.capacity(), r.rows() - next[0]);
            r.write(next[0], count, out);
            next[0] += count;
            return count;
        }
    }

    private UncheckedIOException failure(SQLException e) {
        return new UncheckedIOException(new IOException(file + ": " + e.getMessage(), e));
    }

    /** UTC microseconds since 1970 (a {@code TIMESTAMP}) of run time {@code tS}, to the millisecond. */
    private long micros(double tS) {
        return utc.at(tS) * MICROS_PER_MS;
    }

    /**
     * Hands every table's rows so far to the writer, since most tables are complete when the step
     * that fills them ends, and their last rows are then inserted while the run goes on rather than
     * after it. Also reports, at the latest here, a file that could not be created.
     */
    @Override
    public void stage(String name) {
        if (opened.isDone()) {
            finished(opened);
        }
        handOverAll();
        onStage.accept(name);
    }


    @Override
    public void satellite(int index, String name, String group, String design, double semiMajorAxisM,
                          double inclinationRad, double raanRad) {
        row(Table.SATELLITES).put(index).put(name).put(group).put(design).put(semiMajorAxisM / M_PER_KM)
                .put((semiMajorAxisM - Constants.WGS84_EARTH_EQUATORIAL_RADIUS) / M_PER_KM)
                .put(Math.toDegrees(inclinationRad)).put(Math.toDegrees(raanRad)).endRow();
    }

    /** One point of a ground track: geodetic latitude and longitude, deg, and altitude, km. */
    void groundTrack(int satellite, double tS, double latitudeDeg, double longitudeDeg, double altitudeKm) {
        row(Table.GROUND_TRACKS).put(satellite).putMicros(micros(tS)).put(tS).put(latitudeDeg).put(longitudeDeg)
                .put(altitudeKm).endRow();
    }

    @Override
    public void eclipse(int satellite, boolean umbra, double startS, double endS) {
        row(Table.ECLIPSES).put(satellite).put(umbra ? "umbra" : "penumbra").putMicros(micros(startS))
                .putMicros(micros(endS)).put(startS).put(endS - startS).endRow();
    }

    @Override
    public void contact(int satellite, int station, double aosS, double losS, double maxElevationRad,
                        double minRangeM) {
        row(Table.CONTACTS).put(satellite).put(station).put(stationNames.get(station)).putMicros(micros(aosS))
                .putMicros(micros(losS)).put(aosS).put(losS - aosS).put(Math.toDegrees(maxElevationRad))
                .put(minRangeM / M_PER_KM).endRow();
    }

    @Override
    public void islLink(int satelliteA, int satelliteB, double startS, double endS, double minRangeM) {
        row(Table.ISL_LINKS).put(satelliteA).put(satelliteB).putMicros(micros(startS)).putMicros(micros(endS))
                .put(startS).put(endS - startS).put(minRangeM / M_PER_KM).endRow();
    }

    @Override
    public void interval(int satellite, double startS, double endS, double arrayPowerW, double loadW,
                         double computeFraction, double storedEnergyJ, double deckTemperatureK, Throttle throttle) {
        resources.interval(satellite, startS, endS, arrayPowerW, loadW, computeFraction, storedEnergyJ,
                deckTemperatureK, throttle);
    }

    private void resourceRow(int satellite, double startS, double endS, double arrayPowerW, double loadW,
                             double computeFraction, double storedEnergyJ, double deckTemperatureK, Throttle throttle) {
        double capacity = batteryCapacityJ[satellite];
        row(Table.RESOURCES).put(satellite).putMicros(micros(startS)).putMicros(micros(endS)).put(startS).put(endS)
                .put(arrayPowerW).put(loadW).put(computeFraction).put(storedEnergyJ)
                .putOrNull(capacity > 0 ? storedEnergyJ / capacity : Double.NaN)
                .put(deckTemperatureK - ZERO_CELSIUS_K).put(THROTTLE_NAMES.get(throttle)).endRow();
    }

    @Override
    public void job(TrainingSimulation.JobResult j) {
        row(Table.JOBS).put(j.name()).put(j.satellites()).put(j.accelerators()).put(j.submittedS())
                .putOrNull(j.startedS()).putOrNull(j.finishedS()).put(j.completed()).put(j.totalFlop())
                .put(j.keptFlop()).put(j.lostFlop()).put(j.inProgressFlop()).put(j.restarts()).put(j.checkpoints())
                .put(j.silentDataCorruptions()).putOrNull(j.stepS()).endRow();
    }

    @Override
    public void request(long id, String region, double arrivalS, int station, int satellite, double latencyMs,
                        boolean violatesSlo) {
        TableRows r = row(Table.REQUESTS).put(id).put(region).put(arrivalS).putMicros(micros(arrivalS));
        r = station < 0 ? r.putNull(TableRows.Kind.INTEGER) : r.put(station);
        r = satellite < 0 ? r.putNull(TableRows.Kind.INTEGER) : r.put(satellite);
        r.putOrNull(satellite < 0 ? Double.NaN : latencyMs).put(violatesSlo).endRow();
    }

    @Override
    public void fault(int satellite, double timeS, String kind) {
        row(Table.FAULTS).put(satellite).put(timeS).putMicros(micros(timeS)).put(kind).endRow();
    }

    @Override
    public void launch(PlannedLaunch l) {
        row(Table.LAUNCHES).put(++launches).put(l.date()).put(l.vehicleId()).put(l.group()).put(l.satellites())
                .put(l.payloadMassKg()).put(l.priceUsd()).put(l.failed()).put(l.replenishment()).endRow();
    }

    @Override
    public void cost(String side, String item, double usdPerKwYear) {
        row(Table.COSTS).put(side).put(item).put(usdPerKwYear).endRow();
    }

    /**
     * Inserts the rows still held (the last resource row, every table's last rows) and waits for
     * every insert to finish.
     */
    private void flush() {
        finished(opened);
        resources.flush();
        handOverAll();
        for (Future<TableRows> f : inserted.values()) {
            finished(f);
        }
    }

    /** Hands every table's rows held so far to the writer. */
    private void handOverAll() {
        for (Table t : Table.values()) {
            if (filling.get(t).rows() > 0) {
                handOver(t);
            }
        }
    }

    /** Runs {@code statements} on the writer, after every insert handed to it, and waits for them. */
    private void onWriter(SqlWork statements) {
        finished(writer.submit(() -> {
            finished(opened);
            try (Statement st = connection.createStatement()) {
                statements.run(st);
            } catch (SQLException e) {
                throw failure(e);
            }
            return null;
        }));
    }

    /** Statements for the writer thread. */
    private interface SqlWork {
        void run(Statement st) throws SQLException;
    }

    /**
     * Inserts every table's rows and copies each table to {@code folder/NAME.parquet} or
     * {@code folder/NAME.csv} (with a header row) with DuckDB's {@code COPY ... TO}.
     */
    void export(Path folder, ExportFormat format) {
        flush();
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        onWriter(st -> {
            // Compressing the files is work DuckDB splits over threads: its default, one per core.
            st.execute("RESET threads");
            for (Table t : Table.values()) {
                Path out = folder.resolve(t.sqlName + "." + format.extension);
                st.execute("COPY " + t.sqlName + " TO '" + out.toAbsolutePath().toString().replace("'", "''")
                        + "' (" + format.copyOptions + ")");
            }
        });
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
        try {
            flush();
            onWriter(st -> st.execute("CHECKPOINT"));
        } finally {
            stopWriter();
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    throw failure(e);
                }
            }
        }
    }

    /** Lets the writer finish what it was given (after a failure too), so the connection closes idle. */
    private void stopWriter() {
        writer.shutdown();
        boolean interrupted = false;
        while (!writer.isTerminated()) {
            try {
                writer.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
