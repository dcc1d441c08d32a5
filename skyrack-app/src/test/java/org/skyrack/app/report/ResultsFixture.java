package org.skyrack.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;

/**
 * A {@code results.duckdb} with the contract's tables and plausible rows, built beside a real run's
 * {@code summary.json}, for the report's tests until {@code simulate} writes the database itself.
 * Satellites follow the summary's groups (circular orbits at the group's altitude and inclination);
 * ground tracks come from that circular motion over a rotating Earth; when the run folder has a
 * {@code resources.csv} its rows are imported as they are (state of charge = stored energy over the
 * satellite's highest, since batteries start full) and umbrae are read from it (array output under
 * {@link #DARK_W}); otherwise power, eclipses, contacts, links, jobs, requests, faults, launches and
 * costs are synthetic. Not physics: enough for every chart to have rows.
 *
 * <p>{@code main(RUN_DIR)} adds the database to an existing run folder (used for the docs screenshot).
 */
public final class ResultsFixture {

    /** Array output below which a resources.csv row counts as umbra, W. */
    static final double DARK_W = 1.0;
    /** Earth's gravitational parameter, km^3/s^2. */
    private static final double MU_KM3_S2 = 398_600.4418;
    /** Earth's equatorial radius, km. */
    private static final double EARTH_RADIUS_KM = 6378.137;
    /** Sidereal day, s. */
    private static final double SIDEREAL_DAY_S = 86_164.0905;
    /** Positions of well-known ground stations, deg; other names get spread-out positions. */
    private static final Map<String, double[]> KNOWN_STATIONS = Map.of(
            "svalbard", new double[] {78.23, 15.41}, "troll", new double[] {-72.01, 2.53},
            "inuvik", new double[] {68.32, -133.61});

    private ResultsFixture() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]), args.length > 1 ? args[1] : "fixture");
    }

    /** Writes {@code runDir/results.duckdb} (replacing one that is there) from {@code runDir/summary.json}. */
    static void write(Path runDir, String jobName) throws IOException, SQLException {
        JsonNode s = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
        Path db = runDir.resolve("results.duckdb");
        Files.deleteIfExists(db);
        double duration = s.path("duration_s").asDouble();
        long epochUs = Instant.parse(s.path("epoch_utc").asText()).toEpochMilli() * 1000;
        String ts = "make_timestamp(CAST(" + epochUs + " + (%s) * 1e6 AS BIGINT))";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE run (scenario VARCHAR, epoch_utc TIMESTAMP, duration_s DOUBLE, seed BIGINT, "
                    + "skyrack_version VARCHAR)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO run VALUES (?, " + ts.formatted("0")
                    + ", ?, ?, 'fixture')")) {
                p.setString(1, s.path("scenario").asText());
                p.setDouble(2, duration);
                p.setLong(3, s.path("seed").asLong());
                p.execute();
            }
            st.execute("CREATE TABLE satellites (satellite INTEGER, name VARCHAR, group_name VARCHAR, design VARCHAR, "
                    + "semi_major_axis_km DOUBLE, altitude_km DOUBLE, inclination_deg DOUBLE, raan_deg DOUBLE)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO satellites VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int index = 0;
                for (JsonNode g : s.path("groups")) {
                    int n = g.path("satellites").asInt();
                    int planes = "cluster".equals(g.path("type").asText()) ? 1 : Math.max(1, (int) Math.sqrt(n));
                    for (int k = 0; k < n; k++) {
                        double alt = g.path("mean_altitude_km").asDouble();
                        p.setInt(1, index++);
                        p.setString(2, g.path("name").asText() + "-" + k);
                        p.setString(3, g.path("name").asText());
                        p.setString(4, g.path("design").asText());
                        p.setDouble(5, EARTH_RADIUS_KM + alt);
                        p.setDouble(6, alt);
                        p.setDouble(7, g.path("mean_inclination_deg").asDouble());
                        p.setDouble(8, 360.0 * (k % planes) / planes + (planes == 1 ? 0.001 * k : 0));
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
            // Circular motion over a rotating Earth: first two orbits, 60 s steps, at most 200 satellites.
            st.execute("CREATE TABLE ground_tracks AS SELECT satellite, " + ts.formatted("t") + " AS time_utc, t AS t_s, "
                    + "degrees(asin(sin(radians(inclination_deg)) * sin(u))) AS latitude_deg, "
                    + "((degrees(atan2(cos(radians(inclination_deg)) * sin(u), cos(u))) + raan_deg - 360 * t / "
                    + SIDEREAL_DAY_S + ") % 360 + 540) % 360 - 180 AS longitude_deg, altitude_km FROM ("
                    + "SELECT s.*, CAST(r.range AS DOUBLE) AS t, CASE WHEN raan_deg < 1 THEN 0.002 * satellite "
                    + "ELSE 2 * pi() * ((satellite * 7) % 81) / 81 END + 2 * pi() * "
                    + "r.range / (2 * pi() * sqrt(pow(semi_major_axis_km, 3) / " + MU_KM3_S2 + ")) AS u "
                    + "FROM satellites s, range(0, 12000, 60) r WHERE satellite < 200)");
            st.execute("CREATE TABLE stations (station INTEGER, name VARCHAR, latitude_deg DOUBLE, longitude_deg DOUBLE, "
                    + "altitude_m DOUBLE, elevation_mask_deg DOUBLE)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO stations VALUES (?, ?, ?, ?, 0, 10)")) {
                int k = 0;
                for (JsonNode station : s.path("geometry").path("stations")) {
                    String name = station.path("name").asText();
                    double[] at = KNOWN_STATIONS.getOrDefault(name, new double[] {60 - 50.0 * (k % 3), -150 + 70.0 * k});
                    p.setInt(1, k++);
                    p.setString(2, name);
                    p.setDouble(3, at[0]);
                    p.setDouble(4, at[1]);
                    p.addBatch();
                }
                p.executeBatch();
            }
            Path csv = runDir.resolve("resources.csv");
            st.execute("CREATE TABLE resources (satellite INTEGER, start_utc TIMESTAMP, end_utc TIMESTAMP, start_s DOUBLE, "
                    + "end_s DOUBLE, array_power_w DOUBLE, load_w DOUBLE, compute_fraction DOUBLE, battery_energy_j DOUBLE, "
                    + "state_of_charge_fraction DOUBLE, deck_temperature_c DOUBLE, throttle VARCHAR)");
            if (Files.isRegularFile(csv)) {
                st.execute("INSERT INTO resources SELECT s.satellite, CAST(r.start_utc AS TIMESTAMP), "
                        + "CAST(r.end_utc AS TIMESTAMP), epoch(CAST(r.start_utc AS TIMESTAMP)) - " + epochUs / 1e6
                        + ", epoch(CAST(r.end_utc AS TIMESTAMP)) - " + epochUs / 1e6 + ", array_power_w, load_w, "
                        + "compute_fraction, battery_energy_j, battery_energy_j / max(battery_energy_j) OVER "
                        + "(PARTITION BY s.satellite), deck_temperature_k - 273.15, throttle FROM read_csv('"
                        + csv.toAbsolutePath().toString().replace("'", "''") + "', header = true) r "
                        + "JOIN satellites s ON s.name = r.sat_id");
            }
            if (!Files.isRegularFile(csv) || count(st, "resources") == 0) {
                // 10-minute steps; a 30-minute eclipse every 100 minutes drains the battery and cools the deck.
                st.execute("DELETE FROM resources");
                st.execute("INSERT INTO resources SELECT satellite, " + ts.formatted("t") + ", " + ts.formatted("t + 600")
                        + ", t, t + 600, CASE WHEN dark THEN 0 ELSE 1200 END, 1000, CASE WHEN dark THEN 0.6 ELSE 1 END, "
                        + "0, soc, CASE WHEN dark THEN 20 ELSE 45 END, CASE WHEN dark THEN 'power' ELSE 'none' END "
                        + "FROM (SELECT satellite, CAST(r.range AS DOUBLE) AS t, (r.range + satellite * 600) % 6000 < 1800 "
                        + "AS dark, 1 - 0.1 * ((r.range + satellite * 600) % 6000) / 6000 - 0.01 * satellite AS soc "
                        + "FROM satellites, range(0, " + (long) duration + ", 600) r)");
            }
            st.execute("CREATE TABLE eclipses (satellite INTEGER, kind VARCHAR, start_utc TIMESTAMP, end_utc TIMESTAMP, "
                    + "start_s DOUBLE, duration_s DOUBLE)");
            st.execute("INSERT INTO eclipses WITH d AS (SELECT satellite, start_s, end_s, array_power_w < " + DARK_W
                    + " AS dark FROM resources), i AS (SELECT *, sum(CASE WHEN dark THEN 0 ELSE 1 END) OVER "
                    + "(PARTITION BY satellite ORDER BY start_s ROWS UNBOUNDED PRECEDING) AS island FROM d) "
                    + "SELECT satellite, 'umbra', " + ts.formatted("min(start_s)") + ", " + ts.formatted("max(end_s)")
                    + ", min(start_s), max(end_s) - min(start_s) FROM i WHERE dark GROUP BY satellite, island");
            st.execute("CREATE TABLE contacts AS SELECT satellite, st.station, st.name AS station_name, "
                    + ts.formatted("aos") + " AS aos_utc, " + ts.formatted("aos + 540") + " AS los_utc, aos AS aos_s, "
                    + "540.0 AS duration_s, 35.0 AS max_elevation_deg, 1200.0 AS min_range_km FROM (SELECT satellite, "
                    + "station, CAST(r.range * 5864 + station * 1500 + satellite * 20 AS DOUBLE) AS aos FROM satellites, "
                    + "stations, range(0, 40) r WHERE satellite < 20 AND (r.range + station) % 3 <> 0) p "
                    + "JOIN stations st USING (station) WHERE aos < " + duration);
            st.execute("CREATE TABLE isl_links AS SELECT a.satellite AS satellite_a, b.satellite AS satellite_b, "
                    + ts.formatted("0") + " AS start_utc, " + ts.formatted(Double.toString(duration)) + " AS end_utc, "
                    + "0.0 AS start_s, " + duration + " AS duration_s, 0.2 AS min_range_km FROM satellites a JOIN "
                    + "satellites b ON b.satellite = a.satellite + 1 OR b.satellite = a.satellite + 9");
            st.execute("CREATE TABLE jobs (job VARCHAR, satellites INTEGER, accelerators INTEGER, submitted_s DOUBLE, "
                    + "started_s DOUBLE, finished_s DOUBLE, completed BOOLEAN, total_flop DOUBLE, kept_flop DOUBLE, "
                    + "lost_flop DOUBLE, in_progress_flop DOUBLE, restarts INTEGER, checkpoints INTEGER, "
                    + "silent_data_corruptions INTEGER, step_s DOUBLE)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO jobs VALUES (?, ?, ?, 0, ?, ?, ?, 1e21, ?, ?, ?, ?, "
                    + "?, 3, 7.4)")) {
                int sats = Math.max(1, s.path("fleet").path("satellites").asInt() / 2);
                int acc = Math.max(1, s.path("fleet").path("accelerators").asInt() / 2);
                job(p, jobName, sats, acc, 0.0, duration / 2, true, 8e20, 1e20, 0, 4, 12);
                job(p, "eval-sweep", sats, acc, duration / 4, null, false, 3e20, 5e19, 4e19, 2, 5);
                p.executeBatch();
            }
            st.execute("CREATE TABLE requests AS SELECT CAST(r.range AS BIGINT) AS request, 'europe' AS region, "
                    + "r.range * 10.0 AS arrival_s, " + ts.formatted("r.range * 10.0") + " AS arrival_utc, "
                    + "CASE WHEN r.range % 50 = 0 THEN NULL ELSE 0 END AS station, CASE WHEN r.range % 50 = 0 THEN NULL "
                    + "ELSE 1 END AS satellite, CASE WHEN r.range % 50 = 0 THEN NULL ELSE 20 + (r.range * 37) % 90 END "
                    + "AS latency_ms, coalesce((20 + (r.range * 37) % 90) > 100, true) AS violates_slo "
                    + "FROM range(0, 2000) r");
            st.execute("CREATE TABLE faults AS SELECT CAST(r.range % 5 AS INTEGER) AS satellite, r.range * 3600.0 AS "
                    + "time_s, " + ts.formatted("r.range * 3600.0") + " AS time_utc, CASE WHEN r.range % 4 = 0 THEN "
                    + "'accelerator_crash' ELSE 'silent_data_corruption' END AS kind FROM range(0, "
                    + Math.max(1, (long) (duration / 3600)) + ") r");
            st.execute("CREATE TABLE launches (launch INTEGER, date DATE, vehicle VARCHAR, group_name VARCHAR, "
                    + "satellites INTEGER, payload_mass_kg DOUBLE, price_usd DOUBLE, failed BOOLEAN, replenishment BOOLEAN)");
            String group = s.path("groups").path(0).path("name").asText("group");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO launches VALUES (?, CAST(? AS DATE) + "
                    + "CAST(? AS INTEGER), ?, ?, ?, ?, ?, ?, ?)")) {
                String day = s.path("epoch_utc").asText().substring(0, 10);
                launch(p, 0, day, -20, "falcon-9", group, 20, false, false);
                launch(p, 1, day, -12, "falcon-9", group, 20, true, false);
                launch(p, 2, day, -5, "starship", group, 40, false, false);
                launch(p, 3, day, 200, "falcon-9", group, 10, false, true);
                p.executeBatch();
            }
            st.execute("CREATE TABLE costs (side VARCHAR, item VARCHAR, usd_per_kw_year DOUBLE)");
            st.execute("INSERT INTO costs VALUES ('orbit', 'launch', 48000), ('orbit', 'satellites', 30000), "
                    + "('orbit', 'ground segment', 6000), ('orbit', 'operations', 12000), ('orbit', 'insurance', 8000), "
                    + "('ground', 'power', 7000), ('ground', 'building', 5000), ('ground', 'cooling', 3750)");
        }
    }

    private static void job(PreparedStatement p, String name, int sats, int acc, Double started, Double finished,
                            boolean completed, double kept, double lost, double inProgress, int restarts,
                            int checkpoints) throws SQLException {
        p.setString(1, name);
        p.setInt(2, sats);
        p.setInt(3, acc);
        p.setObject(4, started);
        p.setObject(5, finished);
        p.setBoolean(6, completed);
        p.setDouble(7, kept);
        p.setDouble(8, lost);
        p.setDouble(9, inProgress);
        p.setInt(10, restarts);
        p.setInt(11, checkpoints);
        p.addBatch();
    }

    private static void launch(PreparedStatement p, int id, String day, int offsetDays, String vehicle, String group,
                               int satellites, boolean failed, boolean replenishment) throws SQLException {
        Object[] values = {id, day, offsetDays, vehicle, group, satellites, satellites * 650.0,
            satellites * 650.0 * 2744, failed, replenishment};
        for (int i = 0; i < values.length; i++) {
            p.setObject(i + 1, values[i]);
        }
        p.addBatch();
    }

    private static long count(Statement st, String table) throws SQLException {
        try (var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
