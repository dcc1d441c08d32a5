package org.skyrack.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyrack.app.Main;

/**
 * report.html from a real one-day run of Suncatcher-81, its summary.json renamed to a hostile
 * scenario name and its training job, in results.duckdb, to a hostile job name.
 */
class RunReportTest {

    /** A scenario name that runs script if the report does not escape it. */
    static final String HOSTILE_SCENARIO = "<script>alert('scenario')</script>";
    /** A job name that closes the JSON data block if '</' is not escaped there. */
    static final String HOSTILE_JOB = "</script><img src=x onerror=alert(1)>";

    @TempDir
    static Path tmp;

    static Path runDir;
    static String html;

    @BeforeAll
    static void buildFixtureRun() throws Exception {
        runDir = tmp.resolve("run");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path scenario = Path.of("..", "examples", "suncatcher-81.yaml");
        int code = Main.run(new String[] {"simulate", scenario.toString(), "--duration", "1 d", "--out",
                runDir.toString(), "--quiet"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        ObjectMapper json = new ObjectMapper();
        ObjectNode summary = (ObjectNode) json.readTree(runDir.resolve("summary.json").toFile());
        summary.put("scenario", HOSTILE_SCENARIO);
        json.writeValue(runDir.resolve("summary.json").toFile(), summary);
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:"
                + runDir.resolve("results.duckdb").toAbsolutePath());
             java.sql.PreparedStatement rename = db.prepareStatement("UPDATE jobs SET job = ?")) {
            rename.setString(1, HOSTILE_JOB);
            assertThat(rename.executeUpdate()).isEqualTo(1);
        }
        html = Files.readString(RunReport.write(runDir), StandardCharsets.UTF_8);
    }

    @Test
    void simulateWritesTheReportIntoTheRunFolder() throws IOException {
        Path other = tmp.resolve("plain");
        int code = Main.run(new String[] {"simulate", Path.of("..", "examples", "prototype-2sat.yaml").toString(),
                "--duration", "1 d", "--out", other.toString(), "--quiet"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        String page = Files.readString(other.resolve("report.html"));
        assertThat(page).contains("prototype-2sat").contains("Headline figures");
    }

    @Test
    void embedsEchartsAndTheMapAndLoadsNothingFromTheNetwork() {
        assertThat(html).contains("Apache Software Foundation").contains("echarts.init")
                .contains("id=\"skyrack-land\"");
        assertThat(html).contains("http-equiv=\"Content-Security-Policy\"").contains("default-src &#39;none&#39;");
        Matcher loads = Pattern.compile("(?i)\\b(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html);
        List<String> found = new ArrayList<>();
        while (loads.find()) {
            found.add(html.substring(Math.max(0, loads.start() - 40), Math.min(html.length(), loads.end() + 40)));
        }
        assertThat(found).isEmpty();
        // The page's own markup (scripts aside: ECharts builds tooltips from strings) loads no element.
        String markup = html.replaceAll("(?s)<script\\b[^>]*>.*?</script>", "");
        assertThat(markup).doesNotContainPattern("(?i)<(link|iframe|img|object|embed|video|audio|source)\\b");
        assertThat(html).doesNotContainPattern("(?i)@import|url\\(\\s*['\"]?https?:");
    }

    @Test
    void escapesHostileNamesInTextAndInTheDataBlock() throws IOException {
        assertThat(html).doesNotContain(HOSTILE_SCENARIO).doesNotContain(HOSTILE_JOB)
                .doesNotContain("<img src=x");
        assertThat(html).contains("<h1>&lt;script&gt;alert(&#39;scenario&#39;)&lt;/script&gt;</h1>");
        // The data block round-trips: JSON.parse of its text gives the names back.
        String block = html.substring(html.indexOf("id=\"skyrack-data\">") + "id=\"skyrack-data\">".length());
        block = block.substring(0, block.indexOf("</script>"));
        assertThat(block).doesNotContain("</").doesNotContain("<");
        JsonNode data = new ObjectMapper().readTree(block);
        assertThat(data.path("summary").path("scenario").asText()).isEqualTo(HOSTILE_SCENARIO);
        assertThat(data.path("tables").path("jobs").get(0).path("job").asText()).isEqualTo(HOSTILE_JOB);
        // Every <script> opened is closed once: nothing from the data closed one early.
        assertThat(count(html, "<script")).isEqualTo(count(html, "</script>"));
    }

    @Test
    void drawsEverySectionFromTheDatabase() {
        for (String chart : List.of("map", "planes", "eclipses", "power", "heat", "envelope", "contacts", "isl",
                "utilization", "jobs", "latency", "faults", "launches", "waterfall", "spaceground")) {
            assertThat(html).as(chart).contains("id=\"chart-" + chart + "\"");
        }
        assertThat(html).contains("Licensing checks").contains("Launch campaign").doesNotContain("needs results.duckdb");
    }

    @Test
    void withoutTheDatabaseKeepsTheSummarySectionsAndSaysWhy() throws IOException {
        Path bare = tmp.resolve("bare");
        Files.createDirectories(bare);
        Files.copy(runDir.resolve("summary.json"), bare.resolve("summary.json"));
        String page = Files.readString(RunReport.write(bare));
        assertThat(page).contains("No results.duckdb in this run folder").contains("needs results.duckdb")
                .contains("id=\"chart-spaceground\"").doesNotContain("id=\"chart-map\"");
        assertThat(Files.list(bare).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("summary.json",
                "report.html");
    }

    @Test
    void reducesTheDatabaseInSql() {
        // a week in ~5-minute bins, a year in ~4.4-hour bins, never under the tracks' minute
        assertThat(ResultsTables.binS(7 * 86_400)).isEqualTo(360);
        assertThat(ResultsTables.binS(365.25 * 86_400)).isEqualTo(15_780);
        assertThat(ResultsTables.binS(3_600)).isEqualTo(ResultsTables.MIN_BIN_S);
        assertThat(ResultsTables.evenly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 4)).containsExactly(0, 2, 5, 7);
    }

    @Test
    void aFolderWithoutASummaryIsBadInputNamingThePath() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> RunReport.write(empty)).isInstanceOf(ReportInputException.class)
                .hasMessageContaining(empty.resolve("summary.json").toString()).hasMessageContaining("missing");
        Files.writeString(empty.resolve("summary.json"), "{not json");
        assertThatThrownBy(() -> RunReport.write(empty)).isInstanceOf(ReportInputException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void theCommandRebuildsTheReportAndRejectsAMissingFolderWithExitCode2() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"report", runDir.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo(runDir.resolve("report.html").toString());
        assertThat(Files.list(runDir).map(p -> p.getFileName().toString()))
                .noneMatch(n -> n.endsWith(".partial"));
        StringWriter err2 = new StringWriter();
        int bad = Main.run(new String[] {"report", tmp.resolve("nowhere").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err2, true));
        assertThat(bad).isEqualTo(2);
        assertThat(err2.toString()).contains("nowhere").contains("not a folder").doesNotContain("Exception")
                .hasLineCount(1);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
