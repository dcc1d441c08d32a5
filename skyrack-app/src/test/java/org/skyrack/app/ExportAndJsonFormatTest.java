package org.skyrack.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --export parquet|csv} files, and {@code --format json} of every command that prints results. */
class ExportAndJsonFormatTest {

    private static final String PROTO = "../examples/prototype-2sat.yaml";
    private static final String SUNCATCHER = "../examples/suncatcher-81.yaml";

    @TempDir
    Path tmp;

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            assertThat(r.next()).isTrue();
            return r.getLong(1);
        }
    }

    @Test
    void exportWritesEveryTableAsParquetWithTheDatabasesRows() throws SQLException {
        Path out = tmp.resolve("p");
        CliTest.Result r = CliTest.run("simulate", PROTO, "--duration", "1 d", "--out", out.toString(), "-q",
                "--export", "parquet");
        assertThat(r.code()).as(r.err()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + out.resolve(ResultsDatabase.FILE))) {
            for (ResultsDatabase.Table t : ResultsDatabase.Table.values()) {
                Path file = out.resolve("tables").resolve(t.sqlName + ".parquet");
                assertThat(file).as(t.sqlName).isNotEmptyFile();
                assertThat(count(c, "SELECT count(*) FROM read_parquet('" + file + "')"))
                        .as(t.sqlName).isEqualTo(count(c, "SELECT count(*) FROM " + t.sqlName));
            }
            assertThat(count(c, "SELECT count(*) FROM read_parquet('" + out.resolve("tables/resources.parquet")
                    + "')")).isPositive();
        }
    }

    @Test
    void exportWritesEveryTableAsCsvWithAHeaderOfTheContractColumns() throws IOException {
        Path out = tmp.resolve("c");
        CliTest.Result r = CliTest.run("simulate", PROTO, "--duration", "1 d", "--out", out.toString(), "-q",
                "--export", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(out.resolve("tables"))) {
            assertThat(files).hasSize(ResultsDatabase.Table.values().length);
        }
        for (ResultsDatabase.Table t : ResultsDatabase.Table.values()) {
            List<String> lines = Files.readAllLines(out.resolve("tables").resolve(t.sqlName + ".csv"),
                    StandardCharsets.UTF_8);
            assertThat(lines.get(0)).as(t.sqlName).isEqualTo(String.join(",", t.columnNames()));
        }
        List<String> resources = Files.readAllLines(out.resolve("tables/resources.csv"), StandardCharsets.UTF_8);
        assertThat(resources).hasSizeGreaterThan(2);
        assertThat(resources.get(1)).startsWith("0,2027-");
    }

    @Test
    void aBadExportFormatIsOneLineOfBadInput() {
        Path out = tmp.resolve("x");
        CliTest.Result r = CliTest.run("simulate", PROTO, "--out", out.toString(), "--export", "xlsx");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--export").contains("xlsx").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    static Stream<Arguments> commandsThatPrintResults() {
        return Stream.of(
                Arguments.of((Object) new String[] {"validate", PROTO, SUNCATCHER, "--format", "json"}),
                Arguments.of((Object) new String[] {"size", "--compute-power", "10kW", "--altitude", "650km",
                    "--ltan", "18:00", "--format", "json"}),
                Arguments.of((Object) new String[] {"launch-plan", SUNCATCHER, "--runs", "4", "--format", "json"}),
                Arguments.of((Object) new String[] {"cost", SUNCATCHER, "--format", "json"}),
                Arguments.of((Object) new String[] {"ephemeris", "--scenario", PROTO, "--end", "2027-03-01T00:10:00Z",
                    "--format", "json"}),
                Arguments.of((Object) new String[] {"passes", "--scenario", PROTO, "--format", "json"}),
                Arguments.of((Object) new String[] {"eclipses", "--scenario", SUNCATCHER, "--end",
                    "2027-06-21T03:00:00Z", "--format", "json"}));
    }

    @ParameterizedTest
    @MethodSource("commandsThatPrintResults")
    void formatJsonPrintsOneJsonDocumentOnStdout(String[] args) throws IOException {
        CliTest.Result r = CliTest.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.isObject() || n.isArray()).isTrue();
        assertThat(n.size()).isPositive();
    }

    @Test
    void simulateFormatJsonParses() throws IOException {
        CliTest.Result r = CliTest.run("simulate", PROTO, "--duration", "1 h", "--out", tmp.resolve("s").toString(),
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("scenario").asText()).isEqualTo("prototype-2sat");
    }

    @Test
    void validateFormatJsonListsEveryProblemAndStillExits2() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "scenario:\n  name: x\n  epoch: 2027-01-01T00:00:00Z\n  duration: 3\n");
        CliTest.Result r = CliTest.run("validate", PROTO, bad.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(2);
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n).hasSize(2);
        assertThat(n.get(0).get("valid").asBoolean()).isTrue();
        assertThat(n.get(0).get("scenario").asText()).isEqualTo("prototype-2sat");
        assertThat(n.get(1).get("valid").asBoolean()).isFalse();
        assertThat(n.get(1).get("problems")).isNotEmpty();
        assertThat(n.get(1).get("problems").get(0).get("line").asInt()).isPositive();
        assertThat(r.err().lines().count()).isEqualTo(n.get(1).get("problems").size());
    }
}
