package org.skyrack.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reads a run's {@code results.duckdb} (read-only) and reduces each table to what a chart shows:
 * time bins sized so a series holds about {@link #TARGET_POINTS} points, satellites sampled evenly
 * when there are more than a chart can tell apart. Times stay seconds from the scenario epoch
 * ({@code *_s}); the page adds the epoch. A table the database lacks gives no entry, and the page
 * leaves its chart out.
 */
final class ResultsTables {

    /** Points per time series the bins aim at: enough to see an orbit in a week, few enough to embed a year. */
    static final int TARGET_POINTS = 2000;
    /** Shortest time bin, s: one minute, the ground tracks' own step. */
    static final double MIN_BIN_S = 60;
    /** Ground tracks drawn on the map at most: more lines hide the coastlines. */
    static final int MAX_TRACKS = 12;
    /** Satellites in the orbit-plane scatter at most. */
    static final int MAX_PLANE_POINTS = 5000;
    /** Satellites (rows) in the eclipse calendar at most. */
    static final int MAX_CALENDAR_SATELLITES = 60;
    /** Days (columns) in the eclipse calendar at most; longer runs use bins of several days. */
    static final int MAX_CALENDAR_COLUMNS = 400;
    /** Length of the contact timeline, s: the first two days. */
    static final double CONTACT_WINDOW_S = 2 * 86_400;
    /** Satellites in the inter-satellite link graph at most (the lowest indexes). */
    static final int MAX_GRAPH_NODES = 200;
    /** Rows of the jobs, launches, cost and fault tables embedded at most. */
    static final int MAX_ROWS = 5000;
    /** Bars of the latency histogram. */
    static final int LATENCY_BINS = 40;
    /** Latency quantile the histogram's range ends at, so a few outliers do not squash it. */
    static final double LATENCY_RANGE_QUANTILE = 0.995;
    /** Seconds per day. */
    static final double DAY_S = 86_400;
    /**
     * DuckDB threads for the queries: one, so the same database gives the same page. Sums of
     * doubles split over threads add in an order that varies from run to run, which changed the
     * last digits of a year's power envelope between two builds of the same run folder; one thread
     * costs a year's report about 0.1 s.
     */
    static final int READ_THREADS = 1;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Connection db;
    private final Set<String> tables = new HashSet<>();
    private final double durationS;

    private ResultsTables(Connection db, double durationS) throws SQLException {
        this.db = db;
        this.durationS = durationS;
        try (PreparedStatement st = db.prepareStatement("SELECT table_name FROM information_schema.tables");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
    }

    /**
     * Everything the page's charts need from {@code database}, as one JSON object.
     *
     * @param durationS the run's length, s, from summary.json (sizes the time bins)
     */
    static ObjectNode read(Path database, double durationS) {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        p.setProperty("threads", Integer.toString(READ_THREADS));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath(), p)) {
            return new ResultsTables(c, durationS).all();
        } catch (SQLException e) {
            throw new ReportInputException("skyrack: report: " + database + ": cannot read it as a DuckDB database ("
                    + e.getMessage().lines().findFirst().orElse("") + "; expected the results.duckdb a run writes)");
        }
    }

    /** Bin width, s, giving about {@link #TARGET_POINTS} bins over the run and never under a minute. */
    static double binS(double durationS) {
        return Math.max(MIN_BIN_S, Math.ceil(durationS / TARGET_POINTS / MIN_BIN_S) * MIN_BIN_S);
    }

    private ObjectNode all() throws SQLException {
        ObjectNode o = F.objectNode();
        o.put("bin_s", binS(durationS));
        List<String> names = satelliteNames();
        o.set("satellite_names", strings(names));
        put(o, "tracks", has("ground_tracks") ? tracks() : null);
        put(o, "stations", has("stations") ? rows("SELECT name, latitude_deg, longitude_deg, elevation_mask_deg "
                + "FROM stations ORDER BY station") : null);
        put(o, "planes", has("satellites") ? planes() : null);
        put(o, "eclipse_calendar", has("eclipses") && !names.isEmpty() ? eclipseCalendar(names.size()) : null);
        if (has("resources")) {
            put(o, "power", power());
            put(o, "envelope", envelope());
        }
        put(o, "contacts", has("contacts") ? contacts() : null);
        put(o, "isl", has("isl_links") ? isl() : null);
        put(o, "jobs", has("jobs") ? rows("SELECT job, satellites, accelerators, submitted_s, started_s, finished_s, "
                + "completed, total_flop, kept_flop, lost_flop, in_progress_flop, restarts, checkpoints, "
                + "silent_data_corruptions, step_s FROM jobs ORDER BY submitted_s, job LIMIT " + MAX_ROWS) : null);
        put(o, "latency", has("requests") ? latency() : null);
        put(o, "faults", has("faults") ? rows("SELECT CAST(floor(time_s / " + DAY_S + ") AS INTEGER) AS day, kind, "
                + "count(*) AS faults FROM faults GROUP BY ALL ORDER BY day, kind LIMIT " + MAX_ROWS) : null);
        put(o, "launches", has("launches") ? rows("SELECT launch, CAST(date AS VARCHAR) AS date, vehicle, group_name, "
                + "satellites, payload_mass_kg, price_usd, failed, replenishment FROM launches ORDER BY date, launch "
                + "LIMIT " + MAX_ROWS) : null);
        put(o, "costs", has("costs") ? rows("SELECT side, item, usd_per_kw_year FROM costs LIMIT " + MAX_ROWS) : null);
        return o;
    }

    private boolean has(String table) {
        return tables.contains(table);
    }

    private static void put(ObjectNode o, String field, JsonNode value) {
        if (value != null && !(value.isArray() && value.isEmpty())) {
            o.set(field, value);
        }
    }

    private List<String> satelliteNames() throws SQLException {
        List<String> names = new ArrayList<>();
        if (has("satellites")) {
            try (PreparedStatement st = db.prepareStatement("SELECT satellite, name FROM satellites ORDER BY satellite");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    int i = rs.getInt(1);
                    while (names.size() < i) {
                        names.add("satellite " + names.size());
                    }
                    names.add(rs.getString(2));
                }
            }
        }
        return names;
    }

    /** Up to {@code max} of {@code ids}, evenly spaced, first and order kept. */
    static List<Integer> evenly(List<Integer> ids, int max) {
        if (ids.size() <= max) {
            return ids;
        }
        List<Integer> out = new ArrayList<>(max);
        for (int k = 0; k < max; k++) {
            out.add(ids.get((int) ((long) k * ids.size() / max)));
        }
        return out;
    }

    private List<Integer> ints(String sql) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    private static String inList(List<Integer> ids) {
        StringJoiner j = new StringJoiner(",", "(", ")");
        ids.forEach(i -> j.add(Integer.toString(i)));
        return j.toString();
    }

    /** Ground tracks of up to {@link #MAX_TRACKS} satellites: [{satellite, points: [[t_s, lon, lat]]}]. */
    private ArrayNode tracks() throws SQLException {
        List<Integer> ids = evenly(ints("SELECT DISTINCT satellite FROM ground_tracks ORDER BY satellite"), MAX_TRACKS);
        ArrayNode out = F.arrayNode();
        if (ids.isEmpty()) {
            return out;
        }
        String sql = "SELECT satellite, t_s, longitude_deg, latitude_deg FROM ground_tracks WHERE satellite IN "
                + inList(ids) + " ORDER BY satellite, t_s";
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            ObjectNode cur = null;
            while (rs.next()) {
                int sat = rs.getInt(1);
                if (cur == null || cur.get("satellite").asInt() != sat) {
                    cur = out.addObject();
                    cur.put("satellite", sat);
                    cur.putArray("points");
                }
                ((ArrayNode) cur.get("points")).addArray().add(rs.getDouble(2)).add(round(rs.getDouble(3), 2))
                        .add(round(rs.getDouble(4), 2));
            }
        }
        return out;
    }

    private ArrayNode planes() throws SQLException {
        long n = count("satellites");
        long step = Math.max(1, (n + MAX_PLANE_POINTS - 1) / MAX_PLANE_POINTS);
        return rows("SELECT satellite, group_name, raan_deg, inclination_deg, altitude_km FROM satellites "
                + "WHERE satellite % " + step + " = 0 ORDER BY satellite");
    }

    /**
     * Minutes in umbra per satellite and day (or bin of days), zeros included:
     * {days_per_column, columns, satellites: [index], cells: [[column, row, minutes]]}. An umbra counts
     * on the day it starts.
     */
    private ObjectNode eclipseCalendar(int satellites) throws SQLException {
        int days = Math.max(1, (int) Math.ceil(durationS / DAY_S));
        int daysPerColumn = (days + MAX_CALENDAR_COLUMNS - 1) / MAX_CALENDAR_COLUMNS;
        int columns = (days + daysPerColumn - 1) / daysPerColumn;
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < satellites; i++) {
            all.add(i);
        }
        List<Integer> rows = evenly(all, MAX_CALENDAR_SATELLITES);
        double[][] minutes = new double[rows.size()][columns];
        String sql = "SELECT satellite, CAST(floor(start_s / " + (daysPerColumn * DAY_S) + ") AS INTEGER) AS col, "
                + "sum(duration_s) / 60 FROM eclipses WHERE kind = 'umbra' AND satellite IN " + inList(rows)
                + " GROUP BY ALL";
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                int row = rows.indexOf(rs.getInt(1));
                int col = rs.getInt(2);
                if (row >= 0 && col >= 0 && col < columns) {
                    minutes[row][col] = rs.getDouble(3);
                }
            }
        }
        ObjectNode o = F.objectNode();
        o.put("days_per_column", daysPerColumn);
        o.put("columns", columns);
        ArrayNode ids = o.putArray("satellites");
        rows.forEach(ids::add);
        ArrayNode cells = o.putArray("cells");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                cells.addArray().add(c).add(r).add(round(minutes[r][c], 1));
            }
        }
        return o;
    }

    /** The satellite whose battery ran lowest, binned: time-weighted means, lowest charge, hottest deck, throttled shares. */
    private ObjectNode power() throws SQLException {
        List<Integer> lowest = ints("SELECT satellite FROM resources ORDER BY state_of_charge_fraction, satellite LIMIT 1");
        if (lowest.isEmpty()) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.put("satellite", lowest.get(0));
        double bin = binS(durationS);
        o.set("bins", rows("SELECT floor(start_s / " + bin + ") * " + bin + " AS t_s, "
                + "sum(array_power_w * (end_s - start_s)) / sum(end_s - start_s) AS array_power_w, "
                + "sum(load_w * (end_s - start_s)) / sum(end_s - start_s) AS load_w, "
                + "sum(compute_fraction * (end_s - start_s)) / sum(end_s - start_s) AS compute_fraction, "
                + "min(state_of_charge_fraction) AS min_state_of_charge_fraction, "
                + "max(deck_temperature_c) AS max_deck_temperature_c, "
                + "coalesce(sum(CASE WHEN throttle = 'power' THEN end_s - start_s END), 0) / sum(end_s - start_s) "
                + "AS power_throttled_fraction, "
                + "coalesce(sum(CASE WHEN throttle = 'thermal' THEN end_s - start_s END), 0) / sum(end_s - start_s) "
                + "AS thermal_throttled_fraction "
                + "FROM resources WHERE satellite = " + lowest.get(0) + " AND end_s > start_s GROUP BY 1 ORDER BY 1"));
        return o;
    }

    /** The fleet's envelope per bin: lowest, mean and highest charge and deck temperature, mean compute. */
    private ArrayNode envelope() throws SQLException {
        double bin = binS(durationS);
        return rows("SELECT floor(start_s / " + bin + ") * " + bin + " AS t_s, "
                + "min(state_of_charge_fraction) AS soc_min, "
                + "sum(state_of_charge_fraction * (end_s - start_s)) / sum(end_s - start_s) AS soc_mean, "
                + "max(state_of_charge_fraction) AS soc_max, "
                + "min(deck_temperature_c) AS deck_min_c, "
                + "sum(deck_temperature_c * (end_s - start_s)) / sum(end_s - start_s) AS deck_mean_c, "
                + "max(deck_temperature_c) AS deck_max_c, "
                + "sum(compute_fraction * (end_s - start_s)) / sum(end_s - start_s) AS compute_mean "
                + "FROM resources WHERE end_s > start_s GROUP BY 1 ORDER BY 1");
    }

    /**
     * Each station's coverage over the first {@link #CONTACT_WINDOW_S}: overlapping passes merged into
     * one span (any satellite in view), [station, start_s, end_s, passes].
     */
    private ArrayNode contacts() throws SQLException {
        return rows("WITH c AS (SELECT station, aos_s AS s, aos_s + duration_s AS e FROM contacts WHERE aos_s < "
                + CONTACT_WINDOW_S + "), "
                + "o AS (SELECT *, max(e) OVER (PARTITION BY station ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING "
                + "AND 1 PRECEDING) AS prev_e FROM c), "
                + "g AS (SELECT *, sum(CASE WHEN prev_e IS NULL OR s > prev_e THEN 1 ELSE 0 END) OVER (PARTITION BY "
                + "station ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island FROM o) "
                + "SELECT station, min(s) AS start_s, max(e) AS end_s, count(*) AS passes FROM g "
                + "GROUP BY station, island ORDER BY station, start_s LIMIT " + MAX_ROWS);
    }

    /** Link pairs among the first {@link #MAX_GRAPH_NODES} satellites: fraction of the run up, closest range. */
    private ArrayNode isl() throws SQLException {
        return rows("SELECT satellite_a, satellite_b, sum(duration_s) / " + Math.max(durationS, 1)
                + " AS up_fraction, min(min_range_km) AS min_range_km FROM isl_links WHERE satellite_a < "
                + MAX_GRAPH_NODES + " AND satellite_b < " + MAX_GRAPH_NODES + " GROUP BY ALL ORDER BY 1, 2");
    }

    /** Latency histogram of served requests, split by the objective, with counts; null when there are none. */
    private ObjectNode latency() throws SQLException {
        ArrayNode totals = rows("SELECT count(*) AS requests, count(latency_ms) AS served, "
                + "count(*) FILTER (WHERE violates_slo) AS violating, "
                + "quantile_cont(latency_ms, " + LATENCY_RANGE_QUANTILE + ") AS range_ms FROM requests");
        JsonNode t = totals.get(0);
        if (t.get("served").asLong() == 0) {
            return null;
        }
        double width = Math.max(t.get("range_ms").asDouble(), 1e-3) / LATENCY_BINS;
        ObjectNode o = F.objectNode();
        o.setAll((ObjectNode) t.deepCopy());
        o.put("bin_ms", width);
        o.set("bins", rows("SELECT least(CAST(floor(latency_ms / " + width + ") AS INTEGER), " + (LATENCY_BINS - 1)
                + ") AS bin, count(*) FILTER (WHERE NOT coalesce(violates_slo, false)) AS within, "
                + "count(*) FILTER (WHERE violates_slo) AS violating FROM requests WHERE latency_ms IS NOT NULL "
                + "GROUP BY 1 ORDER BY 1"));
        return o;
    }

    private long count(String table) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows as JSON objects keyed by column label; numbers, booleans, strings and nulls as they are. */
    private ArrayNode rows(String sql) throws SQLException {
        ArrayNode out = F.arrayNode();
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                ObjectNode row = out.addObject();
                for (int i = 1; i <= n; i++) {
                    String label = rs.getMetaData().getColumnLabel(i);
                    Object v = rs.getObject(i);
                    if (v == null) {
                        row.putNull(label);
                    } else if (v instanceof Boolean b) {
                        row.put(label, b);
                    } else if (v instanceof Number num) {
                        int type = rs.getMetaData().getColumnType(i);
                        if (type == Types.DOUBLE || type == Types.FLOAT || type == Types.DECIMAL || type == Types.REAL) {
                            double d = num.doubleValue();
                            if (Double.isFinite(d)) {
                                row.put(label, d);
                            } else {
                                row.putNull(label);
                            }
                        } else {
                            row.put(label, num.longValue());
                        }
                    } else {
                        row.put(label, v.toString());
                    }
                }
            }
        }
        return out;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
