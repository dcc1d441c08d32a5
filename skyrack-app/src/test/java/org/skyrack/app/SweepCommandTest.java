package org.skyrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    private static final String TINY = "src/test/resources/sweep/tiny.yaml";

    @TempDir
    Path dir;

    @Test
    void aStoppedSweepResumesToTheSamePointsCsvAsAnUninterruptedOne() throws Exception {
        Path whole = dir.resolve("whole");
        CliTest.Result a = CliTest.run("sweep", TINY, "--out", whole.toString(), "--threads", "2");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("6 points, 6 ok, 0 failed").contains("Pareto front").contains("Spearman");

        Path killed = dir.resolve("killed");
        CliTest.Result b = CliTest.run("sweep", TINY, "--out", killed.toString(), "--threads", "2", "--stop-after", "2");
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).contains("stopped with 2 of 6 points stored");
        assertThat(killed.resolve("points.csv")).doesNotExist();

        CliTest.Result again = CliTest.run("sweep", TINY, "--out", killed.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("--resume").hasLineCount(1);

        CliTest.Result c = CliTest.run("sweep", TINY, "--out", killed.toString(), "--threads", "1", "--resume");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("4 run now");
        assertThat(Files.readAllBytes(killed.resolve("points.csv"))).isEqualTo(Files.readAllBytes(whole.resolve("points.csv")));
        assertThat(Files.readAllLines(whole.resolve("points.csv"))).hasSize(7);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + killed.resolve("sweep.duckdb"));
             Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT point_id) FROM points")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(6);
            assertThat(r.getInt(2)).isEqualTo(6);
        }
    }

    @Test
    void theReportIsOfflineAndEscapesUserStrings() throws Exception {
        Path out = dir.resolve("s");
        CliTest.Result a = CliTest.run("sweep", TINY, "--out", out.toString(), "--threads", "2", "--top", "3");
        assertThat(a.code()).as(a.err()).isZero();
        String html = Files.readString(out.resolve("sweep.html"));
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'")
                .contains("tiny &lt;b&gt;&amp;").doesNotContain("tiny <b>&")
                .doesNotContain("src=\"http").doesNotContain("<link");
        assertThat(html).contains("echarts");
    }

    @Test
    void aBadPathIsOneLineAndExit2BeforeAnythingRuns() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "sweep:\n  scenario: " + Path.of("../examples/small-4sat.yaml").toAbsolutePath()
                + "\ngrid:\n  satellites[0].solar_aray.area: [6 m^2]\n");
        Path out = dir.resolve("never");
        CliTest.Result r = CliTest.run("sweep", f.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).startsWith(f + ":4: grid.satellites[0].solar_aray.area:");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownObjectiveIsOneLine() {
        CliTest.Result r = CliTest.run("sweep", TINY, "--objective", "cheapness min");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains("unknown figure 'cheapness'");
    }
}
