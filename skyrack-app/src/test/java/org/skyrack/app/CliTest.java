package org.skyrack.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user drives it: exit codes, stdout/stderr, files written. */
class CliTest {

    /** SSO inclination at 650 km, 97.99 deg (J2 nodal-rate condition), given to 0.01 deg. */
    private static final double INCLINATION_TOLERANCE_DEG = 0.01;

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void versionNamesSkyrackAndOrekit() {
        Result r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("skyrack ").contains("Orekit 13.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "validate", "simulate", "cost"})
    void everyCommandHasHelpWithAWorkedExample(String command) {
        Result r = run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: skyrack " + command).contains("Example:").contains("skyrack " + command);
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("demo").contains("validate").contains("simulate");
    }

    @Test
    void validateAcceptsAllBundledExamples() {
        Result r = run("validate", "../examples/suncatcher-81.yaml", "../examples/prototype-2sat.yaml",
                "../examples/starlink-v2mini-compute.yaml", "../examples/starcloud-40mw.yaml");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(4).allMatch(l -> l.contains(": ok ("));
    }

    @Test
    void validateReportsEveryProblemOnOneLineEachWithExitCode2() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "scenario:",
                "  name: x",
                "  epoch: 2027-01-01T00:00:00Z",
                "  duration: 3",
                "constelation: {}",
                "satellites: []",
                ""));
        Result r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith(bad + ":4: scenario.duration: ") && l.contains("got '3'"));
        assertThat(lines).anyMatch(l -> l.contains("constelation") && l.contains("did you mean 'constellation'"));
        assertThat(lines).anyMatch(l -> l.contains(": constellation: required section is missing"));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void simulateWritesNothingForABadScenario() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "scenario: [1, 2]\n");
        Path out = tmp.resolve("run");
        Result r = run("simulate", bad.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(out).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("bad.yaml");
        }
    }

    @Test
    void unknownOptionIsBadInputWithAHint() {
        Result r = run("demo", "--frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(2);
        assertThat(r.err()).contains("--frobnicate").contains("skyrack demo --help");
    }

    @Test
    void missingOrekitDataFolderIsOneLineOfBadInput() {
        Result r = run("demo", "--out", tmp.resolve("d").toString(), "--orekit-data", tmp.resolve("nope").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("--orekit-data").contains("nope");
        assertThat(tmp.resolve("d")).doesNotExist();
    }

    @Test
    void demoWritesASummaryOfTheSuncatcherCluster() throws IOException {
        Path out = tmp.resolve("demo");
        Result r = run("demo", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("suncatcher-81").contains("81 satellites").contains("summary.json");
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(s.get("fleet").get("satellites").asInt()).isEqualTo(81);
        JsonNode g = s.get("groups").get(0);
        assertThat(g.get("mean_inclination_deg").asDouble()).isCloseTo(97.99, within(INCLINATION_TOLERANCE_DEG));
        assertThat(g.get("cluster").get("radius_m").asDouble()).isEqualTo(1000.0);
        assertThat(out.resolve("scenario.yaml")).exists();
        try (var st = Files.list(tmp)) {
            assertThat(st.map(p -> p.getFileName().toString())).containsExactly("demo");
        }
    }

    @Test
    void sameScenarioAndSeedGiveAByteIdenticalSummary() throws IOException {
        Result a = run("demo", "--out", tmp.resolve("a").toString());
        Result b = run("demo", "--out", tmp.resolve("b").toString());
        assertThat(a.code()).isZero();
        assertThat(b.code()).isZero();
        assertThat(Files.readAllBytes(tmp.resolve("a/summary.json")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("b/summary.json")));
    }

    @Test
    void simulateWithSeedAndJsonFormatPrintsTheSummaryOnStdout() throws IOException {
        Path out = tmp.resolve("p");
        Result r = run("simulate", "../examples/prototype-2sat.yaml", "--out", out.toString(), "--seed", "7",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertThat(s.get("seed").asLong()).isEqualTo(7);
        assertThat(s.get("fleet").get("satellites").asInt()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8)).isEqualTo(r.out());
    }

    /** The event loop keeps time in whole milliseconds: an arrival is rounded to the nearest, s. */
    private static final double EVENT_TIME_RESOLUTION_S = 1e-3;

    /** The same scenario and seed give a byte-identical summary.json on one thread and on two. */
    @Test
    void summaryIsByteIdenticalOnOneAndTwoThreads() throws IOException {
        Path one = tmp.resolve("t1");
        Path two = tmp.resolve("t2");
        for (Path out : List.of(one, two)) {
            Result r = run("simulate", "../examples/suncatcher-81.yaml", "--out", out.toString(), "-q", "--duration",
                    "2 d", "--threads", out == one ? "1" : "2");
            assertThat(r.code()).as(r.err()).isZero();
        }
        byte[] a = Files.readAllBytes(one.resolve("summary.json"));
        assertThat(new String(a, StandardCharsets.UTF_8)).contains("\"requests_served\"").contains("\"restarts\"");
        assertThat(Files.readAllBytes(two.resolve("summary.json"))).isEqualTo(a);
        // The example's training dataset goes up over the contacts before the job starts.
        JsonNode job = new ObjectMapper().readTree(a).at("/workload/jobs/0");
        assertThat(job.get("dataset_uploaded_s").asDouble()).isPositive();
        assertThat(job.get("started_s").asDouble())
                .isGreaterThanOrEqualTo(job.get("dataset_uploaded_s").asDouble() - EVENT_TIME_RESOLUTION_S / 2);
        assertThat(new ObjectMapper().readTree(a).at("/network/bulk_up_bytes").asDouble()).isEqualTo(5.6e12);
        assertThat(run("simulate", "../examples/suncatcher-81.yaml", "--out", tmp.resolve("t0").toString(), "-q",
                "--threads", "0").code()).isEqualTo(2);
    }

    /** Every leaf field of summary.json, and every table and column of results.duckdb, is named in docs/outputs.md. */
    @Test
    void outputsReferenceNamesEverySummaryFieldAndResourceColumn() throws IOException {
        Path out = tmp.resolve("doc");
        Result r = run("simulate", "../examples/suncatcher-81.yaml", "--out", out.toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        String doc = Files.readString(Path.of("../docs/outputs.md"), StandardCharsets.UTF_8);
        List<String> leaves = new java.util.ArrayList<>();
        leafNames(new ObjectMapper().readTree(out.resolve("summary.json").toFile()), leaves);
        assertThat(leaves).hasSizeGreaterThan(50);
        for (String leaf : leaves) {
            assertThat(doc.contains("`" + leaf + "`") || doc.contains("." + leaf + "`"))
                    .as("docs/outputs.md names %s", leaf).isTrue();
        }
        for (ResultsDatabase.Table t : ResultsDatabase.Table.values()) {
            assertThat(doc).as("docs/outputs.md names table %s", t.sqlName).contains("### `" + t.sqlName + "`");
            for (String column : t.columnNames()) {
                assertThat(doc).as("docs/outputs.md names %s.%s", t.sqlName, column).contains("`" + column + "`");
            }
        }
        assertThat(out.resolve(ResultsDatabase.FILE)).isNotEmptyFile();
    }

    @Test
    void costPrintsTheReportAndNamesItsLaunchMethodAndAvailability() {
        Result r = run("cost", "../examples/suncatcher-81.yaml");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("launch plan: launch campaign (as 'skyrack launch-plan', seed 81): 6 launches")
                .contains("availability: 1.0000, nameplate").contains("$/kW-year delivered")
                .contains("break-even launch price").contains("tornado").contains("make or buy")
                .contains("FCC NGSO milestone (47 CFR 25.164)").contains("owning breaks even at")
                // 650 km, default BC 100 kg/m², mean activity: decades, so the satellites must deorbit themselves.
                .contains("FCC 5-year disposal (FCC 22-74): NEEDS ACTIVE DISPOSAL (natural decay")
                .contains("from 650 km");
    }

    @Test
    void costReadsTheSimulatedAvailabilityAndPrintsJson() throws IOException {
        Path runDir = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(runDir.resolve("summary.json"), "{\"power\": {\"compute_available_fraction\": 0.5}}");
        Result half = run("cost", "../examples/suncatcher-81.yaml", "--run", runDir.toString(), "--launch-price", "200",
                "--format", "json");
        assertThat(half.code()).isZero();
        Result full = run("cost", "../examples/suncatcher-81.yaml", "--launch-price", "200", "--format", "json");
        JsonNode h = new ObjectMapper().readTree(half.out());
        JsonNode f = new ObjectMapper().readTree(full.out());
        assertThat(h.get("availability_fraction").asDouble()).isEqualTo(0.5);
        assertThat(h.get("launch_price_per_kg_usd").asDouble()).isEqualTo(200.0);
        assertThat(h.get("launch_method").asText()).contains("--launch-price");
        // Half the availability, the same costs: twice the cost per delivered kW-year.
        assertThat(h.at("/orbit/per_kw_year_usd").asDouble())
                .isCloseTo(2 * f.at("/orbit/per_kw_year_usd").asDouble(), within(1e-6));
        assertThat(f.get("tornado")).hasSize(13);
        assertThat(f.get("milestones")).hasSize(7);
        assertThat(f.at("/make_or_buy/buy_npv_usd").asDouble()).isPositive();
        assertThat(f.at("/make_or_buy/own_npv_usd").asDouble()).isPositive();
        assertThat(f.at("/make_or_buy").has("break_even_kg_per_year")).isTrue();
        assertThat(f.at("/disposal/met_by_natural_decay").asBoolean()).isFalse();
        assertThat(f.at("/disposal/natural_decay_years").asDouble()).isGreaterThan(5);
    }

    @Test
    void costBadInputIsOneLineWithExitCode2() throws IOException {
        Result noRun = run("cost", "../examples/suncatcher-81.yaml", "--run", tmp.resolve("nope").toString());
        assertThat(noRun.code()).isEqualTo(2);
        assertThat(noRun.err().lines().toList()).hasSize(1);
        assertThat(noRun.err()).contains("--run").contains("summary.json").doesNotContain("\tat ");
        Result noEconomics = run("cost", "../examples/prototype-2sat.yaml");
        assertThat(noEconomics.code()).isEqualTo(2);
        assertThat(noEconomics.err().lines().toList()).hasSize(1);
        assertThat(noEconomics.err()).contains("economics");
        Result negative = run("cost", "../examples/suncatcher-81.yaml", "--launch-price", "-5");
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err()).contains("--launch-price");
    }

    private static void leafNames(JsonNode node, List<String> into) {
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue().isArray() && e.getValue().size() > 0 ? e.getValue().get(0) : e.getValue();
            if (v.isObject()) {
                leafNames(v, into);
            } else {
                into.add(e.getKey());
            }
        });
    }

    /** Suncatcher's launch cost per kW-year rows (arXiv 2511.19468): the issue allows 2 %. */
    private static final double SUNCATCHER_ROW_TOLERANCE_FRACTION = 0.02;

    /** The command: Starlink v2 mini (575 kg, 28 kW, 5 yr) at $200/kg is ~$810 per kW-year; at ~$3,600/kg ~$14,700. */
    @Test
    void costPrintsSuncatchersLaunchCostPerKwYearForTheStarlinkExample() throws IOException {
        Result low = run("cost", "../examples/starlink-v2mini-compute.yaml", "--launch-price", "200USD/kg", "--format", "json");
        assertThat(low.code()).as(low.err()).isZero();
        assertThat(new ObjectMapper().readTree(low.out()).get("launch_usd_per_kw_year").asDouble())
                .isCloseTo(810, within(810 * SUNCATCHER_ROW_TOLERANCE_FRACTION));
        Result high = run("cost", "../examples/starlink-v2mini-compute.yaml", "--launch-price", "3600", "--format", "json");
        assertThat(new ObjectMapper().readTree(high.out()).get("launch_usd_per_kw_year").asDouble())
                .isCloseTo(14_700, within(14_700 * SUNCATCHER_ROW_TOLERANCE_FRACTION));
        Result bad = run("cost", "../examples/starlink-v2mini-compute.yaml", "--launch-price", "200 USD/m");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines().count()).isEqualTo(1);
        assertThat(bad.err()).contains("--launch-price");
    }

    @Test
    void simulateOverridesEpochAndDurationAndRecordsThemInTheRunFolder() throws IOException {
        Path out = tmp.resolve("short");
        Result r = run("simulate", "../examples/prototype-2sat.yaml", "--out", out.toString(), "--epoch",
                "2027-03-01T00:00:00Z", "--duration", "2 h", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertThat(s.get("duration_s").asDouble()).isEqualTo(7200.0);
        assertThat(s.get("epoch_utc").asText()).isEqualTo("2027-03-01T00:00:00Z");
        assertThat(Files.readString(out.resolve("scenario.yaml"), StandardCharsets.UTF_8))
                .contains("epoch: 2027-03-01T00:00:00Z").contains("duration: 7200.0 s")
                .contains("command line's overrides applied");
        Result bad = run("simulate", "../examples/prototype-2sat.yaml", "--out", tmp.resolve("x").toString(),
                "--epoch", "yesterday");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).singleElement().asString().contains("--epoch");
        assertThat(Files.exists(tmp.resolve("x"))).isFalse();
    }
}
