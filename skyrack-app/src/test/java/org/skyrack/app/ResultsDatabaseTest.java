package org.skyrack.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * results.duckdb as a user and the report read it: the bundled demo scenario run for one day,
 * its tables queried back over JDBC and held to summary.json and to the shared contract.
 */
class ResultsDatabaseTest {

    /** The demo scenario, shortened to one day so the test is quick. */
    private static final String SUNCATCHER = "../examples/suncatcher-81.yaml";
    private static final String ONE_DAY = "1 d";
    /** Energies summed from the rows against the summary's: both exact sums of the same intervals. */
    private static final double ENERGY_TOLERANCE_FRACTION = 1e-9;
    /** Cost rows summed against the summary's levelized total, USD per kW-year. */
    private static final double COST_TOLERANCE_USD_PER_KW_YEAR = 1e-6;
    /** Documented example queries in docs/outputs.md. */
    private static final int DOCUMENTED_QUERIES = 5;

    /** The contract shared with the report (docs/outputs.md): table, then its columns in order. */
    private static final Map<String, List<String>> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("run", List.of("scenario", "epoch_utc", "duration_s", "seed", "skyrack_version"));
        CONTRACT.put("satellites", List.of("satellite", "name", "group_name", "design", "semi_major_axis_km",
                "altitude_km", "inclination_deg", "raan_deg"));
        CONTRACT.put("ground_tracks", List.of("satellite", "time_utc", "t_s", "latitude_deg", "longitude_deg",
                "altitude_km"));
        CONTRACT.put("stations", List.of("station", "name", "latitude_deg", "longitude_deg", "altitude_m",
                "elevation_mask_deg"));
        CONTRACT.put("eclipses", List.of("satellite", "kind", "start_utc", "end_utc", "start_s", "duration_s"));
        CONTRACT.put("contacts", List.of("satellite", "station", "station_name", "aos_utc", "los_utc", "aos_s",
                "duration_s", "max_elevation_deg", "min_range_km"));
        CONTRACT.put("isl_links", List.of("satellite_a", "satellite_b", "start_utc", "end_utc", "start_s",
                "duration_s", "min_range_km"));
        CONTRACT.put("resources", List.of("satellite", "start_utc", "end_utc", "start_s", "end_s", "array_power_w",
                "load_w", "compute_fraction", "battery_energy_j", "state_of_charge_fraction", "deck_temperature_c",
                "throttle"));
        CONTRACT.put("jobs", List.of("job", "satellites", "accelerators", "submitted_s", "started_s", "finished_s",
                "completed", "total_flop", "kept_flop", "lost_flop", "in_progress_flop", "restarts", "checkpoints",
                "silent_data_corruptions", "step_s"));
        CONTRACT.put("requests", List.of("request", "region", "arrival_s", "arrival_utc", "station", "satellite",
                "latency_ms", "violates_slo"));
        CONTRACT.put("faults", List.of("satellite", "time_s", "time_utc", "kind"));
        CONTRACT.put("launches", List.of("launch", "date", "vehicle", "group_name", "satellites", "payload_mass_kg",
                "price_usd", "failed", "replenishment"));
        CONTRACT.put("costs", List.of("side", "item", "usd_per_kw_year"));
    }

    @TempDir
    static Path tmp;

    private static Path runDir;
    private static JsonNode summary;
    /** The summary adds the sample weight once per request: its rounding against count × weight, relative. */
    private static final double WEIGHTED_COUNT_RELATIVE_TOLERANCE = 1e-9;
    private static Connection db;

    @BeforeAll
    static void runTheDemoScenarioForADay() throws IOException, SQLException {
        runDir = tmp.resolve("run");
        CliTest.Result r = CliTest.run("simulate", SUNCATCHER, "--duration", ONE_DAY, "--out", runDir.toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
        db = DriverManager.getConnection("jdbc:duckdb:" + runDir.resolve(ResultsDatabase.FILE));
    }

    @AfterAll
    static void close() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet r = st.executeQuery(sql)) {
            assertThat(r.next()).isTrue();
            return r.getLong(1);
        }
    }

    private static double number(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet r = st.executeQuery(sql)) {
            assertThat(r.next()).isTrue();
            return r.getDouble(1);
        }
    }

    @Test
    void theRunFolderHoldsTheDatabaseAndNoResourcesCsv() throws IOException {
        try (var files = Files.list(runDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("summary.json", "scenario.yaml", ResultsDatabase.FILE,
                            org.skyrack.app.report.RunReport.FILE_NAME);
        }
    }

    @Test
    void tablesAndColumnsAreExactlyTheContract() throws SQLException {
        Map<String, List<String>> actual = new LinkedHashMap<>();
        try (Statement st = db.createStatement(); ResultSet r = st.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns ORDER BY table_name, ordinal_position")) {
            while (r.next()) {
                actual.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(CONTRACT);
        try (Statement st = db.createStatement(); ResultSet r = st.executeQuery(
                "SELECT table_name, column_name, data_type FROM information_schema.columns")) {
            while (r.next()) {
                String column = r.getString(2);
                String type = r.getString(3);
                if (column.endsWith("_utc")) {
                    assertThat(type).as(r.getString(1) + "." + column).isEqualTo("TIMESTAMP");
                } else if (column.endsWith("_s") || column.endsWith("_km") || column.endsWith("_deg")) {
                    assertThat(type).as(r.getString(1) + "." + column).isEqualTo("DOUBLE");
                }
            }
        }
    }

    @Test
    void theRunRowAndTheSatellitesMatchTheSummary() throws SQLException {
        assertThat(count("SELECT count(*) FROM run")).isOne();
        assertThat(count("SELECT seed FROM run")).isEqualTo(summary.get("seed").asLong());
        assertThat(number("SELECT duration_s FROM run")).isEqualTo(summary.get("duration_s").asDouble());
        assertThat(count("SELECT count(*) FROM run WHERE strftime(epoch_utc, '%Y-%m-%dT%H:%M:%SZ') = '"
                + summary.get("epoch_utc").asText() + "'")).isOne();
        assertThat(count("SELECT count(*) FROM satellites")).isEqualTo(summary.at("/fleet/satellites").asLong());
        assertThat(count("SELECT count(DISTINCT satellite) FROM satellites WHERE satellite BETWEEN 0 AND 80"))
                .isEqualTo(81);
        assertThat(number("SELECT avg(altitude_km) FROM satellites"))
                .isCloseTo(summary.at("/groups/0/mean_altitude_km").asDouble(), within(1e-6));
    }

    @Test
    void eclipsesAndPassesAreTheOnesTheSummaryCounts() throws SQLException {
        long penumbrae = 0;
        for (JsonNode g : summary.at("/geometry/groups")) {
            penumbrae += g.get("eclipses").asLong();
        }
        assertThat(penumbrae).isPositive();
        assertThat(count("SELECT count(*) FROM eclipses WHERE kind = 'penumbra'")).isEqualTo(penumbrae);
        assertThat(count("SELECT count(*) FROM eclipses WHERE kind NOT IN ('umbra', 'penumbra')")).isZero();
        assertThat(count("SELECT count(*) FROM eclipses WHERE end_utc <= start_utc OR duration_s <= 0")).isZero();
        JsonNode stations = summary.at("/geometry/stations");
        assertThat(count("SELECT count(*) FROM stations")).isEqualTo(stations.size());
        for (int i = 0; i < stations.size(); i++) {
            JsonNode st = stations.get(i);
            assertThat(count("SELECT count(*) FROM contacts WHERE station = " + i + " AND station_name = '"
                    + st.get("name").asText() + "'")).as(st.get("name").asText()).isEqualTo(st.get("passes").asLong());
            assertThat(number("SELECT coalesce(sum(duration_s), 0) FROM contacts WHERE station = " + i))
                    .isCloseTo(st.get("contact_time_s").asDouble(), within(1e-6));
        }
        assertThat(count("SELECT count(*) FROM isl_links")).isPositive();
    }

    @Test
    void resourceRowsCarryTheRunsEnergy() throws SQLException {
        double solarJ = number("SELECT sum(array_power_w * (end_s - start_s)) FROM resources");
        double loadJ = number("SELECT sum(load_w * (end_s - start_s)) FROM resources");
        assertThat(solarJ).isCloseTo(summary.at("/power/solar_energy_j").asDouble(),
                within(ENERGY_TOLERANCE_FRACTION * solarJ));
        assertThat(loadJ).isCloseTo(summary.at("/power/load_energy_j").asDouble(),
                within(ENERGY_TOLERANCE_FRACTION * loadJ));
        assertThat(number("SELECT min(state_of_charge_fraction) FROM resources"))
                .isEqualTo(summary.at("/power/min_state_of_charge_fraction").asDouble());
        // A merged row keeps its end temperature, which stays within the merge tolerance of its start.
        double maxK = summary.at("/thermal/max_deck_temperature_k").asDouble();
        assertThat(number("SELECT max(deck_temperature_c) + 273.15 FROM resources")).isBetween(
                maxK - 2 * org.skyrack.power.CoalescingResourceSink.TEMPERATURE_TOLERANCE_K, maxK + 1e-9);
        // The integration cuts rows at month boundaries, so monthly shares are the summary's.
        for (JsonNode month : summary.at("/power/months")) {
            assertThat(number("SELECT sum(CASE WHEN throttle = 'power' THEN end_s - start_s ELSE 0 END) "
                    + "/ sum(end_s - start_s) FROM resources WHERE strftime(start_utc, '%Y-%m') = '"
                    + month.get("month").asText() + "'"))
                    .isCloseTo(month.get("power_throttled_fraction").asDouble(), within(1e-9));
        }
        // Each satellite's rows tile the run exactly.
        assertThat(count("SELECT count(*) FROM (SELECT satellite, sum(end_s - start_s) AS covered FROM resources "
                + "GROUP BY satellite) WHERE abs(covered - 86400) > 1e-6")).isZero();
        assertThat(count("SELECT count(DISTINCT satellite) FROM resources")).isEqualTo(81);
    }

    @Test
    void jobsLaunchesAndCostsMatchTheSummary() throws SQLException {
        JsonNode jobs = summary.at("/workload/jobs");
        assertThat(count("SELECT count(*) FROM jobs")).isEqualTo(summary.at("/workload/jobs_submitted").asLong())
                .isEqualTo(jobs.size());
        for (JsonNode j : jobs) {
            String where = " FROM jobs WHERE job = '" + j.get("name").asText() + "'";
            assertThat(count("SELECT restarts" + where)).isEqualTo(j.get("restarts").asLong());
            assertThat(count("SELECT count(*)" + where + " AND finished_s IS NULL"))
                    .isEqualTo(j.get("finished_s").isNull() ? 1 : 0);
            assertThat(count("SELECT count(*)" + where + " AND started_s IS NULL"))
                    .isEqualTo(j.get("started_s").isNull() ? 1 : 0);
            assertThat(number("SELECT kept_flop" + where)).isEqualTo(j.get("goodput_flop").asDouble());
        }
        assertThat(count("SELECT count(*) FROM jobs WHERE completed <> (finished_s IS NOT NULL)")).isZero();
        assertThat(count("SELECT count(*) FROM launches")).isEqualTo(summary.at("/launch/launches").asLong());
        assertThat(count("SELECT count(*) FROM launches WHERE failed"))
                .isEqualTo(summary.at("/launch/failed_launches").asLong());
        assertThat(number("SELECT sum(price_usd) FROM launches"))
                .isCloseTo(summary.at("/launch/total_price_usd").asDouble(), within(1e-3));
        assertThat(count("SELECT max(launch) - min(launch) + 1 FROM launches")).isEqualTo(count("SELECT count(*) FROM launches"));
        assertThat(number("SELECT sum(usd_per_kw_year) FROM costs WHERE side = 'orbit'"))
                .isCloseTo(summary.at("/economics/total_usd_per_kw_year").asDouble(),
                        within(COST_TOLERANCE_USD_PER_KW_YEAR));
        assertThat(number("SELECT sum(usd_per_kw_year) FROM costs WHERE side = 'ground'"))
                .isCloseTo(summary.at("/economics/terrestrial_usd_per_kw_year").asDouble(),
                        within(COST_TOLERANCE_USD_PER_KW_YEAR));
    }

    @Test
    void faultsGroundTracksAndRequestsAreFilled() throws SQLException {
        assertThat(count("SELECT count(*) FROM faults")).isPositive();
        assertThat(count("SELECT count(*) FROM faults WHERE time_s < 0 OR time_s > 86400")).isZero();
        assertThat(count("SELECT count(*) FROM faults WHERE kind NOT IN ('silent_data_corruption', "
                + "'hbm_uncorrectable', 'accelerator_crash', 'host_cpu', 'host_ram')")).isZero();
        // The job's silent data corruptions are faults on its gang while it ran: never more than all of them.
        assertThat(count("SELECT count(*) FROM faults WHERE kind = 'silent_data_corruption'"))
                .isGreaterThanOrEqualTo(count("SELECT sum(silent_data_corruptions) FROM jobs"));
        // Two orbits of ~97.7 min at 60 s steps, every satellite.
        assertThat(count("SELECT count(DISTINCT satellite) FROM ground_tracks")).isEqualTo(81);
        assertThat(number("SELECT max(t_s) FROM ground_tracks")).isBetween(2 * 97 * 60.0, 2 * 98 * 60.0);
        assertThat(number("SELECT max(abs(latitude_deg)) FROM ground_tracks")).isBetween(80.0, 82.1);
        assertThat(number("SELECT min(altitude_km) FROM ground_tracks")).isBetween(640.0, 660.0);
        // Every simulated request is a row; served ones have a satellite and a latency.
        var w = summary.get("workload");
        assertThat(count("SELECT count(*) FROM requests")).isEqualTo(w.get("requests_simulated").asLong()).isPositive();
        double weight = w.get("request_sample_weight").asDouble();
        assertThat(count("SELECT count(*) FROM requests WHERE satellite IS NOT NULL AND latency_ms IS NOT NULL") * weight)
                .isCloseTo(w.get("requests_served").asDouble(), org.assertj.core.api.Assertions.within(
                        WEIGHTED_COUNT_RELATIVE_TOLERANCE * w.get("requests_served").asDouble()));
        assertThat(count("SELECT count(*) FROM requests WHERE violates_slo") * weight)
                .isCloseTo(w.get("requests_violating_slo").asDouble(), org.assertj.core.api.Assertions.within(
                        WEIGHTED_COUNT_RELATIVE_TOLERANCE * w.get("requests_violating_slo").asDouble()));
    }

    @Test
    void theDocumentedQueriesRun() throws IOException, SQLException {
        String doc = Files.readString(Path.of("../docs/outputs.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<String> queries = new ArrayList<>();
        while (m.find()) {
            queries.add(m.group(1));
        }
        assertThat(queries).hasSize(DOCUMENTED_QUERIES);
        for (String q : queries) {
            try (Statement st = db.createStatement(); ResultSet r = st.executeQuery(q)) {
                assertThat(r.next()).as(q).isTrue();
            }
        }
    }
}
