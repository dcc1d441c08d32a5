package org.skyrack.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.run.ScenarioRun;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioReader;

/**
 * The held-rows path into results.duckdb: more rows than one insert takes, written through the
 * recorder calls (with the run's steps handing partial sets to the writer in between) and read
 * back in scan order, must come back exactly, in the order they came, NULLs where the run had none.
 */
class ResultsDatabaseInsertTest {

    /** A scenario for the run and stations rows; its rows here are made up. */
    private static final String PROTOTYPE = "../examples/prototype-2sat.yaml";
    /** Rows written: more than two inserts' worth. */
    private static final int ROWS = 2 * ResultsDatabase.ROWS_PER_INSERT + 1_234;
    /** Rows after which the run starts a new step, which inserts the partial sets held so far. */
    private static final List<Integer> STEPS_AT = List.of(1_000, ResultsDatabase.ROWS_PER_INSERT + 5);
    /** Arrival spacing of the made-up requests, s: not a whole number of milliseconds, so rounding shows. */
    private static final double ARRIVAL_STEP_S = 0.2503;

    @TempDir
    Path tmp;

    @Test
    void rowsComeBackExactlyAndInOrderAcrossInserts() throws SQLException {
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        Scenario s = ScenarioReader.read(Path.of(PROTOTYPE));
        UtcMillis utc = new UtcMillis(s.info().epoch(), fdc.utc());
        Path file = tmp.resolve(ResultsDatabase.FILE);
        try (ResultsDatabase db = new ResultsDatabase(file, s, ScenarioRun.satellites(s, fdc), utc, "test", n -> { })) {
            for (int i = 0; i < ROWS; i++) {
                if (STEPS_AT.contains(i)) {
                    db.stage("step at row " + i);
                }
                boolean served = i % 7 != 0;
                db.request(i, i % 2 == 0 ? "europe" : "asia", i * ARRIVAL_STEP_S, served ? i % 3 : -1,
                        served ? i % 5 : -1, 10.0 + i, i % 11 == 0);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT request, region, arrival_s, epoch_ms(arrival_utc), station, "
                     + "satellite, latency_ms, violates_slo FROM requests")) {
            int i = 0;
            while (r.next()) {
                boolean served = i % 7 != 0;
                assertThat(r.getLong(1)).as("row %d", i).isEqualTo(i);
                assertThat(r.getString(2)).isEqualTo(i % 2 == 0 ? "europe" : "asia");
                assertThat(r.getDouble(3)).isEqualTo(i * ARRIVAL_STEP_S);
                assertThat(r.getLong(4)).isEqualTo(utc.at(i * ARRIVAL_STEP_S));
                r.getInt(5);
                assertThat(r.wasNull()).isEqualTo(!served);
                r.getInt(6);
                assertThat(r.wasNull()).isEqualTo(!served);
                double latency = r.getDouble(7);
                assertThat(r.wasNull()).isEqualTo(!served);
                if (served) {
                    assertThat(r.getInt(5)).isEqualTo(i % 3);
                    assertThat(r.getInt(6)).isEqualTo(i % 5);
                    assertThat(latency).isEqualTo(10.0 + i);
                }
                assertThat(r.getBoolean(8)).isEqualTo(i % 11 == 0);
                i++;
            }
            assertThat(i).isEqualTo(ROWS);
        }
    }

    @Test
    void aFileThatCannotBeCreatedFailsTheRunWithItsPath() {
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        Scenario s = ScenarioReader.read(Path.of(PROTOTYPE));
        Path file = tmp.resolve("no-such-folder").resolve(ResultsDatabase.FILE);
        ResultsDatabase db = new ResultsDatabase(file, s, ScenarioRun.satellites(s, fdc),
                new UtcMillis(s.info().epoch(), fdc.utc()), "test", n -> { });
        db.fault(0, 1.0, "host_cpu");
        assertThatThrownBy(db::close).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void aValueOfTheWrongTypeOrAShortRowIsRefused() {
        TableRows rows = new TableRows(List.of("a", "b"), List.of(TableRows.Kind.INTEGER, TableRows.Kind.DOUBLE), 4);
        assertThatThrownBy(() -> rows.put(1.0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DOUBLE put where a INTEGER");
        TableRows other = new TableRows(List.of("a", "b"), List.of(TableRows.Kind.INTEGER, TableRows.Kind.DOUBLE), 4);
        other.put(1);
        assertThatThrownBy(other::endRow).isInstanceOf(IllegalStateException.class).hasMessageContaining("after 1 of 2");
    }
}
